#include "article/articleassembler.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace PromptDeck::Core {

namespace {

// Text as it is compared: case folded, quotes, '*' and '`' left out, every
// dash a '-', every run of spaces one space, and (for Markdown) a link read
// as its text. at[i] is where the i-th character came from.
struct PlainText
{
    QString text;
    QList<qsizetype> at;
};

bool isQuote(char16_t c)
{
    static const QString quotes = QStringLiteral("'\"`*\u00B4\u2018\u2019\u201A\u201B\u201C\u201D"
                                                 "\u201E\u201F\u00AB\u00BB\u2039\u203A");
    return quotes.contains(QChar(c));
}

bool isDash(char16_t c)
{
    return (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

// Where the link destination that follows "](" ends: after its ')'.
qsizetype endOfDestination(QStringView text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            return -1;
        if (c == QLatin1Char('('))
            ++depth;
        if (c == QLatin1Char(')') && --depth == 0)
            return i + 1;
    }
    return -1;
}

PlainText plainView(QStringView text)
{
    PlainText plain;
    plain.text.reserve(text.size());
    plain.at.reserve(text.size());
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u']' && text.mid(i + 1).startsWith(QLatin1Char('('))) {
            const qsizetype end = endOfDestination(text, i + 1);
            if (end > 0) {
                i = end - 1;
                continue;
            }
        }
        if (c == u'[' || c == u']' || isQuote(c))
            continue;
        if (QChar::isSpace(c)) {
            if (!space && !plain.text.isEmpty()) {
                plain.text.append(QLatin1Char(' '));
                plain.at.append(i);
            }
            space = true;
            continue;
        }
        space = false;
        plain.text.append(isDash(c) ? QChar(u'-') : QChar(c).toCaseFolded());
        plain.at.append(i);
    }
    return plain;
}

// The form two texts are compared in: the plain view without trailing
// spaces and punctuation.
QString matchKey(QStringView text)
{
    QString key = plainView(text).text;
    static const QString trailing = QStringLiteral(" .,;:!?\u2026");
    while (!key.isEmpty() && trailing.contains(key.back()))
        key.chop(1);
    return key;
}

const QRegularExpression &markerPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\[\\s*EXAMPLE\\s*:\\s*([^\\]\\n]*)\\]"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &headingPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(#{1,6})[ \\t]+(.*)$"));
    return pattern;
}

// A heading's text without the closing '#'s and emphasis marks after it.
QString headingText(QString text)
{
    static const QString trailing = QStringLiteral(" \t#*_");
    while (!text.isEmpty() && trailing.contains(text.back()))
        text.chop(1);
    return text.trimmed();
}

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // before its '\n'
};

QList<Line> linesOf(QStringView text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        lines.append({start, end});
        start = end + 1;
    }
    return lines;
}

// Code fences, so that a "# comment" in code is not a heading. A fence
// marked md or markdown (a chat answer wrapped whole) holds Markdown and
// is read through.
class FenceTracker
{
public:
    // Whether the line is inside code (or is a fence line itself).
    bool isCode(QStringView line)
    {
        const QStringView trimmed = line.trimmed();
        const bool fence =
            trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
        if (!fence)
            return m_inCode;
        const QString info = trimmed.mid(3).toString().remove(QLatin1Char('`')).trimmed();
        if (m_inCode) {
            m_inCode = !info.isEmpty();
            return true;
        }
        if (info.compare(QLatin1String("md"), Qt::CaseInsensitive) == 0 ||
            info.compare(QLatin1String("markdown"), Qt::CaseInsensitive) == 0) {
            m_inMarkdown = true;
            return true;
        }
        if (info.isEmpty() && m_inMarkdown) {
            m_inMarkdown = false;
            return true;
        }
        m_inCode = true;
        return true;
    }

private:
    bool m_inCode = false;
    bool m_inMarkdown = false;
};

struct Heading
{
    int level = 0;
    QString key;
    qsizetype start = 0; // where its line starts
    int part = 0;
};

