// The labelled layout: the kit's page labels ("Primary keyword", "Target
// audience", "Pro tips", …) on their own line or before a colon, each
// followed by its value, or by the items of a list field.
#pragma once

#include "import/pagelabels.h"
#include "import/pagetext.h"

namespace PromptDeck::Core::LabelledLayout {

// Whether the page is in this layout: labels of several fields stand on it.
bool applies(const QStringList &lines, const PageLabels &labels);

// Reads the labelled values after the map line (mapAt, -1 for none) into
// findings, by field key.
void read(const QStringList &lines, qsizetype mapAt, const PageLabels &labels,
          PageText::Findings &findings);

} // namespace PromptDeck::Core::LabelledLayout
