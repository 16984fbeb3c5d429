#include "base/regularfile.h"

#include <QFileInfo>

#include <functional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace PromptDeck::Core {

namespace {

#ifdef Q_OS_UNIX
// Why a path that stat() or open() failed on cannot be read.
QString missingReason(const QString &path, int error)
{
    if (error == ELOOP) {
        return RegularFile::tr("no such file: the name is a loop of symbolic links that never "
                               "reaches a file");
    }
    if (error == ENOENT || error == ENOTDIR) {
        const QFileInfo info(path);
        if (info.isSymLink()) {
            return RegularFile::tr("no such file: it is a symbolic link to %1, which does not "
                                   "exist")
                .arg(info.symLinkTarget());
        }
        return RegularFile::tr("no such file");
    }
    return RegularFile::tr("cannot open: %1").arg(qt_error_string(error));
}

// Why what st describes is not read; empty for a regular file.
QString kindReason(const struct stat &st)
{
    if (S_ISREG(st.st_mode))
        return {};
    if (S_ISDIR(st.st_mode))
        return RegularFile::tr("is a folder, not a file");
    if (S_ISFIFO(st.st_mode)) {
        return RegularFile::tr("is a named pipe (FIFO), not a regular file; it was not opened, "
                               "since reading it could wait forever");
    }
    if (S_ISSOCK(st.st_mode))
        return RegularFile::tr("is a socket, not a regular file; it was not opened");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return RegularFile::tr("is a device, not a regular file; it was not opened");
    return RegularFile::tr("is not a regular file; it was not opened");
}

Status openOnDisk(QFile &file, const QString &path,
                  const std::function<Status(const QString &)> &failure)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat named = {};
    if (::stat(native.constData(), &named) != 0)
        return failure(missingReason(path, errno));
    if (const QString reason = kindReason(named); !reason.isEmpty())
        return failure(reason);
    // The name may have been swapped for a pipe since the look: the open
    // does not block, and what was opened is looked at again.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return failure(missingReason(path, errno));
    struct stat opened = {};
    QString reason;
    if (::fstat(fd, &opened) != 0)
        reason = RegularFile::tr("cannot open: %1").arg(qt_error_string(errno));
    else
        reason = kindReason(opened);
    const int flags = reason.isEmpty() ? ::fcntl(fd, F_GETFL) : -1;
    if (reason.isEmpty() && (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0))
        reason = RegularFile::tr("cannot open: %1").arg(qt_error_string(errno));
    if (reason.isEmpty() && !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        reason = RegularFile::tr("cannot open: %1").arg(file.errorString());
    if (!reason.isEmpty()) {
        if (!file.isOpen())
            ::close(fd);
        return failure(reason);
    }
    return success();
}
#endif

} // namespace

Status RegularFile::open(QFile &file, const QString &path, const QString &displayName)
{
    auto failure = [&displayName](const QString &message) -> Status {
        return Diagnostic::error(displayName, 0, 0, message);
    };
#ifdef Q_OS_UNIX
    // Qt's resources (":/…", the bundled content) are no files of the
    // system: nothing there can block.
    if (!path.startsWith(QLatin1Char(':')))
        return openOnDisk(file, path, failure);
#endif
    const QFileInfo info(path);
    if (!info.exists())
        return failure(tr("no such file"));
    if (info.isDir())
        return failure(tr("is a folder, not a file"));
    if (!info.isFile())
        return failure(tr("is not a regular file; it was not opened"));
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("cannot open: %1").arg(file.errorString()));
    return success();
}

} // namespace PromptDeck::Core