struct Marker
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool ownLine = false;
    QString text; // as written
    QString key;
    int part = 0;
    bool taken = false;
};

struct Example
{
    QString title;
    QString goesIn;
    QString markerKey;
    bool wantsMarker = false;
    QString body;
    int section = -1;
    bool placed = false;
};

struct Edit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

struct LinkItem
{
    QString anchor;
    QString destination;
    QString sentence;
};

const QRegularExpression &exampleHeadingPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^ {0,3}#{2,4}[ \\t]+[*_]*example\\b[^:.)\\-\\x{2013}\\x{2014}]*"
                       "[:.)\\-\\x{2013}\\x{2014}]?[ \\t]*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &goesInPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^[\\s>*_\\-]*(?:goes\\s+in(?:to)?|where\\s+it\\s+goes|placement|location)[*_\\s]*:"
            "[*_\\s]*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The examples answer, cut at its "### Example N: title" headings (at its
// level-3 headings when it has none such).
QList<Example> parseExamples(const QString &answer)
{
    const QList<Line> lines = linesOf(answer);
    QList<qsizetype> starts; // line indexes of the example headings
    QList<QString> titles;
    for (bool anyHeading : {false, true}) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = answer.mid(lines.at(i).start, lines.at(i).end - lines.at(i).start);
            const QRegularExpressionMatch m =
                anyHeading ? headingPattern().match(line) : exampleHeadingPattern().match(line);
            if (m.hasMatch() && (!anyHeading || m.capturedLength(1) == 3)) {
                starts.append(i);
                titles.append(headingText(m.captured(anyHeading ? 2 : 1)));
            }
        }
        if (!starts.isEmpty())
            break;
    }
    QList<Example> examples;
    for (qsizetype n = 0; n < starts.size(); ++n) {
        const qsizetype first = starts.at(n) + 1;
        const qsizetype last = n + 1 < starts.size() ? starts.at(n + 1) : lines.size();
        Example example;
        example.title = titles.at(n);
        QStringList body;
        bool text = false; // the "Goes in:" line comes before the example's text
        for (qsizetype i = first; i < last; ++i) {
            const QString line = answer.mid(lines.at(i).start, lines.at(i).end - lines.at(i).start);
            if (!text && example.goesIn.isEmpty()) {
                const QRegularExpressionMatch goesIn = goesInPattern().match(line);
                if (goesIn.hasMatch()) {
                    example.goesIn = goesIn.captured(1).trimmed();
                    continue;
                }
            }
            text = text || !line.trimmed().isEmpty();
            body.append(line);
        }
        // A rule between examples separates them; it is not part of one.
        while (!body.isEmpty() &&
               (body.last().trimmed().isEmpty() || body.last().trimmed() == QLatin1String("---") ||
                body.last().trimmed() == QLatin1String("***")))
            body.removeLast();
        example.body = body.join(QLatin1Char('\n')).trimmed();
        const QRegularExpressionMatch marker = markerPattern().match(example.goesIn);
        if (marker.hasMatch())
            example.markerKey = matchKey(marker.captured(1));
        example.wantsMarker = marker.hasMatch() ||
                              example.goesIn.contains(QLatin1String("replac"), Qt::CaseInsensitive);
        examples.append(example);
    }
    return examples;
}

const QRegularExpression &planLinkPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\[([^\\]\\n]+)\\]\\(\\s*(<[^>\\n]*>|[^)\\s]+)\\s*\\)"));
    return pattern;
}

