#include "yaml/yamlmapreader.h"

#include "base/suggestion.h"

#include <QRegularExpression>

namespace PromptDeck::Core {

YamlMapReader::YamlMapReader(const YamlNode &node, const QString &file, const QString &what,
                             Diagnostics &errors, Diagnostics &warnings)
    : m_node(node)
    , m_file(file)
    , m_what(what)
    , m_errors(errors)
    , m_warnings(warnings)
{
    if (!node.isMap())
        addError(node,
                 tr("%1 must be a mapping of keys to values, not %2").arg(what, node.kindName()));
}

Diagnostic YamlMapReader::errorAt(const YamlNode &node, const QString &message) const
{
    return Diagnostic::error(m_file, node.line(), node.column(), message);
}

void YamlMapReader::addError(const YamlNode &node, const QString &message)
{
    m_errors.append(errorAt(node, message));
}

const YamlNode *YamlMapReader::node(const QString &key, Need need)
{
    m_known.append(key);
    if (!m_node.isMap())
        return nullptr;
    const YamlNode *value = m_node.find(key);
    if (!value && need == Required)
        addError(m_node, tr("%1 has no '%2'; it is required").arg(m_what, key));
    return value;
}

std::optional<QString> YamlMapReader::text(const QString &key, Need need)
{
    const YamlNode *value = node(key, need);
    if (!value)
        return std::nullopt;
    if (value->isNull()) {
        if (need == Required)
            addError(*value, tr("'%1' of %2 is empty; it is required").arg(key, m_what));
        return QString();
    }
    if (!value->isScalar()) {
        addError(*value, tr("'%1' of %2 must be text, not %3").arg(key, m_what, value->kindName()));
        return std::nullopt;
    }
    if (need == Required && value->scalar().trimmed().isEmpty()) {
        addError(*value, tr("'%1' of %2 is empty; it is required").arg(key, m_what));
        return std::nullopt;
    }
    return value->scalar();
}

std::optional<qint64> YamlMapReader::integer(const QString &key, Need need, qint64 minimum)
{
    const YamlNode *value = node(key, need);
    if (!value)
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
    bool ok = false;
    const qint64 number = value->isScalar() && digits.match(value->scalar()).hasMatch()
                              ? value->scalar().toLongLong(&ok)
                              : 0;
    if (!ok || number < minimum) {
        addError(
            *value,
            tr("'%1' of %2 must be a whole number of at least %3").arg(key, m_what).arg(minimum));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> YamlMapReader::boolean(const QString &key, Need need)
{
    const YamlNode *value = node(key, need);
    if (!value)
        return std::nullopt;
    if (value->isScalar() && value->style() == YamlNode::ScalarStyle::Plain) {
        const QVariant typed = value->toVariant();
        if (typed.metaType() == QMetaType::fromType<bool>())
            return typed.toBool();
    }
    addError(*value, tr("'%1' of %2 must be true or false").arg(key, m_what));
    return std::nullopt;
}

const YamlNode *YamlMapReader::sequence(const QString &key, Need need)
{
    const YamlNode *value = node(key, need);
    if (!value)
        return nullptr;
    if (!value->isSequence()) {
        addError(*value,
                 tr("'%1' of %2 must be a list, not %3").arg(key, m_what, value->kindName()));
        return nullptr;
    }
    return value;
}

const YamlNode *YamlMapReader::mapping(const QString &key, Need need)
{
    const YamlNode *value = node(key, need);
    if (!value)
        return nullptr;
    if (!value->isMap()) {
        addError(*value,
                 tr("'%1' of %2 must be a mapping, not %3").arg(key, m_what, value->kindName()));
        return nullptr;
    }
    return value;
}

void YamlMapReader::reportUnknownKeys()
{
    if (!m_node.isMap())
        return;
    for (qsizetype i = 0; i < m_node.size(); ++i) {
        const YamlNode &key = m_node.keyAt(i);
        if (m_known.contains(key.scalar()))
            continue;
        m_warnings.append(
            Diagnostic::warning(m_file, key.line(), key.column(),
                                tr("unknown key '%1' in %2 is ignored%3")
                                    .arg(key.scalar(), m_what, didYouMean(key.scalar(), m_known))));
    }
}

} // namespace PromptDeck::Core
