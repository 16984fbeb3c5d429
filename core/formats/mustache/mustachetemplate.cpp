#include "mustache/mustachetemplate.h"

#include <optional>

namespace PromptDeck::Core {

namespace {

enum class TokenType
{
    Text,
    Variable,
    Section,
    InvertedSection,
    Close,
    Partial,
    Comment,
    Delimiters
};

struct Token
{
    TokenType type = TokenType::Text;
    QString value;
    bool escape = true;
    int line = 0;
    int column = 0;
    bool removed = false;
    QString indent;
};

bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\r') &&
            c != QLatin1Char('\n'))
            return false;
    }
    return true;
}

class Parser final
{
public:
    explicit Parser(const QString &source)
        : m_source(source)
    {}

    std::optional<Diagnostic> tokenize();
    Result<std::vector<MustacheNode>> nest();

private:
    Diagnostic errorAt(int line, int column, const QString &message) const
    {
        return Diagnostic::error(QString(), line, column, message);
    }

    void advanceTo(qsizetype pos)
    {
        for (qsizetype i = m_pos; i < pos; ++i) {
            if (m_source.at(i) == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = i + 1;
            }
        }
        m_pos = pos;
    }
    int columnOf(qsizetype pos) const { return int(pos - m_lineStart) + 1; }

    void addText(qsizetype from, qsizetype to);
    void finishLine();

    const QString &m_source;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    QString m_open = QStringLiteral("{{");
    QString m_close = QStringLiteral("}}");

    std::vector<Token> m_tokens;
    size_t m_lineFirstToken = 0;
    bool m_lineHasContent = false; // non-blank text or an interpolation
    int m_lineTags = 0;
};

void Parser::addText(qsizetype from, qsizetype to)
{
    // The newline is looked for in this text only: searching on to the end
    // of the template for every text between two tags is quadratic on a
    // long line of tags.
    const QStringView text = QStringView(m_source).sliced(from, to - from);
    qsizetype start = from;
    while (start < to) {
        const qsizetype found = text.indexOf(QLatin1Char('\n'), start - from);
        const qsizetype newline = found < 0 ? -1 : from + found;
        const qsizetype end = newline < 0 ? to : newline + 1;
        Token token;
        token.value = m_source.mid(start, end - start);
        token.line = m_line;
        token.column = columnOf(start);
        if (!isBlank(token.value))
            m_lineHasContent = true;
        m_tokens.push_back(std::move(token));
        advanceTo(end);
        if (end == newline + 1 && newline >= 0)
            finishLine();
        start = end;
    }
}

// A line whose only content is section, inverted, closing, partial, comment
// or delimiter tags (and whitespace) is "standalone": the whitespace and the
// line ending vanish from the output, and a partial on it is indented by the
// whitespace in front of it.
void Parser::finishLine()
{
    if (m_lineTags > 0 && !m_lineHasContent) {
        QString indent;
        bool beforeFirstTag = true;
        for (size_t i = m_lineFirstToken; i < m_tokens.size(); ++i) {
            Token &token = m_tokens[i];
            if (token.type == TokenType::Text) {
                if (beforeFirstTag)
                    indent += token.value;
                token.removed = true;
            } else {
                if (token.type == TokenType::Partial && beforeFirstTag)
                    token.indent = indent;
                beforeFirstTag = false;
            }
        }
    }
    m_lineFirstToken = m_tokens.size();
    m_lineHasContent = false;
    m_lineTags = 0;
}

