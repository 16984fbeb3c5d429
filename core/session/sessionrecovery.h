// Crash recovery. While a session is open, each autosave first writes the
// session to a recovery file in the app's data folder and removes it again
// once the session's own file holds the same content, so a recovery file
// that is left behind holds work its session file lacks: after a crash, or
// while the file cannot be written (a full disk, a file changed by another
// program). A lock beside each recovery file (QLockFile, which knows a dead
// process's lock from a live one's) is held by the instance that has the
// session open: a recovery file whose lock is free was left by a crash, one
// whose lock is held belongs to another running PromptDeck and is left alone.
#pragma once

#include "base/result.h"
#include "io/diskstate.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>
#include <memory>

class QLockFile;

namespace PromptDeck::Core {

class SessionRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(SessionRecovery)

public:
    static constexpr int formatVersion = 1;

    // What a recovery file says about itself, in its first line.
    struct Header
    {
        int formatVersion = 0;
        QString sessionPath; // the session's file, or an untitled session's autosave
        bool untitled = false;
        QDateTime time;    // when it was written, UTC
        DiskState basedOn; // the session file as the writer last read or wrote it
    };
    struct Entry
    {
        QString recoveryFile;
        Header header;
    };

    SessionRecovery();
    ~SessionRecovery();
    SessionRecovery(const SessionRecovery &) = delete;
    SessionRecovery &operator=(const SessionRecovery &) = delete;

    static QString folder();

    // Takes the recovery slot of a session (its file, or an untitled
    // session's autosave path) and holds its lock until detach(). When
    // another running instance has the session open, or a crash left a
    // recovery file for it that the user has not decided on yet, a slot of
    // its own is taken instead: nothing here ever overwrites another
    // instance's or a crash's recovery data.
    void attach(const QString &sessionPath);
    // Releases the lock; the recovery file, if any, stays.
    void detach();
    bool isAttached() const { return bool(m_lock); }
    QString sessionPath() const { return m_sessionPath; }
    QString recoveryFile() const { return m_recoveryFile; }
    bool hasRecoveryFile() const;

    Status write(const Session &session, bool untitled, const DiskState &basedOn,
                 const QDateTime &now);
    // The session's file holds everything (or the user decided): the
    // recovery file goes.
    void discard();

    // Whether another running PromptDeck has this session open.
    static bool isOpenElsewhere(const QString &sessionPath);
    // Recovery files no running instance holds, newest first.
    static QList<Entry> orphans();
    // The orphan for one session, if a crash left one.
    static std::optional<Entry> orphanFor(const QString &sessionPath);
    static Result<Session> load(const QString &recoveryFile, Header *header = nullptr);
    static void remove(const QString &recoveryFile);

    // What differs between a recovered session and the session in its file
    // (onDisk null: there is no readable file), one sentence per difference
    // with the card it concerns (-1: the brief or the whole session); empty
    // when they hold the same work.
    struct Difference
    {
        int card = -1;
        QString text;
    };
    static QList<Difference> differences(const Session &recovered, const Session *onDisk);

    // Removes temporary files PromptDeck's own saves left behind when the
    // process died mid-save (QSaveFile's "NAME.XXXXXX" beside a target whose
    // name ends in one of suffixes), when older than minimumAge, in folder.
    // Nobody else's files are touched. Returns how many were removed.
    static int sweepStaleTemporaries(const QString &folder, const QStringList &suffixes,
                                     std::chrono::seconds minimumAge);

private:
    static QString slotBase(const QString &sessionPath);
    static std::optional<Header> readHeader(const QString &recoveryFile);

    std::unique_ptr<QLockFile> m_lock;
    QString m_sessionPath;
    QString m_recoveryFile;
};

} // namespace PromptDeck::Core
