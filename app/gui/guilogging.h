// The window's logging category, "promptdeck.gui".
#pragma once

#include <QLoggingCategory>

namespace PromptDeck::Gui {
Q_DECLARE_LOGGING_CATEGORY(lcGui)
}
