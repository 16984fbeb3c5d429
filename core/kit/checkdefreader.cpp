#include "kit/checkdefreader.h"

#include "base/suggestion.h"
#include "yaml/yamlmapreader.h"

#include <QRegularExpression>

#include <array>

namespace PromptDeck::Core {

namespace {

// The keys of one check entry and how each is read, for the type readers
// below. Every read marks its key as known, so what is left is reported as
// unknown at the end; the type readers read in a fixed order, which is the
// order of the messages.
class EntryReader final
{
public:
    EntryReader(YamlMapReader &reader, const YamlNode &node, const Kit &kit, const QString &what,
                const QList<ExtractDef> &extracts, CheckDef &check)
        : reader(reader)
        , node(node)
        , what(what)
        , check(check)
        , m_kit(kit)
    {
        for (const ExtractDef &extract : extracts)
            m_extractNames.append(extract.name);
    }

    const YamlNode *optional(const QString &key)
    {
        return reader.node(key, YamlMapReader::Optional);
    }

    std::optional<double> number(const QString &key);
    // min, max, fail_below, fail_above and severity.
    void range();
    // A key that names one of fixed or an extract of the card.
    void source(const QString &key, const QStringList &fixed, QString *out);
    // A key that reads a brief field of one of types ("brief.keyword"). False
    // when the key is missing or does not start with "brief.".
    bool briefField(const QString &key, const QList<FieldType> &types, YamlMapReader::Need need,
                    QString *out);
    // A required brief field; a value that is no "brief." reference is an
    // error that shows how one looks (hint).
    void requiredBriefField(const QString &key, const QList<FieldType> &types, const QString &hint);
    // A key that names a part of the kit's budget ("budget.body"). False
    // when the value does not start with "budget.".
    bool budgetPart(const QString &key);
    // A key that holds a label or a list of labels, each non-empty text.
    void labels(const QString &key, QStringList *out);
    // "level" of a headings or questions check.
    void headingLevel(int byDefault);
    // "limit", "hook" (hookByDefault, or none) and "placeholders" of a post.
    void post(int limitByDefault, std::optional<int> hookByDefault);

