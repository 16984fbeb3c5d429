// The values-only layout: after the map line, the page's help bullets, then
// one value per line in a fixed order (keyword, title, tone, content group,
// audience, angle), then one run of "- " bullets holding the secondary
// keywords, the common mistakes and the pro tips, in that order.
#pragma once

#include "import/pagetext.h"

namespace PromptDeck::Core::ValuesOnlyLayout {

// Reads the values after the map line at mapAt into findings' slots, next to
// what the header found there. Without the map line there is nothing to
// anchor on, and nothing is guessed.
void read(const QStringList &lines, qsizetype mapAt, PageText::Findings &findings);

} // namespace PromptDeck::Core::ValuesOnlyLayout
