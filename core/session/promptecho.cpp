#include "session/promptecho.h"

#include <QHash>
#include <QList>

#include <array>

namespace PromptDeck::Core {

namespace {

using Hash = quint64;

constexpr Hash hashSeed = 14695981039346656037ULL; // FNV-1a's
constexpr Hash hashPrime = 1099511628211ULL;

Hash mix(Hash hash, Hash value)
{
    hash = (hash ^ value) * hashPrime;
    return hash ^ (hash >> 32);
}

// Calls onWord(start, end) for every run of characters that are not
// whitespace.
template<typename OnWord>
void forEachWord(QStringView text, OnWord &&onWord)
{
    const qsizetype size = text.size();
    qsizetype at = 0;
    while (at < size) {
        while (at < size && text[at].isSpace())
            ++at;
        if (at == size)
            return;
        const qsizetype start = at;
        while (at < size && !text[at].isSpace())
            ++at;
        onWord(start, at);
    }
}

// Ignores case, so "Task" and "TASK" are one word.
Hash wordHash(QStringView word)
{
    Hash hash = hashSeed;
    for (const QChar c : word)
        hash = (hash ^ QChar::toCaseFolded(char32_t(c.unicode()))) * hashPrime;
    return hash;
}

qsizetype wordCount(QStringView text)
{
    qsizetype words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        words += !space && !inWord ? 1 : 0;
        inWord = !space;
    }
    return words;
}

// The word sequences of a text, each ending with the word just added, once
// PromptEcho::shingleWords words in a row were added since the last break.
class Shingler final
{
public:
    std::optional<Hash> add(Hash word)
    {
        m_words.at(m_next) = word;
        m_next = (m_next + 1) % m_words.size();
        m_run = std::min(m_run + 1, m_words.size());
        if (m_run < m_words.size())
            return std::nullopt;
        Hash hash = hashSeed;
        for (std::size_t i = 0; i < m_words.size(); ++i)
            hash = mix(hash, m_words.at((m_next + i) % m_words.size()));
        return hash;
    }
    void breakRun() { m_run = 0; }

private:
    std::array<Hash, PromptEcho::shingleWords> m_words{};
    std::size_t m_next = 0;
    std::size_t m_run = 0;
};

// Whether a stretch of the rendered prompt is the template's own text: the
// spans come in order, so the walk goes forward only.
class OwnTextWalker final
{
public:
    explicit OwnTextWalker(const TemplateSpans &spans)
        : m_spans(spans)
    {}

    bool isOwn(qsizetype start, qsizetype end)
    {
        while (m_at < m_spans.size() && m_spans.at(m_at).start + m_spans.at(m_at).length <= start)
            ++m_at;
        for (qsizetype i = m_at; i < m_spans.size() && m_spans.at(i).start < end; ++i) {
            if (m_spans.at(i).kind == TemplateSpan::Kind::Value)
                return false;
        }
        return true;
    }

private:
    const TemplateSpans &m_spans;
    qsizetype m_at = 0;
};

// What a filled prompt is compared by.
struct PromptShape
{
    int card = -1;
    qsizetype words = 0;
    bool hasOwnText = false;
    // The template's own shingles (no word of a value in them), each with
    // its place in the list of those found.
    QHash<Hash, qsizetype> shingles;
};

PromptShape shapeOf(int card, const RenderedText &prompt)
{
    PromptShape shape;
    shape.card = card;
    OwnTextWalker walker(prompt.spans);
    Shingler shingler;
    const QStringView text(prompt.text);
    forEachWord(text, [&](qsizetype start, qsizetype end) {
        ++shape.words;
        // Only the template's own words are hashed: the values may be
        // megabytes, and their words are only counted.
        if (!walker.isOwn(start, end)) {
            shingler.breakRun();
            return;
        }
        shape.hasOwnText = true;
        if (const std::optional<Hash> shingle =
                shingler.add(wordHash(text.sliced(start, end - start))))
            shape.shingles.insert(*shingle, shape.shingles.size());
    });
    return shape;
}

// The share of each candidate's own shingles that text holds, in one pass
// with one look-up per word: most of a long text's shingles are in none.
QList<double> coverages(QStringView text, const QList<const PromptShape *> &candidates)
{
    struct Place
    {
        qsizetype candidate;
        qsizetype ordinal;
    };
    QHash<Hash, QList<Place>> index;
    QList<QList<bool>> found;
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const PromptShape *shape = candidates.at(c);
        found.append(QList<bool>(shape->shingles.size(), false));
        for (auto it = shape->shingles.cbegin(); it != shape->shingles.cend(); ++it)
            index[it.key()].append({c, it.value()});
    }
    QList<qsizetype> counts(candidates.size(), 0);
    Shingler shingler;
    forEachWord(text, [&](qsizetype start, qsizetype end) {
        const std::optional<Hash> shingle = shingler.add(wordHash(text.sliced(start, end - start)));
        if (!shingle)
            return;
        const auto it = index.constFind(*shingle);
        if (it == index.cend())
            return;
        for (const Place &place : it.value()) {
            if (!found[place.candidate][place.ordinal]) {
                found[place.candidate][place.ordinal] = true;
                ++counts[place.candidate];
            }
        }
    });
    QList<double> shares;
    for (qsizetype c = 0; c < candidates.size(); ++c)
        shares.append(double(counts.at(c)) / double(candidates.at(c)->shingles.size()));
    return shares;
}

