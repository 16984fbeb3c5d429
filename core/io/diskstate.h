// What a file on disk looked like when PromptDeck last read or wrote it:
// whether it existed, its size and its modification time. Comparing it with
// the file now tells whether another program changed the file in between,
// so a save never overwrites someone else's work without asking.
#pragma once

#include <QDateTime>
#include <QString>

namespace PromptDeck::Core {

struct DiskState
{
    bool exists = false;
    qint64 size = 0;
    QDateTime modified; // UTC, millisecond precision

    // The state of path now (of a symlink's target, which is what a save
    // writes).
    static DiskState of(const QString &path);

    bool operator==(const DiskState &other) const = default;
};

} // namespace PromptDeck::Core
