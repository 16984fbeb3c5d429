// The PromptDeck window: the brief at the top, the navigator on the left,
// the card deck in the middle. Owns the session document, the card model,
// the autosaver and the session lifecycle, and does what the user asks of
// the cards: copy a prompt, paste an answer, edit the brief, export. How a
// session is started, opened, saved and recovered is the SessionFlow's; the
// actions and menus are made by WindowActions; the window wires them.
#pragma once

#include "appsettings.h"
#include "models/cardlistmodel.h"
#include "session/sessionautosaver.h"
#include "session/sessiondocument.h"
#include "session/sessionlifecycle.h"
#include "sessionflow.h"
#include "windowactions.h"

#include <QMainWindow>

class QLabel;
class QListView;

namespace PromptDeck::Gui {

class BriefPanel;
class CardDeck;
class Clipboard;
class Dialogs;
class RerunGuide;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Clipboard *clipboard, Dialogs *dialogs, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The session's steps the tests and the application call on the window.
    void startup(const QString &file = QString()) { m_flow->startup(file); }
    bool openFile(const QString &path) { return m_flow->openFile(path); }
    void newBundledSession() { m_flow->newBundledSession(); }
    void newFromPage() { m_flow->newFromPage(); }
    bool saveBriefAs() { return m_flow->saveBriefAs(); }
    bool save() { return m_flow->save(); }
    bool saveAs() { return m_flow->saveAs(); }

    void copyPrompt(int row);
    void pasteAnswer(int row);
    void editBrief();
    void showHistory(int row);
    // Writes a kit export (by id) or, for an empty id, the session as JSON.
    // What is unfinished is asked about before (File > Export), not here.
    bool exportTo(const QString &exportId, const QString &path);
    void copyArticle();

    Core::SessionDocument *document() const { return m_document; }
    Core::CardListModel *model() const { return m_model; }
    Core::SessionAutosaver *autosaver() const { return m_autosaver; }
    Core::SessionLifecycle *lifecycle() const { return m_lifecycle; }
    CardDeck *deck() const { return m_deck; }
    BriefPanel *briefPanel() const { return m_briefPanel; }
    SessionFlow *sessionFlow() const { return m_flow; }
    const WindowActions &windowActions() const { return m_actions; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The questions the window asks of its own (copying an incomplete
    // prompt, About), each answered by an enum.
    enum class ProceedChoice
    {
        Proceed
    };

    void connectActions();
    // Undo and Redo act on the answer box that has the focus.
    void trackUndo();
    void wireViews();
    // A session became the document's: open its first card.
    void onAdopted();
    void showAbout();
    void updateTitle();
    void updateRecentMenu();
    void updateExportMenu();
    // Before an export of the kit (not the JSON backup) or Copy Article:
    // names the stale cards, missing answers and failing checks it would go
    // ahead with and asks, Cancel by default. True when nothing is listed or
    // the user chose to go on.
    bool mayExportAsItIs(const Core::ExportDef &def, const QString &title, const QString &question,
                         const QString &anyway);
    void showMessage(const QString &message, int timeout = 6000);
    void showSaveProblem(const QString &message);

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
    QLabel *m_chainMeter = nullptr; // all prompts' words and tokens, in the status bar
    SessionFlow *m_flow = nullptr;
    RerunGuide *m_rerun = nullptr;
    WindowActions m_actions;
    WindowActions::Menus m_menus;
    QList<QMetaObject::Connection> m_appConnections;
};

} // namespace PromptDeck::Gui
