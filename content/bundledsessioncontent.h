// The bundled kits and briefs as the session lifecycle's content: the
// loaders and default names the window and the command line hand to
// SessionLifecycle (the core cannot see content/).
#pragma once

#include "session/sessionlifecycle.h"

namespace PromptDeck::Core {

SessionContent bundledSessionContent();

} // namespace PromptDeck::Core
