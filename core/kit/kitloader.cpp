#include "kit/kitloader.h"

#include "base/inputlimits.h"
#include "base/suggestion.h"
#include "kit/checkdefreader.h"
#include "kit/kitschema.h"
#include "mustache/templateanalyzer.h"
#include "yaml/yamlmapreader.h"
#include "yaml/yamlreader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>
#include <tuple>

namespace PromptDeck::Core {

namespace {

constexpr int maxErrors = 50;

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    return pattern;
}

const QRegularExpression &fieldKeyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern;
}

const QRegularExpression &partialNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return pattern;
}

// Where a position inside a template lies in the kit file. Literal block
// scalars ("|", the recommended style for prompts) map exactly; other styles
// map to the right line when the template is on one line, and approximately
// otherwise.
SourceText::Position positionInScalar(const YamlNode &scalar, int line, int column)
{
    switch (scalar.style()) {
    case YamlNode::ScalarStyle::Literal:
    case YamlNode::ScalarStyle::Folded:
        return {scalar.blockFirstLine() + line - 1, scalar.blockIndent() + column};
    case YamlNode::ScalarStyle::Quoted:
        if (line == 1)
            return {scalar.line(), scalar.column() + column};
        return {scalar.line() + line - 1, column};
    case YamlNode::ScalarStyle::Plain:
        if (line == 1)
            return {scalar.line(), scalar.column() + column - 1};
        return {scalar.line() + line - 1, column};
    }
    return {scalar.line(), scalar.column()};
}

class Loader final
{
public:
    Loader(const SourceText &source, const YamlNode &root)
        : m_file(source.name())
        , m_root(root)
    {}

    Result<KitPtr> run(const QString &sourceText);

    Diagnostics warnings;

private:
    struct TemplateOwner
    {
        QString what; // "card 'outline'", "export 'article-md'"
        const YamlNode *node = nullptr;
        int cardIndex = -1; // cards may use earlier answers only
    };

    void error(const YamlNode &node, const QString &message)
    {
        m_errors.append(Diagnostic::error(m_file, node.line(), node.column(), message));
    }
    void errorInTemplate(const YamlNode &scalar, int line, int column, const QString &message)
    {
        const auto p = positionInScalar(scalar, line, column);
        m_errors.append(Diagnostic::error(m_file, p.line, p.column, message));
    }

    std::optional<MustacheTemplate> parseTemplate(const YamlNode &scalar, const QString &what);
    void readFields(const YamlNode &list);
    void readPageKeys(YamlMapReader &reader, FieldDef &field);
    void readPartials(const YamlNode &map);
    void readPhases(const YamlNode &list);
    void readCards(const YamlNode &list);
    void readBudget(const YamlNode &map);
    void readBudgetTotal(YamlMapReader &reader);
    void readBudgetParts(const YamlNode &parts);
    void checkBudgetCards();
    void readExports(const YamlNode &list);
    void analyze(const MustacheTemplate &tpl, const TemplateOwner &owner, KitSchema::Use use,
                 QStringList *answersUsed, QStringList *briefUsed);
    QString describeProblem(const TemplateProblem &problem, const TemplateOwner &owner) const;

    QString m_file;
    const YamlNode &m_root;
    Kit m_kit;
    Diagnostics m_errors;
    QHash<QString, const YamlNode *> m_partialNodes;
    QSet<QString> m_partialsUsed;
    QSet<QString> m_reportedPartialProblems;
    QHash<QString, QString> m_pageLabelOwners; // a page label, folded → the field's key
    QList<const YamlNode *> m_budgetPartNodes; // the keys of budget.parts, for messages
};

std::optional<MustacheTemplate> Loader::parseTemplate(const YamlNode &scalar, const QString &what)
{
    Result<MustacheTemplate> parsed = MustacheTemplate::parse(scalar.scalar());
    if (!parsed) {
        const Diagnostic &e = parsed.error();
        errorInTemplate(scalar, e.line, e.column,
                        KitLoader::tr("template of %1: %2").arg(what, e.message));
        return std::nullopt;
    }
    return std::move(parsed).value();
}

