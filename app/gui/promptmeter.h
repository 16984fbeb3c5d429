// How the window words a prompt's size: on each card's header, and the
// whole chain's in the status bar (see Core::PromptMeasure).
#pragma once

#include "session/promptmeasure.h"

#include <QCoreApplication>
#include <QString>

namespace PromptDeck::Gui {

class PromptMeter final
{
    Q_DECLARE_TR_FUNCTIONS(PromptMeter)

public:
    // "1,234 words · ~1,650 tokens", and "· new chat advised" over the
    // threshold.
    static QString cardText(const Core::PromptMeasure &measure);
    static QString cardToolTip(const Core::PromptMeasure &measure);
    // "All prompts: 12,345 words · ~16,400 tokens · 1 best in a new chat"
    static QString chainText(const Core::ChainMeasure &chain);
    static QString chainToolTip(const Core::ChainMeasure &chain);
};

} // namespace PromptDeck::Gui
