#include "session/answercleaner.h"

#include <QRegularExpression>

#include <algorithm>

namespace PromptDeck::Core {

namespace {

using Kind = SetAside::Kind;

constexpr qsizetype longestOpening = 400; // characters of an opening paragraph
constexpr qsizetype longestOffer = 400;   // of a closing offer
constexpr int mostSentences = 2;          // of an opening, besides "Sure!"
constexpr int mostOfferSentences = 3;

QRegularExpression pattern(const char *source)
{
    return QRegularExpression(QString::fromUtf8(source),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

// A line's text, without its '\n' and the '\r' of a CRLF.
struct Line
{
    qsizetype start = 0;
    qsizetype end = 0;
};

QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = newline < 0 ? text.size() : newline;
        qsizetype textEnd = end;
        if (textEnd > start && text.at(textEnd - 1) == QLatin1Char('\r'))
            --textEnd;
        lines.append({start, textEnd});
        if (newline < 0)
            break;
        start = newline + 1;
    }
    return lines;
}

struct Fence
{
    QChar marker;
    qsizetype length = 0;
    QString info;
};

// A fence line: up to three spaces, three or more ` or ~, an info string.
std::optional<Fence> fenceOf(QStringView line)
{
    static const QRegularExpression fence = pattern("^ {0,3}(`{3,}|~{3,})[ \\t]*([^`]*?)[ \\t]*$");
    const QRegularExpressionMatch match = fence.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return Fence{match.capturedView(1).at(0), match.capturedLength(1), match.captured(2)};
}

// Whether line closes a fence opened by open: the same marker, at least as
// long, no info string.
bool closes(const Fence &line, const Fence &open)
{
    return line.marker == open.marker && line.length >= open.length && line.info.isEmpty();
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

bool isRule(QStringView line)
{
    static const QRegularExpression rule = pattern("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    return rule.match(line).hasMatch();
}

// A line that starts a block of its own: a heading, a list item, a table
// row, a quote, a fence, a rule or HTML. Such a line is content, never an
// opening.
bool startsBlock(QStringView line)
{
    static const QRegularExpression block =
        pattern("^ {0,3}(?:#{1,6}(?:\\s|$)|[-*+](?:\\s|$)|\\d{1,9}[.)](?:\\s|$)|\\||>|<)");
    return block.match(line).hasMatch() || fenceOf(line) || isRule(line);
}

int sentenceCount(QStringView text)
{
    static const QRegularExpression end = pattern("[.!?…]+[\"”’)*_]*\\s+(?=\\S)");
    int count = 1;
    QRegularExpressionMatchIterator it = end.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// "Here's the outline", "Here is the edited article", "Below are the meta
// tags": a sentence that presents what the user asked for. "Here's why the
// GIL exists" presents no such thing.
bool presentsTheAnswer(QStringView text)
{
    static const QRegularExpression presents = pattern(
        "^(?:here(?:'s|’s| is| are)|below(?: is| are|,? you(?:'ll|’ll) find))\\s+"
        "(?:the|your|my|an?)\\s+"
        "(?:(?!(?:why|how|what|when|where|who|which|that)\\b)[\\w’'-]+,?\\s+){0,3}?"
        "(?:outline|article|draft|post|posts|thread|tweets|introduction|intro|h1|conclusion|"
        "sections?|faqs?|evidence|research|pack|meta|tags|titles?|descriptions?|slug|links|"
        "versions?|revision|rewrite|edit|examples|headlines?)(?![\\w’'-])");
    return presents.match(text).hasMatch();
}

// An opening paragraph: "Sure! Here's the outline:", "Certainly — here is
// the evidence pack.", "Great question!", "Here's the H1 and introduction:".
bool isOpening(QStringView paragraph)
{
    if (paragraph.size() > longestOpening)
        return false;
    static const QRegularExpression interjection =
        pattern("^(?:sure|certainly|absolutely|of course|okay|ok|alright|all right|gladly|"
                "great question|good question|great|perfect|no problem|happy to help|"
                "here you go|got it)"
                "(?:\\s*[!.]+|\\s+[—–-]|\\s*(,))\\s*");
    const QRegularExpressionMatch match = interjection.match(paragraph);
    if (!match.hasMatch())
        return presentsTheAnswer(paragraph) && sentenceCount(paragraph) <= mostSentences;
    const QStringView rest = paragraph.sliced(match.capturedLength(0));
    if (rest.isEmpty())
        return !match.hasCaptured(1); // "Sure," alone is no sentence
    if (sentenceCount(rest) > mostSentences)
        return false;
    static const QRegularExpression addressed =
        pattern("^(?:(?:here|below)\\b|i(?:'ll|’ll| will| have|'ve|’ve)\\b)");
    if (addressed.match(rest).hasMatch())
        return true;
    // "Sure – neither article has a URL yet, so …:" introduces what follows;
    // "Sure, the GIL is a lock." is the content's own sentence.
    return !match.hasCaptured(1) && rest.endsWith(QLatin1Char(':'));
}

// A closing offer: "Let me know if you'd like…", "I hope this helps!",
// "Would you like me to…?", "Feel free to ask…", "Want me to…?". "Let me
// know in the comments" and "I'd love to hear what you grow" are a post's
// own words.
bool isClosingOffer(QStringView paragraph)
{
    if (paragraph.size() > longestOffer || sentenceCount(paragraph) > mostOfferSentences)
        return false;
    static const QRegularExpression offer = pattern(
        "^[*_]*(?:let me know (?:if|whether) (?:you(?:'d|’d| would)? (?:like|want|prefer|need)|"
        "you(?:'d|’d)|any|anything|there(?:'s|’s| is) anything|this works|that works|"
        "you have any (?:questions|changes|feedback|edits))"
        "|just let me know"
        "|(?:i )?hope (?:this|that|it) helps"
        "|i hope (?:you find )?(?:this|that|it) (?:is |was )?(?:helpful|useful)"
        "|would you like me to"
        "|would you like (?:a|an|any|the|more)\\b.*\\b(?:version|variant|draft|changes?|edits?|"
        "revisions?|tweaks?|adjustments?|table|section|format|alternatives?|options?|"
        "rewrite|details?)\\b"
        "|do you want me to"
        "|want me to\\b.*\\?"
        "|shall i\\b.*\\?"
        "|feel free to (?:ask|let me know|tell me|request|reach out to me)"
        "|if you(?:'d|’d| would) like(?:,? i can| me to)"
        "|if you want,? i can"
        "|i(?:'d|’d| would) be (?:happy|glad) to"
        "|happy to (?:adjust|revise|expand|tweak|change|shorten|help|make))");
    return offer.match(paragraph).hasMatch();
}

// "*Word count: ~1,500 words*", "(Word count: 1,512)", "Word count:
// approximately 1,480", "**Total: ~1,500 words**", "(~1,500 words)".
bool isWordCount(QStringView line)
{
    static const char *const approx =
        "(?:~|≈|about\\s+|approximately\\s+|approx\\.?\\s*|roughly\\s+|around\\s+|circa\\s+)?";
    static const char *const number = "(?:\\d{1,3}(?:[,.  ]\\d{3})+|\\d+)\\+?";
    static const QRegularExpression labelled = pattern(
        (QByteArray("^[*_(\\[]*\\s*(?:(?:total|approximate|approx\\.?|estimated|final)\\s+)?"
                    "word[- ]?count\\s*(?:[:=≈~–—-]|is)?\\s*") +
         approx + number + "(?:\\s*words)?\\s*[*_)\\]]*\\.?\\s*$")
            .constData());
    static const QRegularExpression total =
        pattern((QByteArray("^[*_(\\[]*\\s*(?:total|length)\\s*:?\\s*") + approx + number +
                 "\\s*words\\s*[*_)\\]]*\\.?\\s*$")
                    .constData());
    // A bare "1,500 words" only in parentheses or emphasis.
    static const QRegularExpression bare = pattern((QByteArray("^[*_(\\[]+\\s*") + approx + number +
                                                    "\\s*words(?:\\s+total)?\\s*[*_)\\]]+\\.?\\s*$")
                                                       .constData());
    return labelled.match(line).hasMatch() || total.match(line).hasMatch() ||
           bare.match(line).hasMatch();
}

// "Meta title: … (58 characters)", "**Meta description:** … — 153 chars":
// the note's span in the line (with the space before it), if it has one.
std::optional<std::pair<qsizetype, qsizetype>> characterNote(QStringView line)
{
    static const QRegularExpression note = pattern(
        "^\\s*(?:[-*+]\\s+|\\d{1,3}[.)]\\s+)?(?:\\*\\*|__)?[A-Za-z][\\w’'/&-]*"
        "(?: [\\w’'/&-]+){0,3}(?:\\*\\*|__)?:(?:\\*\\*|__)?[ \\t]+\\S.*?"
        "((?:[ \\t]*\\((?:~|about |approx\\.? ?|approximately )?\\d{1,4} ?(?:characters|chars)"
        "(?:,? (?:including|incl\\.?|with) spaces)?\\)|[ \\t]+[—–-][ \\t]*\\d{1,4} ?"
        "(?:characters|chars))[ \\t]*)$");
    const QRegularExpressionMatch match = note.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair{match.capturedStart(1), match.capturedLength(1)};
}

// The cleaning of one answer: the lines still kept are first … last, and
// every rule takes lines off either end.
class Cleaner
{
public:
    explicit Cleaner(const QString &text)
        : m_text(text)
        , m_lines(splitLines(text))
        , m_last(int(m_lines.size()) - 1)
    {}

    CleanedAnswer run()
    {
        while (takeTrailing()) {
        }
        takeOpening();
        if (takeFence()) {
            while (takeTrailing()) {
            }
        }
        takeCharacterNotes();
        if (m_items.isEmpty())
            return {m_text, {}};
        std::sort(m_items.begin(), m_items.end(),
                  [](const SetAside &a, const SetAside &b) { return a.position < b.position; });
        return {keptText(), m_items};
    }

private:
    QStringView line(int i) const
    {
        const Line &l = m_lines.at(i);
        return QStringView(m_text).sliced(l.start, l.end - l.start);
    }
    bool blank(int i) const { return isBlank(line(i)); }
    void trim()
    {
        while (m_first <= m_last && blank(m_first))
            ++m_first;
        while (m_last >= m_first && blank(m_last))
            --m_last;
    }
    QString span(int from, int to) const
    {
        return m_text.mid(m_lines.at(from).start, m_lines.at(to).end - m_lines.at(from).start);
    }
    // The lines from … to as one run of text, their breaks spaces.
    QString joined(int from, int to) const
    {
        QStringList parts;
        for (int i = from; i <= to; ++i)
            parts.append(line(i).trimmed().toString());
        return parts.join(QLatin1Char(' '));
    }
    void setAside(Kind kind, int from, int to)
    {
        m_items.append({kind, span(from, to), m_lines.at(from).start});
    }

    // The first line of the paragraph that ends at last.
    int paragraphStart(int last) const
    {
        int start = last;
        while (start > m_first && !blank(start - 1))
            --start;
        return start;
    }

    // A word-count note or a closing offer at the end, with a rule before
    // it; false when there is none (or nothing would be left).
    bool takeTrailing()
    {
        trim();
        if (m_first >= m_last)
            return false;
        int from = -1;
        Kind kind = Kind::WordCount;
        if (isWordCount(line(m_last))) {
            from = m_last;
        } else {
            kind = Kind::ClosingOffer;
            const int start = paragraphStart(m_last);
            if (isClosingOffer(joined(start, m_last)))
                from = start;
            else if (start < m_last && isClosingOffer(line(m_last).trimmed()))
                from = m_last; // the offer's own line under the content's last
        }
        if (from <= m_first)
            return false;
        from = withRuleAbove(from);
        setAside(kind, from, m_last);
        m_last = from - 1;
        return true;
    }
    // from, or the rule above it (after a blank line, so no heading's
    // underline) when there is one and content above that.
    int withRuleAbove(int from) const
    {
        int above = from - 1;
        while (above > m_first && blank(above))
            --above;
        if (above > m_first && isRule(line(above)) && blank(above - 1))
            return above;
        return from;
    }

    void takeOpening()
    {
        trim();
        if (m_first >= m_last || startsBlock(line(m_first)))
            return;
        int end = m_first;
        while (end < m_last && !blank(end + 1) && !startsBlock(line(end + 1)))
            ++end;
        if (end >= m_last || !isOpening(joined(m_first, end)))
            return;
        setAside(Kind::Opening, m_first, end);
        m_first = end + 1;
    }

    // A fence of ```markdown, ```md or ``` (or ~~~) around all that is left,
    // the code blocks inside it paired up.
    bool takeFence()
    {
        trim();
        if (m_last - m_first < 1)
            return false;
        const std::optional<Fence> open = fenceOf(line(m_first));
        if (!open)
            return false;
        const QString info = open->info.toLower();
        if (!info.isEmpty() && info != QLatin1String("markdown") && info != QLatin1String("md"))
            return false;
        const std::optional<Fence> close = fenceOf(line(m_last));
        if (!close || !closes(*close, *open) || !innerFencesPair(*open))
            return false;
        setAside(Kind::Fence, m_first, m_first);
        setAside(Kind::Fence, m_last, m_last);
        ++m_first;
        --m_last;
        return true;
    }
    // Whether the code blocks between the fence lines close each other, so
    // that none of them ends the outer fence early.
    bool innerFencesPair(const Fence &outer) const
    {
        QList<Fence> open;
        for (int i = m_first + 1; i < m_last; ++i) {
            const std::optional<Fence> fence = fenceOf(line(i));
            if (!fence)
                continue;
            if (!open.isEmpty() && closes(*fence, open.last()))
                open.removeLast();
            else if (open.isEmpty() && closes(*fence, outer))
                return false;
            else
                open.append(*fence);
        }
        return open.isEmpty();
    }

    void takeCharacterNotes()
    {
        std::optional<Fence> inCode;
        for (int i = m_first; i <= m_last; ++i) {
            const std::optional<Fence> fence = fenceOf(line(i));
            if (fence) {
                if (!inCode)
                    inCode = fence;
                else if (closes(*fence, *inCode))
                    inCode.reset();
                continue;
            }
            if (inCode)
                continue;
            if (const auto note = characterNote(line(i))) {
                const qsizetype at = m_lines.at(i).start + note->first;
                m_notes.append({at, note->second});
                m_items.append({Kind::CharacterCount, m_text.mid(at, note->second), at});
            }
        }
    }

    // What is kept, with the line break after its last line, the notes cut.
    QString keptText() const
    {
        if (m_first > m_last)
            return {};
        const qsizetype start = m_lines.at(m_first).start;
        const qsizetype end =
            m_last + 1 < m_lines.size() ? m_lines.at(m_last + 1).start : m_lines.at(m_last).end;
        QString kept;
        kept.reserve(end - start);
        qsizetype at = start;
        for (const auto &[noteStart, noteLength] : m_notes) {
            kept += QStringView(m_text).sliced(at, noteStart - at);
            at = noteStart + noteLength;
        }
        kept += QStringView(m_text).sliced(at, end - at);
        return kept;
    }

    const QString &m_text;
    QList<Line> m_lines;
    int m_first = 0;
    int m_last;
    QList<SetAside> m_items;
    QList<std::pair<qsizetype, qsizetype>> m_notes; // character notes: start, length
};

// "Sure! Here's…": the opening's first two words.
QString openingStart(const QString &text)
{
    static const QRegularExpression word = pattern("\\S+");
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    qsizetype end = 0;
    int words = 0;
    while (it.hasNext() && words < 2) {
        const QRegularExpressionMatch match = it.next();
        end = match.capturedEnd(0);
        if (match.captured(0).contains(QRegularExpression(QStringLiteral("\\w"))))
            ++words;
    }
    QString start = text.left(end);
    if (end < text.trimmed().size())
        start += QChar(0x2026);
    return start;
}

} // namespace

CleanedAnswer AnswerCleaner::clean(const QString &answer)
{
    return Cleaner(answer).run();
}

QString AnswerCleaner::describe(const QList<SetAside> &setAside)
{
    const QString list = listOf(setAside);
    return list.isEmpty() ? QString() : tr("Set aside: %1").arg(list);
}

QString AnswerCleaner::listOf(const QList<SetAside> &setAside)
{
    QStringList parts;
    bool fence = false;
    bool offer = false;
    bool words = false;
    int characters = 0;
    for (const SetAside &item : setAside) {
        switch (item.kind) {
        case Kind::Opening:
            parts.append(tr("the opening \"%1\"").arg(openingStart(item.text)));
            break;
        case Kind::Fence:
            if (!fence)
                parts.append(tr("the %1 fence").arg(item.text.trimmed()));
            fence = true;
            break;
        case Kind::ClosingOffer:
            if (!offer)
                parts.append(tr("the closing offer"));
            offer = true;
            break;
        case Kind::WordCount:
            if (!words)
                parts.append(tr("the word-count note"));
            words = true;
            break;
        case Kind::CharacterCount:
            ++characters;
            break;
        }
    }
    if (characters == 1)
        parts.append(tr("the character count"));
    else if (characters > 1)
        parts.append(tr("%1 character counts").arg(characters));
    return parts.join(QStringLiteral(", "));
}

} // namespace PromptDeck::Core