const QRegularExpression &sentenceLabelPattern()
{
    static const QRegularExpression pattern(QStringLiteral("sentence[*_]*\\s*:[*_\\s]*"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString unquoted(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('*')) || text.endsWith(QLatin1Char('_')))
        text.chop(1);
    text = text.trimmed();
    static const QString quotes = QStringLiteral("\"'\u201C\u201D\u2018\u2019\u00AB\u00BB");
    while (text.size() >= 2 && quotes.contains(text.front()) && quotes.contains(text.back()))
        text = text.mid(1, text.size() - 2).trimmed();
    return text;
}

// One item of the link plan: the first link on its line (before the
// "Sentence:" label), the sentence on that line or the lines after it.
std::optional<LinkItem> linkItem(const QString &block)
{
    const QRegularExpressionMatch label = sentenceLabelPattern().match(block);
    const qsizetype labelAt = label.hasMatch() ? label.capturedStart() : block.size();
    const QRegularExpressionMatch link = planLinkPattern().match(block);
    if (!link.hasMatch() || link.capturedStart() > labelAt || !label.hasMatch())
        return std::nullopt;
    LinkItem item;
    item.anchor = link.captured(1).trimmed();
    item.destination = link.captured(2).trimmed();
    item.sentence = unquoted(block.mid(label.capturedEnd()));
    return item;
}

QList<LinkItem> parseLinkPlan(const QString &plan)
{
    QList<LinkItem> items;
    QStringList block;
    auto flush = [&]() {
        if (const std::optional<LinkItem> item = linkItem(block.join(QLatin1Char(' '))))
            items.append(*item);
        block.clear();
    };
    for (const QString &line : plan.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch label = sentenceLabelPattern().match(line);
        const QRegularExpressionMatch link = planLinkPattern().match(line);
        const bool startsItem =
            link.hasMatch() && (!label.hasMatch() || link.capturedStart() < label.capturedStart());
        if (startsItem || line.trimmed().isEmpty())
            flush();
        if (!line.trimmed().isEmpty())
            block.append(line.trimmed());
    }
    flush();
    return items;
}

bool hasUrl(QStringView destination)
{
    return destination.contains(QLatin1String("://")) || destination.startsWith(QLatin1Char('/')) ||
           destination.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ||
           destination.startsWith(QLatin1Char('#'));
}

QString shortened(const QString &text)
{
    constexpr qsizetype most = 80;
    return text.size() <= most ? text : text.left(most - 1) + QChar(0x2026);
}

class Assembly
{
public:
    explicit Assembly(const ArticleParts &input);
    AssembledArticle run();

private:
    void join();
    void scan();
    void scanMarkers(qsizetype start, qsizetype end, int part);
    int findSection(const QString &goesIn) const;
    qsizetype sectionEnd(int heading) const;
    qsizetype homeEnd() const;
    void matchByText();
    void matchBySection();
    void placeRest();
    void replaceMarker(Marker &marker, Example &example);
    QString applyEdits();
    void placeLinks(QString &draft);
    std::optional<Edit> linkEdit(const QString &draft, const PlainText &plain, const LinkItem &link,
                                 const QList<Edit> &placed);

    const ArticleParts &m_input;
    QString m_text;
    QList<Line> m_parts; // where each part stands in m_text
    QList<Heading> m_headings;
    QHash<QString, int> m_headingKeys; // a heading's key → its first index
    QList<Marker> m_markers;
    QList<Example> m_examples;
    QList<Edit> m_edits;
    QStringList m_unplaced;
};

Assembly::Assembly(const ArticleParts &input)
    : m_input(input)
    , m_examples(parseExamples(input.examples))
{}

void Assembly::join()
{
    for (const QString &part : m_input.parts) {
        if (!m_text.isEmpty())
            m_text += QStringLiteral("\n\n");
        const qsizetype start = m_text.size();
        m_text += part.trimmed();
        m_parts.append({start, m_text.size()});
    }
}

void Assembly::scan()
{
    for (int part = 0; part < m_parts.size(); ++part) {
        FenceTracker fences;
        const Line range = m_parts.at(part);
        for (const Line &line :
             linesOf(QStringView(m_text).mid(range.start, range.end - range.start))) {
            const qsizetype start = range.start + line.start;
            const qsizetype end = range.start + line.end;
            const QString text = m_text.mid(start, end - start);
            if (fences.isCode(text))
                continue;
            const QRegularExpressionMatch heading = headingPattern().match(text);
            if (heading.hasMatch()) {
                m_headings.append(
                    {int(heading.capturedLength(1)), matchKey(heading.captured(2)), start, part});
                if (!m_headingKeys.contains(m_headings.last().key))
                    m_headingKeys.insert(m_headings.last().key, int(m_headings.size()) - 1);
            } else
                scanMarkers(start, end, part);
        }
    }
}

void Assembly::scanMarkers(qsizetype start, qsizetype end, int part)
{
    const QString line = m_text.mid(start, end - start);
    QRegularExpressionMatchIterator it = markerPattern().globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        Marker marker;
        QString rest = line;
        rest.remove(m.capturedStart(), m.capturedLength());
        marker.ownLine = rest.trimmed().remove(QLatin1Char('*')).remove(QLatin1Char('_')).isEmpty();
        marker.start = marker.ownLine ? start : start + m.capturedStart();
        marker.end = marker.ownLine ? end : start + m.capturedEnd();
        marker.text = m.captured(1).trimmed();
        marker.key = matchKey(marker.text);
        marker.part = part;
        m_markers.append(marker);
    }
}