std::optional<Diagnostic> Parser::tokenize()
{
    const qsizetype size = m_source.size();
    while (m_pos < size) {
        const qsizetype tagStart = m_source.indexOf(m_open, m_pos);
        if (tagStart < 0) {
            addText(m_pos, size);
            break;
        }
        addText(m_pos, tagStart);
        const int tagLine = m_line;
        const int tagColumn = columnOf(tagStart);

        qsizetype contentStart = tagStart + m_open.size();
        const bool triple = m_open == QLatin1String("{{") && contentStart < size &&
                            m_source.at(contentStart) == QLatin1Char('{');
        const QString closer = triple ? QLatin1Char('}') + m_close : m_close;
        const qsizetype closeAt = m_source.indexOf(closer, contentStart);
        if (closeAt < 0) {
            return errorAt(
                tagLine, tagColumn,
                MustacheTemplate::tr("the tag '%1' is never closed with '%2'").arg(m_open, closer));
        }
        QString content = m_source.mid(contentStart, closeAt - contentStart);
        const qsizetype tagEnd = closeAt + closer.size();

        Token token;
        token.line = tagLine;
        token.column = tagColumn;
        QChar sigil = content.isEmpty() ? QChar() : content.at(0);
        if (triple || sigil == QLatin1Char('&')) {
            // {{{x}}} and {{&x}}: never escaped; the '{' or '&' is dropped below.
            token.type = TokenType::Variable;
            token.escape = false;
        } else if (sigil == QLatin1Char('#')) {
            token.type = TokenType::Section;
        } else if (sigil == QLatin1Char('^')) {
            token.type = TokenType::InvertedSection;
        } else if (sigil == QLatin1Char('/')) {
            token.type = TokenType::Close;
        } else if (sigil == QLatin1Char('>')) {
            token.type = TokenType::Partial;
        } else if (sigil == QLatin1Char('!')) {
            token.type = TokenType::Comment;
        } else if (sigil == QLatin1Char('=')) {
            token.type = TokenType::Delimiters;
        } else {
            token.type = TokenType::Variable;
            sigil = QChar();
        }
        if (!sigil.isNull())
            content.remove(0, 1);

        if (token.type == TokenType::Delimiters) {
            if (!content.endsWith(QLatin1Char('='))) {
                return errorAt(tagLine, tagColumn,
                               MustacheTemplate::tr("a delimiter change must end with '=' "
                                                    "(like {{=<% %>=}})"));
            }
            content.chop(1);
            const QStringList parts = content.simplified().split(QLatin1Char(' '));
            if (parts.size() != 2 || parts.at(0).contains(QLatin1Char('=')) ||
                parts.at(1).contains(QLatin1Char('='))) {
                return errorAt(tagLine, tagColumn,
                               MustacheTemplate::tr("a delimiter change needs two delimiters "
                                                    "separated by a space, like {{=<% %>=}}"));
            }
            m_open = parts.at(0);
            m_close = parts.at(1);
        } else if (token.type != TokenType::Comment) {
            token.value = content.trimmed();
            if (token.value.isEmpty()) {
                return errorAt(
                    tagLine, tagColumn,
                    MustacheTemplate::tr("the tag %1%2 has no name").arg(m_open, closer));
            }
            if (token.value.contains(QLatin1Char(' ')) || token.value.contains(QLatin1Char('\n'))) {
                return errorAt(tagLine, tagColumn,
                               MustacheTemplate::tr("'%1' is not a valid name: names have no "
                                                    "spaces")
                                   .arg(token.value));
            }
        }
        if (token.type == TokenType::Variable)
            m_lineHasContent = true;
        ++m_lineTags;
        m_tokens.push_back(std::move(token));
        advanceTo(tagEnd);
    }
    finishLine();
    return std::nullopt;
}

QStringList splitName(const QString &name)
{
    if (name == QLatin1String("."))
        return {};
    return name.split(QLatin1Char('.'));
}

