#include "article/articlechecklist.h"

#include "kit/kit.h"
#include "session/session.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <optional>

namespace PromptDeck::Core {

namespace {

using Group = ChecklistItem::Group;

// One line of the article as the checks read it: inline code spans blanked
// out (so a bracket inside one is no note), and whether the line is code.
struct ArticleLine
{
    QString text;
    bool code = false;
    QString raw; // as written, code spans and all
};

struct Fence
{
    QChar mark;
    qsizetype length = 0;
};

qsizetype leadingSpaces(QStringView line)
{
    qsizetype n = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++n;
        else if (c == u'\t')
            n += 4;
        else
            break;
    }
    return n;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// A ``` or ~~~ fence at any indentation: chat models indent fences inside
// list items as they please.
std::optional<Fence> fenceOf(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 3 || (t.front() != u'`' && t.front() != u'~'))
        return std::nullopt;
    qsizetype n = 0;
    while (n < t.size() && t.at(n) == t.front())
        ++n;
    if (n < 3)
        return std::nullopt;
    return Fence{t.front(), n};
}

bool closesFence(QStringView line, const Fence &fence)
{
    const std::optional<Fence> f = fenceOf(line);
    if (!f || f->mark != fence.mark || f->length < fence.length)
        return false;
    const QStringView t = line.trimmed();
    return t.size() == f->length;
}

bool isListItem(QStringView line)
{
    static const QRegularExpression item(QStringLiteral("^\\s*(?:[-*+]|\\d{1,9}[.)])(?:\\s|$)"));
    return item.match(line).hasMatch();
}

bool isHeading(QStringView line)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(?:\\s|$)"));
    return heading.match(line).hasMatch();
}

struct TickRun
{
    qsizetype start = 0;
    qsizetype length = 0;
};

QList<TickRun> tickRuns(const QString &line)
{
    QList<TickRun> runs;
    for (qsizetype i = 0; i < line.size();) {
        if (line.at(i) != u'`') {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < line.size() && line.at(i) == u'`')
            ++i;
        runs.append({start, i - start});
    }
    return runs;
}

// Replaces each code span (a run of backticks up to the next run of the
// same length) with spaces, so columns and brackets outside stay put. Each
// run's closer is found from a table of the next run of each length, so a
// line of many unmatched runs costs no more than one pass.
QString blankInlineCode(const QString &line)
{
    const QList<TickRun> runs = tickRuns(line);
    if (runs.size() < 2)
        return line;
    QList<qsizetype> nextOfSameLength(runs.size(), -1);
    QHash<qsizetype, qsizetype> seen;
    for (qsizetype r = runs.size() - 1; r >= 0; --r) {
        nextOfSameLength[r] = seen.value(runs.at(r).length, -1);
        seen.insert(runs.at(r).length, r);
    }
    QString out = line;
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const qsizetype close = nextOfSameLength.at(r);
        if (close < 0)
            continue;
        const qsizetype end = runs.at(close).start + runs.at(close).length;
        for (qsizetype k = runs.at(r).start; k < end; ++k)
            out[k] = u' ';
        r = close;
    }
    return out;
}

// Fenced code, and indented code after a blank line outside a list (in a
// list, an indented line is the item's own text).
class LineReader final
{
public:
    QList<ArticleLine> read(QStringView markdown)
    {
        QList<ArticleLine> lines;
        for (const QStringView line : markdown.split(u'\n')) {
            QString text = line.toString();
            if (text.endsWith(u'\r'))
                text.chop(1);
            const bool code = isCode(text);
            QString shown = code ? text : blankInlineCode(text);
            lines.append({std::move(shown), code, std::move(text)});
        }
        return lines;
    }

private:
    bool isCode(const QString &line)
    {
        if (m_fence) {
            if (closesFence(line, *m_fence))
                m_fence.reset();
            return true;
        }
        if (const std::optional<Fence> f = fenceOf(line)) {
            m_fence = f;
            return true;
        }
        const bool blank = isBlank(line);
        const bool indented = !blank && leadingSpaces(line) >= 4;
        const bool code = indented && !m_inList && (m_afterBlank || m_inIndentedCode);
        m_inIndentedCode = code || (m_inIndentedCode && blank);
        if (!blank && !code)
            m_inList = isListItem(line) || (m_inList && leadingSpaces(line) > 0);
        if (isHeading(line))
            m_inList = false;
        m_afterBlank = blank;
        return code;
    }