void Loader::readFields(const YamlNode &list)
{
    for (const YamlNode &item : list.items()) {
        YamlMapReader reader(item, m_file, KitLoader::tr("a field"), m_errors, warnings);
        FieldDef field;
        const std::optional<QString> key =
            reader.text(QStringLiteral("key"), YamlMapReader::Required);
        if (key) {
            if (!fieldKeyPattern().match(*key).hasMatch()) {
                error(*reader.node(QStringLiteral("key"), YamlMapReader::Optional),
                      KitLoader::tr("the field key '%1' must start with a lowercase letter and "
                                    "hold only lowercase letters, digits and '_'")
                          .arg(*key));
            } else if (m_kit.field(*key)) {
                error(*reader.node(QStringLiteral("key"), YamlMapReader::Optional),
                      KitLoader::tr("the field '%1' is declared twice").arg(*key));
            }
            field.key = *key;
        }
        field.label =
            reader.text(QStringLiteral("label"), YamlMapReader::Required).value_or(field.key);
        if (const std::optional<QString> type =
                reader.text(QStringLiteral("type"), YamlMapReader::Required)) {
            if (const std::optional<FieldType> parsed = fieldTypeFromName(*type)) {
                field.type = *parsed;
            } else {
                error(*reader.node(QStringLiteral("type"), YamlMapReader::Optional),
                      KitLoader::tr("the field type '%1' is unknown; use text, paragraph, list, "
                                    "number or links")
                          .arg(*type));
            }
        }
        field.required =
            reader.boolean(QStringLiteral("required"), YamlMapReader::Optional).value_or(false);
        field.help =
            reader.text(QStringLiteral("help"), YamlMapReader::Optional).value_or(QString());
        readPageKeys(reader, field);
        reader.reportUnknownKeys();
        if (key)
            m_kit.fields.append(field);
    }
}

// page_labels and page_slot: a label names one field and a slot fills one,
// of a type that can hold what the page has there.
void Loader::readPageKeys(YamlMapReader &reader, FieldDef &field)
{
    if (const YamlNode *labels =
            reader.sequence(QStringLiteral("page_labels"), YamlMapReader::Optional)) {
        for (const YamlNode &item : labels->items()) {
            const QString label = item.isScalar() ? item.scalar().trimmed() : QString();
            if (label.isEmpty()) {
                error(item, KitLoader::tr("the page labels of field '%1' must be non-empty text")
                                .arg(field.key));
                continue;
            }
            const QString folded = label.toCaseFolded();
            if (const auto owner = m_pageLabelOwners.constFind(folded);
                owner != m_pageLabelOwners.cend()) {
                error(item, KitLoader::tr("the page label '%1' is declared by the fields '%2' "
                                          "and '%3'")
                                .arg(label, *owner, field.key));
                continue;
            }
            m_pageLabelOwners.insert(folded, field.key);
            field.pageLabels.append(label);
        }
        if (field.type == FieldType::Links && !field.pageLabels.isEmpty())
            error(*labels, KitLoader::tr("the field '%1' is of type links, which a page cannot "
                                         "fill; remove its page_labels")
                               .arg(field.key));
    }
    const std::optional<QString> slotName =
        reader.text(QStringLiteral("page_slot"), YamlMapReader::Optional);
    if (!slotName || slotName->isEmpty())
        return;
    const YamlNode &node = *reader.node(QStringLiteral("page_slot"), YamlMapReader::Optional);
    const std::optional<PageSlot> slot = pageSlotFromName(*slotName);
    if (!slot) {
        error(node, KitLoader::tr("the page slot '%1' is unknown; use one of: %2")
                        .arg(*slotName, kitPageSlotNames().join(QStringLiteral(", "))));
    } else if (const FieldDef *owner = m_kit.fieldForSlot(*slot)) {
        error(node, KitLoader::tr("the page slot '%1' is taken by the fields '%2' and '%3'")
                        .arg(*slotName, owner->key, field.key));
    } else if (field.type == FieldType::Links ||
               pageSlotHoldsList(*slot) != (field.type == FieldType::List)) {
        error(node, KitLoader::tr("the field '%1' of type %2 cannot take the page slot '%3'")
                        .arg(field.key, fieldTypeName(field.type), *slotName));
    } else {
        field.pageSlot = *slot;
    }
}

