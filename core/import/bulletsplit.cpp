// PageImporter::splitBullets: where one run of bullets turns from keywords to
// mistakes to tips, judged by the wording of each bullet.
#include "import/pageimporter.h"
#include "text/textstats.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace PromptDeck::Core {

namespace {

// Verbs a pro tip starts with; a mistake mostly starts with an -ing form.
const QSet<QString> &imperatives()
{
    static const QSet<QString> verbs = [] {
        QSet<QString> set;
        for (const QString &verb :
             QStringLiteral(
                 "add anchor answer ask avoid back begin bold break build check cite clarify close "
                 "compare "
                 "consider create define demonstrate describe embed end explain feature focus "
                 "format frame "
                 "give highlight include insert keep label lead limit link list make map measure "
                 "mention "
                 "name note offer open pair place point position prefer provide publish put quote "
                 "recommend "
                 "reference remind run share show spell split start state structure suggest "
                 "summarise "
                 "summarize surface target teach tell test tie try update use walk warn write")
                 .split(QLatin1Char(' ')))
            set.insert(verb);
        return set;
    }();
    return verbs;
}

QString firstWord(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("^[\\W_]*(\\w+)"));
    return word.match(text).captured(1).toLower();
}

int keywordScore(const QString &item)
{
    const qsizetype words = countWords(item);
    const bool sentence = item.endsWith(QLatin1Char('.')) || item.endsWith(QLatin1Char('!'));
    if (words <= 6 && !sentence)
        return 3;
    if (words <= 8 && !sentence)
        return 0;
    return -4;
}

int mistakeScore(const QString &item)
{
    const QString first = firstWord(item);
    int score = countWords(item) <= 5 ? -3 : 0;
    if (first.endsWith(QLatin1String("ing")) && first.size() > 4)
        score += 3;
    else if (first == QLatin1String("not") || first == QLatin1String("no") ||
             first == QLatin1String("too") || first == QLatin1String("never"))
        score += 2;
    else if (imperatives().contains(first))
        score -= 2;
    static const QRegularExpression wrong(
        QStringLiteral("\\b(without|instead of|rather than|vague|missing)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (wrong.match(item).hasMatch())
        score += 1;
    return score;
}

int tipScore(const QString &item)
{
    const QString first = firstWord(item);
    int score = countWords(item) <= 5 ? -3 : 0;
    if (imperatives().contains(first) || first == QLatin1String("when") ||
        first == QLatin1String("to") || first == QLatin1String("if") ||
        first == QLatin1String("for"))
        score += 3;
    else if (first.endsWith(QLatin1String("ing")) && first.size() > 4)
        score -= 2;
    return score;
}

} // namespace

PageImporter::BulletSplit PageImporter::splitBullets(const QStringList &bullets)
{
    const qsizetype n = bullets.size();
    QList<int> kw(n), mis(n), tip(n);
    for (qsizetype i = 0; i < n; ++i) {
        kw[i] = keywordScore(bullets.at(i));
        mis[i] = mistakeScore(bullets.at(i));
        tip[i] = tipScore(bullets.at(i));
    }
    // Prefix sums, then the best pair of cut points a <= b:
    // [0, a) keywords, [a, b) mistakes, [b, n) tips. The score of a pair is
    // head(a) + tail(b), so the best b for each a is the best tail at or
    // after it: a suffix maximum instead of trying every pair. Ties go to
    // the smallest a, then the smallest b.
    QList<int> kwSum(n + 1), misSum(n + 1), tipSum(n + 1);
    for (qsizetype i = 0; i < n; ++i) {
        kwSum[i + 1] = kwSum[i] + kw[i];
        misSum[i + 1] = misSum[i] + mis[i];
        tipSum[i + 1] = tipSum[i] + tip[i];
    }
    const auto head = [&](qsizetype a) { return kwSum[a] - misSum[a]; };
    const auto tail = [&](qsizetype b) { return misSum[b] + (tipSum[n] - tipSum[b]); };
    QList<int> bestTailFrom(n + 1);
    bestTailFrom[n] = tail(n);
    for (qsizetype b = n; b-- > 0;)
        bestTailFrom[b] = std::max(tail(b), bestTailFrom[b + 1]);
    qsizetype bestA = 0;
    int best = std::numeric_limits<int>::min();
    for (qsizetype a = 0; a <= n; ++a) {
        if (head(a) + bestTailFrom[a] > best) {
            best = head(a) + bestTailFrom[a];
            bestA = a;
        }
    }
    qsizetype bestB = bestA;
    while (head(bestA) + tail(bestB) != best)
        ++bestB;
    return {bullets.mid(0, bestA), bullets.mid(bestA, bestB - bestA), bullets.mid(bestB)};
}

} // namespace PromptDeck::Core