    std::optional<Fence> m_fence;
    bool m_inList = false;
    bool m_afterBlank = true;
    bool m_inIndentedCode = false;
};

QString labelKey(QStringView label)
{
    return label.toString().simplified().toCaseFolded();
}

// [label]: destination, for reference links ([text][label], [label]).
QHash<QString, QString> referenceDefinitions(const QList<ArticleLine> &lines)
{
    static const QRegularExpression definition(
        QStringLiteral("^ {0,3}\\[([^\\]^][^\\]]*)\\]:\\s*(?:<([^>]*)>|(\\S+))?"));
    QHash<QString, QString> definitions;
    for (const ArticleLine &line : lines) {
        if (line.code)
            continue;
        const QRegularExpressionMatch m = definition.match(line.text);
        if (m.hasMatch()) {
            const QString url = m.capturedLength(2) > 0 ? m.captured(2) : m.captured(3);
            definitions.insert(labelKey(m.captured(1)), url);
        }
    }
    return definitions;
}

bool isReferenceDefinition(QStringView line)
{
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:"));
    return definition.match(line).hasMatch();
}

// For each '[' of s that is closed, the index of its ']' (brackets nest;
// a backslash escapes one), in one pass whatever the line holds.
QHash<qsizetype, qsizetype> bracketPairs(const QString &s)
{
    QHash<qsizetype, qsizetype> pairs;
    QList<qsizetype> open;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\\')
            ++i;
        else if (c == u'[')
            open.append(i);
        else if (c == u']' && !open.isEmpty())
            pairs.insert(open.takeLast(), i);
    }
    return pairs;
}

struct InlineDestination
{
    QString url;
    qsizetype end = 0; // just after the closing ')'
};

// The destination of an inline link whose '(' is at paren: <…> or a run
// without spaces and with balanced parentheses; a title may follow.
InlineDestination inlineDestination(const QString &s, qsizetype paren)
{
    qsizetype i = paren + 1;
    while (i < s.size() && s.at(i).isSpace())
        ++i;
    InlineDestination d;
    if (i < s.size() && s.at(i) == u'<') {
        const qsizetype close = s.indexOf(u'>', i + 1);
        d.url = s.mid(i + 1, close < 0 ? -1 : close - i - 1);
        i = close < 0 ? s.size() : close + 1;
    } else {
        int depth = 0;
        const qsizetype start = i;
        for (; i < s.size() && !s.at(i).isSpace(); ++i) {
            if (s.at(i) == u'(')
                ++depth;
            else if (s.at(i) == u')' && depth-- == 0)
                break;
        }
        d.url = s.mid(start, i - start);
    }
    const qsizetype close = s.indexOf(u')', i);
    d.end = close < 0 ? s.size() : close + 1;
    return d;
}

bool isWebAddress(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !parsed.host().isEmpty();
}

// Why a link's destination is no web address, or nothing when it is one.
QString linkProblem(const QString &url)
{
    const QString u = url.trimmed();
    if (u.isEmpty())
        return ArticleChecklist::tr("has no destination");
    if (u == QLatin1String("#"))
        return ArticleChecklist::tr("points nowhere (#)");
    if (isWebAddress(u))
        return {};
    if (u.startsWith(u'#'))
        return ArticleChecklist::tr("points at “%1” in the page, which the page does not have")
            .arg(u);
    return ArticleChecklist::tr("leads to “%1”, which is not a web address").arg(u);
}

QString shortened(const QString &text, qsizetype most = 160)
{
    const QString s = text.simplified();
    return s.size() <= most ? s : s.left(most - 1) + QChar(0x2026);
}

enum class BareKind
{
    Ignore,
    Example,
    Asset,
    Missing,
    Note,
    Anchor
};

bool startsWithWord(QStringView text, QStringView word)
{
    if (!text.startsWith(word, Qt::CaseInsensitive))
        return false;
    return text.size() == word.size() || !text.at(word.size()).isLetterOrNumber();
}

