// Compiled only by the layout test, as a file of the formats library would
// be: its own headers are found, the core's are not. The order matters (the
// formats header first, so that a missing include root fails on it), so the
// formatter's include sorting is off here.
// clang-format off
#include "yaml/yamlnode.h"
#include "session/session.h"
// clang-format on
