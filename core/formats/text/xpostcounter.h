// X (Twitter) posts as X counts them, following twitter-text's published
// configuration v3 (github.com/twitter/twitter-text, config/v3.json): text
// in NFC; weight 1 for code points in U+0000–U+10FF, U+2000–U+200D,
// U+2010–U+201F and U+2032–U+2037, weight 2 for every other one; a whole
// emoji sequence (with skin tones, ZWJ, variation selectors, flags,
// keycaps) counts 2; every URL counts 23; the limit is 280.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace PromptDeck::Core {

class XPostCounter final
{
public:
    static constexpr int maxWeightedLength = 280;
    static constexpr int urlLength = 23;

    // placeholders: words that stand for a link to be filled in later
    // ("LINK"); they count as a URL does.
    static int weightedLength(QStringView text, const QStringList &placeholders = {});

    struct Post
    {
        int number = 0; // 1-based position in the thread
        QString text;
    };
    // Posts numbered "1/6", "1.", "1)" or "(1/6)" at the start of a line
    // begin a new post; without numbers, blank lines separate posts.
    static QList<Post> splitThread(QStringView text);
};

} // namespace PromptDeck::Core
