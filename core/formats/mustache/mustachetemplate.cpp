#include "mustache/mustachetemplate.h"

#include <QHash>

#include <optional>
#include <variant>

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

// A token is a range of the template and a few flags, no text of its own:
// a template of millions of tags would otherwise allocate for each.
struct Token
{
    TokenType type = TokenType::Text;
    bool escape = true;
    bool removed = false;
    qsizetype start = 0; // Text: the text; tags: the name, trimmed
    qsizetype length = 0;
    qsizetype indentStart = 0; // Partial: the whitespace before a standalone tag
    qsizetype indentLength = 0;
    int line = 0;
    int column = 0;
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

// A tag's name as the nodes keep it: one string and one split path shared by
// every tag of that name.
struct Name
{
    QString text;
    QStringList path; // empty for the implicit iterator "."
};

// Reads the template once, front to back. The tokens of a line wait only
// until the line is known not to be standalone (it has content) or ends;
// then they become nodes, so the tokens never outgrow one line.
class Parser final
{
public:
    explicit Parser(const QString &source)
        : m_source(source)
    {}

    Result<std::vector<MustacheNode>> run();

private:
    Diagnostic errorAt(int line, int column, const QString &message) const
    {
        return Diagnostic::error(QString(), line, column, message);
    }

    std::optional<Diagnostic> tokenize();
    // Reads the tag at tagStart into token; returns where the tag ends, or
    // the error. Changes the delimiters for a delimiter tag.
    std::variant<qsizetype, Diagnostic> readTag(qsizetype tagStart, Token &token);

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
    QStringView view(qsizetype start, qsizetype length) const
    {
        return QStringView(m_source).sliced(start, length);
    }
    QString tokenText(const Token &token) const
    {
        return view(token.start, token.length).toString();
    }

    void addText(qsizetype from, qsizetype to);
    void addToken(const Token &token);
    void finishLine();
    void flushLine();

    const Name &name(const Token &token);
    // Turns one token into nodes; the first error stops the nesting (the
    // tokenizer goes on: an error of its own comes first).
    void nest(const Token &token);
    std::optional<Diagnostic> nestToken(const Token &token);
    std::vector<MustacheNode> &currentList()
    {
        return m_openSections.empty() ? m_root : m_openSections.back().children;
    }

    const QString &m_source;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    QString m_open = QStringLiteral("{{");
    QString m_close = QStringLiteral("}}");

    std::vector<Token> m_lineTokens; // of the current line, not yet nested
    bool m_lineHasContent = false;   // non-blank text or an interpolation
    int m_lineTags = 0;

