// The header both layouts share: the line "Informational article in the MAP
// topical map — GROUP content group" (intent, map, content group), the title
// just above it, and a meta strip such as "Informational · 1,500 words · 12
// prompts ready" (intent, word count).
#pragma once

#include "import/pagelabels.h"
#include "import/pagetext.h"

namespace PromptDeck::Core::PageHeader {

// Reads the header into findings' slots; returns the index of the map line,
// or -1 when the page has none.
qsizetype read(const QStringList &lines, const PageLabels &labels, PageText::Findings &findings);

} // namespace PromptDeck::Core::PageHeader
