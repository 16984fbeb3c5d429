#include "kit/checkdefreader.h"

#include "base/suggestion.h"
#include "yaml/yamlmapreader.h"

#include <QRegularExpression>

namespace PromptDeck::Core {

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
        QStringList names;
        for (int t = int(CheckDef::Type::Words); t <= int(CheckDef::Type::InternalLinks); ++t)
            names.append(CheckDef::typeName(CheckDef::Type(t)));
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

    auto number = [&](const QString &key) -> std::optional<double> {
        const YamlNode *value = reader.node(key, YamlMapReader::Optional);
        if (!value)
            return std::nullopt;
        bool ok = false;
        const double n = value->isScalar() ? value->scalar().toDouble(&ok) : 0;
        if (!ok || n < 0) {
            reader.addError(*value,
                            tr("'%1' of %2 must be a number of 0 or more").arg(key, checkWhat));
            return std::nullopt;
        }
        return n;
    };
    auto range = [&] {
        check.min = number(QStringLiteral("min"));
        check.max = number(QStringLiteral("max"));
        check.failBelow = number(QStringLiteral("fail_below"));
        check.failAbove = number(QStringLiteral("fail_above"));
        if (const auto severity =
                reader.text(QStringLiteral("severity"), YamlMapReader::Optional)) {
            if (*severity == QLatin1String("fail"))
                check.outside = CheckResult::Level::Fail;
            else if (*severity != QLatin1String("warn"))
                reader.addError(*reader.node(QStringLiteral("severity"), YamlMapReader::Optional),
                                tr("'severity' of %1 is warn or fail").arg(checkWhat));
        }
        if (check.min && check.max && *check.min > *check.max) {
            reader.addError(*reader.node(QStringLiteral("min"), YamlMapReader::Optional),
                            tr("'min' of %1 is larger than its 'max'").arg(checkWhat));
        }
    };
    QStringList extractNames;
    for (const ExtractDef &extract : extracts)
        extractNames.append(extract.name);
    auto source = [&](const QString &key, const QStringList &fixed, QString *out) {
        const std::optional<QString> value = reader.text(key, YamlMapReader::Optional);
        if (!value)
            return;
        if (!fixed.contains(*value) && !extractNames.contains(*value)) {
            reader.addError(*reader.node(key, YamlMapReader::Optional),
                            tr("'%1' of %2 is '%3', which is neither %4 nor an extract of the "
                               "card%5")
                                .arg(key, checkWhat, *value, fixed.join(tr(" nor ")),
                                     didYouMean(*value, fixed + extractNames)));
            return;
        }
        *out = *value;
    };
    auto briefField = [&](const QString &key, const QList<FieldType> &types,
                          YamlMapReader::Need need, QString *out) {
        const std::optional<QString> value = reader.text(key, need);
        if (!value)
            return false;
        if (!value->startsWith(QLatin1String("brief.")))
            return false;
        const QString fieldKey = value->mid(6);
        const FieldDef *field = m_kit.field(fieldKey);
        if (!field || !types.contains(field->type)) {
            QStringList suitable;
            for (const FieldDef &f : m_kit.fields) {
                if (types.contains(f.type))
                    suitable.append(QStringLiteral("brief.") + f.key);
            }
            reader.addError(
                *reader.node(key, YamlMapReader::Optional),
                field ? tr("'%1' of %2 reads %3, a %4 field; it needs one of: %5")
                            .arg(key, checkWhat, *value, fieldTypeName(field->type),
                                 suitable.join(QStringLiteral(", ")))
                      : tr("'%1' of %2 reads %3, but the kit has no field '%4'%5")
                            .arg(key, checkWhat, *value, fieldKey, didYouMean(*value, suitable)));
            return true;
        }
        *out = fieldKey;
        return true;
    };