void Loader::readPartials(const YamlNode &map)
{
    for (qsizetype i = 0; i < map.size(); ++i) {
        const YamlNode &key = map.keyAt(i);
        const YamlNode &value = map.valueAt(i);
        const QString &name = key.scalar();
        if (!partialNamePattern().match(name).hasMatch()) {
            error(key, KitLoader::tr("the partial name '%1' may hold only letters, digits, '_' "
                                     "and '-'")
                           .arg(name));
            continue;
        }
        if (!value.isScalar()) {
            error(value, KitLoader::tr("partial '%1' must be template text, not %2")
                             .arg(name, value.kindName()));
            continue;
        }
        m_partialNodes.insert(name, &value);
        if (std::optional<MustacheTemplate> tpl =
                parseTemplate(value, KitLoader::tr("partial '%1'").arg(name)))
            m_kit.partials.emplace(name, std::move(*tpl));
    }
}

void Loader::readPhases(const YamlNode &list)
{
    if (list.size() == 0)
        error(list, KitLoader::tr("'phases' is empty; a kit needs at least one phase"));
    for (const YamlNode &item : list.items()) {
        YamlMapReader reader(item, m_file, KitLoader::tr("a phase"), m_errors, warnings);
        PhaseDef phase;
        if (const auto id = reader.text(QStringLiteral("id"), YamlMapReader::Required)) {
            if (!idPattern().match(*id).hasMatch()) {
                error(*reader.node(QStringLiteral("id"), YamlMapReader::Optional),
                      KitLoader::tr("the phase id '%1' may hold only lowercase letters, digits, "
                                    "'_' and '-'")
                          .arg(*id));
            } else if (m_kit.phaseIndex(*id) >= 0) {
                error(*reader.node(QStringLiteral("id"), YamlMapReader::Optional),
                      KitLoader::tr("the phase '%1' is declared twice").arg(*id));
            }
            phase.id = *id;
        }
        phase.name =
            reader.text(QStringLiteral("name"), YamlMapReader::Required).value_or(phase.id);
        reader.reportUnknownKeys();
        if (!phase.id.isEmpty())
            m_kit.phases.append(phase);
    }
}

