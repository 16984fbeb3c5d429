// Starting, opening, saving and recovering sessions: the questions the
// session lifecycle returns, asked and answered.
#include "sessionflow.h"

#include "appsettings.h"
#include "briefeditordialog.h"
#include "carddeck.h"
#include "dialogs.h"
#include "guilogging.h"
#include "importbriefdialog.h"
#include "librarydialog.h"
#include "map/maploader.h"
#include "models/librarymodel.h"
#include "newsessiondialog.h"
#include "recoverydialog.h"
#include "session/sessionautosaver.h"
#include "session/sessiondocument.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QWidget>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

SessionFlow::SessionFlow(const Parts &parts, QWidget *window)
    : QObject(window)
    , m_lifecycle(parts.lifecycle)
    , m_document(parts.document)
    , m_autosaver(parts.autosaver)
    , m_deck(parts.deck)
    , m_dialogs(parts.dialogs)
    , m_clipboard(parts.clipboard)
    , m_settings(parts.settings)
    , m_window(window)
{
    connect(m_lifecycle, &SessionLifecycle::adopted, this, &SessionFlow::onAdopted);
    connect(m_autosaver, &SessionAutosaver::saved, this, [this](const QString &path) {
        Q_EMIT saveProblemCleared();
        if (m_document->filePath().isEmpty())
            m_settings->setLastSession(path);
    });
    connect(
        m_autosaver, &SessionAutosaver::externalChangeFound, this,
        [this] { resolveExternalChange(); }, Qt::QueuedConnection);
}

QString SessionFlow::sessionFilter()
{
    return tr("PromptDeck sessions (*.promptdeck)");
}

QString SessionFlow::sessionDisplayName() const
{
    return m_document->filePath().isEmpty() ? tr("Untitled")
                                            : QFileInfo(m_document->filePath()).fileName();
}

void SessionFlow::showMessage(const QString &text, int timeout)
{
    Q_EMIT message(text, timeout);
}

void SessionFlow::commitDeck()
{
    m_deck->commitPendingEdits();
    m_document->setView(m_deck->viewState());
}

void SessionFlow::startup(const QString &file)
{
    SessionLifecycle::sweepStaleTemporaries();
    // Work a crash left behind comes first, newest first.
    for (const SessionRecovery::Entry &entry : SessionLifecycle::orphans()) {
        if (offerRecovery(entry))
            return;
    }
    if (!file.isEmpty() && openFile(file))
        return;
    const SessionLifecycle::Reopen reopen =
        SessionLifecycle::reopenAtStartup(m_settings->lastSession());
    if (reopen.kind == SessionLifecycle::Reopen::Kind::OpenElsewhere) {
        // Another PromptDeck has it open: this window starts a new session.
        showMessage(tr("%1 is open in another PromptDeck window; this one starts a new session.")
                        .arg(QDir::toNativeSeparators(reopen.path)),
                    15000);
    } else if (reopen.kind == SessionLifecycle::Reopen::Kind::Load) {
        Diagnostics warnings;
        Result<Session> loaded = SessionLifecycle::load(reopen.path, &warnings);
        Status adopted = loaded ? m_lifecycle->adopt(std::move(loaded).value(), reopen.path,
                                                     SessionAutosaver::isUntitledPath(reopen.path))
                                : Status(loaded.errors());
        if (adopted) {
            // What the file said on the way in (an older format converted)
            // is shown on reopening as on opening.
            if (!warnings.isEmpty())
                showMessage(formatDiagnostics(warnings), 15000);
            return;
        }
        qCWarning(lcGui) << "last session did not reopen:" << adopted.errorText();
        m_dialogs->warn(m_window, tr("Could Not Reopen the Last Session"),
                        tr("%1\n\nA new session was started instead; the file was not changed.")
                            .arg(adopted.errorText()));
    }
    const PreparedStart prepared = m_lifecycle->bundled();
    if (!checkPrepared(prepared, tr("Could Not Load the Kit"), tr("Could Not Load the Brief")))
        return;
    if (const Status started = m_lifecycle->start(prepared.start); !started)
        m_dialogs->warn(m_window, tr("Could Not Start the Session"), started.errorText());
}

void SessionFlow::onAdopted(const QString &path, bool untitled)
{
    if (!path.isEmpty())
        m_settings->setLastSession(path);
    if (!untitled && !path.isEmpty())
        m_settings->addRecentFile(path);
    Q_EMIT saveProblemCleared();
}