// The heading a "Goes in:" names: the longest one it starts with, or else
// the longest one it holds.
int Assembly::findSection(const QString &goesIn) const
{
    QString text = goesIn;
    text.remove(markerPattern());
    while (text.startsWith(QLatin1Char('#')))
        text.remove(0, 1);
    // Headings are short: a longer "Goes in:" is read for its beginning.
    constexpr qsizetype longest = 500;
    const QString key = matchKey(QStringView(text).left(longest * 2)).left(longest);
    if (key.isEmpty())
        return -1;
    // Its longest beginning that is a heading, ending where a word does.
    for (qsizetype length = key.size(); length > 0; --length) {
        if (length < key.size() && key.at(length).isLetterOrNumber())
            continue;
        if (const auto found = m_headingKeys.constFind(key.left(length));
            found != m_headingKeys.cend())
            return *found;
    }
    // A heading inside it; compared one by one, so only in a draft of
    // ordinary size.
    constexpr qsizetype shortest = 8;
    constexpr qsizetype mostHeadings = 1000;
    int best = -1;
    for (int i = 0; i < m_headings.size() && m_headings.size() <= mostHeadings; ++i) {
        const QString &heading = m_headings.at(i).key;
        if (heading.size() >= shortest && key.contains(heading) &&
            (best < 0 || heading.size() > m_headings.at(best).key.size()))
            best = i;
    }
    return best;
}

// Where a section ends: before the next heading of its level or above, and
// at the latest at the end of its part.
qsizetype Assembly::sectionEnd(int heading) const
{
    const Heading &h = m_headings.at(heading);
    const qsizetype partEnd = m_parts.at(h.part).end;
    for (int i = heading + 1; i < m_headings.size(); ++i) {
        if (m_headings.at(i).level <= h.level)
            return std::min(m_headings.at(i).start, partEnd);
    }
    return partEnd;
}

// The end of the body: of the last part with a marker, or of the part the
// kit names.
qsizetype Assembly::homeEnd() const
{
    int home = m_input.examplesHome >= 0 && m_input.examplesHome < m_parts.size()
                   ? m_input.examplesHome
                   : int(m_parts.size()) - 1;
    if (!m_markers.isEmpty())
        home = m_markers.last().part;
    return home >= 0 ? m_parts.at(home).end : m_text.size();
}

