#include "io/safefilewriter.h"

#include "corelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <unistd.h>
#endif

namespace PromptDeck::Core {

namespace {

#ifdef Q_OS_UNIX
// A second name for file under a temporary name (file's name, a dot and six
// letters or digits, as QSaveFile names its own, so that a killed save's
// leftover is swept like theirs), or empty.
QByteArray linkAside(const QByteArray &file)
{
    static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int attempt = 0; attempt < 16; ++attempt) {
        QByteArray temporary = file + '.';
        for (int i = 0; i < 6; ++i)
            temporary += letters[QRandomGenerator::global()->bounded(int(sizeof letters) - 1)];
        if (::link(file.constData(), temporary.constData()) == 0)
            return temporary;
        if (errno != EEXIST)
            return {};
    }
    return {};
}
#endif

constexpr qsizetype chunkSize = qsizetype{1024} * 1024;

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

// Pieces from a producer on a second thread to the writer on this one, a
// few at a time: making the content and writing it overlap, and what is
// held in memory stays at those few pieces.
class PieceQueue
{
public:
    // The producer's side. False once the writer has given up.
    bool push(QByteArrayView piece)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_cancelled || m_pieces.size() < maxPieces; });
        if (m_cancelled)
            return false;
        m_pieces.push_back(piece.toByteArray());
        m_ready.notify_one();
        return true;
    }
    void finish(bool produced)
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_produced = produced;
        m_ready.notify_one();
    }

    // The writer's side: the next piece, or none once the producer is done.
    std::optional<QByteArray> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_pieces.empty() || m_finished; });
        if (m_pieces.empty())
            return std::nullopt;
        QByteArray piece = std::move(m_pieces.front());
        m_pieces.pop_front();
        m_space.notify_one();
        return piece;
    }
    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_space.notify_one();
    }
    bool produced() const
    {
        const std::lock_guard lock(m_mutex);
        return m_produced;
    }

private:
    static constexpr size_t maxPieces = 4;
    mutable std::mutex m_mutex;
    std::condition_variable m_space;
    std::condition_variable m_ready;
    std::deque<QByteArray> m_pieces;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_produced = false;
};

// Writes what produce makes while it makes it. A failed write stops the
// producer (its sink returns false) and is reported once it has stopped.
bool writeProduced(QSaveFile &file, const SafeFileWriter::Producer &produce)
{
    PieceQueue queue;
    std::thread producer([&queue, &produce] {
        queue.finish(produce([&queue](QByteArrayView piece) { return queue.push(piece); }));
    });
    bool written = true;
    while (const std::optional<QByteArray> piece = queue.pop()) {
        if (written && !writeAll(file, *piece)) {
            written = false;
            queue.cancel();
        }
    }
    producer.join();
    return written && queue.produced();
}

// Makes sure what was written so far is on the disk, not only in the
// cache: a file system that allocates late reports a full disk here.
bool syncToDisk(QFileDevice &file)
{
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    // QSaveFile::commit() flushes the file to the disk before the rename.
    Q_UNUSED(file);
    return true;
#endif
}

// The version a save replaces, kept as the backup only once the new version
// is committed. Until then the previous version has a second, temporary
// name: a hard link (no byte copied) or, where the file system has no hard
// links, a copy in the backup's own temporary file, made and synced before
// the new file is committed. So a save that fails leaves the file and its
// backup as they were; a crash at any moment leaves the file old or new and
// the backup the old one or the previous version (the temporary names of a
// killed save are swept like QSaveFile's).
class PreviousVersion
{
public:
    PreviousVersion(QString target, QString backup)
        : m_target(std::move(target))
        , m_backup(std::move(backup))
    {}
    ~PreviousVersion() { drop(); }
    PreviousVersion(const PreviousVersion &) = delete;
    PreviousVersion &operator=(const PreviousVersion &) = delete;