// The card's own prompt first, then the others in the kit's order: where a
// text matches several, its own card is the likelier slip.
QList<int> cardOrder(const Session &session, int card)
{
    QList<int> order{card};
    for (int i = 0; i < session.cardCount(); ++i) {
        if (i != card)
            order.append(i);
    }
    return order;
}

std::optional<PromptEchoMatch> nearMatch(QStringView text, const QList<PromptShape> &shapes)
{
    const auto words = double(wordCount(text));
    QList<const PromptShape *> candidates;
    for (const PromptShape &shape : shapes) {
        if (shape.shingles.size() >= PromptEcho::minShingles &&
            words >= PromptEcho::minLengthRatio * double(shape.words) &&
            words <= PromptEcho::maxLengthRatio * double(shape.words))
            candidates.append(&shape);
    }
    if (candidates.isEmpty())
        return std::nullopt;
    const QList<double> shares = coverages(text, candidates);
    std::optional<PromptEchoMatch> best;
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        // Ties go to the earlier candidate, the card's own prompt first.
        if (shares.at(c) >= PromptEcho::minCoverage && (!best || shares.at(c) > best->coverage))
            best = PromptEchoMatch{candidates.at(c)->card, false, shares.at(c)};
    }
    return best;
}

} // namespace

std::optional<PromptEchoMatch> PromptEcho::find(const Session &session, int card, QStringView text)
{
    if (card < 0 || card >= session.cardCount())
        return std::nullopt;
    // One prompt at a time is kept: a prompt that quotes a long answer may
    // be megabytes, and only its shingles are needed after this.
    QList<PromptShape> shapes;
    for (const int i : cardOrder(session, card)) {
        const Result<RenderedText> prompt = session.renderPrompt(i, true);
        if (!prompt)
            continue;
        PromptShape shape = shapeOf(i, prompt.value());
        // A prompt that is nothing but a value: an answer may well be that
        // value again (a draft returned unchanged), so it is never matched.
        if (shape.hasOwnText && sameText(text, prompt.value().text))
            return PromptEchoMatch{i, true, 1.0};
        shapes.append(std::move(shape));
    }
    return nearMatch(text, shapes);
}

bool PromptEcho::sameText(QStringView a, QStringView b)
{
    a = a.trimmed();
    b = b.trimmed();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const bool spaceA = a[i].isSpace();
        if (spaceA != b[j].isSpace())
            return false;
        if (!spaceA) {
            if (a[i] != b[j])
                return false;
            ++i;
            ++j;
            continue;
        }
        while (i < a.size() && a[i].isSpace())
            ++i;
        while (j < b.size() && b[j].isSpace())
            ++j;
    }
    return i == a.size() && j == b.size();
}

QString PromptEcho::describe(const Session &session, const PromptEchoMatch &match)
{
    const QString title = session.kit().cards.at(match.card).title;
    return match.exact ? tr("the filled prompt of card %1 (\"%2\"), not the AI's answer")
                             .arg(match.card + 1)
                             .arg(title)
                       : tr("nearly the filled prompt of card %1 (\"%2\"), not the AI's answer")
                             .arg(match.card + 1)
                             .arg(title);
}

} // namespace PromptDeck::Core