    switch (check.type) {
    case CheckDef::Type::Words:
        source(QStringLiteral("of"), {QStringLiteral("text"), QStringLiteral("prose")}, &check.of);
        range();
        if (reader.node(QStringLiteral("target"), YamlMapReader::Optional)) {
            if (!briefField(QStringLiteral("target"), {FieldType::Number}, YamlMapReader::Optional,
                            &check.field)) {
                reader.addError(*reader.node(QStringLiteral("target"), YamlMapReader::Optional),
                                tr("'target' of %1 names a number field, like brief.word_count")
                                    .arg(checkWhat));
            }
            check.tolerance = number(QStringLiteral("tolerance")).value_or(10);
        }
        break;
    case CheckDef::Type::Characters:
        source(QStringLiteral("of"), {QStringLiteral("text")}, &check.of);
        range();
        break;
    case CheckDef::Type::Headings:
    case CheckDef::Type::Questions: {
        check.level = check.type == CheckDef::Type::Questions ? 3 : 2;
        if (const auto level =
                reader.integer(QStringLiteral("level"), YamlMapReader::Optional, 1)) {
            if (*level > 6)
                reader.addError(*reader.node(QStringLiteral("level"), YamlMapReader::Optional),
                                tr("'level' of %1 is a heading level, 1 to 6").arg(checkWhat));
            check.level = int(*level);
        }
        range();
        break;
    }
    case CheckDef::Type::ListItems:
    case CheckDef::Type::Links:
        range();
        break;
    case CheckDef::Type::Keyword: {
        source(QStringLiteral("in"),
               {QStringLiteral("headings"), QStringLiteral("first_words"), QStringLiteral("text")},
               &check.in);
        if (const auto words = reader.integer(QStringLiteral("words"), YamlMapReader::Optional, 1))
            check.firstWords = int(*words);
        if (!briefField(QStringLiteral("keyword"), {FieldType::Text, FieldType::Paragraph},
                        YamlMapReader::Required, &check.field)) {
            check.literal =
                reader.text(QStringLiteral("keyword"), YamlMapReader::Optional).value_or(QString());
        }
        range(); // only 'severity' matters here
        break;
    }
    case CheckDef::Type::Keywords:
        source(QStringLiteral("in"), {QStringLiteral("headings"), QStringLiteral("text")},
               &check.in);
        if (!briefField(QStringLiteral("keywords"), {FieldType::List}, YamlMapReader::Required,
                        &check.field) &&
            reader.node(QStringLiteral("keywords"), YamlMapReader::Optional)) {
            reader.addError(*reader.node(QStringLiteral("keywords"), YamlMapReader::Optional),
                            tr("'keywords' of %1 names a list field, like brief.secondary_keywords")
                                .arg(checkWhat));
        }
        range();
        break;
    case CheckDef::Type::Slug:
        source(QStringLiteral("of"), {}, &check.of);
        if (!reader.node(QStringLiteral("of"), YamlMapReader::Optional))
            reader.addError(node,
                            tr("%1 needs 'of': the extract that holds the slug").arg(checkWhat));
        range();
        break;
    case CheckDef::Type::XThread:
    case CheckDef::Type::LinkedIn: {
        const bool x = check.type == CheckDef::Type::XThread;
        range();
        check.limit = int(reader.integer(QStringLiteral("limit"), YamlMapReader::Optional, 1)
                              .value_or(x ? 280 : 3000));
        if (!x)
            check.hook = int(
                reader.integer(QStringLiteral("hook"), YamlMapReader::Optional, 1).value_or(140));
        if (const YamlNode *placeholders =
                reader.node(QStringLiteral("placeholders"), YamlMapReader::Optional)) {
            for (const YamlNode &p : placeholders->isSequence()
                                         ? placeholders->items()
                                         : std::vector<YamlNode>{*placeholders}) {
                if (p.isScalar() && !p.scalar().isEmpty())
                    check.placeholders.append(p.scalar());
            }
        }
        break;
    }
    case CheckDef::Type::InternalLinks:
        range();
        if (!briefField(QStringLiteral("links"), {FieldType::Links}, YamlMapReader::Required,
                        &check.field) &&
            reader.node(QStringLiteral("links"), YamlMapReader::Optional)) {
            reader.addError(
                *reader.node(QStringLiteral("links"), YamlMapReader::Optional),
                tr("'links' of %1 names a links field, like brief.siblings").arg(checkWhat));
        }
        break;
    }
    reader.reportUnknownKeys();
    if (m_errors.size() > errorsBefore)
        return std::nullopt;
    return check;
}

} // namespace PromptDeck::Core
