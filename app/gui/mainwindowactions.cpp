// The window's actions, menus and toolbar (MainWindow, continued).
#include "answeredit.h"
#include "carddeck.h"
#include "cardwidget.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "newsessiondialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QToolBar>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

QAction *MainWindow::makeAction(const QString &name, const QString &text,
                                const QKeySequence &shortcut, const std::function<void()> &slot)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    connect(a, &QAction::triggered, this, slot);
    addAction(a);
    return a;
}

void MainWindow::createActions()
{
    WindowActions &a = m_actions;
    a.newSession = makeAction(QStringLiteral("newAction"), tr("&New Session"), QKeySequence::New,
                              [this] { newBundledSession(); });
    a.newFromFiles =
        makeAction(QStringLiteral("newFromFilesAction"), tr("New Session from &Files…"),
                   QKeySequence(tr("Ctrl+Shift+N")), [this] {
                       NewSessionDialog dialog(m_dialogs, this);
                       if (m_dialogs->exec(&dialog) == QDialog::Accepted)
                           newSession(dialog.kit(), dialog.brief());
                   });
    a.newFromPage =
        makeAction(QStringLiteral("newFromPageAction"), tr("New Session from &Page Text…"),
                   QKeySequence(tr("Ctrl+Shift+I")), [this] { newFromPage(); });
    a.newFromBlank =
        makeAction(QStringLiteral("newFromBlankAction"), tr("New Session from a &Blank Brief…"),
                   QKeySequence(), [this] { newFromBlankBrief(); });
    a.saveBriefAs = makeAction(QStringLiteral("saveBriefAsAction"), tr("Save &Brief As…"),
                               QKeySequence(), [this] { saveBriefAs(); });
    a.openMap = makeAction(QStringLiteral("openMapAction"), tr("Open &Map…"),
                           QKeySequence(tr("Ctrl+Shift+M")), [this] {
                               const QString path = m_dialogs->openFileName(
                                   this, tr("Open Topical Map"), QDir::homePath(),
                                   tr("Topical maps (*.yaml *.yml)"));
                               if (!path.isEmpty())
                                   openLibrary(path);
                           });
    a.library = makeAction(
        QStringLiteral("libraryAction"), tr("&Library"), QKeySequence(tr("Ctrl+L")), [this] {
            if (m_settings.lastMap().isEmpty() || !QFileInfo::exists(m_settings.lastMap()))
                m_actions.openMap->trigger();
            else
                openLibrary(m_settings.lastMap());
        });
    a.open = makeAction(QStringLiteral("openAction"), tr("&Open…"), QKeySequence::Open, [this] {
        const QString path =
            m_dialogs->openFileName(this, tr("Open Session"), QDir::homePath(), sessionFilter());
        if (!path.isEmpty())
            openFile(path);
    });
    a.save = makeAction(QStringLiteral("saveAction"), tr("&Save"), QKeySequence::Save,
                        [this] { save(); });
    a.saveAs = makeAction(QStringLiteral("saveAsAction"), tr("Save &As…"), QKeySequence::SaveAs,
                          [this] { saveAs(); });
    a.quit = makeAction(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence::Quit,
                        [this] { close(); });

    createEditActions();

    a.expandAll = makeAction(QStringLiteral("expandAllAction"), tr("&Expand All Cards"),
                             QKeySequence(), [this] { m_deck->expandAll(); });
    a.collapseAll = makeAction(QStringLiteral("collapseAllAction"), tr("C&ollapse All Cards"),
                               QKeySequence(), [this] { m_deck->collapseAll(); });
    a.nextCard = makeAction(QStringLiteral("nextCardAction"), tr("&Next Card"),
                            QKeySequence(tr("Ctrl+Down")), [this] { m_deck->moveCurrent(1); });
    a.previousCard = makeAction(QStringLiteral("previousCardAction"), tr("&Previous Card"),
                                QKeySequence(tr("Ctrl+Up")), [this] { m_deck->moveCurrent(-1); });
    a.toggleCard =
        makeAction(QStringLiteral("toggleCardAction"), tr("Expand or Collapse the Current Card"),
                   QKeySequence(tr("Ctrl+Return")), [this] {
                       if (CardWidget *card = m_deck->card(m_deck->currentCard()))
                           card->setExpanded(!card->isExpanded());
                   });
    a.about =
        makeAction(QStringLiteral("aboutAction"), tr("&About PromptDeck"), QKeySequence(), [this] {
            ask<ProceedChoice>(
                m_dialogs, this, tr("About PromptDeck"),
                tr("PromptDeck %1\n\nPrompt cards for writing SEO articles with a chat AI: "
                   "copy each prompt, paste the answer back, and later prompts fill "
                   "themselves in.")
                    .arg(QCoreApplication::applicationVersion()),
                {{ProceedChoice::Proceed, tr("Close")}});
        });
}

