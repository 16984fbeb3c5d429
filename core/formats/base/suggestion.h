// "Did you mean …?" for misspelt keys, field names and card ids.
#pragma once

#include <QString>
#include <QStringList>

namespace PromptDeck::Core {

// The candidate closest to word (edit distance at most 2, or a difference of
// case only), or an empty string when none is close.
QString closestMatch(const QString &word, const QStringList &candidates);

// " (did you mean 'x'?)" or an empty string.
QString didYouMean(const QString &word, const QStringList &candidates);

} // namespace PromptDeck::Core
