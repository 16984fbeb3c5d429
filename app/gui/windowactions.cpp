#include "windowactions.h"

#include "answeredit.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QTextDocument>
#include <QToolBar>

namespace PromptDeck::Gui {

namespace {

QAction *makeAction(QWidget *window, const QString &name, const QString &text,
                    const QKeySequence &shortcut = QKeySequence())
{
    auto *a = new QAction(text, window);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    window->addAction(a);
    return a;
}

} // namespace

WindowActions WindowActions::create(QWidget *window)
{
    WindowActions a;
    a.newSession =
        makeAction(window, QStringLiteral("newAction"), tr("&New Session"), QKeySequence::New);
    a.newFromFiles = makeAction(window, QStringLiteral("newFromFilesAction"),
                                tr("New Session from &Files…"), QKeySequence(tr("Ctrl+Shift+N")));
    a.newFromPage =
        makeAction(window, QStringLiteral("newFromPageAction"), tr("New Session from &Page Text…"),
                   QKeySequence(tr("Ctrl+Shift+I")));
    a.newFromBlank = makeAction(window, QStringLiteral("newFromBlankAction"),
                                tr("New Session from a &Blank Brief…"));
    a.saveBriefAs = makeAction(window, QStringLiteral("saveBriefAsAction"), tr("Save &Brief As…"));
    a.openMap = makeAction(window, QStringLiteral("openMapAction"), tr("Open &Map…"),
                           QKeySequence(tr("Ctrl+Shift+M")));
    a.library = makeAction(window, QStringLiteral("libraryAction"), tr("&Library"),
                           QKeySequence(tr("Ctrl+L")));
    a.open = makeAction(window, QStringLiteral("openAction"), tr("&Open…"), QKeySequence::Open);
    a.save = makeAction(window, QStringLiteral("saveAction"), tr("&Save"), QKeySequence::Save);
    a.saveAs =
        makeAction(window, QStringLiteral("saveAsAction"), tr("Save &As…"), QKeySequence::SaveAs);
    a.quit = makeAction(window, QStringLiteral("quitAction"), tr("&Quit"), QKeySequence::Quit);

    a.undo = makeAction(window, QStringLiteral("undoAction"), tr("&Undo"));
    a.redo = makeAction(window, QStringLiteral("redoAction"), tr("&Redo"));
    // Every key the platform gives (Redo is both Ctrl+Shift+Z and Ctrl+Y on
    // some). In an answer box the box takes these keys itself (it claims
    // them before any shortcut), so a key press undoes one step, once.
    a.undo->setShortcuts(QKeySequence::Undo);
    a.redo->setShortcuts(QKeySequence::Redo);
    a.copyPrompt = makeAction(window, QStringLiteral("copyPromptAction"), tr("&Copy Prompt"),
                              QKeySequence(tr("Ctrl+Shift+C")));
    a.pasteAnswer = makeAction(window, QStringLiteral("pasteAnswerAction"), tr("&Paste Answer"),
                               QKeySequence(tr("Ctrl+Shift+V")));
    a.copyArticle = makeAction(window, QStringLiteral("copyArticleAction"), tr("Copy &Article"),
                               QKeySequence(tr("Ctrl+Shift+A")));
    a.editBrief = makeAction(window, QStringLiteral("editBriefAction"), tr("Edit &Brief…"),
                             QKeySequence(tr("Ctrl+E")));
    a.history = makeAction(window, QStringLiteral("historyAction"), tr("Answer &History…"),
                           QKeySequence(tr("Ctrl+H")));

    a.nextStale = makeAction(window, QStringLiteral("nextStaleAction"), tr("Next &Stale Card"),
                             QKeySequence(Qt::Key_F8));
    a.nextStale->setToolTip(tr("Open the next stale card in the order to re-run them (F8)"));
    a.keepAll = makeAction(window, QStringLiteral("keepAllAction"), tr("&Keep All Stale Answers…"));

    a.expandAll = makeAction(window, QStringLiteral("expandAllAction"), tr("&Expand All Cards"));
    a.collapseAll =
        makeAction(window, QStringLiteral("collapseAllAction"), tr("C&ollapse All Cards"));
    a.nextCard = makeAction(window, QStringLiteral("nextCardAction"), tr("&Next Card"),
                            QKeySequence(tr("Ctrl+Down")));
    a.previousCard = makeAction(window, QStringLiteral("previousCardAction"), tr("&Previous Card"),
                                QKeySequence(tr("Ctrl+Up")));
    a.toggleCard =
        makeAction(window, QStringLiteral("toggleCardAction"),
                   tr("Expand or Collapse the Current Card"), QKeySequence(tr("Ctrl+Return")));
    a.beforePublish = makeAction(window, QStringLiteral("beforePublishAction"),
                                 tr("Before You &Publish…"), QKeySequence(tr("Ctrl+Shift+P")));
    a.beforePublish->setToolTip(
        tr("What to check in the article before you publish it (Ctrl+Shift+P)"));
    a.beforePublish->setEnabled(false);
    a.about = makeAction(window, QStringLiteral("aboutAction"), tr("&About PromptDeck"));
    return a;
}

WindowActions::Menus WindowActions::addMenus(QMainWindow *window) const
{
    Menus menus;
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addActions({newSession, newFromFiles, newFromPage, newFromBlank, open});
    menus.recent = file->addMenu(tr("Open &Recent"));
    menus.recent->setObjectName(QStringLiteral("recentMenu"));
    file->addActions({openMap, library});
    file->addSeparator();
    file->addActions({save, saveAs, saveBriefAs});
    menus.exports = file->addMenu(tr("&Export"));
    menus.exports->setObjectName(QStringLiteral("exportMenu"));
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = window->menuBar()->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({copyPrompt, pasteAnswer, history, copyArticle});
    edit->addSeparator();
    edit->addAction(keepAll);
    edit->addSeparator();
    edit->addAction(editBrief);

    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    view->addActions({nextCard, previousCard, nextStale, toggleCard});
    view->addSeparator();
    view->addActions({expandAll, collapseAll});
    view->addSeparator();
    view->addAction(beforePublish);

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *toolbar = window->addToolBar(tr("Session"));
    toolbar->setObjectName(QStringLiteral("sessionToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({newSession, open, save});
    toolbar->addSeparator();
    toolbar->addActions({copyPrompt, pasteAnswer, nextStale});
    toolbar->addSeparator();
    toolbar->addActions({expandAll, collapseAll});
    return menus;
}

EditUndo::EditUndo(QAction *undo, QAction *redo, QWidget *window)
    : QObject(window)
    , m_undo(undo)
    , m_redo(redo)
    , m_window(window)
{
    connect(m_undo, &QAction::triggered, this, &EditUndo::undo);
    connect(m_redo, &QAction::triggered, this, &EditUndo::redo);
    update();
}

void EditUndo::focusChanged(QWidget * /*old*/, QWidget *now)
{
    auto *edit = qobject_cast<AnswerEdit *>(now);
    follow(edit && m_window->isAncestorOf(edit) ? edit : nullptr);
}

void EditUndo::follow(AnswerEdit *edit)
{
    if (edit != m_editor) {
        for (const QMetaObject::Connection &connection : std::as_const(m_editorConnections))
            disconnect(connection);
        m_editorConnections.clear();
        m_editor = edit;
        if (edit) {
            const QTextDocument *document = edit->document();
            m_editorConnections = {
                connect(document, &QTextDocument::undoAvailable, this, &EditUndo::update),
                connect(document, &QTextDocument::redoAvailable, this, &EditUndo::update),
                connect(edit, &QObject::destroyed, this, &EditUndo::editorDestroyed),
            };
        }
    }
    update();
}

void EditUndo::editorDestroyed()
{
    m_editorConnections.clear();
    m_editor = nullptr;
    update();
}

void EditUndo::undo()
{
    if (m_editor)
        m_editor->undoStep();
}

void EditUndo::redo()
{
    if (m_editor)
        m_editor->redoStep();
}

void EditUndo::update()
{
    m_undo->setEnabled(m_editor && m_editor->document()->isUndoAvailable());
    m_redo->setEnabled(m_editor && m_editor->document()->isRedoAvailable());
}

} // namespace PromptDeck::Gui
