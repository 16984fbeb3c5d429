// The PromptDeck window: the brief at the top, the navigator on the left,
// the card deck in the middle. Owns the session document, the card model
// and the autosaver, and does what the user asks: copy a prompt, paste an
// answer, edit the brief, open, save, and never lose an answer on the way.
#pragma once

#include "appsettings.h"
#include "models/cardlistmodel.h"
#include "session/sessionautosaver.h"
#include "session/sessiondocument.h"
#include "session/sessionrecovery.h"
#include "map/topicalmap.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListView;
class QMenu;

namespace PromptDeck::Gui {

class BriefPanel;
class CardDeck;
class Clipboard;
class Dialogs;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Clipboard *clipboard, Dialogs *dialogs, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens file if given, else the last session, else a new session on the
    // bundled kit and brief.
    void startup(const QString &file = QString());

    bool openFile(const QString &path);
    void newBundledSession();
    bool newSession(const QString &kit, const QString &brief);
    // Starts a session from a kit and a brief already in hand.
    bool startSession(Core::KitPtr kit, const Core::Brief &brief, const QString &kitOrigin,
                      const QString &briefOrigin);
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
    CardDeck *deck() const { return m_deck; }
    BriefPanel *briefPanel() const { return m_briefPanel; }
    QAction *action(const QString &objectName) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateTitle();
    void updateRecentMenu();
    void updateExportMenu();
    void showMessage(const QString &message, int timeout = 6000);
    void showSaveProblem(const QString &message);
    // Before the session is replaced or the window closes: saves what can
    // be saved and asks about the rest. False when the user cancelled.
    bool settleCurrentSession(bool closing);
    void adopt(Core::Session session, const QString &path, bool untitled,
               const Core::DiskState *recoveredBasedOn = nullptr);
    // Offers the work a crash left in a recovery file: Recover, Show
    // Differences, Discard, or decide later. True when it was recovered.
    bool offerRecovery(const Core::SessionRecovery::Entry &entry);
    // The session's file was changed by another program: asks whether to
    // overwrite it, save under another name, or reload it. True when the
    // session's work is in a file afterwards.
    bool resolveExternalChange();
    void sweepStaleTemporaries(const QString &sessionFolder = QString());
    QString sessionDisplayName() const;
    QWidget *focusedAnswerEditor() const;

    Clipboard *m_clipboard;
    Dialogs *m_dialogs;
    AppSettings m_settings;
    Core::SessionDocument *m_document;
    Core::CardListModel *m_model;
    Core::SessionAutosaver *m_autosaver;
    BriefPanel *m_briefPanel = nullptr;
    CardDeck *m_deck = nullptr;
    QListView *m_navigator = nullptr;
    QLabel *m_saveProblem = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QList<QAction *> m_actions;
    QList<QMetaObject::Connection> m_appConnections;
    // Recovery files the user chose to decide on later, in this run.
    QStringList m_deferredRecoveries;
};

} // namespace PromptDeck::Gui