    QHash<QStringView, Name> m_names;
    std::vector<MustacheNode> m_root;
    std::vector<MustacheNode> m_openSections; // not yet closed, innermost last
    std::optional<Diagnostic> m_nestError;
};

void Parser::addText(qsizetype from, qsizetype to)
{
    // The newline is looked for in this text only: searching on to the end
    // of the template for every text between two tags is quadratic on a
    // long line of tags.
    const QStringView text = view(from, to - from);
    qsizetype start = from;
    while (start < to) {
        const qsizetype found = text.indexOf(QLatin1Char('\n'), start - from);
        const qsizetype end = found < 0 ? to : from + found + 1;
        Token token;
        token.start = start;
        token.length = end - start;
        token.line = m_line;
        token.column = columnOf(start);
        if (!m_lineHasContent && !isBlank(view(token.start, token.length)))
            m_lineHasContent = true;
        addToken(token);
        advanceTo(end);
        if (found >= 0)
            finishLine();
        start = end;
    }
}

void Parser::addToken(const Token &token)
{
    m_lineTokens.push_back(token);
    // A line with content is not standalone: nothing of it will be removed.
    if (m_lineHasContent)
        flushLine();
}

// A line whose only content is section, inverted, closing, partial, comment
// or delimiter tags (and whitespace) is "standalone": the whitespace and the
// line ending vanish from the output, and a partial on it is indented by the
// whitespace in front of it.
void Parser::finishLine()
{
    if (m_lineTags > 0 && !m_lineHasContent) {
        // Only one text can stand before the first tag: texts end at line ends.
        const Token *before = nullptr;
        bool beforeFirstTag = true;
        for (Token &token : m_lineTokens) {
            if (token.type == TokenType::Text) {
                if (beforeFirstTag)
                    before = &token;
                token.removed = true;
            } else {
                if (token.type == TokenType::Partial && beforeFirstTag && before) {
                    token.indentStart = before->start;
                    token.indentLength = before->length;
                }
                beforeFirstTag = false;
            }
        }
    }
    flushLine();
    m_lineHasContent = false;
    m_lineTags = 0;
}

void Parser::flushLine()
{
    for (const Token &token : m_lineTokens) {
        if (!token.removed)
            nest(token);
    }
    m_lineTokens.clear();
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
        Token token;
        std::variant<qsizetype, Diagnostic> tagEnd = readTag(tagStart, token);
        if (Diagnostic *error = std::get_if<Diagnostic>(&tagEnd))
            return std::move(*error);
        if (token.type == TokenType::Variable)
            m_lineHasContent = true;
        ++m_lineTags;
        addToken(token);
        advanceTo(std::get<qsizetype>(tagEnd));
    }
    finishLine();
    return std::nullopt;
}

std::variant<qsizetype, Diagnostic> Parser::readTag(qsizetype tagStart, Token &token)
{
    const qsizetype size = m_source.size();
    token.line = m_line;
    token.column = columnOf(tagStart);

    const qsizetype contentStart = tagStart + m_open.size();
    const bool triple = m_open == QLatin1String("{{") && contentStart < size &&
                        m_source.at(contentStart) == QLatin1Char('{');
    const QString closer = triple ? QLatin1Char('}') + m_close : m_close;
    const qsizetype closeAt = m_source.indexOf(closer, contentStart);
    if (closeAt < 0) {
        return errorAt(
            token.line, token.column,
            MustacheTemplate::tr("the tag '%1' is never closed with '%2'").arg(m_open, closer));
    }
    QStringView content = view(contentStart, closeAt - contentStart);

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
        content = content.sliced(1);

    if (token.type == TokenType::Delimiters) {
        if (!content.endsWith(QLatin1Char('='))) {
            return errorAt(token.line, token.column,
                           MustacheTemplate::tr("a delimiter change must end with '=' "
                                                "(like {{=<% %>=}})"));
        }
        const QStringList parts =
            content.chopped(1).toString().simplified().split(QLatin1Char(' '));
        if (parts.size() != 2 || parts.at(0).contains(QLatin1Char('=')) ||
            parts.at(1).contains(QLatin1Char('='))) {
            return errorAt(token.line, token.column,
                           MustacheTemplate::tr("a delimiter change needs two delimiters "
                                                "separated by a space, like {{=<% %>=}}"));
        }
        m_open = parts.at(0);
        m_close = parts.at(1);
    } else if (token.type != TokenType::Comment) {
        const QStringView value = content.trimmed();
        if (value.isEmpty()) {
            return errorAt(token.line, token.column,
                           MustacheTemplate::tr("the tag %1%2 has no name").arg(m_open, closer));
        }
        if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\n'))) {
            return errorAt(token.line, token.column,
                           MustacheTemplate::tr("'%1' is not a valid name: names have no "
                                                "spaces")
                               .arg(value));
        }
        token.start = value.data() - m_source.constData();
        token.length = value.size();
    }
    return closeAt + closer.size();
}

QStringList splitName(const QString &name)
{
    if (name == QLatin1String("."))
        return {};
    return name.split(QLatin1Char('.'));
}

const Name &Parser::name(const Token &token)
{
    const QStringView written = view(token.start, token.length);
    auto it = m_names.find(written);
    if (it == m_names.end()) {
        QString text = written.toString();
        QStringList path = splitName(text);
        it = m_names.insert(written, Name{std::move(text), std::move(path)});
    }
    return *it;
}

