#include "kit/briefloader.h"

#include "base/inputlimits.h"
#include "base/suggestion.h"
#include "kit/weburl.h"
#include "yaml/yamlreader.h"

#include <QRegularExpression>

namespace PromptDeck::Core {

namespace {

class Reader final
{
public:
    Reader(const QString &file, Diagnostics &errors, Diagnostics &warnings)
        : m_file(file)
        , m_errors(errors)
        , m_warnings(warnings)
    {}

    std::optional<FieldValue> read(const FieldDef &field, const YamlNode &node);

private:
    void error(const YamlNode &node, const QString &message)
    {
        m_errors.append(Diagnostic::error(m_file, node.line(), node.column(), message));
    }
    std::optional<QString> scalarText(const FieldDef &field, const YamlNode &node);
    std::optional<FieldValue> readNumber(const FieldDef &field, const YamlNode &node);
    std::optional<FieldValue> readList(const FieldDef &field, const YamlNode &node);
    std::optional<FieldValue> readLinks(const FieldDef &field, const YamlNode &node);
    std::optional<BriefLink> readLink(const FieldDef &field, const YamlNode &item);
    bool readLinkMember(const FieldDef &field, const YamlNode &key, const YamlNode &value,
                        BriefLink &link);

    QString m_file;
    Diagnostics &m_errors;
    Diagnostics &m_warnings;
};

std::optional<QString> Reader::scalarText(const FieldDef &field, const YamlNode &node)
{
    if (node.isNull())
        return QString();
    if (!node.isScalar()) {
        error(node, BriefLoader::tr("'%1' must be text, not %2").arg(field.key, node.kindName()));
        return std::nullopt;
    }
    return node.scalar();
}

std::optional<FieldValue> Reader::read(const FieldDef &field, const YamlNode &node)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Paragraph: {
        const std::optional<QString> text = scalarText(field, node);
        if (!text)
            return std::nullopt;
        return FieldValue::text(field.type, *text);
    }
    case FieldType::Number:
        return readNumber(field, node);
    case FieldType::List:
        return readList(field, node);
    case FieldType::Links:
        return readLinks(field, node);
    }
    return std::nullopt;
}

std::optional<FieldValue> Reader::readNumber(const FieldDef &field, const YamlNode &node)
{
    const std::optional<QString> text = scalarText(field, node);
    if (!text)
        return std::nullopt;
    if (text->trimmed().isEmpty())
        return FieldValue::empty(FieldType::Number);
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,3}([,_ ]?[0-9]{3})*$"));
    QString digits = text->trimmed();
    if (!number.match(digits).hasMatch()) {
        error(node, BriefLoader::tr("'%1' must be a whole number, like 1500, not '%2'")
                        .arg(field.key, *text));
        return std::nullopt;
    }
    digits.remove(QRegularExpression(QStringLiteral("[,_ ]")));
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok) {
        error(node, BriefLoader::tr("'%1' is too large a number").arg(field.key));
        return std::nullopt;
    }
    return FieldValue::number(value);
}

std::optional<FieldValue> Reader::readList(const FieldDef &field, const YamlNode &node)
{
    if (node.isNull())
        return FieldValue::empty(FieldType::List);
    if (!node.isSequence()) {
        error(node, BriefLoader::tr("'%1' must be a list (lines starting with '- '), not %2")
                        .arg(field.key, node.kindName()));
        return std::nullopt;
    }
    QStringList items;
    for (const YamlNode &item : node.items()) {
        if (!item.isScalar() || item.scalar().trimmed().isEmpty()) {
            error(item,
                  BriefLoader::tr("each item of '%1' must be a piece of text").arg(field.key));
            return std::nullopt;
        }
        items.append(item.scalar());
    }
    return FieldValue::list(items);
}

std::optional<FieldValue> Reader::readLinks(const FieldDef &field, const YamlNode &node)
{
    if (node.isNull())
        return FieldValue::empty(FieldType::Links);
    if (!node.isSequence()) {
        error(node, BriefLoader::tr("'%1' must be a list of articles, not %2")
                        .arg(field.key, node.kindName()));
        return std::nullopt;
    }
    QList<BriefLink> links;
    for (const YamlNode &item : node.items()) {
        std::optional<BriefLink> link = readLink(field, item);
        if (!link)
            return std::nullopt;
        links.append(*link);
    }
    return FieldValue::links(links);
}

// One article: a title, or a mapping with title, url and pillar.
std::optional<BriefLink> Reader::readLink(const FieldDef &field, const YamlNode &item)
{
    BriefLink link;
    if (item.isScalar() && !item.scalar().trimmed().isEmpty()) {
        link.title = item.scalar();
        return link;
    }
    if (!item.isMap()) {
        error(item, BriefLoader::tr("each article of '%1' is a title, or a mapping with "
                                    "title, url and pillar")
                        .arg(field.key));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < item.size(); ++i) {
        if (!readLinkMember(field, item.keyAt(i), item.valueAt(i), link))
            return std::nullopt;
    }
    if (link.title.trimmed().isEmpty()) {
        error(item, BriefLoader::tr("an article of '%1' has no title").arg(field.key));
        return std::nullopt;
    }
    return link;
}