Result<std::vector<MustacheNode>> Parser::nest()
{
    std::vector<MustacheNode> root;
    std::vector<MustacheNode> open; // sections not yet closed, innermost last
    auto currentList = [&]() -> std::vector<MustacheNode> & {
        return open.empty() ? root : open.back().children;
    };

    for (Token &token : m_tokens) {
        if (token.removed)
            continue;
        switch (token.type) {
        case TokenType::Comment:
        case TokenType::Delimiters:
            break;
        case TokenType::Text: {
            std::vector<MustacheNode> &list = currentList();
            if (!list.empty() && list.back().type == MustacheNode::Type::Text) {
                list.back().text += token.value;
            } else {
                MustacheNode node;
                node.text = std::move(token.value);
                node.line = token.line;
                node.column = token.column;
                list.push_back(std::move(node));
            }
            break;
        }
        case TokenType::Variable:
        case TokenType::Partial: {
            MustacheNode node;
            node.type = token.type == TokenType::Variable ? MustacheNode::Type::Variable
                                                          : MustacheNode::Type::Partial;
            node.text = token.value;
            if (node.type == MustacheNode::Type::Variable) {
                node.path = splitName(token.value);
                if (node.path.contains(QString())) {
                    return errorAt(
                        token.line, token.column,
                        MustacheTemplate::tr("'%1' is not a valid name").arg(token.value));
                }
            }
            node.escape = token.escape;
            node.indent = token.indent;
            node.line = token.line;
            node.column = token.column;
            currentList().push_back(std::move(node));
            break;
        }
        case TokenType::Section:
        case TokenType::InvertedSection: {
            if (int(open.size()) >= MustacheTemplate::maxSectionDepth) {
                return errorAt(token.line, token.column,
                               MustacheTemplate::tr("sections are nested more than %1 deep")
                                   .arg(MustacheTemplate::maxSectionDepth));
            }
            MustacheNode node;
            node.type = token.type == TokenType::Section ? MustacheNode::Type::Section
                                                         : MustacheNode::Type::InvertedSection;
            node.text = token.value;
            node.path = splitName(token.value);
            if (node.path.contains(QString())) {
                return errorAt(token.line, token.column,
                               MustacheTemplate::tr("'%1' is not a valid name").arg(token.value));
            }
            node.line = token.line;
            node.column = token.column;
            open.push_back(std::move(node));
            break;
        }
        case TokenType::Close: {
            if (open.empty()) {
                return errorAt(token.line, token.column,
                               MustacheTemplate::tr("'%1' closes a section that was never "
                                                    "opened")
                                   .arg(token.value));
            }
            if (open.back().text != token.value) {
                return errorAt(token.line, token.column,
                               MustacheTemplate::tr("'%1' is closed here, but the open section "
                                                    "is '%2' (line %3, column %4)")
                                   .arg(token.value, open.back().text)
                                   .arg(open.back().line)
                                   .arg(open.back().column));
            }
            MustacheNode done = std::move(open.back());
            open.pop_back();
            currentList().push_back(std::move(done));
            break;
        }
        }
    }
    if (!open.empty()) {
        const MustacheNode &unclosed = open.back();
        return errorAt(unclosed.line, unclosed.column,
                       MustacheTemplate::tr("the section '%1' is never closed").arg(unclosed.text));
    }
    return root;
}

} // namespace

Result<MustacheTemplate> MustacheTemplate::parse(const QString &source)
{
    Parser parser(source);
    if (std::optional<Diagnostic> error = parser.tokenize())
        return *error;
    Result<std::vector<MustacheNode>> nodes = parser.nest();
    if (!nodes)
        return nodes.errors();
    MustacheTemplate result;
    result.m_source = source;
    result.m_nodes = std::move(nodes).value();
    return result;
}

MustacheTemplate MustacheTemplate::indented(const QString &indent) const
{
    if (indent.isEmpty())
        return *this;
    QString text;
    text.reserve(m_source.size() + indent.size() * 8);
    text += indent;
    for (qsizetype i = 0; i < m_source.size(); ++i) {
        const QChar c = m_source.at(i);
        text += c;
        if (c == QLatin1Char('\n') && i + 1 < m_source.size())
            text += indent;
    }
    Result<MustacheTemplate> reparsed = parse(text);
    // Indenting a template that parsed cannot break its tags.
    Q_ASSERT(reparsed.ok());
    return reparsed ? std::move(reparsed).value() : *this;
}

} // namespace PromptDeck::Core
