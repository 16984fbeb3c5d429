// The session lifecycle in one place: which session opens at start-up,
// starting a session of every kind (bundled kit and brief, kit and brief
// files, a brief already in hand from page text or the blank-brief editor, a
// topical map's article), opening, adopting, settling the current session
// before it is replaced, saving, crash recovery and a file changed by
// another program. The window and the command line both go through here, so
// every kind of session starts, opens and saves by one rule.
//
// It never asks anything: where the user must decide, a step returns what
// must be asked as a value (an enum, a struct) and a further call takes the
// answer. The questions stay with the window.
//
// The core does not link the bundled content (content/ links the core), so
// the kits and briefs by bundled name come in as a SessionContent: a pair of
// loaders the caller hands over (BundledContent's, see
// content/bundledsessioncontent.h), with the names of the default kit and
// brief. The static steps need no document, so the command line uses them
// for a session it writes straight to a file.
#pragma once

#include "base/result.h"
#include "kit/brief.h"
#include "kit/kit.h"
#include "map/topicalmap.h"
#include "session/session.h"
#include "session/sessionlock.h"
#include "session/sessionrecovery.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace PromptDeck::Core {

class SessionAutosaver;
class SessionDocument;

// Where kits and briefs named by the user come from: a bundled name or a
// path. Each loader sets origin to what the session remembers of the source.
struct SessionContent
{
    std::function<Result<KitPtr>(const QString &nameOrPath, QString *origin, Diagnostics *warnings)>
        loadKit;
    std::function<Result<Brief>(const QString &nameOrPath, const Kit &kit, QString *origin,
                                Diagnostics *warnings)>
        loadBrief;
    QString defaultKit;
    QString defaultBrief;
};

// A session about to start: what it is made of and where it comes from.
struct SessionStart
{
    KitPtr kit;
    Brief brief;
    QString kitOrigin;
    QString briefOrigin;
    // Written there at once (a map article's session, next to the map);
    // empty for an untitled session.
    QString file;

    // The required fields the brief leaves empty.
    QStringList missingRequired() const;
};

// A start being prepared, or the step at which it failed.
struct PreparedStart
{
    enum class Failure
    {
        None,
        Kit,  // the kit (a map's kit, for a map article) did not load
        Brief // the brief (an article's brief) did not load
    };
    SessionStart start;
    Failure failure = Failure::None;
    Diagnostics errors;

    explicit operator bool() const { return failure == Failure::None; }
    QString errorText() const { return formatDiagnostics(errors); }
};

class SessionLifecycle final : public QObject
{
    Q_OBJECT

public:
    SessionLifecycle(SessionContent content, SessionDocument *document, SessionAutosaver *autosaver,
                     QObject *parent = nullptr);

    const SessionContent &content() const { return m_content; }

    // --- Starting a session; the static steps serve the command line too.

    // Where a brief in hand came from, as the session records it.
    enum class BriefSource
    {
        PageText,  // imported from the text of a topical-map page
        BlankBrief // written from nothing in the brief editor
    };
    static PreparedStart fromFiles(const SessionContent &content, const QString &kit,
                                   const QString &brief, Diagnostics *warnings = nullptr);
    static SessionStart fromBrief(KitPtr kit, const QString &kitOrigin, const Brief &brief,
                                  BriefSource source);
    // A map article's session: the map's kit, the article's brief, its file
    // next to the map. The brief may still miss required fields.
    static PreparedStart forMapArticle(const SessionContent &content, const TopicalMap &map,
                                       int article, Diagnostics *warnings = nullptr);
    // The brief origin of a session started from a map.
    static QString mapOrigin(const TopicalMap &map);
    static Session build(const SessionStart &start, const QDateTime &now);
    // Writes a new session's file. A map may keep its sessions in a folder of
    // their own, which a map article's start makes; any other new session
    // goes into a folder that exists, as a save does.
    enum class Folder
    {
        MustExist,
        Make
    };
    static Status create(const Session &session, const QString &file, const QDateTime &now,
                         Folder folder = Folder::MustExist);
    static Result<Session> load(const QString &path, Diagnostics *warnings = nullptr);
    // Writes a session loaded from path back to it (the command line's
    // answer): the file is known, its format is not checked again.
    static Status saveLoaded(const Session &session, const QString &path, const QDateTime &now);

    // How a waiting card is told about: in whole sentences (the window asks
    // before it copies such a prompt) or in a note beside the printed prompt.
    enum class WaitingStyle
    {
        Sentences,
        Note
    };
    // Which card waits for the answers of which cards, by their labels;
    // empty when card does not wait.
    static QString waitingText(const Session &session, int card, WaitingStyle style);

    PreparedStart bundled() const;
    // The kit a session from page text or a blank brief uses: the current
    // session's, so a writer keeps working with the kit they chose, else the
    // default one.
    Result<KitPtr> kitForNewBrief(QString *origin) const;
    // Makes the session the document's: written to its file first when it
    // has one, untitled otherwise. Settle the current session before.
    Status start(const SessionStart &start);

    // --- Start-up and opening.