// Words a note for the writer starts with: "[insert statistic]",
// "[add link to the pillar]", "[TODO: …]", "[citation needed]".
bool isNoteWord(QStringView content)
{
    static const QStringList words{
        QStringLiteral("insert"),      QStringLiteral("add"),       QStringLiteral("todo"),
        QStringLiteral("tbd"),         QStringLiteral("tk"),        QStringLiteral("fixme"),
        QStringLiteral("placeholder"), QStringLiteral("citation"),  QStringLiteral("cite"),
        QStringLiteral("source"),      QStringLiteral("link"),      QStringLiteral("image"),
        QStringLiteral("screenshot"),  QStringLiteral("chart"),     QStringLiteral("diagram"),
        QStringLiteral("graphic"),     QStringLiteral("photo"),     QStringLiteral("video"),
        QStringLiteral("note"),        QStringLiteral("fill"),      QStringLiteral("update"),
        QStringLiteral("verify"),      QStringLiteral("check"),     QStringLiteral("confirm"),
        QStringLiteral("your"),        QStringLiteral("statistic"), QStringLiteral("stat"),
        QStringLiteral("quote"),       QStringLiteral("xx"),        QStringLiteral("xxx"),
        QStringLiteral("replace"),     QStringLiteral("include"),   QStringLiteral("describe"),
        QStringLiteral("editor"),      QStringLiteral("author"),    QStringLiteral("cta")};
    for (const QString &word : words) {
        if (startsWithWord(content, word))
            return true;
    }
    return false;
}

// "[CTA]", "[TBD]", "[INTERNAL LINK: …]": capitals before any colon.
bool isCapitalLabel(QStringView content)
{
    static const QRegularExpression label(QStringLiteral("^[A-Z][A-Z0-9 _-]{1,30}(?::|$)"));
    return label.match(content).hasMatch();
}

BareKind bareKind(QStringView content, QStringView missingWord)
{
    const QStringView t = content.trimmed();
    static const QStringList ignored{QStringLiteral(""), QStringLiteral("sic"),
                                     QStringLiteral("..."), QStringLiteral("…"),
                                     QStringLiteral("x")};
    if (t.startsWith(u'^') || ignored.contains(t.toString().toLower()))
        return BareKind::Ignore;
    if (startsWithWord(t, u"example"))
        return BareKind::Example;
    if (startsWithWord(t, u"asset"))
        return BareKind::Asset;
    if (startsWithWord(t, u"missing") ||
        (!missingWord.isEmpty() && t.startsWith(missingWord, Qt::CaseInsensitive)))
        return BareKind::Missing;
    if (isNoteWord(t) || isCapitalLabel(t))
        return BareKind::Note;
    return BareKind::Anchor;
}

// What an [ASSET: …] marker asks for: the text after its label.
QString markerBody(const QString &content)
{
    static const QRegularExpression label(QStringLiteral("^\\s*\\w+\\s*[:—–-]*\\s*"));
    return QString(content).remove(label);
}

// Finds every bracketed thing in the article's prose: links (inline,
// reference, shortcut), markers and notes, bare [anchors].
class BracketScanner final
{
public:
    BracketScanner(const QList<ArticleLine> &lines, const QString &missingMarker)
        : m_lines(lines)
        , m_definitions(referenceDefinitions(lines))
        , m_missingWord(missingMarker.startsWith(u'[') ? missingMarker.mid(1) : missingMarker)
    {}

    QList<ChecklistItem> scan()
    {
        for (int i = 0; i < m_lines.size(); ++i) {
            const ArticleLine &line = m_lines.at(i);
            if (!line.code && !isReferenceDefinition(line.text))
                scanLine(i + 1, line.text);
        }
        return m_items;
    }

private:
    void scanLine(int lineNumber, const QString &s)
    {
        if (!s.contains(u'['))
            return;
        m_pairs = bracketPairs(s);
        qsizetype i = 0;
        while (i < s.size()) {
            if (s.at(i) == u'\\') {
                i += 2;
                continue;
            }
            if (s.at(i) != u'[') {
                ++i;
                continue;
            }
            const qsizetype close = m_pairs.value(i, -1);
            if (close < 0) {
                ++i;
                continue;
            }
            const bool image = i > 0 && s.at(i - 1) == u'!';
            i = bracket(lineNumber, s, i, close, image);
        }
    }

