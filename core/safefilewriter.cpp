#include "safefilewriter.h"

#include "corelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace PromptDeck::Core {

namespace {

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
    const QString target = resolveTarget(path);
    const QString shown = QDir::toNativeSeparators(path);

    if (backup == Backup::Keep && QFileInfo::exists(target)) {
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
    if (!writeAll(file, data) || !file.flush()) {
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