void Parser::nest(const Token &token)
{
    if (!m_nestError)
        m_nestError = nestToken(token);
}

std::optional<Diagnostic> Parser::nestToken(const Token &token)
{
    switch (token.type) {
    case TokenType::Comment:
    case TokenType::Delimiters:
        break;
    case TokenType::Text: {
        std::vector<MustacheNode> &list = currentList();
        if (!list.empty() && list.back().type == MustacheNode::Type::Text) {
            list.back().text += view(token.start, token.length);
        } else {
            MustacheNode node;
            node.text = tokenText(token);
            node.line = token.line;
            node.column = token.column;
            list.push_back(std::move(node));
        }
        break;
    }
    case TokenType::Variable:
    case TokenType::Partial: {
        const Name &tagName = name(token);
        MustacheNode node;
        node.type = token.type == TokenType::Variable ? MustacheNode::Type::Variable
                                                      : MustacheNode::Type::Partial;
        node.text = tagName.text;
        if (node.type == MustacheNode::Type::Variable) {
            node.path = tagName.path;
            if (node.path.contains(QString())) {
                return errorAt(token.line, token.column,
                               MustacheTemplate::tr("'%1' is not a valid name").arg(node.text));
            }
        }
        node.escape = token.escape;
        node.indent = view(token.indentStart, token.indentLength).toString();
        node.line = token.line;
        node.column = token.column;
        currentList().push_back(std::move(node));
        break;
    }
    case TokenType::Section:
    case TokenType::InvertedSection: {
        if (int(m_openSections.size()) >= MustacheTemplate::maxSectionDepth) {
            return errorAt(token.line, token.column,
                           MustacheTemplate::tr("sections are nested more than %1 deep")
                               .arg(MustacheTemplate::maxSectionDepth));
        }
        const Name &tagName = name(token);
        MustacheNode node;
        node.type = token.type == TokenType::Section ? MustacheNode::Type::Section
                                                     : MustacheNode::Type::InvertedSection;
        node.text = tagName.text;
        node.path = tagName.path;
        if (node.path.contains(QString())) {
            return errorAt(token.line, token.column,
                           MustacheTemplate::tr("'%1' is not a valid name").arg(node.text));
        }
        node.line = token.line;
        node.column = token.column;
        m_openSections.push_back(std::move(node));
        break;
    }
    case TokenType::Close: {
        const QStringView closed = view(token.start, token.length);
        if (m_openSections.empty()) {
            return errorAt(token.line, token.column,
                           MustacheTemplate::tr("'%1' closes a section that was never "
                                                "opened")
                               .arg(closed));
        }
        const MustacheNode &innermost = m_openSections.back();
        if (innermost.text != closed) {
            return errorAt(token.line, token.column,
                           MustacheTemplate::tr("'%1' is closed here, but the open section "
                                                "is '%2' (line %3, column %4)")
                               .arg(closed, innermost.text)
                               .arg(innermost.line)
                               .arg(innermost.column));
        }
        MustacheNode done = std::move(m_openSections.back());
        m_openSections.pop_back();
        currentList().push_back(std::move(done));
        break;
    }
    }
    return std::nullopt;
}

Result<std::vector<MustacheNode>> Parser::run()
{
    if (std::optional<Diagnostic> error = tokenize())
        return *error;
    if (m_nestError)
        return *m_nestError;
    if (!m_openSections.empty()) {
        const MustacheNode &unclosed = m_openSections.back();
        return errorAt(unclosed.line, unclosed.column,
                       MustacheTemplate::tr("the section '%1' is never closed").arg(unclosed.text));
    }
    return std::move(m_root);
}

} // namespace

Result<MustacheTemplate> MustacheTemplate::parse(const QString &source)
{
    Parser parser(source);
    Result<std::vector<MustacheNode>> nodes = parser.run();
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
