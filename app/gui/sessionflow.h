// The way a session goes through the window: the start-up choice, the work
// a crash left behind, open, new (bundled, files, page text, blank brief, map
// article), save, settling before a switch, the file changed on disk, and the
// close. What each step does is the core's (SessionLifecycle); the flow asks
// the questions the lifecycle returns through the Dialogs seam, each answered
// by an enum, and tells the window what happened by its signals.
#pragma once

#include "map/topicalmap.h"
#include "session/sessionlifecycle.h"
#include "session/sessionrecovery.h"

#include <QObject>

class QWidget;

namespace PromptDeck::Core {
class SessionAutosaver;
class SessionDocument;
} // namespace PromptDeck::Core

namespace PromptDeck::Gui {

class AppSettings;
class CardDeck;
class Clipboard;
class Dialogs;

class SessionFlow final : public QObject
{
    Q_OBJECT

public:
    // The parts the flow works with; none is owned. The deck gives the edits
    // in progress and the view to keep; window parents the dialogs.
    struct Parts
    {
        Core::SessionLifecycle *lifecycle = nullptr;
        Core::SessionDocument *document = nullptr;
        Core::SessionAutosaver *autosaver = nullptr;
        CardDeck *deck = nullptr;
        Dialogs *dialogs = nullptr;
        Clipboard *clipboard = nullptr;
        AppSettings *settings = nullptr;
    };
    SessionFlow(const Parts &parts, QWidget *window);

    // Offers the work a crash left behind, then opens file if given, else
    // the last session, else a new session on the bundled kit and brief.
    void startup(const QString &file = QString());

    // Asks for a session file and opens it.
    void open();
    bool openFile(const QString &path);
    void newBundledSession();
    // Asks for a kit and a brief and starts a session on them.
    void newFromFiles();
    bool newSession(const QString &kit, const QString &brief);
    // Starts a session prepared by the lifecycle, after settling the
    // current one.
    bool startSession(const Core::SessionStart &start);
    void newFromPage();
    void newFromBlankBrief();
    // Asks for a topical map and opens its Library.
    void chooseMap();
    // Opens the Library of the last map, or asks for one.
    void openLastLibrary();
    // Opens a topical map's Library; choosing an article opens or starts its
    // session next to the map.
    bool openLibrary(const QString &mapFile);
    bool startMapArticle(const Core::TopicalMap &map, int article);
    bool saveBriefAs();
    bool save();
    bool saveAs();
    // The session's file was changed by another program: asks whether to
    // overwrite it, save under another name, or reload it. True when the
    // session's work is in a file afterwards.
    bool resolveExternalChange();
    // The window closes: settles the session and lets its files go. False
    // when the user cancelled.
    bool close();

    QString sessionDisplayName() const;

Q_SIGNALS:
    // A line for the status bar, shown for timeout milliseconds.
    void message(const QString &text, int timeout);
    // The session's work could not be written; saveProblemCleared() once it
    // is in a file again.
    void saveProblem(const QString &text);
    void saveProblemCleared();

private:
    // The questions the flow asks, each answered by an enum.
    enum class UnreadableRecoveryChoice
    {
        Keep,
        Remove
    };
    enum class RecoveryChoice
    {
        Recover,
        ShowDifferences,
        Discard
    };
    enum class ExternalChangeChoice
    {
        SaveAs,
        Overwrite,
        Reload
    };
    enum class UnsavedFileChoice
    {
        SaveAs,
        Discard
    };
    enum class UntitledChoice
    {
        SaveAs,
        KeepForNextTime,
        Discard
    };

    void showMessage(const QString &text, int timeout = 6000);
    // A session became the document's: remember it.
    void onAdopted(const QString &path, bool untitled);
    // Says why a start could not be prepared; true when it could.
    bool checkPrepared(const Core::PreparedStart &prepared, const QString &kitTitle,
                       const QString &briefTitle);
    // The edits in progress and the view go into the document first.
    void commitDeck();
    // Before the session is replaced or the window closes: saves what can
    // be saved and asks about the rest. False when the user cancelled.
    bool settleCurrentSession(bool closing);
    bool settleNamedSession();
    bool settleUntitledSession(const Core::SessionLifecycle::Settling &settling, bool closing);
    // Offers the work a crash left in a recovery file: Recover, Show
    // Differences, Discard, or decide later. True when it was recovered.
    bool offerRecovery(const Core::SessionRecovery::Entry &entry);
    // Asks about an offer until the user decides: true to recover.
    bool askToRecover(const Core::SessionLifecycle::RecoveryOffer &offer, const QString &name);
    static QString sessionFilter();

    Core::SessionLifecycle *m_lifecycle;
    Core::SessionDocument *m_document;
    Core::SessionAutosaver *m_autosaver;
    CardDeck *m_deck;
    Dialogs *m_dialogs;
    Clipboard *m_clipboard;
    AppSettings *m_settings;
    QWidget *m_window;
};

} // namespace PromptDeck::Gui
