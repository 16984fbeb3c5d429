// A YAML document as a plain tree of values that remember where they were
// written, so that every later check can point at the exact line and column.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace PromptDeck::Core {

class YamlNode final
{
public:
    enum class Kind
    {
        Null,
        Scalar,
        Sequence,
        Map
    };
    enum class ScalarStyle
    {
        Plain,
        Quoted,
        Literal,
        Folded
    };

    YamlNode() = default;
    static YamlNode null(int line, int column);
    static YamlNode scalar(const QString &value, ScalarStyle style, int line, int column);
    static YamlNode sequence(int line, int column);
    static YamlNode map(int line, int column);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isScalar() const { return m_kind == Kind::Scalar; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    bool isMap() const { return m_kind == Kind::Map; }

    // 1-based position of the node's first character.
    int line() const { return m_line; }
    int column() const { return m_column; }

    // Scalars.
    const QString &scalar() const { return m_scalar; }
    ScalarStyle style() const { return m_style; }
    // For block scalars: where their content starts (1-based line) and how
    // far it is indented, so positions inside the text map back to the file.
    int blockFirstLine() const { return m_blockFirstLine; }
    int blockIndent() const { return m_blockIndent; }
    void setBlockGeometry(int firstLine, int indent);

    // Sequences and maps.
    qsizetype size() const { return qsizetype(m_children.size()); }
    const YamlNode &at(qsizetype index) const { return m_children.at(size_t(index)); }
    const std::vector<YamlNode> &items() const { return m_children; }
    void append(YamlNode child);

    // Maps: keys are scalars (the reader refuses anything else).
    const YamlNode &keyAt(qsizetype index) const { return m_keys.at(size_t(index)); }
    const YamlNode &valueAt(qsizetype index) const { return m_children.at(size_t(index)); }
    const YamlNode *find(QStringView key) const;
    void insert(YamlNode key, YamlNode value);

    // Total nodes in this subtree (including itself).
    qsizetype nodeCount() const;

    // The plain-scalar reading of the YAML core schema: null, booleans,
    // integers and floats become typed values; quoted scalars stay strings.
    // Sequences become QVariantList, maps QVariantMap.
    QVariant toVariant() const;

    // A short word for messages: "text", "list", "mapping", "nothing".
    QString kindName() const;

private:
    Kind m_kind = Kind::Null;
    ScalarStyle m_style = ScalarStyle::Plain;
    int m_line = 0;
    int m_column = 0;
    int m_blockFirstLine = 0;
    int m_blockIndent = 0;
    QString m_scalar;
    std::vector<YamlNode> m_keys;
    std::vector<YamlNode> m_children;
};

} // namespace PromptDeck::Core