void Loader::readCards(const YamlNode &list)
{
    if (list.size() == 0)
        error(list, KitLoader::tr("'cards' is empty; a kit needs at least one card"));

    // First pass: ids and texts, so that templates can refer to any card.
    QList<const YamlNode *> promptNodes;
    for (const YamlNode &item : list.items()) {
        const QString what = KitLoader::tr("card %1").arg(m_kit.cards.size() + 1);
        YamlMapReader reader(item, m_file, what, m_errors, warnings);
        CardDef card;
        if (const auto id = reader.text(QStringLiteral("id"), YamlMapReader::Required)) {
            if (!idPattern().match(*id).hasMatch()) {
                error(*reader.node(QStringLiteral("id"), YamlMapReader::Optional),
                      KitLoader::tr("the card id '%1' may hold only lowercase letters, digits, "
                                    "'_' and '-'")
                          .arg(*id));
            } else if (m_kit.cardIndex(*id) >= 0) {
                error(*reader.node(QStringLiteral("id"), YamlMapReader::Optional),
                      KitLoader::tr("two cards have the id '%1'").arg(*id));
            }
            card.id = *id;
        }
        if (const auto phase = reader.text(QStringLiteral("phase"), YamlMapReader::Required)) {
            card.phase = *phase;
            const YamlNode &phaseNode =
                *reader.node(QStringLiteral("phase"), YamlMapReader::Optional);
            const int phaseIndex = m_kit.phaseIndex(*phase);
            if (phaseIndex < 0) {
                QStringList ids;
                for (const PhaseDef &p : std::as_const(m_kit.phases))
                    ids.append(p.id);
                error(phaseNode, KitLoader::tr("card '%1' is in phase '%2', but the kit has no "
                                               "such phase%3")
                                     .arg(card.id, *phase, didYouMean(*phase, ids)));
            } else if (!m_kit.cards.isEmpty() &&
                       m_kit.phaseIndex(m_kit.cards.last().phase) > phaseIndex) {
                error(phaseNode, KitLoader::tr("card '%1' is in phase '%2' but comes after cards "
                                               "of phase '%3'; keep the cards in phase order")
                                     .arg(card.id, *phase, m_kit.cards.last().phase));
            }
        }
        card.title =
            reader.text(QStringLiteral("title"), YamlMapReader::Required).value_or(card.id);
        card.summary =
            reader.text(QStringLiteral("summary"), YamlMapReader::Required).value_or(QString());
        reader.text(QStringLiteral("prompt"), YamlMapReader::Required);
        promptNodes.append(reader.node(QStringLiteral("prompt"), YamlMapReader::Optional));
        if (const YamlNode *extract =
                reader.mapping(QStringLiteral("extract"), YamlMapReader::Optional))
            card.extracts = CheckDefReader(m_kit, m_file, m_errors, warnings)
                                .readExtracts(*extract, KitLoader::tr("card '%1'").arg(card.id));
        if (const YamlNode *checks =
                reader.sequence(QStringLiteral("checks"), YamlMapReader::Optional)) {
            CheckDefReader checkReader(m_kit, m_file, m_errors, warnings);
            for (const YamlNode &item : checks->items()) {
                if (auto check = checkReader.read(item, card.extracts,
                                                  KitLoader::tr("card '%1'").arg(card.id)))
                    card.checks.append(*check);
            }
        }
        reader.reportUnknownKeys();
        m_kit.cards.append(card);
    }

    // Second pass: templates, now that every card id is known.
    for (int i = 0; i < m_kit.cards.size(); ++i) {
        const YamlNode *promptNode = promptNodes.at(i);
        if (!promptNode || !promptNode->isScalar())
            continue;
        CardDef &card = m_kit.cards[i];
        const TemplateOwner owner{KitLoader::tr("card '%1'").arg(card.id), promptNode, i};
        if (std::optional<MustacheTemplate> tpl = parseTemplate(*promptNode, owner.what)) {
            card.prompt = std::move(*tpl);
            analyze(card.prompt, owner, KitSchema::Use::Prompt, &card.dependsOn, &card.briefFields);
        }
    }
}

// budget: total names a number field of the brief, parts give card ids their
// percent of it. The parts' names are read before the cards, so checks can
// name budget.<part>; that they are cards is checked once every card is read.
void Loader::readBudget(const YamlNode &map)
{
    YamlMapReader reader(map, m_file, KitLoader::tr("the budget"), m_errors, warnings);
    if (!reader.isMap())
        return;
    readBudgetTotal(reader);
    if (const YamlNode *parts = reader.mapping(QStringLiteral("parts"), YamlMapReader::Required))
        readBudgetParts(*parts);
    reader.reportUnknownKeys();
}

