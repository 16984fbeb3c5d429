#include "yaml/yamlreader.h"

#include "base/formatslogging.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <optional>
#include <sstream>
#include <string>

namespace PromptDeck::Core {

namespace {

// A scalar's UTF-8 as text, all of it: QString::fromStdString would drop a
// U+FEFF at its start (taking it for a byte order mark), and a value that
// starts with one ("\uFEFF…" in a quoted string) must come back whole.
QString decodeScalar(const std::string &value)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(value.data(), qsizetype(value.size())));
}

// Thrown from inside the event handler to stop yaml-cpp at once; caught in
// YamlReader::parse and turned into a Diagnostic.
struct StopParsing
{
    YAML::Mark mark;
    QString message;
};

class TreeBuilder final : public YAML::EventHandler
{
public:
    TreeBuilder(const SourceText &source, const YamlLimits &limits)
        : m_source(source)
        , m_limits(limits)
    {}

    std::optional<YamlNode> takeRoot() { return std::move(m_root); }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (m_documents++ > 0)
            stop(mark, YamlReader::tr("the file holds more than one YAML document ('---'); "
                                      "put everything in one"));
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        countNode(mark);
        const auto p = position(mark);
        complete(YamlNode::null(p.line, p.column), anchor, mark);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (++m_aliases > m_limits.maxAliases) {
            stop(mark, YamlReader::tr("more than %1 aliases ('*name'); the file is refused "
                                      "to keep an alias ladder from exhausting memory")
                           .arg(QLocale().toString(m_limits.maxAliases)));
        }
        const auto it = m_anchors.constFind(anchor);
        if (it == m_anchors.cend() || !it->has_value()) {
            stop(mark, YamlReader::tr("this alias refers to a node that contains it "
                                      "(an alias cycle)"));
        }
        const YamlNode &target = it->value();
        m_nodes += target.nodeCount();
        if (m_nodes > m_limits.maxNodes) {
            stop(mark, YamlReader::tr("the aliases expand to more than %1 nodes (an alias "
                                      "ladder?); the file is refused")
                           .arg(QLocale().toString(m_limits.maxNodes)));
        }
        complete(target, 0, mark);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        countNode(mark);
        const auto p = position(mark);
        YamlNode node = YamlNode::scalar(decodeScalar(value), styleAt(mark, tag), p.line, p.column);
        if (node.style() == YamlNode::ScalarStyle::Literal ||
            node.style() == YamlNode::ScalarStyle::Folded) {
            setBlockGeometry(node, mark);
        }
        complete(std::move(node), anchor, mark);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, false);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor, true);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open
    {
        YamlNode node;
        YAML::anchor_t anchor = 0;
        YAML::Mark mark;
        std::optional<YamlNode> pendingKey;
        // A map's keys so far: looking each new key up in the node itself
        // would make a mapping of n keys cost n * n.
        QSet<QString> keys;
    };

    [[noreturn]] void stop(const YAML::Mark &mark, const QString &message)
    {
        throw StopParsing{mark, message};
    }

    SourceText::Position position(const YAML::Mark &mark) const
    {
        return m_source.positionOfLineByte(mark.line, mark.column);
    }

    void countNode(const YAML::Mark &mark)
    {
        if (++m_nodes > m_limits.maxNodes) {
            stop(mark, YamlReader::tr("the file has more than %1 nodes; it is refused")
                           .arg(QLocale().toString(m_limits.maxNodes)));
        }
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, bool isMap)
    {
        countNode(mark);
        if (int(m_stack.size()) >= m_limits.maxDepth) {
            stop(mark, YamlReader::tr("nesting is deeper than %1 levels; the file is refused")
                           .arg(m_limits.maxDepth));
        }
        const auto p = position(mark);
        Open entry;
        entry.node = isMap ? YamlNode::map(p.line, p.column) : YamlNode::sequence(p.line, p.column);
        entry.anchor = anchor;
        entry.mark = mark;
        if (anchor != 0)
            m_anchors.insert(anchor, std::nullopt); // open: an alias to it now is a cycle
        m_stack.push_back(std::move(entry));
    }

    void close()
    {
        Open entry = std::move(m_stack.back());
        m_stack.pop_back();
        complete(std::move(entry.node), entry.anchor, entry.mark);
    }

    void complete(YamlNode node, YAML::anchor_t anchor, const YAML::Mark &mark)
    {
        if (anchor != 0) {
            m_nodes += node.nodeCount();
            if (m_nodes > m_limits.maxNodes) {
                stop(mark, YamlReader::tr("the anchors and aliases expand to more than %1 "
                                          "nodes; the file is refused")
                               .arg(QLocale().toString(m_limits.maxNodes)));
            }
            m_anchors.insert(anchor, node);
        }
        if (m_stack.empty()) {
            m_root = std::move(node);
            return;
        }
        Open &parent = m_stack.back();
        if (parent.node.isSequence()) {
            parent.node.append(std::move(node));
            return;
        }
        if (!parent.pendingKey) {
            if (!node.isScalar()) {
                stop(mark, YamlReader::tr("a key must be plain text, not %1").arg(node.kindName()));
            }
            if (parent.keys.contains(node.scalar())) {
                stop(mark, YamlReader::tr("the key '%1' appears twice in this mapping")
                               .arg(node.scalar()));
            }
            parent.keys.insert(node.scalar());
            parent.pendingKey = std::move(node);
            return;
        }
        parent.node.insert(std::move(*parent.pendingKey), std::move(node));
        parent.pendingKey.reset();
    }

    // yaml-cpp tells plain scalars ("?") from the others ("!"); which of the
    // others it was, we read from the source at the scalar's mark.
    YamlNode::ScalarStyle styleAt(const YAML::Mark &mark, const std::string &tag) const
    {
        if (tag == "?")
            return YamlNode::ScalarStyle::Plain;
        const QByteArray &bytes = m_source.bytes();
        qsizetype i = mark.pos;
        // Skip an anchor or tag written before the scalar itself.
        while (i >= 0 && i < bytes.size() && (bytes.at(i) == '&' || bytes.at(i) == '!')) {
            while (i < bytes.size() && bytes.at(i) != ' ' && bytes.at(i) != '\n')
                ++i;
            while (i < bytes.size() && bytes.at(i) == ' ')
                ++i;
        }
        if (i >= 0 && i < bytes.size()) {
            if (bytes.at(i) == '|')
                return YamlNode::ScalarStyle::Literal;
            if (bytes.at(i) == '>')
                return YamlNode::ScalarStyle::Folded;
        }
        return YamlNode::ScalarStyle::Quoted;
    }

    // A block scalar's text starts on the line after its indicator, indented
    // by the first non-blank line's indentation.
    void setBlockGeometry(YamlNode &node, const YAML::Mark &mark) const
    {
        const int headerLine0 = mark.line;
        for (int line0 = headerLine0 + 1; line0 < m_source.lineCount(); ++line0) {
            const QByteArrayView bytes = m_source.lineBytes(line0);
            int indent = 0;
            while (indent < bytes.size() && bytes.at(indent) == ' ')
                ++indent;
            if (indent < bytes.size()) {
                node.setBlockGeometry(headerLine0 + 2, indent);
                return;
            }
        }
        node.setBlockGeometry(headerLine0 + 2, 0);
    }

    const SourceText &m_source;
    const YamlLimits m_limits;
    std::vector<Open> m_stack;
    QHash<YAML::anchor_t, std::optional<YamlNode>> m_anchors;
    std::optional<YamlNode> m_root;
    qsizetype m_nodes = 0;
    int m_aliases = 0;
    int m_documents = 0;
};

} // namespace

Result<YamlNode> YamlReader::parse(const SourceText &source, const YamlLimits &limits)
{
    if (const Status encoding = source.checkEncoding(); !encoding)
        return encoding.errors();

    const std::string bytes(source.bytes().constData(), size_t(source.bytes().size()));
    std::istringstream stream(bytes);
    TreeBuilder builder(source, limits);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const StopParsing &stop) {
        const auto p = source.positionOfLineByte(stop.mark.line, stop.mark.column);
        return Diagnostic::error(source.name(), p.line, p.column, stop.message);
    } catch (const YAML::Exception &e) {
        const auto p = source.positionOfLineByte(e.mark.line, e.mark.column);
        qCDebug(lcFormats) << "yaml-cpp:" << e.what();
        return Diagnostic::error(source.name(), p.line, p.column,
                                 tr("invalid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    if (std::optional<YamlNode> root = builder.takeRoot())
        return std::move(*root);
    return YamlNode::null(1, 1);
}

} // namespace PromptDeck::Core