void Assembly::replaceMarker(Marker &marker, Example &example)
{
    marker.taken = true;
    example.placed = true;
    if (!marker.ownLine) {
        m_edits.append({marker.start, marker.end, QStringLiteral("\n\n%1\n\n").arg(example.body)});
        return;
    }
    // The example is a block of its own: blank lines around it.
    const QStringView before = QStringView(m_text).left(marker.start);
    const QStringView after = QStringView(m_text).mid(marker.end);
    const bool blankBefore = before.isEmpty() || before.endsWith(QLatin1String("\n\n"));
    const bool blankAfter = after.isEmpty() || after.startsWith(QLatin1String("\n\n"));
    m_edits.append({marker.start, marker.end,
                    (blankBefore ? QString() : QStringLiteral("\n")) + example.body +
                        (blankAfter ? QString() : QStringLiteral("\n"))});
}

// The first free marker of a list of markers.
Marker *firstFree(QList<Marker> &markers, QList<int> &candidates)
{
    while (!candidates.isEmpty() && markers.at(candidates.first()).taken)
        candidates.removeFirst();
    return candidates.isEmpty() ? nullptr : &markers[candidates.first()];
}

void Assembly::matchByText()
{
    QHash<QString, QList<int>> byKey;
    for (int i = 0; i < m_markers.size(); ++i)
        byKey[m_markers.at(i).key].append(i);
    for (Example &example : m_examples) {
        if (example.markerKey.isEmpty())
            continue;
        const auto found = byKey.find(example.markerKey);
        if (found == byKey.end())
            continue;
        if (Marker *marker = firstFree(m_markers, *found))
            replaceMarker(*marker, example);
    }
}

// A marker reworded in the "Goes in:" line: the first free marker of the
// section it names.
void Assembly::matchBySection()
{
    for (Example &example : m_examples) {
        example.section = findSection(example.goesIn);
        if (example.placed || !example.wantsMarker || example.section < 0)
            continue;
        // The markers are in the order of the text: the first free one from
        // the heading to the end of its section (its subsections included).
        const qsizetype from = m_headings.at(example.section).start;
        const qsizetype to = sectionEnd(example.section);
        auto it = std::lower_bound(m_markers.begin(), m_markers.end(), from,
                                   [](const Marker &m, qsizetype at) { return m.start < at; });
        while (it != m_markers.end() && it->start < to && it->taken)
            ++it;
        if (it != m_markers.end() && it->start < to)
            replaceMarker(*it, example);
    }
}

void Assembly::placeRest()
{
    // An examples answer without a single example heading is kept whole.
    if (m_examples.isEmpty() && !m_input.examples.trimmed().isEmpty()) {
        const qsizetype at = homeEnd();
        m_edits.append({at, at, QStringLiteral("\n\n") + m_input.examples.trimmed()});
        m_unplaced.append(ArticleAssembler::tr("The examples have no \"### Example N: title\" "
                                               "headings; they are kept whole at the end of the "
                                               "body."));
    }
    for (Example &example : m_examples) {
        if (example.placed)
            continue;
        if (example.section >= 0) {
            const qsizetype at = sectionEnd(example.section);
            const bool atHeading = at < m_parts.at(m_headings.at(example.section).part).end;
            m_edits.append({at, at,
                            atHeading ? example.body + QStringLiteral("\n\n")
                                      : QStringLiteral("\n\n") + example.body});
            continue;
        }
        const qsizetype at = homeEnd();
        m_edits.append({at, at, QStringLiteral("\n\n") + example.body});
        m_unplaced.append(ArticleAssembler::tr("Example \"%1\" matches no marker or section of "
                                               "the draft (it goes in: \"%2\"); it is at the end "
                                               "of the body.")
                              .arg(example.title, shortened(example.goesIn)));
    }
    for (const Marker &marker : std::as_const(m_markers)) {
        if (!marker.taken)
            m_unplaced.append(ArticleAssembler::tr("The marker [EXAMPLE: %1] has no example; it "
                                                   "is still in the draft.")
                                  .arg(shortened(marker.text)));
    }
}

QString Assembly::applyEdits()
{
    std::stable_sort(m_edits.begin(), m_edits.end(),
                     [](const Edit &a, const Edit &b) { return a.start < b.start; });
    QString draft = m_text;
    for (auto it = m_edits.crbegin(); it != m_edits.crend(); ++it)
        draft.replace(it->start, it->end - it->start, it->text);
    return draft;
}