void Loader::readBudgetTotal(YamlMapReader &reader)
{
    const std::optional<QString> total =
        reader.text(QStringLiteral("total"), YamlMapReader::Required);
    if (!total)
        return;
    const YamlNode &node = *reader.node(QStringLiteral("total"), YamlMapReader::Optional);
    const QString key = total->startsWith(QLatin1String("brief.")) ? total->mid(6) : QString();
    const FieldDef *field = m_kit.field(key);
    if (field && field->type == FieldType::Number) {
        m_kit.budget.totalField = key;
        return;
    }
    QStringList numbers;
    for (const FieldDef &f : std::as_const(m_kit.fields)) {
        if (f.type == FieldType::Number)
            numbers.append(QStringLiteral("brief.") + f.key);
    }
    const QString hint = numbers.isEmpty()
                             ? KitLoader::tr("; the kit has no number field")
                             : KitLoader::tr("; use one of: %1").arg(numbers.join(u", "));
    if (field) {
        error(node, KitLoader::tr("the budget's total is %1, a %2 field, but it must be a number "
                                  "field%3")
                        .arg(*total, fieldTypeName(field->type), hint));
    } else {
        error(node, KitLoader::tr("the budget's total is '%1', which is no number field of the "
                                  "brief%2")
                        .arg(*total, hint));
    }
}

void Loader::readBudgetParts(const YamlNode &parts)
{
    int sum = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const YamlNode &key = parts.keyAt(i);
        const YamlNode &value = parts.valueAt(i);
        bool ok = false;
        const int percent = value.isScalar() ? value.scalar().trimmed().toInt(&ok) : 0;
        if (!ok || percent < 1 || percent > 100) {
            error(value, KitLoader::tr("the budget part '%1' must be a whole percent from 1 to "
                                       "100")
                             .arg(key.scalar()));
            continue;
        }
        if (key.scalar() == QLatin1String("total")) {
            error(key, KitLoader::tr("a budget part cannot be called 'total': budget.total is "
                                     "the whole budget"));
            continue;
        }
        m_kit.budget.parts.append({key.scalar(), percent});
        m_budgetPartNodes.append(&key);
        sum += percent;
    }
    if (parts.size() == 0) {
        error(parts, KitLoader::tr("the budget has no parts; give each budgeted card its percent"));
    } else if (sum != 100 && m_kit.budget.parts.size() == parts.size()) {
        error(parts, KitLoader::tr("the budget's parts add up to %1 percent; they must add up to "
                                   "100")
                         .arg(sum));
    }
}

void Loader::checkBudgetCards()
{
    QStringList ids;
    for (const CardDef &card : std::as_const(m_kit.cards))
        ids.append(card.id);
    for (qsizetype i = 0; i < m_kit.budget.parts.size(); ++i) {
        const QString &card = m_kit.budget.parts.at(i).card;
        if (!ids.contains(card)) {
            error(*m_budgetPartNodes.at(i),
                  KitLoader::tr("the budget part '%1' is no card of the kit%2")
                      .arg(card, didYouMean(card, ids)));
        }
    }
}

