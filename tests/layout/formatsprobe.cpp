// Compiled only by the layout test, as a file of the formats library would
// be: its own headers are found, the core's are not.
#include "yaml/yamlnode.h"

#include "session/session.h"