bool SessionFlow::checkPrepared(const PreparedStart &prepared, const QString &kitTitle,
                                const QString &briefTitle)
{
    if (prepared)
        return true;
    m_dialogs->warn(m_window,
                    prepared.failure == PreparedStart::Failure::Kit ? kitTitle : briefTitle,
                    prepared.errorText());
    return false;
}

bool SessionFlow::offerRecovery(const SessionRecovery::Entry &entry)
{
    SessionLifecycle::RecoveryOffer offer = m_lifecycle->examineRecovery(entry);
    if (offer.kind == SessionLifecycle::RecoveryOffer::Kind::AlreadySaved)
        return false;
    if (offer.kind == SessionLifecycle::RecoveryOffer::Kind::Unreadable) {
        const auto choice = ask<UnreadableRecoveryChoice>(
            m_dialogs, m_window, tr("Recovery File Unreadable"),
            tr("PromptDeck found a recovery file it cannot read:\n%1\n\nKeep it (it stays "
               "where it is) or remove it?")
                .arg(offer.errorText),
            {{UnreadableRecoveryChoice::Keep, tr("Keep It")},
             {UnreadableRecoveryChoice::Remove, tr("Remove It")}});
        if (choice == UnreadableRecoveryChoice::Remove)
            SessionLifecycle::discardRecovery(entry);
        else
            m_lifecycle->deferRecovery(entry);
        return false;
    }
    const QString name = offer.header.untitled ? tr("an untitled session")
                                               : QDir::toNativeSeparators(offer.header.sessionPath);
    if (!askToRecover(offer, name))
        return false;
    if (!settleCurrentSession(false))
        return false;
    if (const Status recovered = m_lifecycle->recover(std::move(offer)); !recovered) {
        m_lifecycle->deferRecovery(entry);
        m_dialogs->warn(m_window, tr("Could Not Recover the Work"),
                        tr("%1\n\nThe recovered work is kept and offered again next time.")
                            .arg(recovered.errorText()));
        return false;
    }
    showMessage(tr("Recovered the unsaved work of %1.").arg(name), 15000);
    return true;
}

bool SessionFlow::askToRecover(const SessionLifecycle::RecoveryOffer &offer, const QString &name)
{
    QStringList summary;
    for (const SessionRecovery::Difference &difference : offer.differences)
        summary.append(QStringLiteral("• ") + difference.text);
    const Session *onDisk = offer.onDisk ? &*offer.onDisk : nullptr;
    for (;;) {
        const auto choice = ask<RecoveryChoice>(
            m_dialogs, m_window, tr("Recover Unsaved Work?"),
            tr("PromptDeck closed unexpectedly while %1 had work that is not in its file "
               "(last kept %2).\n\n%3\n\nRecover it, look at the differences first, or "
               "discard it? If you close this question, it is kept and offered again next time.")
                .arg(name,
                     QLocale().toString(offer.header.time.toLocalTime(), QLocale::ShortFormat),
                     summary.mid(0, 8).join(QLatin1Char('\n'))),
            {{RecoveryChoice::Recover, tr("Recover")},
             {RecoveryChoice::ShowDifferences, tr("Show Differences…")},
             {RecoveryChoice::Discard, tr("Discard")}});
        if (choice == RecoveryChoice::ShowDifferences) {
            RecoveryDialog dialog(offer.recovered, onDisk, offer.differences, m_window);
            m_dialogs->exec(&dialog);
            continue;
        }
        if (choice == RecoveryChoice::Discard) {
            SessionLifecycle::discardRecovery(offer.entry);
            showMessage(tr("Discarded the recovered work of %1.").arg(name));
            return false;
        }
        if (!choice) {
            m_lifecycle->deferRecovery(offer.entry);
            return false;
        }
        return true;
    }
}