void MainWindow::createEditActions()
{
    WindowActions &a = m_actions;
    a.undo = makeAction(QStringLiteral("undoAction"), tr("&Undo"), QKeySequence::Undo, [this] {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(focusedAnswerEditor()))
            edit->undo();
    });
    a.redo = makeAction(QStringLiteral("redoAction"), tr("&Redo"), QKeySequence::Redo, [this] {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(focusedAnswerEditor()))
            edit->redo();
    });
    auto updateUndo = [this] {
        auto *edit = qobject_cast<QPlainTextEdit *>(focusedAnswerEditor());
        m_actions.undo->setEnabled(edit && edit->document()->isUndoAvailable());
        m_actions.redo->setEnabled(edit && edit->document()->isRedoAvailable());
    };
    m_appConnections.append(connect(qApp, &QApplication::focusChanged, this,
                                    [this, updateUndo](QWidget *, QWidget *now) {
                                        if (auto *edit = qobject_cast<AnswerEdit *>(now)) {
                                            connect(edit->document(), &QTextDocument::undoAvailable,
                                                    this, updateUndo, Qt::UniqueConnection);
                                            connect(edit->document(), &QTextDocument::redoAvailable,
                                                    this, updateUndo, Qt::UniqueConnection);
                                        }
                                        updateUndo();
                                    }));
    updateUndo();

    a.copyPrompt =
        makeAction(QStringLiteral("copyPromptAction"), tr("&Copy Prompt"),
                   QKeySequence(tr("Ctrl+Shift+C")), [this] { copyPrompt(m_deck->currentCard()); });
    a.pasteAnswer = makeAction(QStringLiteral("pasteAnswerAction"), tr("&Paste Answer"),
                               QKeySequence(tr("Ctrl+Shift+V")),
                               [this] { pasteAnswer(m_deck->currentCard()); });
    a.copyArticle = makeAction(QStringLiteral("copyArticleAction"), tr("Copy &Article"),
                               QKeySequence(tr("Ctrl+Shift+A")), [this] { copyArticle(); });
    a.editBrief = makeAction(QStringLiteral("editBriefAction"), tr("Edit &Brief…"),
                             QKeySequence(tr("Ctrl+E")), [this] { editBrief(); });
    a.history =
        makeAction(QStringLiteral("historyAction"), tr("Answer &History…"),
                   QKeySequence(tr("Ctrl+H")), [this] { showHistory(m_deck->currentCard()); });
}

void MainWindow::createMenus()
{
    const WindowActions &a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a.newSession, a.newFromFiles, a.newFromPage, a.newFromBlank, a.open});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addActions({a.openMap, a.library});
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    file->addActions({a.save, a.saveAs, a.saveBriefAs});
    m_exportMenu = file->addMenu(tr("&Export"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    connect(m_exportMenu, &QMenu::aboutToShow, this, &MainWindow::updateExportMenu);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a.undo, a.redo});
    edit->addSeparator();
    edit->addActions({a.copyPrompt, a.pasteAnswer, a.history, a.copyArticle});
    edit->addSeparator();
    edit->addAction(a.editBrief);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({a.nextCard, a.previousCard, a.toggleCard});
    view->addSeparator();
    view->addActions({a.expandAll, a.collapseAll});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.about);

    QToolBar *toolbar = addToolBar(tr("Session"));
    toolbar->setObjectName(QStringLiteral("sessionToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({a.newSession, a.open, a.save});
    toolbar->addSeparator();
    toolbar->addActions({a.copyPrompt, a.pasteAnswer});
    toolbar->addSeparator();
    toolbar->addActions({a.expandAll, a.collapseAll});
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString &path : files) {
        QAction *open = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(open, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateExportMenu()
{
    m_exportMenu->clear();
    if (!m_document->hasSession())
        return;
    const QString base = m_document->filePath().isEmpty()
                             ? QStringLiteral("article")
                             : QFileInfo(m_document->filePath()).completeBaseName();
    auto offer = [this](const QString &text, const QString &id, const QString &fileName,
                        const QString &filter) {
        QAction *a = m_exportMenu->addAction(text);
        a->setObjectName(QStringLiteral("export_") + (id.isEmpty() ? QStringLiteral("json") : id));
        connect(a, &QAction::triggered, this, [this, id, fileName, filter] {
            const QString dir = m_document->filePath().isEmpty()
                                    ? QDir::homePath()
                                    : QFileInfo(m_document->filePath()).absolutePath();
            const QString path =
                m_dialogs->saveFileName(this, tr("Export"), QDir(dir).filePath(fileName), filter);
            if (!path.isEmpty())
                exportTo(id, path);
        });
    };
    for (const ExportDef &def : m_document->kit().exports) {
        offer(tr("%1…").arg(def.label), def.id, def.suggestedFileName(base),
              tr("%1 (*.%2)").arg(def.label, def.format));
    }
    m_exportMenu->addSeparator();
    offer(tr("The Whole Session as JSON…"), QString(), base + QStringLiteral("-session.json"),
          tr("JSON (*.json)"));
}

} // namespace PromptDeck::Gui
