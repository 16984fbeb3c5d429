#include "yaml/yamlnode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace PromptDeck::Core {

YamlNode YamlNode::null(int line, int column)
{
    YamlNode node;
    node.m_line = line;
    node.m_column = column;
    return node;
}

YamlNode YamlNode::scalar(const QString &value, ScalarStyle style, int line, int column)
{
    YamlNode node;
    node.m_kind = Kind::Scalar;
    node.m_scalar = value;
    node.m_style = style;
    node.m_line = line;
    node.m_column = column;
    return node;
}

YamlNode YamlNode::sequence(int line, int column)
{
    YamlNode node;
    node.m_kind = Kind::Sequence;
    node.m_line = line;
    node.m_column = column;
    return node;
}

YamlNode YamlNode::map(int line, int column)
{
    YamlNode node;
    node.m_kind = Kind::Map;
    node.m_line = line;
    node.m_column = column;
    return node;
}

void YamlNode::setBlockGeometry(int firstLine, int indent)
{
    m_blockFirstLine = firstLine;
    m_blockIndent = indent;
}

void YamlNode::append(YamlNode child)
{
    Q_ASSERT(m_kind == Kind::Sequence);
    m_children.push_back(std::move(child));
}

void YamlNode::insert(YamlNode key, YamlNode value)
{
    Q_ASSERT(m_kind == Kind::Map);
    m_keys.push_back(std::move(key));
    m_children.push_back(std::move(value));
}

const YamlNode *YamlNode::find(QStringView key) const
{
    if (m_kind != Kind::Map)
        return nullptr;
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].m_scalar == key)
            return &m_children[i];
    }
    return nullptr;
}

qsizetype YamlNode::nodeCount() const
{
    qsizetype count = 1;
    for (const YamlNode &key : m_keys)
        count += key.nodeCount();
    for (const YamlNode &child : m_children)
        count += child.nodeCount();
    return count;
}

QVariant YamlNode::toVariant() const
{
    switch (m_kind) {
    case Kind::Null:
        return {};
    case Kind::Scalar: {
        if (m_style != ScalarStyle::Plain)
            return m_scalar;
        static const QRegularExpression nullPattern(QStringLiteral("^(~|null|Null|NULL)$"));
        static const QRegularExpression truePattern(QStringLiteral("^(true|True|TRUE)$"));
        static const QRegularExpression falsePattern(QStringLiteral("^(false|False|FALSE)$"));
        static const QRegularExpression intPattern(QStringLiteral("^[-+]?[0-9]+$"));
        static const QRegularExpression floatPattern(
            QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
        if (m_scalar.isEmpty() || nullPattern.match(m_scalar).hasMatch())
            return {};
        if (truePattern.match(m_scalar).hasMatch())
            return true;
        if (falsePattern.match(m_scalar).hasMatch())
            return false;
        if (intPattern.match(m_scalar).hasMatch()) {
            bool ok = false;
            const qlonglong value = m_scalar.toLongLong(&ok);
            if (ok)
                return value;
        }
        if (floatPattern.match(m_scalar).hasMatch()) {
            bool ok = false;
            const double value = m_scalar.toDouble(&ok);
            if (ok)
                return value;
        }
        return m_scalar;
    }
    case Kind::Sequence: {
        QVariantList list;
        list.reserve(size());
        for (const YamlNode &child : m_children)
            list.append(child.toVariant());
        return list;
    }
    case Kind::Map: {
        QVariantMap map;
        for (size_t i = 0; i < m_keys.size(); ++i)
            map.insert(m_keys[i].m_scalar, m_children[i].toVariant());
        return map;
    }
    }
    return {};
}

QString YamlNode::kindName() const
{
    switch (m_kind) {
    case Kind::Null:
        return QCoreApplication::translate("YamlNode", "nothing");
    case Kind::Scalar:
        return QCoreApplication::translate("YamlNode", "text");
    case Kind::Sequence:
        return QCoreApplication::translate("YamlNode", "a list");
    case Kind::Map:
        return QCoreApplication::translate("YamlNode", "a mapping");
    }
    return {};
}

} // namespace PromptDeck::Core