void Loader::readExports(const YamlNode &list)
{
    for (const YamlNode &item : list.items()) {
        YamlMapReader reader(item, m_file, KitLoader::tr("an export"), m_errors, warnings);
        ExportDef def;
        if (const auto id = reader.text(QStringLiteral("id"), YamlMapReader::Required)) {
            if (!idPattern().match(*id).hasMatch()) {
                error(*reader.node(QStringLiteral("id"), YamlMapReader::Optional),
                      KitLoader::tr("the export id '%1' may hold only lowercase letters, digits, "
                                    "'_' and '-'")
                          .arg(*id));
            }
            for (const ExportDef &other : std::as_const(m_kit.exports)) {
                if (other.id == *id) {
                    error(*reader.node(QStringLiteral("id"), YamlMapReader::Optional),
                          KitLoader::tr("two exports have the id '%1'").arg(*id));
                }
            }
            def.id = *id;
        }
        def.label = reader.text(QStringLiteral("label"), YamlMapReader::Required).value_or(def.id);
        if (const auto format = reader.text(QStringLiteral("format"), YamlMapReader::Required)) {
            static const QStringList formats{QStringLiteral("md"), QStringLiteral("html"),
                                             QStringLiteral("txt")};
            if (!formats.contains(*format)) {
                error(*reader.node(QStringLiteral("format"), YamlMapReader::Optional),
                      KitLoader::tr("the export format '%1' is unknown; use md, html or txt")
                          .arg(*format));
            }
            def.format = *format;
        }
        reader.text(QStringLiteral("template"), YamlMapReader::Required);
        const YamlNode *body = reader.node(QStringLiteral("template"), YamlMapReader::Optional);
        reader.reportUnknownKeys();
        if (body && body->isScalar()) {
            const TemplateOwner owner{KitLoader::tr("export '%1'").arg(def.id), body, -1};
            if (std::optional<MustacheTemplate> tpl = parseTemplate(*body, owner.what)) {
                def.body = std::move(*tpl);
                analyze(def.body, owner, KitSchema::Use::Export, &def.answersUsed, nullptr);
            }
        }
        m_kit.exports.append(def);
    }
}

QString Loader::describeProblem(const TemplateProblem &problem, const TemplateOwner &owner) const
{
    const QString who =
        problem.partial.isEmpty()
            ? owner.what
            : KitLoader::tr("partial '%1' (used by %2)").arg(problem.partial, owner.what);
    switch (problem.kind) {
    case TemplateProblem::Kind::UnknownPartial:
        return KitLoader::tr("%1 includes the partial '%2', but the kit has no such partial%3")
            .arg(who, problem.name, didYouMean(problem.name, problem.candidates));
    case TemplateProblem::Kind::PartialCycle:
        return KitLoader::tr("%1 includes partials in a circle: %2")
            .arg(who, problem.chain.join(QStringLiteral(" → ")));
    case TemplateProblem::Kind::IteratorOutsideList:
        return KitLoader::tr("%1 uses '{{.}}' outside a list section; it stands for the current "
                             "list item")
            .arg(who);
    case TemplateProblem::Kind::UnknownName:
        break;
    }
    const QString hint = didYouMean(problem.missing, problem.candidates);
    if (problem.resolved == QStringList{QStringLiteral("answers")}) {
        return KitLoader::tr("%1 uses answers.%2, but no card has the id '%2'%3")
            .arg(who, problem.missing, hint);
    }
    if (problem.resolved == QStringList{QStringLiteral("brief")}) {
        return KitLoader::tr("%1 uses brief.%2, but the kit has no field '%2'%3")
            .arg(who, problem.missing, hint);
    }
    if (problem.resolved.isEmpty()) {
        if (owner.cardIndex < 0) {
            return KitLoader::tr("%1 uses '%2', which names nothing%3: exports read brief.<key>, "
                                 "answers.<card id>, html.<card id>, extracted.<name> and kit.name")
                .arg(who, problem.name, hint);
        }
        return KitLoader::tr("%1 uses '%2', which names nothing%3: brief fields are written "
                             "brief.<key> and earlier answers answers.<card id>")
            .arg(who, problem.name, hint);
    }
    if (problem.resolved == QStringList{QStringLiteral("budget")}) {
        return KitLoader::tr("%1 uses budget.%2, but the kit's budget has no part '%2'%3")
            .arg(who, problem.missing, hint);
    }
    if (problem.resolved == QStringList{QStringLiteral("extracted")}) {
        return KitLoader::tr("%1 uses extracted.%2, but no card extracts a value named '%2'%3")
            .arg(who, problem.missing, hint);
    }
    return KitLoader::tr("%1 uses '%2', but %3 has no '%4'%5")
        .arg(who, problem.name, problem.resolved.join(QLatin1Char('.')), problem.missing, hint);
}

