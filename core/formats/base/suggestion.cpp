#include "base/suggestion.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace PromptDeck::Core {

namespace {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                                           previous[size_t(j - 1)] + cost});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

} // namespace

QString closestMatch(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = 3;
    for (const QString &candidate : candidates) {
        if (candidate.compare(word, Qt::CaseInsensitive) == 0)
            return candidate;
        // The distance is at least the difference in length: a file of
        // thousands of unknown keys must not cost a full comparison each.
        if (std::abs(candidate.size() - word.size()) >= bestDistance)
            continue;
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance && distance < std::max<qsizetype>(word.size(), 2)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

QString didYouMean(const QString &word, const QStringList &candidates)
{
    const QString match = closestMatch(word, candidates);
    if (match.isEmpty())
        return {};
    return QCoreApplication::translate("Suggestion", " (did you mean '%1'?)").arg(match);
}

} // namespace PromptDeck::Core
