// Writes a file so that a failure at any moment leaves the previous file as
// it was: QSaveFile (temporary file, fsync, rename), every write checked,
// flush() before commit(). A symlink stays a link and its target is written.
// Optionally the previous file is kept as FILE.bak, which changes only once
// the new file is committed: a save that fails leaves FILE and FILE.bak as
// they were; a crash leaves FILE old or new and FILE.bak the old backup or
// the previous FILE.
#pragma once

#include "base/result.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>

class QSaveFile;

namespace PromptDeck::Core {

class SafeFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SafeFileWriter)

public:
    enum class Backup
    {
        None,
        Keep
    };

    static Status write(const QString &path, QByteArrayView data, Backup backup = Backup::None);
    // The same for content made while it is written: produce hands it, a
    // piece at a time, to the sink it is given, and stops when the sink
    // returns false (a failed write). It runs on a thread of its own, so
    // that making the content and writing it overlap; the caller waits.
    using Sink = std::function<bool(QByteArrayView)>;
    using Producer = std::function<bool(const Sink &sink)>;
    static Status write(const QString &path, const Producer &produce, Backup backup = Backup::None);

    // The file that writing to path changes: path itself, or the file a
    // symlink (or a chain of them) points to.
    static QString resolveTarget(const QString &path);
    // Where Backup::Keep keeps the previous version of path: next to the
    // file that is written, never next to a symlink to it.
    static QString backupPath(const QString &path) { return resolveTarget(path) + backupSuffix; }
    // What a backup's name adds to its file's name.
    static inline const QString backupSuffix = QStringLiteral(".bak");

private:
    // The backup, the temporary file, content's writes into it, the commit.
    static Status writeWith(const QString &path, Backup backup,
                            const std::function<bool(QSaveFile &)> &content);
};

} // namespace PromptDeck::Core
