#include "safefilewriter.h"

#include "corelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <unistd.h>
#endif

namespace PromptDeck::Core {

namespace {

// Keeps the file as it is now as `backup` without copying a byte: a hard
// link under a temporary name (the target's name, a dot and six letters or
// digits, as QSaveFile names its own, so that a killed save's leftover is
// swept like theirs), renamed over the old backup in one step. The save that
// follows writes a new file over the target, so the link keeps the previous
// version. False where the file system has no hard links.
bool linkBackup(const QString &target, const QString &backup)
{
#ifdef Q_OS_UNIX
    static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const QByteArray from = QFile::encodeName(target);
    const QByteArray to = QFile::encodeName(backup);
    for (int attempt = 0; attempt < 16; ++attempt) {
        QByteArray temporary = to + '.';
        for (int i = 0; i < 6; ++i)
            temporary += letters[QRandomGenerator::global()->bounded(int(sizeof letters) - 1)];
        if (::link(from.constData(), temporary.constData()) == 0) {
            const bool renamed = std::rename(temporary.constData(), to.constData()) == 0;
            // rename() does nothing when the backup already is this file (a
            // save that failed after linking): the temporary name stays.
            ::unlink(temporary.constData());
            return renamed;
        }
        if (errno != EEXIST)
            return false;
    }
#else
    Q_UNUSED(target);
    Q_UNUSED(backup);
#endif
    return false;
}

constexpr qsizetype chunkSize = 1024 * 1024;

// Writes all of data, in chunks, checking each write: a short or failed
// write (disk full, file size limit) is an error, never ignored.
bool writeAll(QSaveFile &file, QByteArrayView data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const qsizetype chunk = std::min(chunkSize, data.size() - written);
        const qint64 n = file.write(data.data() + written, chunk);
        if (n <= 0)
            return false;
        written += qsizetype(n);
    }
    return true;
}

} // namespace

QString SafeFileWriter::resolveTarget(const QString &path)
{
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink() && hops < 32; ++hops) {
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty())
            return canonical;
        // A dangling link: write the file it names, creating it.
        info.setFile(info.symLinkTarget());
    }
    return info.filePath();
}

Status SafeFileWriter::write(const QString &path, QByteArrayView data, Backup backup)
{
    return write(
        path, [data](const Sink &sink) { return sink(data); }, backup);
}

Status SafeFileWriter::write(const QString &path, const Producer &produce, Backup backup)
{
    const QString target = resolveTarget(path);
    const QString shown = QDir::toNativeSeparators(path);

    if (backup == Backup::Keep && QFileInfo::exists(target) &&
        !linkBackup(target, target + QStringLiteral(".bak"))) {
        QFile previous(target);
        QSaveFile copy(target + QStringLiteral(".bak"));
        bool ok = previous.open(QIODevice::ReadOnly) && copy.open(QIODevice::WriteOnly);
        while (ok && !previous.atEnd()) {
            const QByteArray chunk = previous.read(chunkSize);
            ok = previous.error() == QFileDevice::NoError && writeAll(copy, chunk);
        }
        ok = ok && copy.flush() && copy.commit();
        if (!ok) {
            const QString reason = previous.error() != QFileDevice::NoError ? previous.errorString()
                                                                            : copy.errorString();
            copy.cancelWriting();
            return Diagnostic::error(
                shown, 0, 0,
                tr("could not keep the previous version as %1: %2. Nothing "
                   "was saved; the file is unchanged.")
                    .arg(QDir::toNativeSeparators(target + QStringLiteral(".bak")), reason));
        }
    }

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        return Diagnostic::error(
            shown, 0, 0, tr("could not save: %1. The file is unchanged.").arg(file.errorString()));
    }
    const bool written = produce([&file](QByteArrayView piece) { return writeAll(file, piece); });
    if (!written || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        qCDebug(lcCore) << "write failed" << target << reason;
        return Diagnostic::error(shown, 0, 0,
                                 tr("could not save: %1. The file is unchanged.").arg(reason));
    }
    if (!file.commit()) {
        qCDebug(lcCore) << "commit failed" << target << file.errorString();
        return Diagnostic::error(
            shown, 0, 0, tr("could not save: %1. The file is unchanged.").arg(file.errorString()));
    }
    return success();
}

} // namespace PromptDeck::Core