    YamlMapReader &reader;
    const YamlNode &node;
    const QString &what;
    CheckDef &check;

private:
    const Kit &m_kit;
    QStringList m_extractNames;
};

std::optional<double> EntryReader::number(const QString &key)
{
    const YamlNode *value = optional(key);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const double n = value->isScalar() ? value->scalar().toDouble(&ok) : 0;
    if (!ok || n < 0) {
        reader.addError(
            *value, CheckDefReader::tr("'%1' of %2 must be a number of 0 or more").arg(key, what));
        return std::nullopt;
    }
    return n;
}

void EntryReader::range()
{
    check.min = number(QStringLiteral("min"));
    check.max = number(QStringLiteral("max"));
    check.failBelow = number(QStringLiteral("fail_below"));
    check.failAbove = number(QStringLiteral("fail_above"));
    if (const auto severity = reader.text(QStringLiteral("severity"), YamlMapReader::Optional)) {
        if (*severity == QLatin1String("fail"))
            check.outside = CheckResult::Level::Fail;
        else if (*severity != QLatin1String("warn"))
            reader.addError(*optional(QStringLiteral("severity")),
                            CheckDefReader::tr("'severity' of %1 is warn or fail").arg(what));
    }
    if (check.min && check.max && *check.min > *check.max) {
        reader.addError(*optional(QStringLiteral("min")),
                        CheckDefReader::tr("'min' of %1 is larger than its 'max'").arg(what));
    }
}

void EntryReader::source(const QString &key, const QStringList &fixed, QString *out)
{
    const std::optional<QString> value = reader.text(key, YamlMapReader::Optional);
    if (!value)
        return;
    if (!fixed.contains(*value) && !m_extractNames.contains(*value)) {
        reader.addError(*optional(key),
                        CheckDefReader::tr("'%1' of %2 is '%3', which is neither %4 nor an extract "
                                           "of the card%5")
                            .arg(key, what, *value, fixed.join(CheckDefReader::tr(" nor ")),
                                 didYouMean(*value, fixed + m_extractNames)));
        return;
    }
    *out = *value;
}

bool EntryReader::briefField(const QString &key, const QList<FieldType> &types,
                             YamlMapReader::Need need, QString *out)
{
    const std::optional<QString> value = reader.text(key, need);
    if (!value)
        return false;
    if (!value->startsWith(QLatin1String("brief.")))
        return false;
    const QString fieldKey = value->mid(6);
    const FieldDef *field = m_kit.field(fieldKey);
    if (field && types.contains(field->type)) {
        *out = fieldKey;
        return true;
    }
    QStringList suitable;
    for (const FieldDef &f : m_kit.fields) {
        if (types.contains(f.type))
            suitable.append(QStringLiteral("brief.") + f.key);
    }
    reader.addError(*optional(key),
                    field
                        ? CheckDefReader::tr("'%1' of %2 reads %3, a %4 field; it needs one of: %5")
                              .arg(key, what, *value, fieldTypeName(field->type),
                                   suitable.join(QStringLiteral(", ")))
                        : CheckDefReader::tr("'%1' of %2 reads %3, but the kit has no field '%4'%5")
                              .arg(key, what, *value, fieldKey, didYouMean(*value, suitable)));
    return true;
}

bool EntryReader::budgetPart(const QString &key)
{
    const std::optional<QString> value = reader.text(key, YamlMapReader::Optional);
    if (!value || !value->startsWith(QLatin1String("budget.")))
        return false;
    const QString part = value->mid(7);
    if (m_kit.budget.hasPart(part)) {
        check.budgetPart = part;
        return true;
    }
    reader.addError(
        *optional(key),
        m_kit.budget.isEmpty()
            ? CheckDefReader::tr("'%1' of %2 reads %3, but the kit has no budget")
                  .arg(key, what, *value)
            : CheckDefReader::tr("'%1' of %2 reads %3, but the kit's budget has no part '%4'%5")
                  .arg(key, what, *value, part, didYouMean(part, m_kit.budget.partNames())));
    return true;
}

void EntryReader::labels(const QString &key, QStringList *out)
{
    const YamlNode *value = optional(key);
    if (!value)
        return;
    const std::vector<YamlNode> items =
        value->isSequence() ? value->items() : std::vector<YamlNode>{*value};
    for (const YamlNode &item : items) {
        if (item.isScalar() && !item.scalar().trimmed().isEmpty()) {
            out->append(item.scalar().trimmed());
            continue;
        }
        reader.addError(item, CheckDefReader::tr("'%1' of %2 holds labels, like [Goes in]; each "
                                                 "must be non-empty text")
                                  .arg(key, what));
    }
}

void EntryReader::requiredBriefField(const QString &key, const QList<FieldType> &types,
                                     const QString &hint)
{
    if (!briefField(key, types, YamlMapReader::Required, &check.field) && optional(key))
        reader.addError(*optional(key), hint);
}

void EntryReader::headingLevel(int byDefault)
{
    check.level = byDefault;
    if (const auto level = reader.integer(QStringLiteral("level"), YamlMapReader::Optional, 1)) {
        if (*level > 6)
            reader.addError(
                *optional(QStringLiteral("level")),
                CheckDefReader::tr("'level' of %1 is a heading level, 1 to 6").arg(what));
        check.level = int(*level);
    }
}

void EntryReader::post(int limitByDefault, std::optional<int> hookByDefault)
{
    check.limit = int(reader.integer(QStringLiteral("limit"), YamlMapReader::Optional, 1)
                          .value_or(limitByDefault));
    if (hookByDefault)
        check.hook = int(reader.integer(QStringLiteral("hook"), YamlMapReader::Optional, 1)
                             .value_or(*hookByDefault));
    if (const YamlNode *placeholders = optional(QStringLiteral("placeholders"))) {
        for (const YamlNode &p : placeholders->isSequence()
                                     ? placeholders->items()
                                     : std::vector<YamlNode>{*placeholders}) {
            if (p.isScalar() && !p.scalar().isEmpty())
                check.placeholders.append(p.scalar());
        }
    }
}

// The keys each type takes, one reader per type.

void readWords(EntryReader &e)
{
    e.source(QStringLiteral("of"), {QStringLiteral("text"), QStringLiteral("prose")}, &e.check.of);
    e.labels(QStringLiteral("leave_out"), &e.check.leaveOut);
    e.range();
    const QString target = QStringLiteral("target");
    if (!e.optional(target))
        return;
    if (!e.budgetPart(target) &&
        !e.briefField(target, {FieldType::Number}, YamlMapReader::Optional, &e.check.field)) {
        e.reader.addError(*e.optional(target),
                          CheckDefReader::tr("'target' of %1 names a number field, like "
                                             "brief.word_count, or a part of the kit's budget, "
                                             "like budget.body")
                              .arg(e.what));
    }
    e.check.tolerance = e.number(QStringLiteral("tolerance")).value_or(10);
}

void readCharacters(EntryReader &e)
{
    e.source(QStringLiteral("of"), {QStringLiteral("text")}, &e.check.of);
    e.range();
}

void readHeadings(EntryReader &e)
{
    e.headingLevel(2);
    e.range();
}

void readQuestions(EntryReader &e)
{
    e.headingLevel(3);
    e.range();
}

void readRange(EntryReader &e)
{
    e.range();
}

void readKeyword(EntryReader &e)
{
    e.source(QStringLiteral("in"),
             {QStringLiteral("headings"), QStringLiteral("first_words"), QStringLiteral("text")},
             &e.check.in);
    if (const auto words = e.reader.integer(QStringLiteral("words"), YamlMapReader::Optional, 1))
        e.check.firstWords = int(*words);
    const QString keyword = QStringLiteral("keyword");
    if (!e.briefField(keyword, {FieldType::Text, FieldType::Paragraph}, YamlMapReader::Required,
                      &e.check.field)) {
        e.check.literal = e.reader.text(keyword, YamlMapReader::Optional).value_or(QString());
    }
    e.range(); // only 'severity' matters here
}

void readKeywords(EntryReader &e)
{
    e.source(QStringLiteral("in"), {QStringLiteral("headings"), QStringLiteral("text")},
             &e.check.in);
    e.requiredBriefField(
        QStringLiteral("keywords"), {FieldType::List},
        CheckDefReader::tr("'keywords' of %1 names a list field, like brief.secondary_keywords")
            .arg(e.what));
    e.range();
}

void readSlug(EntryReader &e)
{
    e.source(QStringLiteral("of"), {}, &e.check.of);
    if (!e.optional(QStringLiteral("of")))
        e.reader.addError(
            e.node,
            CheckDefReader::tr("%1 needs 'of': the extract that holds the slug").arg(e.what));
    e.range();
}

void readXThread(EntryReader &e)
{
    e.range();
    e.post(280, std::nullopt);
}

void readLinkedIn(EntryReader &e)
{
    e.range();
    e.post(3000, 140);
}

void readInternalLinks(EntryReader &e)
{
    e.range();
    e.requiredBriefField(
        QStringLiteral("links"), {FieldType::Links},
        CheckDefReader::tr("'links' of %1 names a links field, like brief.siblings").arg(e.what));
}

struct TypeReader
{
    CheckDef::Type type;
    void (*read)(EntryReader &e);
};

// In the order of CheckDef::Type, so a type's reader is at its own index.
constexpr std::array<TypeReader, 12> typeReaders{{
    {CheckDef::Type::Words, readWords},
    {CheckDef::Type::Characters, readCharacters},
    {CheckDef::Type::Headings, readHeadings},
    {CheckDef::Type::Questions, readQuestions},
    {CheckDef::Type::ListItems, readRange},
    {CheckDef::Type::Links, readRange},
    {CheckDef::Type::Keyword, readKeyword},
    {CheckDef::Type::Keywords, readKeywords},
    {CheckDef::Type::Slug, readSlug},
    {CheckDef::Type::XThread, readXThread},
    {CheckDef::Type::LinkedIn, readLinkedIn},
    {CheckDef::Type::InternalLinks, readInternalLinks},
}};

constexpr bool everyTypeAtItsIndex()
{
    for (std::size_t i = 0; i < typeReaders.size(); ++i) {
        if (std::size_t(typeReaders[i].type) != i)
            return false;
    }
    return std::size_t(CheckDef::Type::InternalLinks) + 1 == typeReaders.size();
}
static_assert(everyTypeAtItsIndex(), "typeReaders needs one entry per CheckDef::Type, in order");

QStringList typeNames()
{
    QStringList names;
    for (const TypeReader &entry : typeReaders)
        names.append(CheckDef::typeName(entry.type));
    return names;
}

} // namespace

QList<ExtractDef> CheckDefReader::readExtracts(const YamlNode &node, const QString &what)
{
    QList<ExtractDef> extracts;
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (qsizetype i = 0; i < node.size(); ++i) {
        const YamlNode &key = node.keyAt(i);
        const YamlNode &value = node.valueAt(i);
        if (!name.match(key.scalar()).hasMatch()) {
            m_errors.append(Diagnostic::error(m_file, key.line(), key.column(),
                                              tr("the extract name '%1' of %2 must start with a "
                                                 "lowercase letter and hold only lowercase "
                                                 "letters, digits and '_'")
                                                  .arg(key.scalar(), what)));
            continue;
        }
        ExtractDef extract{key.scalar(), {}};
        if (value.isScalar() && !value.scalar().trimmed().isEmpty()) {
            extract.labels.append(value.scalar().trimmed());
        } else if (value.isSequence()) {
            for (const YamlNode &label : value.items()) {
                if (label.isScalar() && !label.scalar().trimmed().isEmpty())
                    extract.labels.append(label.scalar().trimmed());
            }
        }
        if (extract.labels.isEmpty()) {
            m_errors.append(Diagnostic::error(m_file, value.line(), value.column(),
                                              tr("extract '%1' of %2 needs a label, or a list of "
                                                 "labels, to look for")
                                                  .arg(key.scalar(), what)));
            continue;
        }
        extracts.append(extract);
    }
    return extracts;
}

std::optional<CheckDef> CheckDefReader::read(const YamlNode &node,
                                             const QList<ExtractDef> &extracts, const QString &what)
{
    const QString checkWhat = tr("a check of %1").arg(what);
    YamlMapReader reader(node, m_file, checkWhat, m_errors, m_warnings);
    if (!reader.isMap())
        return std::nullopt;
    const qsizetype errorsBefore = m_errors.size();
    CheckDef check;
    check.line = node.line();
    check.column = node.column();

    const std::optional<QString> typeName =
        reader.text(QStringLiteral("type"), YamlMapReader::Required);
    if (!typeName)
        return std::nullopt;
    const std::optional<CheckDef::Type> type = CheckDef::typeFromName(*typeName);
    if (!type) {
        const QStringList names = typeNames();
        reader.addError(*reader.node(QStringLiteral("type"), YamlMapReader::Optional),
                        tr("%1 has the unknown type '%2'%3; the types are: %4")
                            .arg(checkWhat, *typeName, didYouMean(*typeName, names),
                                 names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    check.type = *type;
    check.label = reader.text(QStringLiteral("label"), YamlMapReader::Optional).value_or(QString());
    check.convention =
        reader.boolean(QStringLiteral("convention"), YamlMapReader::Optional).value_or(false);

    EntryReader entry(reader, node, m_kit, checkWhat, extracts, check);
    typeReaders[std::size_t(check.type)].read(entry);
    reader.reportUnknownKeys();
    if (m_errors.size() > errorsBefore)
        return std::nullopt;
    return check;
}

} // namespace PromptDeck::Core