bool SessionFlow::resolveExternalChange()
{
    if (!m_lifecycle->hasExternalChange())
        return true;
    const QString shown = QDir::toNativeSeparators(m_document->filePath());
    const auto choice = ask<ExternalChangeChoice>(
        m_dialogs, m_window, tr("File Changed on Disk"),
        tr("%1 was changed or removed by another program since PromptDeck opened or saved it. "
           "PromptDeck has not written over it; your work is kept in a recovery file "
           "meanwhile.\n\nSave this session under another name, overwrite the file with it, "
           "or reload the file (losing the changes made here since)?")
            .arg(shown),
        {{ExternalChangeChoice::SaveAs, tr("Save As…")},
         {ExternalChangeChoice::Overwrite, tr("Overwrite")},
         {ExternalChangeChoice::Reload, tr("Reload from Disk")}});
    if (choice == ExternalChangeChoice::SaveAs)
        return saveAs();
    if (choice == ExternalChangeChoice::Overwrite) {
        const Status saved = m_lifecycle->overwriteExternalChange();
        if (!saved) {
            Q_EMIT saveProblem(saved.errorText());
            m_dialogs->warn(m_window, tr("Could Not Save"), saved.errorText());
            return false;
        }
        Q_EMIT saveProblemCleared();
        showMessage(tr("Saved %1.").arg(shown));
        return true;
    }
    if (choice == ExternalChangeChoice::Reload) {
        const Status reloaded = m_lifecycle->reload();
        if (!reloaded) {
            m_dialogs->warn(m_window, tr("Could Not Reload the Session"),
                            tr("%1\n\nYour work here is unchanged.").arg(reloaded.errorText()));
            return false;
        }
        showMessage(tr("Reloaded %1 from disk.").arg(shown));
        return true;
    }
    Q_EMIT saveProblem(tr("%1 was changed by another program. PromptDeck does not save to it until "
                          "you choose: File > Save asks again.")
                           .arg(shown));
    return false;
}

bool SessionFlow::settleCurrentSession(bool closing)
{
    if (!m_document->hasSession())
        return true;
    commitDeck();
    const SessionLifecycle::Settling settling = m_lifecycle->settle();
    switch (settling.unsaved) {
    case SessionLifecycle::Unsaved::Nothing:
        return true;
    case SessionLifecycle::Unsaved::ExternalChange:
        return resolveExternalChange();
    case SessionLifecycle::Unsaved::NamedFile:
        return settleNamedSession();
    case SessionLifecycle::Unsaved::Untitled:
        return settleUntitledSession(settling, closing);
    }
    return false;
}

bool SessionFlow::settleNamedSession()
{
    const auto choice =
        ask<UnsavedFileChoice>(m_dialogs, m_window, tr("Unsaved Changes"),
                               tr("The changes to %1 could not be saved. Save them somewhere else?")
                                   .arg(sessionDisplayName()),
                               {{UnsavedFileChoice::SaveAs, tr("Save As…")},
                                {UnsavedFileChoice::Discard, tr("Discard Changes")}});
    if (choice == UnsavedFileChoice::SaveAs)
        return saveAs();
    if (choice == UnsavedFileChoice::Discard)
        m_lifecycle->discardUnsaved();
    return choice == UnsavedFileChoice::Discard;
}

bool SessionFlow::settleUntitledSession(const SessionLifecycle::Settling &settling, bool closing)
{
    const auto choice = ask<UntitledChoice>(
        m_dialogs, m_window, tr("Save This Session?"),
        closing ? tr("This session has no file yet. Save it as a file, or "
                     "keep it here and reopen it next time?")
                : tr("This session has no file yet. Save it as a file "
                     "before starting another?"),
        {{UntitledChoice::SaveAs, tr("Save As…")},
         closing ? std::pair{UntitledChoice::KeepForNextTime, tr("Keep for Next Time")}
                 : std::pair{UntitledChoice::Discard, tr("Discard")}});
    if (choice == UntitledChoice::SaveAs)
        return saveAs();
    if (choice == UntitledChoice::Discard) {
        // The user chose to discard the untitled session: its autosave goes.
        m_lifecycle->discardUnsaved();
        return true;
    }
    return choice == UntitledChoice::KeepForNextTime && settling.saved;
}