void Loader::analyze(const MustacheTemplate &tpl, const TemplateOwner &owner, KitSchema::Use use,
                     QStringList *answersUsed, QStringList *briefUsed)
{
    const KitSchema schema(m_kit, use);
    const TemplateAnalyzer analyzer(schema, m_kit.partials);
    const TemplateAnalysis analysis = analyzer.analyze(tpl);

    auto scalarFor = [&](const QString &partial) -> const YamlNode & {
        return partial.isEmpty() ? *owner.node : *m_partialNodes.value(partial);
    };
    for (const TemplateProblem &problem : analysis.problems) {
        if (!problem.partial.isEmpty()) {
            const QString key = problem.partial + QLatin1Char(':') + QString::number(problem.line) +
                                QLatin1Char(':') + QString::number(problem.column);
            if (m_reportedPartialProblems.contains(key))
                continue;
            m_reportedPartialProblems.insert(key);
        }
        errorInTemplate(scalarFor(problem.partial), problem.line, problem.column,
                        describeProblem(problem, owner));
    }

    QSet<QString> answers;
    QSet<QString> briefKeys;
    for (const TemplateReference &ref : analysis.references) {
        if (!ref.partial.isEmpty())
            m_partialsUsed.insert(ref.partial);
        if (ref.path.size() >= 2 && ref.path.first() == QLatin1String("brief"))
            briefKeys.insert(ref.path.at(1));
        // A share of the budget is made from the brief's total.
        if (ref.path.first() == QLatin1String("budget") && !m_kit.budget.isEmpty())
            briefKeys.insert(m_kit.budget.totalField);
        if (ref.path.size() < 2 || ref.path.first() != QLatin1String("answers"))
            continue;
        const QString &id = ref.path.at(1);
        answers.insert(id);
        if (owner.cardIndex < 0)
            continue;
        const int used = m_kit.cardIndex(id);
        const QString who =
            ref.partial.isEmpty()
                ? owner.what
                : KitLoader::tr("%1 (through partial '%2')").arg(owner.what, ref.partial);
        if (used == owner.cardIndex) {
            errorInTemplate(scalarFor(ref.partial), ref.line, ref.column,
                            KitLoader::tr("%1 uses its own answer (answers.%2)").arg(who, id));
        } else if (used > owner.cardIndex) {
            errorInTemplate(scalarFor(ref.partial), ref.line, ref.column,
                            KitLoader::tr("%1 uses answers.%2, but '%2' is card %3, after this "
                                          "one; a card can only use answers of earlier cards")
                                .arg(who, id)
                                .arg(used + 1));
        }
    }
    // Partials used only for their text count as used, too.
    std::function<void(const std::vector<MustacheNode> &)> markPartials =
        [&](const std::vector<MustacheNode> &nodes) {
            for (const MustacheNode &node : nodes) {
                if (node.type == MustacheNode::Type::Partial &&
                    !m_partialsUsed.contains(node.text) && m_kit.partials.contains(node.text)) {
                    m_partialsUsed.insert(node.text);
                    markPartials(m_kit.partials.value(node.text).nodes());
                }
                markPartials(node.children);
            }
        };
    markPartials(tpl.nodes());

    if (answersUsed) {
        answersUsed->clear();
        for (const CardDef &card : std::as_const(m_kit.cards)) {
            if (answers.contains(card.id))
                answersUsed->append(card.id);
        }
    }
    if (briefUsed) {
        briefUsed->clear();
        for (const FieldDef &field : std::as_const(m_kit.fields)) {
            if (briefKeys.contains(field.key))
                briefUsed->append(field.key);
        }
    }
}

