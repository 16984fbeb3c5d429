// Turns what the layouts found on a page into a brief of the kit: a field
// takes what stood under one of its page labels, else what its page slot
// holds.
#pragma once

#include "import/pageimporter.h"
#include "import/pagetext.h"

namespace PromptDeck::Core::PageToBrief {

// The fields of the kit a page can fill (those with page labels or a page
// slot), in kit order.
QStringList pageFields(const Kit &kit);

// Fills result's brief (every field of the kit) and its not-found list.
// False when the page holds no brief: neither the title nor the primary
// keyword was found, or, for a kit that takes neither from a page, no field.
bool fill(const PageText::Findings &findings, const Kit &kit, ImportedBrief &result);

} // namespace PromptDeck::Core::PageToBrief
