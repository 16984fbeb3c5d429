#include "io/diskstate.h"

#include <QFileInfo>

namespace PromptDeck::Core {

DiskState DiskState::of(const QString &path)
{
    const QFileInfo info(path); // follows symlinks for size and time
    DiskState state;
    if (path.isEmpty() || !info.exists())
        return state;
    state.exists = true;
    state.size = info.size();
    state.modified = info.lastModified().toUTC();
    return state;
}

} // namespace PromptDeck::Core