// Every link is found in the draft as it is before any is placed (placing
// one changes nothing of the plain text), then all are put in at once.
void Assembly::placeLinks(QString &draft)
{
    QList<LinkItem> links = parseLinkPlan(m_input.links);
    constexpr qsizetype mostLinks = 100;
    if (links.size() > mostLinks) {
        m_unplaced.append(ArticleAssembler::tr("The link plan has %1 links; only the first %2 "
                                               "are placed.")
                              .arg(links.size())
                              .arg(mostLinks));
        links.resize(mostLinks);
    }
    const PlainText plain = plainView(draft);
    QList<Edit> edits;
    for (const LinkItem &link : std::as_const(links)) {
        if (!hasUrl(link.destination)) {
            m_unplaced.append(ArticleAssembler::tr("The link \"%1\" has no URL yet (%2); it is "
                                                   "not placed.")
                                  .arg(link.anchor, link.destination));
            continue;
        }
        if (const std::optional<Edit> edit = linkEdit(draft, plain, link, edits))
            edits.append(*edit);
    }
    std::sort(edits.begin(), edits.end(),
              [](const Edit &a, const Edit &b) { return a.start > b.start; });
    for (const Edit &edit : std::as_const(edits))
        draft.replace(edit.start, edit.end - edit.start, edit.text);
}

std::optional<Edit> Assembly::linkEdit(const QString &draft, const PlainText &plain,
                                       const LinkItem &link, const QList<Edit> &placed)
{
    const QString sentence = matchKey(link.sentence);
    const QString anchor = matchKey(link.anchor);
    const qsizetype found = sentence.isEmpty() ? -1 : plain.text.indexOf(sentence);
    if (found < 0) {
        m_unplaced.append(ArticleAssembler::tr("The link \"%1\" (%2) is not placed: its sentence "
                                               "is not in the draft: \"%3\"")
                              .arg(link.anchor, link.destination, shortened(link.sentence)));
        return std::nullopt;
    }
    const qsizetype inSentence = anchor.isEmpty() ? -1 : plain.text.indexOf(anchor, found);
    if (inSentence < 0 || inSentence + anchor.size() > found + sentence.size()) {
        m_unplaced.append(ArticleAssembler::tr("The link \"%1\" (%2) is not placed: its anchor "
                                               "is not in its sentence \"%3\"")
                              .arg(link.anchor, link.destination, shortened(link.sentence)));
        return std::nullopt;
    }
    const qsizetype start = plain.at.at(inSentence);
    const qsizetype end = plain.at.at(inSentence + anchor.size() - 1) + 1;
    const QString text = draft.mid(start, end - start);
    const bool linked = start > 0 && draft.at(start - 1) == QLatin1Char('[') &&
                        QStringView(draft).mid(end).startsWith(QLatin1String("]("));
    if (linked)
        return std::nullopt;
    const bool overlaps = std::any_of(placed.cbegin(), placed.cend(), [&](const Edit &e) {
        return start < e.end && e.start < end;
    });
    if (overlaps || text.contains(QLatin1Char('[')) || text.contains(QLatin1Char(']'))) {
        m_unplaced.append(ArticleAssembler::tr("The link \"%1\" (%2) is not placed: its anchor "
                                               "overlaps another link.")
                              .arg(link.anchor, link.destination));
        return std::nullopt;
    }
    return Edit{start, end, QStringLiteral("[%1](%2)").arg(text, link.destination)};
}

AssembledArticle Assembly::run()
{
    join();
    scan();
    matchByText();
    matchBySection();
    placeRest();
    QString draft = applyEdits();
    placeLinks(draft);
    return {draft.trimmed(), m_unplaced};
}

} // namespace

AssembledArticle ArticleAssembler::assemble(const ArticleParts &input)
{
    return Assembly(input).run();
}

} // namespace PromptDeck::Core
