// Counting words and characters the same way everywhere: in the answer box,
// in checks and on the command line.
#pragma once

#include <QStringView>

namespace PromptDeck::Core {

// Whitespace-separated tokens that hold at least one letter or digit, so
// Markdown marks ("#", "-", "|") and lone punctuation are not words.
qsizetype countWords(QStringView text);

// Characters as people count them: code points, not UTF-16 units.
qsizetype countCharacters(QStringView text);

// Nothing but whitespace (or nothing at all); unlike trimmed().isEmpty(),
// without copying a megabyte to find out.
bool isBlank(QStringView text);

} // namespace PromptDeck::Core
