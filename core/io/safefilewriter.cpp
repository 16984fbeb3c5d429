#include "io/safefilewriter.h"

#include "corelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <condition_variable>
#include <deque>
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

// Keeps the file as it is now as `backup` without copying a byte: a hard
// link under a temporary name, renamed over the old backup in one step. The
// save that follows writes a new file over the target, so the link keeps the
// previous version. False where the file system has no hard links.
//
// The old backup is not freed here: that can take milliseconds for a large
// file (on a disk mounted with discard, about 6 ms for 12 MB). It keeps a
// temporary second name, which *retired is set to; the caller removes it
// while the new version is being written.
bool linkBackup(const QString &target, const QString &backup, QByteArray *retired)
{
#ifdef Q_OS_UNIX
    const QByteArray to = QFile::encodeName(backup);
    const QByteArray temporary = linkAside(QFile::encodeName(target));
    if (temporary.isEmpty())
        return false;
    *retired = linkAside(to);
    const bool renamed = std::rename(temporary.constData(), to.constData()) == 0;
    // rename() does nothing when the backup already is this file (a save
    // that failed after linking): the temporary name stays.
    ::unlink(temporary.constData());
    return renamed;
#else
    Q_UNUSED(target);
    Q_UNUSED(backup);
    Q_UNUSED(retired);
    return false;
#endif
}

// Removes a file on a thread of its own, and waits for it when it goes.
class BackgroundRemoval
{
public:
    explicit BackgroundRemoval(QByteArray file)
    {
#ifdef Q_OS_UNIX
        if (!file.isEmpty())
            m_thread = std::thread([file = std::move(file)] { ::unlink(file.constData()); });
#else
        Q_UNUSED(file);
#endif
    }
    ~BackgroundRemoval()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    BackgroundRemoval(const BackgroundRemoval &) = delete;
    BackgroundRemoval &operator=(const BackgroundRemoval &) = delete;

private:
    std::thread m_thread;
};

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

    const bool keep = backup == Backup::Keep && QFileInfo::exists(target);
    const QString kept = keep ? backupPath(path) : QString();
    QByteArray retired;
    const bool linked = keep && linkBackup(target, kept, &retired);
    const BackgroundRemoval oldBackup(std::move(retired));
    if (keep && !linked) {
        QFile previous(target);
        QSaveFile copy(kept);
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
            return Diagnostic::error(shown, 0, 0,
                                     tr("could not keep the previous version as %1: %2. Nothing "
                                        "was saved; the file is unchanged.")
                                         .arg(QDir::toNativeSeparators(kept), reason));
        }
    }

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        return Diagnostic::error(
            shown, 0, 0, tr("could not save: %1. The file is unchanged.").arg(file.errorString()));
    }
    if (!content(file) || !file.flush()) {
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
