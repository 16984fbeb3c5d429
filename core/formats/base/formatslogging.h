// The formats library's logging category, "promptdeck.formats". Debug output
// is off by default; QT_LOGGING_RULES="promptdeck.formats.debug=true" turns
// it on.
#pragma once

#include <QLoggingCategory>

namespace PromptDeck::Core {

Q_DECLARE_LOGGING_CATEGORY(lcFormats)

}
