// The application's icon, compiled into the binary from resources/icons
// (:/icons/). Apart from the translations so that only the window needs Qt
// Gui for it.
#pragma once

#include <QIcon>

namespace PromptDeck {

// The application's icon, at every size it ships in.
QIcon applicationIcon();

} // namespace PromptDeck
