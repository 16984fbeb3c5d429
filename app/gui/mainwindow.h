// The PromptDeck window: the brief at the top, the navigator on the left,
// the card deck in the middle. Owns the session document, the card model,
// the autosaver and the session lifecycle, and does what the user asks:
// copy a prompt, paste an answer, edit the brief, open, save, and never lose
// an answer on the way. What a step of the lifecycle does is the core's
// (SessionLifecycle); the window asks the questions it returns. Its
// implementation is in three files: mainwindow.cpp (the window and the
// cards), mainwindowactions.cpp (actions and menus), mainwindowsession.cpp
// (opening, starting, saving and recovering sessions).
#pragma once

#include "appsettings.h"
#include "map/topicalmap.h"
#include "models/cardlistmodel.h"
#include "session/sessionautosaver.h"
#include "session/sessiondocument.h"
#include "session/sessionlifecycle.h"
#include "session/sessionrecovery.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QListView;
class QMenu;

namespace PromptDeck::Gui {

class BriefPanel;
class CardDeck;
class Clipboard;
class Dialogs;

// Every action of the window's menus and toolbar, each with its objectName
// (the GUI tests find them so, too).
struct WindowActions
{
    QAction *newSession = nullptr;
    QAction *newFromFiles = nullptr;
    QAction *newFromPage = nullptr;
    QAction *newFromBlank = nullptr;
    QAction *saveBriefAs = nullptr;
    QAction *openMap = nullptr;
    QAction *library = nullptr;
    QAction *open = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *copyPrompt = nullptr;
    QAction *pasteAnswer = nullptr;
    QAction *copyArticle = nullptr;
    QAction *editBrief = nullptr;
    QAction *history = nullptr;
    QAction *expandAll = nullptr;
    QAction *collapseAll = nullptr;
    QAction *nextCard = nullptr;
    QAction *previousCard = nullptr;
    QAction *toggleCard = nullptr;
    QAction *about = nullptr;
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Clipboard *clipboard, Dialogs *dialogs, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Offers the work a crash left behind, then opens file if given, else
    // the last session, else a new session on the bundled kit and brief.
    void startup(const QString &file = QString());

    bool openFile(const QString &path);
    void newBundledSession();
    bool newSession(const QString &kit, const QString &brief);
    // Starts a session prepared by the lifecycle, after settling the
    // current one.
    bool startSession(const Core::SessionStart &start);
    void newFromPage();
    void newFromBlankBrief();
    bool saveBriefAs();
    // Opens a topical map's Library; choosing an article opens or starts its
    // session next to the map.
    bool openLibrary(const QString &mapFile);
    bool startMapArticle(const Core::TopicalMap &map, int article);
    bool save();
    bool saveAs();

    void copyPrompt(int row);
    void pasteAnswer(int row);
    void editBrief();
    void showHistory(int row);
    // Writes a kit export (by id) or, for an empty id, the session as JSON.
    bool exportTo(const QString &exportId, const QString &path);
    void copyArticle();

    Core::SessionDocument *document() const { return m_document; }
    Core::CardListModel *model() const { return m_model; }
    Core::SessionAutosaver *autosaver() const { return m_autosaver; }
    Core::SessionLifecycle *lifecycle() const { return m_lifecycle; }
    CardDeck *deck() const { return m_deck; }
    BriefPanel *briefPanel() const { return m_briefPanel; }
    const WindowActions &windowActions() const { return m_actions; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The questions the window asks, each answered by an enum.
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
    enum class ProceedChoice
    {
        Proceed
    };

    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                        const std::function<void()> &slot);
    void createActions();
    void createEditActions();
    void createMenus();
    void wireViews();
    // A session became the document's: remember it, open its first card.
    void onAdopted(const QString &path, bool untitled);
    // Says why a start could not be prepared; true when it could.
    bool checkPrepared(const Core::PreparedStart &prepared, const QString &kitTitle,
                       const QString &briefTitle);
    void updateTitle();
    void updateRecentMenu();
    void updateExportMenu();
    void showMessage(const QString &message, int timeout = 6000);
    void showSaveProblem(const QString &message);
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
    // The session's file was changed by another program: asks whether to
    // overwrite it, save under another name, or reload it. True when the
    // session's work is in a file afterwards.
    bool resolveExternalChange();
    static QString sessionFilter();
    QString sessionDisplayName() const;
    QWidget *focusedAnswerEditor() const;

    Clipboard *m_clipboard;
    Dialogs *m_dialogs;
    AppSettings m_settings;
    Core::SessionDocument *m_document;
    Core::CardListModel *m_model;
    Core::SessionAutosaver *m_autosaver;
    Core::SessionLifecycle *m_lifecycle;
    BriefPanel *m_briefPanel = nullptr;
    CardDeck *m_deck = nullptr;
    QListView *m_navigator = nullptr;
    QLabel *m_saveProblem = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    WindowActions m_actions;
    QList<QMetaObject::Connection> m_appConnections;
};

} // namespace PromptDeck::Gui
