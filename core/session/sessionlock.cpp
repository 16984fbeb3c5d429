#include "session/sessionlock.h"

#include "corelogging.h"
#include "io/safefilewriter.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QThread>

#include <algorithm>

namespace PromptDeck::Core {

namespace {

// How long a waiting writer sleeps between tries: short, since a command
// holds the lock only while it reads and writes one file.
constexpr std::chrono::milliseconds retryInterval(20);

} // namespace

QString SessionLock::Holder::describe() const
{
    const QDateTime local = since.toLocalTime();
    const QLocale locale;
    // The date only when it is not today: a lock from yesterday is news.
    const QString when = local.date() == QDate::currentDate()
                             ? locale.toString(local.time(), QLocale::ShortFormat)
                             : locale.toString(local, QLocale::ShortFormat);
    return tr("process %1 (%2) on %3 since %4")
        .arg(QString::number(pid), program.isEmpty() ? tr("unknown program") : program,
             host.isEmpty() ? tr("an unknown host") : host, when);
}

SessionLock::SessionLock(const QString &sessionPath)
    : m_sessionPath(sessionPath)
    , m_lockPath(lockPathFor(sessionPath))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // Only a dead holder makes a lock stale: the window holds it for hours.
    m_lock->setStaleLockTime(0);
}

SessionLock::~SessionLock() = default;

QString SessionLock::lockPathFor(const QString &sessionPath)
{
    const QFileInfo target(SafeFileWriter::resolveTarget(sessionPath));
    return QDir::cleanPath(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                           QStringLiteral(".lock"));
}

SessionLock::Outcome SessionLock::lock(std::chrono::milliseconds wait)
{
    if (m_lock->isLocked())
        return Outcome::Locked;
    const QDeadlineTimer deadline(wait);
    for (;;) {
        if (m_lock->tryLock(0))
            return Outcome::Locked;
        if (m_lock->error() != QLockFile::LockFailedError) {
            qCDebug(lcCore) << "no lock can be made beside" << m_sessionPath << m_lock->error();
            return Outcome::Unlockable;
        }
        if (deadline.hasExpired())
            return Outcome::Busy;
        QThread::msleep(
            (unsigned long)std::min<qint64>(retryInterval.count(), deadline.remainingTime()));
    }
}

void SessionLock::unlock()
{
    m_lock->unlock();
}

bool SessionLock::isLocked() const
{
    return m_lock->isLocked();
}

std::optional<SessionLock::Holder> SessionLock::holder() const
{
    Holder holder;
    if (!m_lock->getLockInfo(&holder.pid, &holder.host, &holder.program))
        return std::nullopt;
    holder.since = QFileInfo(m_lockPath).lastModified().toUTC();
    return holder;
}

} // namespace PromptDeck::Core