    // Gives the previous version its temporary name; why not, if it cannot.
    std::optional<QString> keep()
    {
        const QFileInfo backup(m_backup);
        if (backup.exists() && !backup.isFile())
            return SafeFileWriter::tr("that name is taken by something that is not a file");
#ifdef Q_OS_UNIX
        m_link = linkAside(QFile::encodeName(m_target));
        if (!m_link.isEmpty())
            return std::nullopt;
#endif
        QFile previous(m_target);
        m_copy = std::make_unique<QSaveFile>(m_backup);
        bool ok = previous.open(QIODevice::ReadOnly) && m_copy->open(QIODevice::WriteOnly);
        while (ok && !previous.atEnd()) {
            const QByteArray chunk = previous.read(chunkSize);
            ok = previous.error() == QFileDevice::NoError && writeAll(*m_copy, chunk);
        }
        ok = ok && m_copy->flush();
        const bool synced = ok && syncToDisk(*m_copy);
        if (synced)
            return std::nullopt;
        const QString reason = previous.error() != QFileDevice::NoError ? previous.errorString()
                               : ok                                     ? qt_error_string(errno)
                                                                        : m_copy->errorString();
        drop();
        return reason;
    }

    // The new version is committed: the previous one becomes the backup.
    // False if it could not (the save itself stands).
    bool settle()
    {
#ifdef Q_OS_UNIX
        if (!m_link.isEmpty()) {
            const bool renamed =
                std::rename(m_link.constData(), QFile::encodeName(m_backup).constData()) == 0;
            // rename() does nothing when the backup already is this file
            // (left so by an older version of this code): the name stays.
            ::unlink(m_link.constData());
            m_link.clear();
            return renamed;
        }
#endif
        if (!m_copy)
            return true;
        const bool committed = m_copy->commit();
        m_copy.reset();
        return committed;
    }

private:
    // The save failed: the temporary name goes, the backup stays as it was.
    void drop()
    {
#ifdef Q_OS_UNIX
        if (!m_link.isEmpty())
            ::unlink(m_link.constData());
        m_link.clear();
#endif
        if (m_copy)
            m_copy->cancelWriting();
        m_copy.reset();
    }

    QString m_target;
    QString m_backup;
    QByteArray m_link;
    std::unique_ptr<QSaveFile> m_copy;
};

} // namespace

QString SafeFileWriter::resolveTarget(const QString &path)
{
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink() && hops < 32; ++hops) {
        QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty())
            return canonical;
        // A dangling link: write the file it names, creating it.
        info.setFile(info.symLinkTarget());
    }
    return info.filePath();
}

Status SafeFileWriter::write(const QString &path, QByteArrayView data, Backup backup)
{
    return writeWith(path, backup, [data](QSaveFile &file) { return writeAll(file, data); });
}

Status SafeFileWriter::write(const QString &path, const Producer &produce, Backup backup)
{
    return writeWith(path, backup,
                     [&produce](QSaveFile &file) { return writeProduced(file, produce); });
}

Status SafeFileWriter::writeWith(const QString &path, Backup backup,
                                 const std::function<bool(QSaveFile &)> &content)
{
    const QString target = resolveTarget(path);
    const QString shown = QDir::toNativeSeparators(path);

    // The previous version is given a second name first: a backup that
    // cannot be kept fails the save before anything is written.
    std::optional<PreviousVersion> previous;
    if (backup == Backup::Keep && QFileInfo::exists(target)) {
        const QString kept = backupPath(path);
        previous.emplace(target, kept);
        if (const std::optional<QString> reason = previous->keep()) {
            return Diagnostic::error(shown, 0, 0,
                                     tr("could not keep the previous version as %1: %2. Nothing "
                                        "was saved; the file is unchanged.")
                                         .arg(QDir::toNativeSeparators(kept), *reason));
        }
    }

    QSaveFile file(target);
    const auto failed = [&](const QString &reason) {
        file.cancelWriting();
        qCDebug(lcCore) << "write failed" << target << reason;
        return Diagnostic::error(shown, 0, 0,
                                 tr("could not save: %1. The file is unchanged.").arg(reason));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (!content(file) || !file.flush())
        return failed(file.errorString());
    if (!syncToDisk(file))
        return failed(qt_error_string(errno));
    if (!file.commit()) {
        qCDebug(lcCore) << "commit failed" << target << file.errorString();
        return Diagnostic::error(
            shown, 0, 0, tr("could not save: %1. The file is unchanged.").arg(file.errorString()));
    }
    // Only now, with the new version in place, does the old backup go.
    if (previous && !previous->settle())
        qCWarning(lcCore) << "saved, but the previous version was not kept as" << backupPath(path);
    return success();
}

} // namespace PromptDeck::Core