Result<KitPtr> Loader::run(const QString &sourceText)
{
    YamlMapReader top(m_root, m_file, KitLoader::tr("the kit"), m_errors, warnings);
    if (!top.isMap())
        return m_errors;

    if (const auto id = top.text(QStringLiteral("kit"), YamlMapReader::Required)) {
        if (!idPattern().match(*id).hasMatch()) {
            error(*top.node(QStringLiteral("kit"), YamlMapReader::Optional),
                  KitLoader::tr("the kit id '%1' may hold only lowercase letters, digits, '_' "
                                "and '-'")
                      .arg(*id));
        }
        m_kit.id = *id;
    }
    m_kit.name = top.text(QStringLiteral("name"), YamlMapReader::Required).value_or(m_kit.id);
    m_kit.version =
        int(top.integer(QStringLiteral("version"), YamlMapReader::Required, 1).value_or(1));
    m_kit.description =
        top.text(QStringLiteral("description"), YamlMapReader::Optional).value_or(QString());

    if (const YamlNode *fields = top.sequence(QStringLiteral("fields"), YamlMapReader::Required))
        readFields(*fields);
    if (const YamlNode *partials = top.mapping(QStringLiteral("partials"), YamlMapReader::Optional))
        readPartials(*partials);
    if (const YamlNode *phases = top.sequence(QStringLiteral("phases"), YamlMapReader::Required))
        readPhases(*phases);
    if (const YamlNode *budget = top.mapping(QStringLiteral("budget"), YamlMapReader::Optional))
        readBudget(*budget);
    if (const YamlNode *cards = top.sequence(QStringLiteral("cards"), YamlMapReader::Required))
        readCards(*cards);
    checkBudgetCards();
    if (const YamlNode *exports = top.sequence(QStringLiteral("exports"), YamlMapReader::Optional))
        readExports(*exports);
    top.reportUnknownKeys();

    if (!m_errors.isEmpty()) {
        std::stable_sort(m_errors.begin(), m_errors.end(),
                         [](const Diagnostic &a, const Diagnostic &b) {
                             return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                         });
        if (m_errors.size() > maxErrors)
            m_errors.resize(maxErrors);
        return m_errors;
    }

    for (const PhaseDef &phase : std::as_const(m_kit.phases)) {
        const bool used = std::any_of(m_kit.cards.cbegin(), m_kit.cards.cend(),
                                      [&](const CardDef &card) { return card.phase == phase.id; });
        if (!used) {
            warnings.append(Diagnostic::warning(
                m_file, 0, 0, KitLoader::tr("phase '%1' has no cards").arg(phase.id)));
        }
    }
    QStringList partialNames = m_partialNodes.keys();
    partialNames.sort();
    for (const QString &name : std::as_const(partialNames)) {
        if (!m_partialsUsed.contains(name)) {
            const YamlNode *node = m_partialNodes.value(name);
            warnings.append(Diagnostic::warning(
                m_file, node->line(), node->column(),
                KitLoader::tr("partial '%1' is not used by any card or export").arg(name)));
        }
    }
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         // Whole-file warnings (line 0) after the ones with a position.
                         const int lineA = a.line > 0 ? a.line : std::numeric_limits<int>::max();
                         const int lineB = b.line > 0 ? b.line : std::numeric_limits<int>::max();
                         return std::tie(lineA, a.column) < std::tie(lineB, b.column);
                     });
    m_kit.source = sourceText;
    return KitPtr(std::make_shared<const Kit>(std::move(m_kit)));
}

} // namespace

Result<KitPtr> KitLoader::load(const SourceText &source, Diagnostics *warnings)
{
    Result<YamlNode> root = YamlReader::parse(source);
    if (!root)
        return root.errors();
    Loader loader(source, root.value());
    Result<KitPtr> kit = loader.run(source.text());
    if (warnings)
        warnings->append(loader.warnings);
    return kit;
}

Result<KitPtr> KitLoader::loadFile(const QString &path, Diagnostics *warnings)
{
    Result<SourceText> source = SourceText::readFile(path, Limits::maxYamlFileBytes, tr("kit"));
    if (!source)
        return source.errors();
    return load(source.value(), warnings);
}

} // namespace PromptDeck::Core
