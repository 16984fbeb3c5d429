#include "text/textstats.h"

#include <QChar>

#include <algorithm>

namespace PromptDeck::Core {

qsizetype countWords(QStringView text)
{
    qsizetype words = 0;
    bool inToken = false;
    bool tokenCounts = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            if (inToken && tokenCounts)
                ++words;
            inToken = false;
            tokenCounts = false;
            continue;
        }
        inToken = true;
        if (!tokenCounts && (c.isLetterOrNumber() || c.isHighSurrogate()))
            tokenCounts = true;
    }
    if (inToken && tokenCounts)
        ++words;
    return words;
}

qsizetype countCharacters(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++count;
    }
    return count;
}

bool isBlank(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace PromptDeck::Core