    // Removes the temporary files of saves that were killed: in the data
    // folders (recovery, untitled), or in one session's folder.
    static void sweepStaleTemporaries(const QString &sessionFolder = QString());
    struct Reopen
    {
        enum class Kind
        {
            Nothing,       // start a new session
            OpenElsewhere, // path is open in another PromptDeck: start a new one
            Load           // reopen path
        };
        Kind kind = Kind::Nothing;
        QString path;
    };
    // What start-up reopens after the crash's recovery files: the last
    // session, else the newest untitled session no other PromptDeck holds.
    static Reopen reopenAtStartup(const QString &lastSession);

    struct OpenPlan
    {
        QString path;           // absolute
        bool isCurrent = false; // the document's own file: nothing to do
        // Another PromptDeck (a window, a command) holds the file's lock: it
        // does not open here.
        std::optional<SessionLock::Holder> lockedBy;
        // Work a crash left for this file, not deferred in this run: offer it.
        std::optional<SessionRecovery::Entry> recovery;
    };
    OpenPlan planOpen(const QString &path);

    // Makes a loaded session the document's and holds its file's lock;
    // emits adopted(). Refused, with the holder named, when another
    // PromptDeck holds that lock.
    Status adopt(Session session, const QString &path, bool untitled,
                 const DiskState *recoveredBasedOn = nullptr);

    // --- Settling the current session before it is replaced or closed.

    enum class Unsaved
    {
        Nothing,        // all of it is in its file (or there is nothing to keep)
        ExternalChange, // its file was changed by another program: resolve that
        NamedFile,      // its file could not be written
        Untitled        // it has no file yet and holds work
    };
    struct Settling
    {
        Unsaved unsaved = Unsaved::Nothing;
        bool saved = false; // the latest work is in its file or its autosave
    };
    // Saves what can be saved now and says what is left to decide.
    Settling settle();
    // The user gave the unsaved work up: an untitled autosave and the
    // recovery file go.
    void discardUnsaved();

    // --- Saving.

    static QString withSuffix(const QString &path, const QString &suffix);
    // Saves to the document's file (it has one, unchanged on disk).
    Status save();
    // Saves under path, which becomes the document's file (and its lock the
    // one held); an untitled session's autosave goes. Refused when another
    // PromptDeck holds path's lock.
    Status saveAs(const QString &path);
    Status saveBrief(const QString &path) const;

    // --- Crash recovery.

    struct RecoveryOffer
    {
        enum class Kind
        {
            Unreadable,   // ask: keep it, or remove it
            AlreadySaved, // the file holds all of it; the recovery file is gone
            Offer         // ask: recover, show the differences, discard, later
        };
        Kind kind = Kind::Unreadable;
        SessionRecovery::Entry entry;
        QString errorText;
        SessionRecovery::Header header;
        Session recovered;
        std::optional<Session> onDisk;
        QList<SessionRecovery::Difference> differences;
    };
    static QList<SessionRecovery::Entry> orphans();
    RecoveryOffer examineRecovery(const SessionRecovery::Entry &entry) const;
    // Decide later: not offered again in this run (only at the next start).
    void deferRecovery(const SessionRecovery::Entry &entry);
    static void discardRecovery(const SessionRecovery::Entry &entry);
    // Adopts the recovered work and saves it before the old recovery file
    // goes. Settle the current session before. Refused, the recovery file
    // kept, when another PromptDeck holds the session file's lock.
    Status recover(RecoveryOffer offer);

    // --- A file changed by another program.

    bool hasExternalChange() const;
    Status overwriteExternalChange();
    // Replaces the session with its file as it is now.
    Status reload();

    // --- One writer at a time.

    // How long a writer waits for a command that holds a session's lock
    // (it holds it only while it reads and writes the file). A window's is
    // not waited for: it holds it as long as the session is open there.
    static constexpr std::chrono::seconds commandLockWait{5};
    struct LockAttempt
    {
        SessionLock::Outcome outcome = SessionLock::Outcome::Locked;
        bool heldByWindow = false;                 // a PromptDeck window has the session open
        std::optional<SessionLock::Holder> holder; // when busy and readable
    };
    // Takes lock, waiting for a command but not for a window.
    static LockAttempt acquire(SessionLock &lock);
    // Why a busy lock refuses: the file, who holds it, what to do.
    static Diagnostic lockRefusal(const QString &path, const LockAttempt &attempt);
    // Who holds path's lock, when another process keeps it: a window, or a
    // command that does not let go within commandLockWait. Nothing when it
    // is free (or no lock can be made there).
    static std::optional<SessionLock::Holder> lockHolder(const QString &path);
    // The same, but nothing when this window holds it.
    std::optional<SessionLock::Holder> lockedElsewhere(const QString &path) const;
    // The lock this window holds: its session file's; null for an untitled
    // session.
    const SessionLock *lock() const { return m_lock.get(); }
    // The window closes: the session file's lock goes.
    void release() { m_lock.reset(); }

Q_SIGNALS:
    // A session became the document's (new, opened, recovered, reloaded).
    void adopted(const QString &path, bool untitled);

private:
    // A new lock on path for this window, null when the one it holds guards
    // path already; refused while another PromptDeck holds it.
    Result<std::unique_ptr<SessionLock>> lockFor(const QString &path);

    SessionContent m_content;
    SessionDocument *m_document;
    SessionAutosaver *m_autosaver;
    // Recovery files the user chose to decide on later, in this run.
    QStringList m_deferredRecoveries;
    std::unique_ptr<SessionLock> m_lock;
};

} // namespace PromptDeck::Core
