// Opening a file for reading only when it is a regular file. A named pipe
// blocks an open until something writes to it, a device may never end; so
// what a path names is looked at first, and opened without blocking, and
// only a regular file is read. The reasons a path cannot be read are said
// in words: no such file, a loop of symbolic links, a folder, a pipe.
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace PromptDeck::Core {

class RegularFile final
{
    Q_DECLARE_TR_FUNCTIONS(RegularFile)

public:
    // Opens path read-only into file when it names a regular file (through
    // any symbolic links); otherwise file stays closed and the error, under
    // displayName, says why.
    static Status open(QFile &file, const QString &path, const QString &displayName);
};

} // namespace PromptDeck::Core
