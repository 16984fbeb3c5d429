// One writer at a time on a session file. The lock is a hidden file beside
// the session (".NAME.lock" next to the file a symlink resolves to, so that
// every name of one file meets the same lock), taken with QLockFile: it
// records the holder's process id, host and program, and a lock whose
// process is gone (a crash, a kill) is taken over. The window holds it for
// as long as a session file is open; a command holds it from before it
// reads the session until it has written it, so no two writers ever work
// from the same reading.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QLockFile;

namespace PromptDeck::Core {

class SessionLock final
{
    Q_DECLARE_TR_FUNCTIONS(SessionLock)

public:
    // Who holds a lock, as its file says.
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString program;
        QDateTime since; // UTC: when the lock was taken

        // "process 1234 (promptdeck) on HOST since 10:04", for a sentence.
        QString describe() const;
    };

    explicit SessionLock(const QString &sessionPath);
    ~SessionLock();
    SessionLock(const SessionLock &) = delete;
    SessionLock &operator=(const SessionLock &) = delete;

    // The lock file of the session in sessionPath.
    static QString lockPathFor(const QString &sessionPath);

    enum class Outcome
    {
        Locked,    // held by this object from now on
        Busy,      // another live process holds it
        Unlockable // no lock file can be made there (no folder, no permission)
    };
    // Takes the lock, trying again for up to wait while another process
    // holds it; a lock whose holder is gone is taken over at once.
    Outcome lock(std::chrono::milliseconds wait = std::chrono::milliseconds(0));
    void unlock();
    bool isLocked() const;

    QString sessionPath() const { return m_sessionPath; }
    QString lockPath() const { return m_lockPath; }
    // Whether other names the same file (and so the same lock).
    bool guards(const QString &other) const { return lockPathFor(other) == m_lockPath; }

    // Who holds the lock now, when its file can be read. It only reads the
    // file: looking never gets in the way of another writer.
    std::optional<Holder> holder() const;

private:
    QString m_sessionPath;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace PromptDeck::Core