// False on an error; an unknown key is a warning and leaves the link as it is.
bool Reader::readLinkMember(const FieldDef &field, const YamlNode &key, const YamlNode &value,
                            BriefLink &link)
{
    static const QStringList known{QStringLiteral("title"), QStringLiteral("url"),
                                   QStringLiteral("pillar")};
    if (!known.contains(key.scalar())) {
        m_warnings.append(Diagnostic::warning(
            m_file, key.line(), key.column(),
            BriefLoader::tr("unknown key '%1' in an article of '%2' is ignored%3")
                .arg(key.scalar(), field.key, didYouMean(key.scalar(), known))));
        return true;
    }
    if (key.scalar() == QLatin1String("pillar")) {
        const QVariant flag = value.toVariant();
        if (flag.metaType() != QMetaType::fromType<bool>()) {
            error(value, BriefLoader::tr("'pillar' must be true or false"));
            return false;
        }
        link.pillar = flag.toBool();
    } else if (!value.isScalar()) {
        error(value, BriefLoader::tr("'%1' of an article must be text").arg(key.scalar()));
        return false;
    } else if (key.scalar() == QLatin1String("title")) {
        link.title = value.scalar();
    } else if (const QString problem = WebUrl::problem(value.scalar().trimmed());
               !value.scalar().trimmed().isEmpty() && !problem.isEmpty()) {
        error(value, BriefLoader::tr("the url '%1' of an article of '%2' %3")
                         .arg(value.scalar(), field.key, problem));
        return false;
    } else {
        link.url = value.scalar().trimmed();
    }
    return true;
}

} // namespace

Result<Brief> BriefLoader::fromYaml(const YamlNode &node, const QString &file, const Kit &kit,
                                    Diagnostics *warnings, Required required)
{
    Diagnostics errors;
    Diagnostics ownWarnings;
    if (!node.isMap()) {
        return Diagnostic::error(
            file, node.line(), node.column(),
            tr("a brief must be a mapping of field names to values, not %1").arg(node.kindName()));
    }
    Reader reader(file, errors, ownWarnings);
    Brief brief;
    QStringList keys;
    for (const FieldDef &field : kit.fields) {
        keys.append(field.key);
        const YamlNode *value = node.find(field.key);
        if (!value) {
            brief.setValue(field.key, FieldValue::empty(field.type));
            continue;
        }
        if (std::optional<FieldValue> read = reader.read(field, *value))
            brief.setValue(field.key, *read);
    }
    for (qsizetype i = 0; i < node.size(); ++i) {
        const YamlNode &key = node.keyAt(i);
        if (!keys.contains(key.scalar())) {
            ownWarnings.append(Diagnostic::warning(
                file, key.line(), key.column(),
                tr("unknown key '%1' is ignored: the kit '%2' has no such field%3")
                    .arg(key.scalar(), kit.id, didYouMean(key.scalar(), keys))));
        }
    }
    if (errors.isEmpty() && required == Required::Enforce) {
        for (const FieldDef &field : kit.fields) {
            if (!field.required || !brief.value(field.key).isEmpty())
                continue;
            const YamlNode *value = node.find(field.key);
            const YamlNode &where = value ? *value : node;
            errors.append(
                Diagnostic::error(file, value ? where.line() : 0, value ? where.column() : 0,
                                  value ? tr("'%1' (%2) is empty; the kit '%3' requires it")
                                              .arg(field.key, field.label, kit.id)
                                        : tr("the brief has no '%1' (%2); the kit '%3' requires it")
                                              .arg(field.key, field.label, kit.id)));
        }
    }
    if (warnings)
        warnings->append(ownWarnings);
    if (!errors.isEmpty())
        return errors;
    return brief;
}

Result<Brief> BriefLoader::load(const SourceText &source, const Kit &kit, Diagnostics *warnings)
{
    Result<YamlNode> root = YamlReader::parse(source);
    if (!root)
        return root.errors();
    return fromYaml(root.value(), source.name(), kit, warnings);
}

Result<Brief> BriefLoader::loadFile(const QString &path, const Kit &kit, Diagnostics *warnings)
{
    Result<SourceText> source = SourceText::readFile(path, Limits::maxYamlFileBytes, tr("brief"));
    if (!source)
        return source.errors();
    return load(source.value(), kit, warnings);
}

QStringList BriefLoader::missingRequired(const Brief &brief, const Kit &kit)
{
    QStringList missing;
    for (const FieldDef &field : kit.fields) {
        if (field.required && brief.value(field.key).isEmpty())
            missing.append(field.label);
    }
    return missing;
}

} // namespace PromptDeck::Core
