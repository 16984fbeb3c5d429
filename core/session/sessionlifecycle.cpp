#include "session/sessionlifecycle.h"

#include "io/safefilewriter.h"
#include "kit/briefloader.h"
#include "kit/briefwriter.h"
#include "session/sessionautosaver.h"
#include "session/sessiondocument.h"
#include "session/sessionfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <chrono>

namespace PromptDeck::Core {

namespace {
const QString sessionSuffix = QStringLiteral(".promptdeck");
} // namespace

QStringList SessionStart::missingRequired() const
{
    return BriefLoader::missingRequired(brief, *kit);
}

SessionLifecycle::SessionLifecycle(SessionContent content, SessionDocument *document,
                                   SessionAutosaver *autosaver, QObject *parent)
    : QObject(parent)
    , m_content(std::move(content))
    , m_document(document)
    , m_autosaver(autosaver)
{}

PreparedStart SessionLifecycle::fromFiles(const SessionContent &content, const QString &kit,
                                          const QString &brief, Diagnostics *warnings)
{
    PreparedStart prepared;
    Result<KitPtr> loadedKit = content.loadKit(kit, &prepared.start.kitOrigin, warnings);
    if (!loadedKit) {
        prepared.failure = PreparedStart::Failure::Kit;
        prepared.errors = loadedKit.errors();
        return prepared;
    }
    prepared.start.kit = loadedKit.value();
    Result<Brief> loadedBrief =
        content.loadBrief(brief, *prepared.start.kit, &prepared.start.briefOrigin, warnings);
    if (!loadedBrief) {
        prepared.failure = PreparedStart::Failure::Brief;
        prepared.errors = loadedBrief.errors();
        return prepared;
    }
    prepared.start.brief = loadedBrief.value();
    return prepared;
}

SessionStart SessionLifecycle::fromBrief(KitPtr kit, const QString &kitOrigin, const Brief &brief,
                                         BriefSource source)
{
    SessionStart start;
    start.kit = std::move(kit);
    start.brief = brief;
    start.kitOrigin = kitOrigin;
    start.briefOrigin = source == BriefSource::PageText ? tr("imported from page text")
                                                        : tr("written in PromptDeck");
    return start;
}

PreparedStart SessionLifecycle::forMapArticle(const SessionContent &content, const TopicalMap &map,
                                              int article, Diagnostics *warnings)
{
    PreparedStart prepared;
    Result<KitPtr> kit = content.loadKit(map.kit, &prepared.start.kitOrigin, warnings);
    if (!kit) {
        prepared.failure = PreparedStart::Failure::Kit;
        prepared.errors = kit.errors();
        return prepared;
    }
    prepared.start.kit = kit.value();
    Result<Brief> brief = map.briefFor(article, *prepared.start.kit, warnings);
    if (!brief) {
        prepared.failure = PreparedStart::Failure::Brief;
        prepared.errors = brief.errors();
        return prepared;
    }
    prepared.start.brief = brief.value();
    prepared.start.briefOrigin = mapOrigin(map);
    prepared.start.file = map.articles.at(article).sessionFile;
    return prepared;
}

QString SessionLifecycle::mapOrigin(const TopicalMap &map)
{
    return tr("map %1").arg(map.file);
}

Session SessionLifecycle::build(const SessionStart &start, const QDateTime &now)
{
    Session session(start.kit, start.brief, now);
    session.kitOrigin = start.kitOrigin;
    session.briefOrigin = start.briefOrigin;
    return session;
}

Status SessionLifecycle::create(const Session &session, const QString &file, const QDateTime &now,
                                Folder folder)
{
    if (folder == Folder::Make)
        QDir().mkpath(QFileInfo(file).absolutePath());
    return SessionFile::save(session, file, now);
}

Result<Session> SessionLifecycle::load(const QString &path, Diagnostics *warnings)
{
    return SessionFile::load(path, warnings);
}

Status SessionLifecycle::saveLoaded(const Session &session, const QString &path,
                                    const QDateTime &now)
{
    return SessionFile::save(session, path, now, SessionFile::Overwrite::Trusted);
}

QString SessionLifecycle::waitingText(const Session &session, int card, WaitingStyle style)
{
    const CardStatus status = session.status(card);
    if (status.state != CardState::Waiting)
        return {};
    QStringList missing;
    for (const QString &id : status.missing)
        missing.append(session.kit().cardLabel(session.kit().cardIndex(id)));
    if (style == WaitingStyle::Note) {
        return tr("note: card %1 is waiting for the answer to %2; the prompt marks where it goes.")
            .arg(card + 1)
            .arg(missing.join(QStringLiteral("; ")));
    }
    return tr("Card %1 is waiting for the answer to %2. Its prompt has a marker where that answer "
              "goes.")
        .arg(card + 1)
        .arg(missing.join(tr(" and ")));
}

PreparedStart SessionLifecycle::bundled() const
{
    return fromFiles(m_content, m_content.defaultKit, m_content.defaultBrief);
}

Result<KitPtr> SessionLifecycle::kitForNewBrief(QString *origin) const
{
    if (m_document->hasSession()) {
        *origin = m_document->session().kitOrigin;
        return m_document->session().kitPtr();
    }
    return m_content.loadKit(m_content.defaultKit, origin, nullptr);
}

Status SessionLifecycle::start(const SessionStart &start)
{
    Session session = build(start, m_document->now());
    if (start.file.isEmpty())
        return adopt(std::move(session), QString(), true);
    // Only a map article's start names a file: next to the map, in a folder
    // the map may not have made yet. Its lock is taken before it is written.
    QDir().mkpath(QFileInfo(start.file).absolutePath());
    Result<std::unique_ptr<SessionLock>> lock = lockFor(start.file);
    if (!lock)
        return lock.errors();
    if (Status created = create(session, start.file, m_document->now(), Folder::Make); !created)
        return created;
    if (lock.value())
        m_lock = std::move(lock).value();
    return adopt(std::move(session), start.file, false);
}

void SessionLifecycle::sweepStaleTemporaries(const QString &sessionFolder)
{
    // A save that was killed leaves QSaveFile's temporary file behind; one
    // older than any save could take is ours and of no use.
    constexpr std::chrono::minutes age(10);
    const QStringList sessionSuffixes{sessionSuffix, sessionSuffix + SafeFileWriter::backupSuffix};
    if (sessionFolder.isEmpty()) {
        SessionRecovery::sweepStaleTemporaries(SessionRecovery::folder(),
                                               {QStringLiteral(".recovery")}, age);
        SessionRecovery::sweepStaleTemporaries(SessionAutosaver::untitledFolder(), sessionSuffixes,
                                               age);
    } else {
        SessionRecovery::sweepStaleTemporaries(sessionFolder, sessionSuffixes, age);
    }
}

SessionLifecycle::Reopen SessionLifecycle::reopenAtStartup(const QString &lastSession)
{
    QString last = lastSession;
    if (last.isEmpty() || !QFileInfo::exists(last)) {
        // An untitled session kept in the data folder is work the user has
        // not given up: the newest one reopens.
        last.clear();
        const QFileInfoList untitled =
            QDir(SessionAutosaver::untitledFolder())
                .entryInfoList({QLatin1Char('*') + sessionSuffix}, QDir::Files, QDir::Time);
        for (const QFileInfo &info : untitled) {
            if (!SessionRecovery::isOpenElsewhere(info.absoluteFilePath())) {
                last = info.absoluteFilePath();
                break;
            }
        }
    }
    if (last.isEmpty() || !QFileInfo::exists(last))
        return Reopen{};
    if (SessionRecovery::isOpenElsewhere(last) ||
        (!SessionAutosaver::isUntitledPath(last) && lockHolder(last)))
        return {Reopen::Kind::OpenElsewhere, last};
    return {Reopen::Kind::Load, last};
}

SessionLifecycle::OpenPlan SessionLifecycle::planOpen(const QString &path)
{
    OpenPlan plan;
    plan.path = QFileInfo(path).absoluteFilePath();
    if (plan.path == m_document->filePath() && m_document->hasSession()) {
        plan.isCurrent = true;
        return plan;
    }
    sweepStaleTemporaries(QFileInfo(plan.path).absolutePath());
    plan.lockedBy = lockedElsewhere(plan.path);
    if (auto orphan = SessionRecovery::orphanFor(plan.path);
        orphan && !m_deferredRecoveries.contains(orphan->recoveryFile)) {
        plan.recovery = std::move(orphan);
    }
    return plan;
}

Status SessionLifecycle::adopt(Session session, const QString &path, bool untitled,
                               const DiskState *recoveredBasedOn)
{
    if (untitled || path.isEmpty()) {
        m_lock.reset(); // an untitled session has no file to guard
    } else {
        Result<std::unique_ptr<SessionLock>> lock = lockFor(path);
        if (!lock)
            return lock.errors();
        if (lock.value())
            m_lock = std::move(lock).value();
    }
    m_autosaver->setUntitledPath(untitled ? path : QString());
    if (recoveredBasedOn)
        m_document->resetRecovered(std::move(session), untitled ? QString() : path,
                                   *recoveredBasedOn);
    else
        m_document->reset(std::move(session), untitled ? QString() : path);
    Q_EMIT adopted(path, untitled);
    return success();
}

SessionLifecycle::Settling SessionLifecycle::settle()
{
    Settling settling;
    if (!m_document->hasSession())
        return settling;
    settling.saved = m_autosaver->saveNow();
    if (!m_document->filePath().isEmpty()) {
        if (!settling.saved)
            settling.unsaved = m_autosaver->isBlockedByExternalChange() ? Unsaved::ExternalChange
                                                                        : Unsaved::NamedFile;
        return settling;
    }
    const Session &session = m_document->session();
    bool hasAnswers = false;
    for (int i = 0; i < m_document->cardCount() && !hasAnswers; ++i)
        hasAnswers = !session.record(i).history.isEmpty() || session.hasAnswer(i);
    if (hasAnswers || m_document->isModified())
        settling.unsaved = Unsaved::Untitled;
    return settling;
}

void SessionLifecycle::discardUnsaved()
{
    if (!m_autosaver->untitledPath().isEmpty())
        QFile::remove(m_autosaver->untitledPath());
    m_autosaver->discardRecovery();
}

QString SessionLifecycle::withSuffix(const QString &path, const QString &suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + suffix : path;
}

Status SessionLifecycle::save()
{
    return m_document->saveAs(m_document->filePath());
}

Status SessionLifecycle::saveAs(const QString &path)
{
    const QString untitled =
        m_document->filePath().isEmpty() ? m_autosaver->untitledPath() : QString();
    Result<std::unique_ptr<SessionLock>> lock = lockFor(path);
    if (!lock)
        return lock.errors();
    if (Status saved = m_document->saveAs(path); !saved)
        return saved;
    // The session's file is path now: its lock is the one held.
    if (lock.value())
        m_lock = std::move(lock).value();
    if (!untitled.isEmpty())
        QFile::remove(untitled);
    m_autosaver->setUntitledPath(QString());
    return success();
}

Status SessionLifecycle::saveBrief(const QString &path) const
{
    const Session &session = m_document->session();
    return SafeFileWriter::write(
        path,
        BriefWriter::toYaml(session.brief(), session.kit(),
                            tr("A brief for the PromptDeck kit '%1'.").arg(session.kit().id)));
}

QList<SessionRecovery::Entry> SessionLifecycle::orphans()
{
    return SessionRecovery::orphans();
}

SessionLifecycle::RecoveryOffer
SessionLifecycle::examineRecovery(const SessionRecovery::Entry &entry) const
{
    RecoveryOffer offer;
    offer.entry = entry;
    Result<Session> recovered = SessionRecovery::load(entry.recoveryFile, &offer.header);
    if (!recovered) {
        offer.kind = RecoveryOffer::Kind::Unreadable;
        offer.errorText = recovered.errorText();
        return offer;
    }
    offer.recovered = std::move(recovered).value();
    if (QFileInfo::exists(offer.header.sessionPath)) {
        if (Result<Session> loaded = SessionFile::load(offer.header.sessionPath))
            offer.onDisk = std::move(loaded).value();
    }
    offer.differences =
        SessionRecovery::differences(offer.recovered, offer.onDisk ? &*offer.onDisk : nullptr);
    if (offer.differences.isEmpty()) {
        // The file holds all of it: the crash came after the save.
        SessionRecovery::remove(entry.recoveryFile);
        offer.kind = RecoveryOffer::Kind::AlreadySaved;
        return offer;
    }
    offer.kind = RecoveryOffer::Kind::Offer;
    return offer;
}

void SessionLifecycle::deferRecovery(const SessionRecovery::Entry &entry)
{
    m_deferredRecoveries.append(entry.recoveryFile);
}

void SessionLifecycle::discardRecovery(const SessionRecovery::Entry &entry)
{
    SessionRecovery::remove(entry.recoveryFile);
}

Status SessionLifecycle::recover(RecoveryOffer offer)
{
    const QString recoveryFile = offer.entry.recoveryFile;
    if (Status adopted = adopt(std::move(offer.recovered), offer.header.sessionPath,
                               offer.header.untitled, &offer.header.basedOn);
        !adopted) {
        return adopted;
    }
    // Into the session's file (or, if that cannot be written, into a new
    // recovery file) before the old recovery file goes.
    const bool saved = m_autosaver->saveNow();
    if ((saved || m_autosaver->recovery().hasRecoveryFile()) &&
        m_autosaver->recovery().recoveryFile() != recoveryFile) {
        SessionRecovery::remove(recoveryFile);
    }
    return success();
}

bool SessionLifecycle::hasExternalChange() const
{
    return !m_document->filePath().isEmpty() && m_document->changedOnDisk();
}

Status SessionLifecycle::overwriteExternalChange()
{
    return m_autosaver->overwriteExternalChanges();
}

Status SessionLifecycle::reload()
{
    const QString path = m_document->filePath();
    Diagnostics warnings;
    Result<Session> loaded = SessionFile::load(path, &warnings);
    if (!loaded)
        return loaded.errors();
    return adopt(std::move(loaded).value(), path, false);
}

SessionLifecycle::LockAttempt SessionLifecycle::acquire(SessionLock &lock)
{
    LockAttempt attempt;
    attempt.outcome = lock.lock();
    if (attempt.outcome == SessionLock::Outcome::Busy) {
        attempt.heldByWindow = SessionRecovery::isOpenElsewhere(lock.sessionPath());
        if (!attempt.heldByWindow)
            attempt.outcome = lock.lock(commandLockWait);
    }
    if (attempt.outcome == SessionLock::Outcome::Busy)
        attempt.holder = lock.holder();
    return attempt;
}

Diagnostic SessionLifecycle::lockRefusal(const QString &path, const LockAttempt &attempt)
{
    const QString who = attempt.holder ? attempt.holder->describe() : tr("a process unknown");
    const QString shown = QDir::toNativeSeparators(path);
    if (attempt.heldByWindow) {
        return Diagnostic::error(
            shown, 0, 0,
            tr("the session is open in another PromptDeck window (%1). Only one PromptDeck "
               "writes a session at a time: work on it there, or close it there first.")
                .arg(who));
    }
    return Diagnostic::error(
        shown, 0, 0,
        tr("another PromptDeck is writing the session (%1) and did not finish within %2 "
           "seconds. Try again in a moment; if no PromptDeck runs there any more, delete %3.")
            .arg(who)
            .arg(commandLockWait.count())
            .arg(QDir::toNativeSeparators(SessionLock::lockPathFor(path))));
}

std::optional<SessionLock::Holder> SessionLifecycle::lockedElsewhere(const QString &path) const
{
    if (m_lock && m_lock->guards(path) && m_lock->isLocked())
        return std::nullopt;
    return lockHolder(path);
}

std::optional<SessionLock::Holder> SessionLifecycle::lockHolder(const QString &path)
{
    // Looking means taking it: a command that holds it for a moment is
    // waited for, as a writer waits, not reported as a holder.
    SessionLock probe(path);
    LockAttempt attempt = acquire(probe);
    if (attempt.outcome != SessionLock::Outcome::Busy)
        return std::nullopt; // let go when the probe goes
    // Held, though its file could not be read: still held.
    return attempt.holder ? std::move(attempt.holder) : SessionLock::Holder();
}

Result<std::unique_ptr<SessionLock>> SessionLifecycle::lockFor(const QString &path)
{
    if (m_lock && m_lock->guards(path) && m_lock->isLocked())
        return std::unique_ptr<SessionLock>(); // the one held
    auto lock = std::make_unique<SessionLock>(path);
    const LockAttempt attempt = acquire(*lock);
    if (attempt.outcome == SessionLock::Outcome::Busy)
        return lockRefusal(path, attempt);
    // Unlockable: a folder where no lock file can be made is one where no
    // save can be made either; the session still opens, to be read.
    return lock;
}

} // namespace PromptDeck::Core