    // Handles the brackets from open to close; returns where to go on.
    qsizetype bracket(int lineNumber, const QString &s, qsizetype open, qsizetype close, bool image)
    {
        const QString content = s.mid(open + 1, close - open - 1);
        const QChar next = close + 1 < s.size() ? s.at(close + 1) : QChar();
        if (next == u'(') {
            const InlineDestination d = inlineDestination(s, close + 1);
            if (!image)
                link(lineNumber, content, d.url);
            return d.end;
        }
        if (next == u'[') {
            const qsizetype refClose = m_pairs.value(close + 1, -1);
            if (refClose > 0) {
                const QString label = s.mid(close + 2, refClose - close - 2);
                if (!image)
                    referenceLink(lineNumber, content, label.trimmed().isEmpty() ? content : label);
                return refClose + 1;
            }
        }
        if (image)
            return close + 1;
        if (const auto it = m_definitions.constFind(labelKey(content)); it != m_definitions.cend())
            link(lineNumber, content, *it);
        else
            bare(lineNumber, content);
        return close + 1;
    }

    void link(int lineNumber, const QString &text, const QString &url)
    {
        const QString problem = linkProblem(url);
        if (!problem.isEmpty())
            add(Group::Links, lineNumber,
                ArticleChecklist::tr("Link “%1” %2").arg(shortened(text), problem));
    }

    void referenceLink(int lineNumber, const QString &text, const QString &label)
    {
        if (const auto it = m_definitions.constFind(labelKey(label)); it != m_definitions.cend())
            link(lineNumber, text, *it);
        else
            add(Group::Links, lineNumber,
                ArticleChecklist::tr("Link “%1” names [%2], which the article does not define")
                    .arg(shortened(text), label.simplified()));
    }

    void bare(int lineNumber, const QString &content)
    {
        switch (bareKind(content, m_missingWord)) {
        case BareKind::Ignore:
            return;
        case BareKind::Example:
            add(Group::Leftovers, lineNumber,
                ArticleChecklist::tr("Example marker not filled in: [%1]").arg(shortened(content)));
            return;
        case BareKind::Asset:
            add(Group::Assets, lineNumber, shortened(markerBody(content), 400));
            return;
        case BareKind::Missing:
            add(Group::Leftovers, lineNumber,
                ArticleChecklist::tr("Missing answer: [%1]").arg(shortened(content)));
            return;
        case BareKind::Note:
            add(Group::Leftovers, lineNumber,
                ArticleChecklist::tr("Note for the writer: [%1]").arg(shortened(content)));
            return;
        case BareKind::Anchor:
            add(Group::Links, lineNumber,
                ArticleChecklist::tr("[%1] has no link destination").arg(shortened(content)));
            return;
        }
    }

    void add(Group group, int lineNumber, const QString &text)
    {
        m_items.append({group, lineNumber, text, QString(), false});
    }

    const QList<ArticleLine> &m_lines;
    QHash<QString, QString> m_definitions;
    QString m_missingWord;
    QList<ChecklistItem> m_items;
    QHash<qsizetype, qsizetype> m_pairs; // of the line being scanned
};

// The line without Markdown emphasis around it: "*Word count: ~1,500*".
QString unwrapped(const QString &line)
{
    static const QRegularExpression wrap(QStringLiteral("^[\\s*_>(\\[]+|[\\s*_)\\]]+$"));
    return QString(line).remove(wrap);
}