void SessionFlow::open()
{
    const QString path =
        m_dialogs->openFileName(m_window, tr("Open Session"), QDir::homePath(), sessionFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool SessionFlow::openFile(const QString &path)
{
    const SessionLifecycle::OpenPlan plan = m_lifecycle->planOpen(path);
    if (plan.isCurrent)
        return true;
    if (plan.lockedBy) {
        // One writer at a time: the session is not opened a second time.
        m_dialogs->warn(
            m_window, tr("Session Open Elsewhere"),
            tr("%1 is locked for editing by another PromptDeck (%2).\n\nOnly one PromptDeck "
               "writes a session at a time: work on it in that window, or close it there and "
               "open it here again.")
                .arg(QDir::toNativeSeparators(plan.path), plan.lockedBy->describe()));
        return false;
    }
    if (plan.recovery && offerRecovery(*plan.recovery))
        return true;
    Diagnostics warnings;
    Result<Session> loaded = SessionLifecycle::load(path, &warnings);
    if (!loaded) {
        m_dialogs->warn(m_window, tr("Could Not Open the Session"), loaded.errorText());
        m_settings->removeRecentFile(path);
        return false;
    }
    if (!settleCurrentSession(false))
        return false;
    if (const Status adopted = m_lifecycle->adopt(std::move(loaded).value(), plan.path, false);
        !adopted) {
        m_dialogs->warn(m_window, tr("Could Not Open the Session"), adopted.errorText());
        return false;
    }
    if (!warnings.isEmpty())
        showMessage(formatDiagnostics(warnings), 15000);
    else
        showMessage(tr("Opened %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void SessionFlow::newBundledSession()
{
    const SessionContent &content = m_lifecycle->content();
    newSession(content.defaultKit, content.defaultBrief);
}

void SessionFlow::newFromFiles()
{
    NewSessionDialog dialog(m_dialogs, m_window);
    if (m_dialogs->exec(&dialog) == QDialog::Accepted)
        newSession(dialog.kit(), dialog.brief());
}

bool SessionFlow::newSession(const QString &kit, const QString &brief)
{
    const PreparedStart prepared = SessionLifecycle::fromFiles(m_lifecycle->content(), kit, brief);
    return checkPrepared(prepared, tr("Could Not Load the Kit"), tr("Could Not Load the Brief")) &&
           startSession(prepared.start);
}

bool SessionFlow::startSession(const SessionStart &start)
{
    if (!settleCurrentSession(false))
        return false;
    if (const Status started = m_lifecycle->start(start); !started) {
        m_dialogs->warn(m_window, tr("Could Not Start the Session"), started.errorText());
        return false;
    }
    showMessage(tr("New session: %1").arg(start.brief.displayTitle(start.kit->fieldKeys())));
    return true;
}

void SessionFlow::newFromPage()
{
    QString kitOrigin;
    const Result<KitPtr> kit = m_lifecycle->kitForNewBrief(&kitOrigin);
    if (!kit) {
        m_dialogs->warn(m_window, tr("Could Not Load the Kit"), kit.errorText());
        return;
    }
    ImportBriefDialog dialog(kit.value(), m_clipboard, m_dialogs, m_window);
    if (m_dialogs->exec(&dialog) != QDialog::Accepted)
        return;
    startSession(SessionLifecycle::fromBrief(kit.value(), kitOrigin, dialog.brief(),
                                             SessionLifecycle::BriefSource::PageText));
}

void SessionFlow::newFromBlankBrief()
{
    QString kitOrigin;
    const Result<KitPtr> kit = m_lifecycle->kitForNewBrief(&kitOrigin);
    if (!kit) {
        m_dialogs->warn(m_window, tr("Could Not Load the Kit"), kit.errorText());
        return;
    }
    Brief blank;
    for (const FieldDef &field : kit.value()->fields)
        blank.setValue(field.key, FieldValue::empty(field.type));
    BriefEditorDialog dialog(*kit.value(), blank, m_window);
    dialog.setWindowTitle(tr("New Brief"));
    if (m_dialogs->exec(&dialog) != QDialog::Accepted)
        return;
    startSession(SessionLifecycle::fromBrief(kit.value(), kitOrigin, dialog.brief(),
                                             SessionLifecycle::BriefSource::BlankBrief));
}

void SessionFlow::chooseMap()
{
    const QString path = m_dialogs->openFileName(m_window, tr("Open Topical Map"), QDir::homePath(),
                                                 tr("Topical maps (*.yaml *.yml)"));
    if (!path.isEmpty())
        openLibrary(path);
}

void SessionFlow::openLastLibrary()
{
    if (m_settings->lastMap().isEmpty() || !QFileInfo::exists(m_settings->lastMap()))
        chooseMap();
    else
        openLibrary(m_settings->lastMap());
}

bool SessionFlow::openLibrary(const QString &mapFile)
{
    Diagnostics warnings;
    Result<TopicalMap> map = MapLoader::loadFile(mapFile, &warnings);
    if (!map) {
        m_dialogs->warn(m_window, tr("Could Not Open the Map"), map.errorText());
        return false;
    }
    m_settings->setLastMap(QFileInfo(mapFile).absoluteFilePath());
    if (!warnings.isEmpty())
        showMessage(formatDiagnostics(warnings), 15000);
    m_deck->commitPendingEdits();
    m_autosaver->saveNow(); // so the Library shows this session as it is
    LibraryModel model;
    model.setMap(map.value());
    LibraryDialog dialog(&model, m_window);
    if (m_dialogs->exec(&dialog) != QDialog::Accepted || dialog.chosenArticle() < 0)
        return false;
    const MapArticle &article = map.value().articles.at(dialog.chosenArticle());
    if (QFileInfo::exists(article.sessionFile))
        return openFile(article.sessionFile);
    return startMapArticle(map.value(), dialog.chosenArticle());
}

bool SessionFlow::startMapArticle(const TopicalMap &map, int index)
{
    const MapArticle &article = map.articles.at(index);
    PreparedStart prepared = SessionLifecycle::forMapArticle(m_lifecycle->content(), map, index);
    if (!checkPrepared(prepared, tr("Could Not Load the Map's Kit"),
                       tr("Could Not Read the Article's Brief"))) {
        return false;
    }
    if (!prepared.start.missingRequired().isEmpty()) {
        // The map does not say everything a session needs: ask for the rest.
        BriefEditorDialog dialog(*prepared.start.kit, prepared.start.brief, m_window);
        dialog.setWindowTitle(tr("Brief of “%1”").arg(article.title));
        if (m_dialogs->exec(&dialog) != QDialog::Accepted)
            return false;
        prepared.start.brief = dialog.brief();
    }
    if (!settleCurrentSession(false))
        return false;
    if (const Status started = m_lifecycle->start(prepared.start); !started) {
        m_dialogs->warn(m_window, tr("Could Not Start the Session"), started.errorText());
        return false;
    }
    showMessage(tr("Started “%1”, saved next to the map as %2.")
                    .arg(article.title, QFileInfo(article.sessionFile).fileName()));
    return true;
}

bool SessionFlow::saveBriefAs()
{
    if (!m_document->hasSession())
        return false;
    const QString dir = m_document->filePath().isEmpty()
                            ? QDir::homePath()
                            : QFileInfo(m_document->filePath()).absolutePath();
    const QString chosen = m_dialogs->saveFileName(
        m_window, tr("Save Brief As"), QDir(dir).filePath(tr("brief.yaml")), tr("Briefs (*.yaml)"));
    if (chosen.isEmpty())
        return false;
    const QString path = SessionLifecycle::withSuffix(chosen, QStringLiteral(".yaml"));
    if (!mayWriteTo(m_dialogs, m_window, tr("Could Not Save the Brief"), path,
                    m_document->filePath()))
        return false;
    if (const Status written = m_lifecycle->saveBrief(path); !written) {
        m_dialogs->warn(m_window, tr("Could Not Save the Brief"), written.errorText());
        return false;
    }
    showMessage(tr("Saved the brief as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SessionFlow::save()
{
    commitDeck();
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (m_lifecycle->hasExternalChange())
        return resolveExternalChange();
    if (const Status saved = m_lifecycle->save(); !saved) {
        Q_EMIT saveProblem(saved.errorText());
        m_dialogs->warn(m_window, tr("Could Not Save"), saved.errorText());
        return false;
    }
    Q_EMIT saveProblemCleared();
    showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool SessionFlow::saveAs()
{
    commitDeck();
    const QString suggestion = m_document->filePath().isEmpty()
                                   ? QDir::home().filePath(tr("article.promptdeck"))
                                   : m_document->filePath();
    const QString chosen =
        m_dialogs->saveFileName(m_window, tr("Save Session As"), suggestion, sessionFilter());
    if (chosen.isEmpty())
        return false;
    const QString path = SessionLifecycle::withSuffix(chosen, QStringLiteral(".promptdeck"));
    if (const Status saved = m_lifecycle->saveAs(path); !saved) {
        m_dialogs->warn(m_window, tr("Could Not Save"), saved.errorText());
        return false;
    }
    m_settings->setLastSession(path);
    m_settings->addRecentFile(path);
    Q_EMIT saveProblemCleared();
    showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SessionFlow::close()
{
    if (!settleCurrentSession(true))
        return false;
    m_autosaver->release();
    m_lifecycle->release();
    return true;
}

} // namespace PromptDeck::Gui
