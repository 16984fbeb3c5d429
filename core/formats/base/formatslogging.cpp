#include "base/formatslogging.h"

namespace PromptDeck::Core {

Q_LOGGING_CATEGORY(lcFormats, "promptdeck.formats", QtInfoMsg)

}
