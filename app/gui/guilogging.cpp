#include "guilogging.h"

namespace PromptDeck::Gui {
Q_LOGGING_CATEGORY(lcGui, "promptdeck.gui", QtInfoMsg)
}
