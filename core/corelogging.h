// The core's logging category, "promptdeck.core". Debug output is off by
// default; QT_LOGGING_RULES="promptdeck.core.debug=true" turns it on.
#pragma once

#include <QLoggingCategory>

namespace PromptDeck::Core {
Q_DECLARE_LOGGING_CATEGORY(lcCore)
}
