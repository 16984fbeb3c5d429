#include "corelogging.h"

namespace PromptDeck::Core {
Q_LOGGING_CATEGORY(lcCore, "promptdeck.core", QtInfoMsg)
}