bool isWordCountNote(const QString &line)
{
    static const QRegularExpression note(
        QStringLiteral("^(?:(?:approximate|approx\\.?|estimated|total|final|article)\\s+)?"
                       "(?:word\\s*count|words|length)\\s*[:：]\\s*~?\\s*(?:approximately\\s+|"
                       "approx\\.?\\s+|about\\s+|around\\s+)?"
                       "[\\d,.]+|^~?\\s*[\\d,.]+\\+?\\s+words(?:\\s*\\(.*\\))?\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression emphasis(QStringLiteral("[*_]"));
    return note.match(unwrapped(line).remove(emphasis)).hasMatch();
}

// "Here's the final, publication-ready article:", "Sure! Here is the
// edited article." — a chat's line about the article, not part of it.
bool isChatOpening(const QString &line)
{
    static const QRegularExpression opener(
        QStringLiteral("^\\W*(?:here(?:'|’)?s|here\\s+is|here\\s+are|below\\s+is|below\\s+are|sure|"
                       "certainly|absolutely|of\\s+course|okay|ok|great|happy\\s+to)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression aboutTheText(
        QStringLiteral("\\b(?:article|draft|version|edit(?:ed)?|text|post|content|piece|revision|"
                       "rewrite|copy)\\b|:\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = unwrapped(line);
    return t.size() <= 200 && opener.match(t).hasMatch() && aboutTheText.match(t).hasMatch();
}

bool isChatClosing(const QString &line)
{
    static const QRegularExpression closer(
        QStringLiteral(
            "^\\W*(?:let\\s+me\\s+know|i\\s+hope\\s+(?:this|that|it)\\s+helps|"
            "hope\\s+(?:this|that)\\s+helps|would\\s+you\\s+like|do\\s+you\\s+want\\s+me|"
            "want\\s+me\\s+to|feel\\s+free|if\\s+you(?:'|’)?d\\s+like|"
            "if\\s+you\\s+would\\s+like|if\\s+you\\s+want|shall\\s+i|i\\s+can\\s+also|"
            "happy\\s+to\\s+help|should\\s+i)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return closer.match(unwrapped(line)).hasMatch();
}

bool isRule(const QString &line)
{
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$"));
    return rule.match(line).hasMatch();
}

QString quoted(const QString &line)
{
    return QStringLiteral("“%1”").arg(shortened(line, 120));
}

void addChatOpening(const QList<ArticleLine> &lines, QList<ChecklistItem> &items)
{
    int looked = 0;
    for (int i = 0; i < lines.size() && looked < 3; ++i) {
        const ArticleLine &line = lines.at(i);
        if (isBlank(line.text))
            continue;
        if (line.code || isHeading(line.text))
            return;
        ++looked;
        if (isChatOpening(line.text))
            items.append({Group::Leftovers, i + 1,
                          ArticleChecklist::tr("Chat opening left in: %1").arg(quoted(line.text)),
                          QString(), false});
    }
}

// The chat's closing lines at the very end (a "---" rule may stand before
// them), up to the first line of the article itself.
void addChatClosing(const QList<ArticleLine> &lines, QList<ChecklistItem> &items)
{
    QList<ChecklistItem> found;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const ArticleLine &line = lines.at(i);
        if (line.code)
            break;
        // Word-count notes are listed on their own.
        if (isBlank(line.text) || isRule(line.text) || isWordCountNote(line.text))
            continue;
        if (!isChatClosing(line.text))
            break;
        found.prepend({Group::Leftovers, int(i) + 1,
                       ArticleChecklist::tr("Chat closing left in: %1").arg(quoted(line.text)),
                       QString(), false});
    }
    items.append(found);
}

void addWordCountNotes(const QList<ArticleLine> &lines, QList<ChecklistItem> &items)
{
    for (int i = 0; i < lines.size(); ++i) {
        const ArticleLine &line = lines.at(i);
        if (!line.code && isWordCountNote(line.text))
            items.append(
                {Group::Leftovers, i + 1,
                 ArticleChecklist::tr("Word count note left in: %1").arg(quoted(line.text)),
                 QString(), false});
    }
}

// --- facts -----------------------------------------------------------------

// CHECK as the research's status: after a dash at the end ("— CHECK",
// "– CHECK (confirm the date)"), at the start ("- CHECK: …"), or marked up
// anywhere ("**CHECK**", "(CHECK)", "[CHECK]"). A plain "CHECK" inside a
// sentence ("items marked CHECK") is none.
struct CheckStatus
{
    qsizetype start = -1;
    qsizetype length = 0;
    QString note; // "(confirm the date)" after it, without the parentheses
};

CheckStatus checkStatus(const QString &line)
{
    static const QRegularExpression atEnd(
        QStringLiteral("\\s[—–-]+\\s*\\**CHECK\\**\\s*(?:\\(([^)]*)\\))?\\s*\\.?\\s*$"));
    static const QRegularExpression atStart(QStringLiteral(
        "^\\s*(?:[-*+]|\\d{1,9}[.)])?\\s*\\**[\\[(]?CHECK[\\])]?\\**(?:\\s*[:—–-]+)?\\s+"));
    static const QRegularExpression marked(
        QStringLiteral("\\*\\*CHECK\\*\\*|\\(CHECK\\)|\\[CHECK\\]"));
    for (const QRegularExpression *re : {&atEnd, &atStart, &marked}) {
        const QRegularExpressionMatch m = re->match(line);
        if (m.hasMatch())
            return {m.capturedStart(), m.capturedLength(), m.captured(1).trimmed()};
    }
    return {};
}

QString withoutListMarker(const QString &line)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+"));
    return QString(line).remove(marker);
}

QString trimmedSeparators(const QString &text)
{
    static const QRegularExpression ends(QStringLiteral("^[\\s—–:;,.-]+|[\\s—–:;,-]+$"));
    return QString(text).remove(ends);
}

struct FactParts
{
    QString fact;
    QString source;
};

// "Fact: … — Source: …" or, without a "Source:" label, "… — who, where".
FactParts splitFact(const QString &item)
{
    static const QRegularExpression sourceLabel(
        QStringLiteral("\\s*[—–-]*\\s*\\**Source\\**\\s*:\\**\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression factLabel(
        QStringLiteral("^\\**(?:Fact|Claim|Statistic|Stat|Data\\s+point)\\**\\s*:\\**\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = sourceLabel.match(item);
    FactParts parts;
    if (m.hasMatch()) {
        parts.fact = item.left(m.capturedStart());
        parts.source = item.mid(m.capturedEnd());
    } else {
        static const QRegularExpression dash(QStringLiteral("\\s[—–]\\s"));
        const qsizetype at = item.indexOf(dash);
        parts.fact = at < 0 ? item : item.left(at);
        parts.source = at < 0 ? QString() : item.mid(at + 3);
    }
    parts.fact = trimmedSeparators(trimmedSeparators(parts.fact).remove(factLabel));
    parts.source = trimmedSeparators(parts.source);
    return parts;
}

std::optional<ChecklistItem> factOf(const QString &line)
{
    if (!line.contains(QLatin1String("CHECK")))
        return std::nullopt;
    const CheckStatus status = checkStatus(line);
    if (status.start < 0)
        return std::nullopt;
    QString item = line;
    item.replace(status.start, status.length, QStringLiteral(" — "));
    const FactParts parts = splitFact(withoutListMarker(item));
    if (parts.fact.isEmpty())
        return std::nullopt;
    ChecklistItem fact{Group::Facts, 0, parts.fact, parts.source, false};
    if (!status.note.isEmpty())
        fact.text += ArticleChecklist::tr(" (research note: %1)").arg(status.note);
    return fact;
}

// Words that say little about which fact a sentence states.
bool isCommonWord(const QString &word)
{
    static const QSet<QString> common{
        QStringLiteral("that"),  QStringLiteral("this"),  QStringLiteral("with"),
        QStringLiteral("from"),  QStringLiteral("have"),  QStringLiteral("than"),
        QStringLiteral("they"),  QStringLiteral("their"), QStringLiteral("them"),
        QStringLiteral("when"),  QStringLiteral("which"), QStringLiteral("what"),
        QStringLiteral("where"), QStringLiteral("while"), QStringLiteral("will"),
        QStringLiteral("would"), QStringLiteral("could"), QStringLiteral("should"),
        QStringLiteral("about"), QStringLiteral("also"),  QStringLiteral("into"),
        QStringLiteral("only"),  QStringLiteral("other"), QStringLiteral("some"),
        QStringLiteral("such"),  QStringLiteral("more"),  QStringLiteral("most"),
        QStringLiteral("each"),  QStringLiteral("every"), QStringLiteral("there"),
        QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("were"),
        QStringLiteral("been"),  QStringLiteral("being"), QStringLiteral("does"),
        QStringLiteral("your"),  QStringLiteral("after"), QStringLiteral("before"),
        QStringLiteral("over"),  QStringLiteral("under"), QStringLiteral("very"),
        QStringLiteral("same"),  QStringLiteral("then"),  QStringLiteral("because"),
        QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("like"),
        QStringLiteral("many"),  QStringLiteral("much"),  QStringLiteral("make"),
        QStringLiteral("made"),  QStringLiteral("used"),  QStringLiteral("using"),
        QStringLiteral("use"),   QStringLiteral("can"),   QStringLiteral("the"),
        QStringLiteral("and"),   QStringLiteral("for"),   QStringLiteral("not"),
        QStringLiteral("are"),   QStringLiteral("its"),   QStringLiteral("but")};
    return common.contains(word);
}

// A word's plain form, so "releases" meets "release" and "0.4.x" meets
// "0.4".
QString stem(QString word)
{
    if (word.front().isDigit()) {
        static const QRegularExpression versionTail(QStringLiteral("(?:\\.x|\\.0)+$"));
        return word.remove(versionTail);
    }
    if (word.endsWith(QLatin1String("'s")) || word.endsWith(QStringLiteral("’s")))
        word.chop(2);
    if (word.size() > 4 && word.endsWith(u's') && !word.endsWith(QLatin1String("ss")))
        word.chop(1);
    return word;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression word(
        QStringLiteral("[\\p{L}\\p{N}_]+(?:[.'’-][\\p{L}\\p{N}_]+)*"));
    QStringList words;
    for (const QRegularExpressionMatch &m : word.globalMatch(text))
        words.append(m.captured());
    return words;
}

// The words of a fact that tell it apart, each with its weight: numbers,
// acronyms and names with a dot, dash or underscore ("py-spy",
// "sys.getsizeof") count twice, other words of four letters or more that
// are not common once.
QHash<QString, int> telltaleWords(const QString &fact)
{
    QHash<QString, int> telltale;
    for (const QString &w : wordsOf(fact)) {
        const bool number = w.front().isDigit();
        const bool acronym = w.size() >= 2 && w == w.toUpper() && !number;
        const bool name = w.contains(u'.') || w.contains(u'-') || w.contains(u'_');
        const QString plain = stem(w.toLower());
        if ((number && plain.size() >= 2) || acronym || name)
            telltale.insert(plain, 2);
        else if (plain.size() >= 4 && !isCommonWord(plain))
            telltale.insert(plain, 1);
    }
    return telltale;
}

QSet<QString> plainWords(const QString &text)
{
    QSet<QString> words;
    for (const QString &w : wordsOf(text))
        words.insert(stem(w.toLower()));
    return words;
}

// The article line that shares most of the fact's telltale words, when it
// shares two of them and a third of their weight: enough to say where the
// fact seems to be stated, even when the article words it differently.
void findUse(ChecklistItem &fact, const QList<QSet<QString>> &lineWords)
{
    const QHash<QString, int> telltale = telltaleWords(fact.text);
    int total = 0;
    for (const int weight : telltale)
        total += weight;
    int best = 0;
    int bestShared = 0;
    for (int i = 0; i < lineWords.size(); ++i) {
        int weight = 0;
        int shared = 0;
        for (auto it = telltale.cbegin(); it != telltale.cend(); ++it) {
            if (lineWords.at(i).contains(it.key())) {
                weight += it.value();
                ++shared;
            }
        }
        if (weight > best) {
            best = weight;
            bestShared = shared;
            fact.line = i + 1;
        }
    }
    fact.used = bestShared >= 2 && best * 3 >= total;
    if (!fact.used)
        fact.line = 0;
}

void addFacts(QStringView research, const QList<ArticleLine> &lines, QList<ChecklistItem> &items)
{
    QList<ChecklistItem> facts = ArticleChecklist::factsToVerify(research);
    if (facts.isEmpty())
        return;
    QList<QSet<QString>> lineWords;
    lineWords.reserve(lines.size());
    for (const ArticleLine &line : lines)
        lineWords.append(line.code ? QSet<QString>() : plainWords(line.raw));
    for (ChecklistItem &fact : facts)
        findUse(fact, lineWords);
    items.append(facts);
}

} // namespace

QList<ChecklistItem> ArticleChecklist::factsToVerify(QStringView research)
{
    QList<ChecklistItem> facts;
    for (const QStringView line : research.split(u'\n')) {
        if (std::optional<ChecklistItem> fact = factOf(line.trimmed().toString()))
            facts.append(std::move(*fact));
    }
    return facts;
}

ArticleChecklist ArticleChecklist::build(QStringView article, QStringView research,
                                         const QString &missingMarker)
{
    const QList<ArticleLine> lines = LineReader().read(article);
    QList<ChecklistItem> items;
    addFacts(research, lines, items);
    items.append(BracketScanner(lines, missingMarker).scan());
    addChatOpening(lines, items);
    addWordCountNotes(lines, items);
    addChatClosing(lines, items);
    // In each group in the order of the article; facts in the research's.
    std::stable_sort(items.begin(), items.end(),
                     [](const ChecklistItem &a, const ChecklistItem &b) {
                         if (a.group != b.group)
                             return a.group < b.group;
                         if (a.group == Group::Facts)
                             return false;
                         return a.line < b.line;
                     });
    ArticleChecklist list;
    list.m_items = std::move(items);
    return list;
}

ArticleChecklist ArticleChecklist::build(QStringView article, const Session &session)
{
    const int research = session.kit().cardIndex(u"research");
    const QString researchText =
        research >= 0 && session.hasAnswer(research) ? session.usedAnswer(research) : QString();
    const QString marker = session.missingAnswerMarker(QString());
    const qsizetype colon = marker.indexOf(u':');
    return build(article, researchText, colon > 0 ? marker.left(colon) : marker);
}

const ExportDef *ArticleChecklist::articleExport(const Kit &kit)
{
    const ExportDef *markdown = nullptr;
    for (const ExportDef &def : kit.exports) {
        if (def.id == QLatin1String("article"))
            return &def;
        if (!markdown && def.format == QLatin1String("md"))
            markdown = &def;
    }
    return markdown;
}

QList<ChecklistItem> ArticleChecklist::items(Group group) const
{
    QList<ChecklistItem> of;
    for (const ChecklistItem &item : m_items) {
        if (item.group == group)
            of.append(item);
    }
    return of;
}

QList<ChecklistItem::Group> ArticleChecklist::groups()
{
    return {Group::Facts, Group::Assets, Group::Links, Group::Leftovers};
}

QString ArticleChecklist::groupTitle(Group group)
{
    switch (group) {
    case Group::Facts:
        return tr("Facts to verify");
    case Group::Assets:
        return tr("Assets to make");
    case Group::Links:
        return tr("Links");
    case Group::Leftovers:
        return tr("Leftovers");
    }
    return {};
}

QString ArticleChecklist::itemLine(const ChecklistItem &item)
{
    QString text = item.text;
    if (item.group == Group::Facts && !item.source.isEmpty())
        text += tr(" — Source: %1").arg(item.source);
    if (item.line > 0)
        return tr("%1 (line %2)").arg(text).arg(item.line);
    if (item.group == Group::Facts)
        return tr("%1 (not found in the article)").arg(text);
    return text;
}

QString ArticleChecklist::toMarkdown() const
{
    QString out = tr("# Before you publish") + QStringLiteral("\n");
    if (isEmpty())
        return out + QStringLiteral("\n") + tr("Nothing left to check.") + QStringLiteral("\n");
    for (const Group group : groups()) {
        const QList<ChecklistItem> of = items(group);
        if (of.isEmpty())
            continue;
        out += QStringLiteral("\n## %1\n\n").arg(groupTitle(group));
        for (const ChecklistItem &item : of)
            out += QStringLiteral("- [ ] %1\n").arg(itemLine(item));
    }
    return out;
}

QStringList ArticleChecklist::lines() const
{
    QStringList out;
    for (const ChecklistItem &item : m_items)
        out.append(tr("%1: %2").arg(groupTitle(item.group), itemLine(item)));
    return out;
}

} // namespace PromptDeck::Core
