#include "mainwindow.h"

#include "answeredit.h"
#include "briefeditordialog.h"
#include "kit/briefloader.h"
#include "briefpanel.h"
#include "kit/briefwriter.h"
#include "bundledcontent.h"
#include "carddeck.h"
#include "carddelegate.h"
#include "cardwidget.h"
#include "clipboard.h"
#include "dialogs.h"
#include "guilogging.h"
#include "historydialog.h"
#include "importbriefdialog.h"
#include "librarydialog.h"
#include "map/maploader.h"
#include "newsessiondialog.h"
#include "recoverydialog.h"
#include "io/safefilewriter.h"
#include "session/sessionexporter.h"
#include "session/sessionfile.h"
#include "text/textstats.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

#include <chrono>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

namespace {
QString sessionFilter()
{
    return MainWindow::tr("PromptDeck sessions (*.promptdeck)");
}
} // namespace

MainWindow::MainWindow(Clipboard *clipboard, Dialogs *dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_clipboard(clipboard)
    , m_dialogs(dialogs)
    , m_document(new SessionDocument(this))
    , m_model(new CardListModel(m_document, this))
    , m_autosaver(new SessionAutosaver(m_document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_autosaver->setDelay(m_settings.autosaveDelay());

    m_briefPanel = new BriefPanel(m_document, m_model, this);
    m_deck = new CardDeck(m_document, m_model, this);

    m_navigator = new QListView(this);
    m_navigator->setObjectName(QStringLiteral("cardNavigator"));
    m_navigator->setAccessibleName(tr("Cards"));
    m_navigator->setModel(m_model);
    m_navigator->setItemDelegate(new CardDelegate(m_navigator));
    m_navigator->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigator->setFrameShape(QFrame::NoFrame);
    m_navigator->setMinimumWidth(220);
    m_navigator->setBackgroundRole(QPalette::Window);
    m_navigator->viewport()->setBackgroundRole(QPalette::Window);

    m_saveProblem = new QLabel(this);
    m_saveProblem->setObjectName(QStringLiteral("saveProblem"));
    m_saveProblem->setWordWrap(true);
    m_saveProblem->setAutoFillBackground(true);
    m_saveProblem->setContentsMargins(12, 6, 12, 6);
    QPalette problemPalette = m_saveProblem->palette();
    problemPalette.setColor(QPalette::Window, QColor(0xFF, 0xE4, 0xC4));
    problemPalette.setColor(QPalette::WindowText, QColor(0x60, 0x28, 0x00));
    m_saveProblem->setPalette(problemPalette);
    m_saveProblem->hide();

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_deck);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 1150});
    splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_briefPanel);
    layout->addWidget(m_saveProblem);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    // The status bar from the start: made by the first message, it would
    // shrink the deck then, and every open card's text would be laid out
    // again (a prompt that quotes a megabyte answer: tens of milliseconds).
    statusBar();

    createActions();
    createMenus();

    connect(m_briefPanel, &BriefPanel::editBriefRequested, this, &MainWindow::editBrief);
    connect(m_deck, &CardDeck::copyPromptRequested, this, &MainWindow::copyPrompt);
    connect(m_deck, &CardDeck::pasteAnswerRequested, this, &MainWindow::pasteAnswer);
    connect(m_deck, &CardDeck::historyRequested, this, &MainWindow::showHistory);
    connect(m_deck, &CardDeck::dismissStaleRequested, this, [this](int row) {
        if (m_document->dismissStale(row))
            showMessage(
                tr("Kept the answer to %1 as it is.").arg(m_document->kit().cardLabel(row)));
    });
    connect(m_deck, &CardDeck::messageRequested, this,
            [this](const QString &message) { m_dialogs->warn(this, tr("Not pasted"), message); });
    connect(m_deck, &CardDeck::viewChanged, this,
            [this] { m_document->setView(m_deck->viewState()); });
    connect(m_deck, &CardDeck::currentCardChanged, this,
            [this](int row) { m_navigator->setCurrentIndex(m_model->index(row)); });
    connect(m_navigator, &QListView::clicked, this,
            [this](const QModelIndex &index) { m_deck->openCard(index.row()); });
    connect(m_navigator, &QListView::activated, this,
            [this](const QModelIndex &index) { m_deck->openCard(index.row()); });
    connect(m_document, &SessionDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &SessionDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &SessionDocument::sessionReset, this, [this] {
        m_deck->applyViewState(m_document->session().view);
        updateTitle();
    });
    connect(m_autosaver, &SessionAutosaver::saved, this, [this](const QString &path) {
        m_saveProblem->hide();
        if (m_document->filePath().isEmpty())
            m_settings.setLastSession(path);
        updateTitle();
    });
    connect(m_autosaver, &SessionAutosaver::saveFailed, this, &MainWindow::showSaveProblem);
    connect(
        m_autosaver, &SessionAutosaver::externalChangeFound, this,
        [this] { resolveExternalChange(); }, Qt::QueuedConnection);
    m_appConnections.append(
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
            for (QWidget *w = now; w; w = w->parentWidget()) {
                if (auto *card = qobject_cast<CardWidget *>(w)) {
                    m_deck->setCurrentCard(card->row());
                    break;
                }
            }
        }));

    resize(1400, 900);
    if (!m_settings.windowGeometry().isEmpty())
        restoreGeometry(m_settings.windowGeometry());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // QWidget's destructor moves the focus while the children go; by then
    // this is no MainWindow any more, so its focus handlers must be gone.
    for (const QMetaObject::Connection &connection : std::as_const(m_appConnections))
        disconnect(connection);
}

QAction *MainWindow::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                       auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions.append(a);
        return a;
    };
    make(QStringLiteral("newAction"), tr("&New Session"), QKeySequence::New,
         [this] { newBundledSession(); });
    make(QStringLiteral("newFromFilesAction"), tr("New Session from &Files…"),
         QKeySequence(tr("Ctrl+Shift+N")), [this] {
             NewSessionDialog dialog(m_dialogs, this);
             if (m_dialogs->exec(&dialog) == QDialog::Accepted)
                 newSession(dialog.kit(), dialog.brief());
         });
    make(QStringLiteral("newFromPageAction"), tr("New Session from &Page Text…"),
         QKeySequence(tr("Ctrl+Shift+I")), [this] { newFromPage(); });
    make(QStringLiteral("newFromBlankAction"), tr("New Session from a &Blank Brief…"),
         QKeySequence(), [this] { newFromBlankBrief(); });
    make(QStringLiteral("saveBriefAsAction"), tr("Save &Brief As…"), QKeySequence(),
         [this] { saveBriefAs(); });
    make(QStringLiteral("openMapAction"), tr("Open &Map…"), QKeySequence(tr("Ctrl+Shift+M")),
         [this] {
             const QString path = m_dialogs->openFileName(
                 this, tr("Open Topical Map"), QDir::homePath(), tr("Topical maps (*.yaml *.yml)"));
             if (!path.isEmpty())
                 openLibrary(path);
         });
    make(QStringLiteral("libraryAction"), tr("&Library"), QKeySequence(tr("Ctrl+L")), [this] {
        if (m_settings.lastMap().isEmpty() || !QFileInfo::exists(m_settings.lastMap()))
            action(QStringLiteral("openMapAction"))->trigger();
        else
            openLibrary(m_settings.lastMap());
    });
    make(QStringLiteral("openAction"), tr("&Open…"), QKeySequence::Open, [this] {
        const QString path =
            m_dialogs->openFileName(this, tr("Open Session"), QDir::homePath(), sessionFilter());
        if (!path.isEmpty())
            openFile(path);
    });
    make(QStringLiteral("saveAction"), tr("&Save"), QKeySequence::Save, [this] { save(); });
    make(QStringLiteral("saveAsAction"), tr("Save &As…"), QKeySequence::SaveAs,
         [this] { saveAs(); });
    make(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    auto *undo = make(QStringLiteral("undoAction"), tr("&Undo"), QKeySequence::Undo, [this] {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(focusedAnswerEditor()))
            edit->undo();
    });
    auto *redo = make(QStringLiteral("redoAction"), tr("&Redo"), QKeySequence::Redo, [this] {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(focusedAnswerEditor()))
            edit->redo();
    });
    auto updateUndo = [this, undo, redo] {
        auto *edit = qobject_cast<QPlainTextEdit *>(focusedAnswerEditor());
        undo->setEnabled(edit && edit->document()->isUndoAvailable());
        redo->setEnabled(edit && edit->document()->isRedoAvailable());
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

    make(QStringLiteral("copyPromptAction"), tr("&Copy Prompt"), QKeySequence(tr("Ctrl+Shift+C")),
         [this] { copyPrompt(m_deck->currentCard()); });
    make(QStringLiteral("pasteAnswerAction"), tr("&Paste Answer"), QKeySequence(tr("Ctrl+Shift+V")),
         [this] { pasteAnswer(m_deck->currentCard()); });
    make(QStringLiteral("copyArticleAction"), tr("Copy &Article"), QKeySequence(tr("Ctrl+Shift+A")),
         [this] { copyArticle(); });
    make(QStringLiteral("editBriefAction"), tr("Edit &Brief…"), QKeySequence(tr("Ctrl+E")),
         [this] { editBrief(); });
    make(QStringLiteral("historyAction"), tr("Answer &History…"), QKeySequence(tr("Ctrl+H")),
         [this] { showHistory(m_deck->currentCard()); });
    make(QStringLiteral("expandAllAction"), tr("&Expand All Cards"), QKeySequence(),
         [this] { m_deck->expandAll(); });
    make(QStringLiteral("collapseAllAction"), tr("C&ollapse All Cards"), QKeySequence(),
         [this] { m_deck->collapseAll(); });
    make(QStringLiteral("nextCardAction"), tr("&Next Card"), QKeySequence(tr("Ctrl+Down")),
         [this] { m_deck->moveCurrent(1); });
    make(QStringLiteral("previousCardAction"), tr("&Previous Card"), QKeySequence(tr("Ctrl+Up")),
         [this] { m_deck->moveCurrent(-1); });
    make(QStringLiteral("toggleCardAction"), tr("Expand or Collapse the Current Card"),
         QKeySequence(tr("Ctrl+Return")), [this] {
             if (CardWidget *card = m_deck->card(m_deck->currentCard()))
                 card->setExpanded(!card->isExpanded());
         });
    make(QStringLiteral("aboutAction"), tr("&About PromptDeck"), QKeySequence(), [this] {
        m_dialogs->ask(this, tr("About PromptDeck"),
                       tr("PromptDeck %1\n\nPrompt cards for writing SEO articles with a chat AI: "
                          "copy each prompt, paste the answer back, and later prompts fill "
                          "themselves in.")
                           .arg(QCoreApplication::applicationVersion()),
                       {tr("Close")});
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newAction")));
    file->addAction(action(QStringLiteral("newFromFilesAction")));
    file->addAction(action(QStringLiteral("newFromPageAction")));
    file->addAction(action(QStringLiteral("newFromBlankAction")));
    file->addAction(action(QStringLiteral("openAction")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(action(QStringLiteral("openMapAction")));
    file->addAction(action(QStringLiteral("libraryAction")));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    file->addAction(action(QStringLiteral("saveAction")));
    file->addAction(action(QStringLiteral("saveAsAction")));
    file->addAction(action(QStringLiteral("saveBriefAsAction")));
    m_exportMenu = file->addMenu(tr("&Export"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    connect(m_exportMenu, &QMenu::aboutToShow, this, &MainWindow::updateExportMenu);
    file->addSeparator();
    file->addAction(action(QStringLiteral("quitAction")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undoAction")));
    edit->addAction(action(QStringLiteral("redoAction")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("copyPromptAction")));
    edit->addAction(action(QStringLiteral("pasteAnswerAction")));
    edit->addAction(action(QStringLiteral("historyAction")));
    edit->addAction(action(QStringLiteral("copyArticleAction")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("editBriefAction")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("nextCardAction")));
    view->addAction(action(QStringLiteral("previousCardAction")));
    view->addAction(action(QStringLiteral("toggleCardAction")));
    view->addSeparator();
    view->addAction(action(QStringLiteral("expandAllAction")));
    view->addAction(action(QStringLiteral("collapseAllAction")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("aboutAction")));

    QToolBar *toolbar = addToolBar(tr("Session"));
    toolbar->setObjectName(QStringLiteral("sessionToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(action(QStringLiteral("newAction")));
    toolbar->addAction(action(QStringLiteral("openAction")));
    toolbar->addAction(action(QStringLiteral("saveAction")));
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("copyPromptAction")));
    toolbar->addAction(action(QStringLiteral("pasteAnswerAction")));
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("expandAllAction")));
    toolbar->addAction(action(QStringLiteral("collapseAllAction")));
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

bool MainWindow::exportTo(const QString &exportId, const QString &path)
{
    m_deck->commitPendingEdits();
    const SessionExporter exporter(m_document->session());
    QByteArray bytes;
    if (exportId.isEmpty()) {
        bytes = exporter.toJson(m_document->now());
    } else {
        const ExportDef *def = exporter.exportById(exportId);
        if (!def)
            return false;
        const Result<QString> rendered = exporter.render(*def);
        if (!rendered) {
            m_dialogs->warn(this, tr("Could Not Export"), rendered.errorText());
            return false;
        }
        bytes = rendered.value().toUtf8();
    }
    if (const Status written = SafeFileWriter::write(path, bytes); !written) {
        m_dialogs->warn(this, tr("Could Not Export"), written.errorText());
        return false;
    }
    showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::copyArticle()
{
    if (!m_document->hasSession())
        return;
    m_deck->commitPendingEdits();
    const SessionExporter exporter(m_document->session());
    const ExportDef *def = exporter.exportFor(QStringLiteral("md"));
    if (!def) {
        m_dialogs->warn(this, tr("No Article to Copy"),
                        tr("This session's kit has no Markdown export."));
        return;
    }
    const Result<QString> rendered = exporter.render(*def);
    if (!rendered) {
        m_dialogs->warn(this, tr("Could Not Build the Article"), rendered.errorText());
        return;
    }
    m_clipboard->setText(rendered.value());
    showMessage(tr("Copied the article as Markdown (%1 characters).")
                    .arg(QLocale().toString(rendered.value().size())));
}

QString MainWindow::sessionDisplayName() const
{
    return m_document->filePath().isEmpty() ? tr("Untitled")
                                            : QFileInfo(m_document->filePath()).fileName();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — PromptDeck").arg(sessionDisplayName()));
    // Untitled sessions count as modified until they are saved as a file.
    setWindowModified(m_document->isModified());
}

void MainWindow::showMessage(const QString &message, int timeout)
{
    statusBar()->showMessage(message, timeout);
}

void MainWindow::showSaveProblem(const QString &message)
{
    m_saveProblem->setText(tr("PromptDeck could not save: %1\nYour answers are still here; use "
                              "File > Save As to save them somewhere else.")
                               .arg(message));
    m_saveProblem->show();
    qCWarning(lcGui) << "save failed:" << message;
}

QWidget *MainWindow::focusedAnswerEditor() const
{
    QWidget *focus = QApplication::focusWidget();
    if (qobject_cast<AnswerEdit *>(focus))
        return focus;
    if (CardWidget *card = m_deck->card(m_deck->currentCard()))
        return card->answerEdit();
    return nullptr;
}

void MainWindow::sweepStaleTemporaries(const QString &sessionFolder)
{
    // A save that was killed leaves QSaveFile's temporary file behind; one
    // older than any save could take is ours and of no use.
    constexpr std::chrono::minutes age(10);
    const QStringList sessionSuffixes{QStringLiteral(".promptdeck"),
                                      QStringLiteral(".promptdeck.bak")};
    if (sessionFolder.isEmpty()) {
        SessionRecovery::sweepStaleTemporaries(SessionRecovery::folder(),
                                               {QStringLiteral(".recovery")}, age);
        SessionRecovery::sweepStaleTemporaries(SessionAutosaver::untitledFolder(), sessionSuffixes,
                                               age);
    } else {
        SessionRecovery::sweepStaleTemporaries(sessionFolder, sessionSuffixes, age);
    }
}

bool MainWindow::offerRecovery(const SessionRecovery::Entry &entry)
{
    SessionRecovery::Header header;
    Result<Session> recovered = SessionRecovery::load(entry.recoveryFile, &header);
    if (!recovered) {
        const int choice = m_dialogs->ask(
            this, tr("Recovery File Unreadable"),
            tr("PromptDeck found a recovery file it cannot read:\n%1\n\nKeep it (it stays "
               "where it is) or remove it?")
                .arg(recovered.errorText()),
            {tr("Keep It"), tr("Remove It")});
        if (choice == 1)
            SessionRecovery::remove(entry.recoveryFile);
        else
            m_deferredRecoveries.append(entry.recoveryFile);
        return false;
    }
    std::optional<Session> onDisk;
    if (QFileInfo::exists(header.sessionPath)) {
        if (Result<Session> loaded = SessionFile::load(header.sessionPath))
            onDisk = std::move(loaded).value();
    }
    const QList<SessionRecovery::Difference> differences =
        SessionRecovery::differences(recovered.value(), onDisk ? &*onDisk : nullptr);
    if (differences.isEmpty()) {
        // The file holds all of it: the crash came after the save.
        SessionRecovery::remove(entry.recoveryFile);
        return false;
    }
    const QString name =
        header.untitled ? tr("an untitled session") : QDir::toNativeSeparators(header.sessionPath);
    QStringList summary;
    for (const SessionRecovery::Difference &difference : differences)
        summary.append(QStringLiteral("• ") + difference.text);
    for (;;) {
        const int choice = m_dialogs->ask(
            this, tr("Recover Unsaved Work?"),
            tr("PromptDeck closed unexpectedly while %1 had work that is not in its file "
               "(last kept %2).\n\n%3\n\nRecover it, look at the differences first, or "
               "discard it? If you close this question, it is kept and offered again next time.")
                .arg(name, QLocale().toString(header.time.toLocalTime(), QLocale::ShortFormat),
                     summary.mid(0, 8).join(QLatin1Char('\n'))),
            {tr("Recover"), tr("Show Differences…"), tr("Discard")});
        if (choice == 1) {
            RecoveryDialog dialog(recovered.value(), onDisk ? &*onDisk : nullptr, differences,
                                  this);
            m_dialogs->exec(&dialog);
            continue;
        }
        if (choice == 2) {
            SessionRecovery::remove(entry.recoveryFile);
            showMessage(tr("Discarded the recovered work of %1.").arg(name));
            return false;
        }
        if (choice != 0) {
            m_deferredRecoveries.append(entry.recoveryFile);
            return false;
        }
        break;
    }
    if (!settleCurrentSession(false))
        return false;
    adopt(std::move(recovered).value(), header.sessionPath, header.untitled, &header.basedOn);
    // Into the session's file (or, if that cannot be written, into a new
    // recovery file) before the old recovery file goes.
    const bool saved = m_autosaver->saveNow();
    if ((saved || m_autosaver->recovery().hasRecoveryFile()) &&
        m_autosaver->recovery().recoveryFile() != entry.recoveryFile) {
        SessionRecovery::remove(entry.recoveryFile);
    }
    showMessage(tr("Recovered the unsaved work of %1.").arg(name), 15000);
    return true;
}

bool MainWindow::resolveExternalChange()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || !m_document->changedOnDisk())
        return true;
    const QString shown = QDir::toNativeSeparators(path);
    const int choice = m_dialogs->ask(
        this, tr("File Changed on Disk"),
        tr("%1 was changed or removed by another program since PromptDeck opened or saved it. "
           "PromptDeck has not written over it; your work is kept in a recovery file "
           "meanwhile.\n\nSave this session under another name, overwrite the file with it, "
           "or reload the file (losing the changes made here since)?")
            .arg(shown),
        {tr("Save As…"), tr("Overwrite"), tr("Reload from Disk")});
    if (choice == 0)
        return saveAs();
    if (choice == 1) {
        const Status saved = m_autosaver->overwriteExternalChanges();
        if (!saved) {
            showSaveProblem(saved.errorText());
            m_dialogs->warn(this, tr("Could Not Save"), saved.errorText());
            return false;
        }
        m_saveProblem->hide();
        showMessage(tr("Saved %1.").arg(shown));
        return true;
    }
    if (choice == 2) {
        Diagnostics warnings;
        Result<Session> loaded = SessionFile::load(path, &warnings);
        if (!loaded) {
            m_dialogs->warn(this, tr("Could Not Reload the Session"),
                            tr("%1\n\nYour work here is unchanged.").arg(loaded.errorText()));
            return false;
        }
        adopt(std::move(loaded).value(), path, false);
        showMessage(tr("Reloaded %1 from disk.").arg(shown));
        return true;
    }
    showSaveProblem(tr("%1 was changed by another program. PromptDeck does not save to it until "
                       "you choose: File > Save asks again.")
                        .arg(shown));
    return false;
}

void MainWindow::startup(const QString &file)
{
    sweepStaleTemporaries();
    // Work a crash left behind comes first, newest first.
    for (const SessionRecovery::Entry &entry : SessionRecovery::orphans()) {
        if (offerRecovery(entry))
            return;
    }
    if (!file.isEmpty() && openFile(file))
        return;
    QString last = m_settings.lastSession();
    if (last.isEmpty() || !QFileInfo::exists(last)) {
        // An untitled session kept in the data folder is work the user has
        // not given up: the newest one reopens.
        const QFileInfoList untitled =
            QDir(SessionAutosaver::untitledFolder())
                .entryInfoList({QStringLiteral("*.promptdeck")}, QDir::Files, QDir::Time);
        for (const QFileInfo &info : untitled) {
            if (!SessionRecovery::isOpenElsewhere(info.absoluteFilePath())) {
                last = info.absoluteFilePath();
                break;
            }
        }
    }
    if (!last.isEmpty() && QFileInfo::exists(last) && SessionRecovery::isOpenElsewhere(last)) {
        // Another PromptDeck has it open: this window starts a new session.
        showMessage(tr("%1 is open in another PromptDeck window; this one starts a new session.")
                        .arg(QDir::toNativeSeparators(last)),
                    15000);
    } else if (!last.isEmpty() && QFileInfo::exists(last)) {
        Diagnostics warnings;
        Result<Session> loaded = SessionFile::load(last, &warnings);
        if (loaded) {
            adopt(std::move(loaded).value(), last, SessionAutosaver::isUntitledPath(last));
            return;
        }
        qCWarning(lcGui) << "last session did not load:" << loaded.errorText();
        m_dialogs->warn(this, tr("Could Not Reopen the Last Session"),
                        tr("%1\n\nA new session was started instead; the file was not changed.")
                            .arg(loaded.errorText()));
    }
    Result<KitPtr> kit = BundledContent::loadKit(BundledContent::defaultKit.toString());
    Result<Brief> brief =
        BundledContent::loadBrief(BundledContent::defaultBrief.toString(), *kit.value());
    Session session(kit.value(), brief.value(), m_document->now());
    session.kitOrigin = QStringLiteral("bundled:") + BundledContent::defaultKit.toString();
    session.briefOrigin = QStringLiteral("bundled:") + BundledContent::defaultBrief.toString();
    adopt(std::move(session), QString(), true);
}

void MainWindow::adopt(Session session, const QString &path, bool untitled,
                       const DiskState *recoveredBasedOn)
{
    m_autosaver->setUntitledPath(untitled ? path : QString());
    if (recoveredBasedOn)
        m_document->resetRecovered(std::move(session), untitled ? QString() : path,
                                   *recoveredBasedOn);
    else
        m_document->reset(std::move(session), untitled ? QString() : path);
    if (!path.isEmpty())
        m_settings.setLastSession(path);
    if (!untitled && !path.isEmpty())
        m_settings.addRecentFile(path);
    m_saveProblem->hide();
    if (m_document->session().view.expandedCards.isEmpty() && m_deck->count() > 0) {
        // A fresh session opens on the first card that is ready.
        for (int row = 0; row < m_document->cardCount(); ++row) {
            if (m_document->session().status(row).state == CardState::Ready) {
                m_deck->openCard(row);
                break;
            }
        }
    }
}

bool MainWindow::settleCurrentSession(bool closing)
{
    if (!m_document->hasSession())
        return true;
    m_deck->commitPendingEdits();
    m_document->setView(m_deck->viewState());
    const bool saved = m_autosaver->saveNow();
    const bool untitled = m_document->filePath().isEmpty();
    bool hasAnswers = false;
    for (int i = 0; i < m_document->cardCount(); ++i)
        hasAnswers = hasAnswers || !m_document->session().record(i).history.isEmpty() ||
                     m_document->session().hasAnswer(i);

    if (!untitled && saved)
        return true;
    if (!untitled && m_autosaver->isBlockedByExternalChange())
        return resolveExternalChange();
    if (!untitled) {
        const int choice =
            m_dialogs->ask(this, tr("Unsaved Changes"),
                           tr("The changes to %1 could not be saved. Save them somewhere else?")
                               .arg(sessionDisplayName()),
                           {tr("Save As…"), tr("Discard Changes")});
        if (choice == 0)
            return saveAs();
        if (choice == 1)
            m_autosaver->discardRecovery();
        return choice == 1;
    }
    if (!hasAnswers && !m_document->isModified())
        return true;
    QStringList buttons{tr("Save As…")};
    buttons.append(closing ? tr("Keep for Next Time") : tr("Discard"));
    const int choice =
        m_dialogs->ask(this, tr("Save This Session?"),
                       closing ? tr("This session has no file yet. Save it as a file, or "
                                    "keep it here and reopen it next time?")
                               : tr("This session has no file yet. Save it as a file "
                                    "before starting another?"),
                       buttons);
    if (choice == 0)
        return saveAs();
    if (choice == 1 && !closing) {
        // The user chose to discard the untitled session: its autosave goes.
        if (!m_autosaver->untitledPath().isEmpty())
            QFile::remove(m_autosaver->untitledPath());
        m_autosaver->discardRecovery();
        return true;
    }
    return choice == 1 && saved;
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_document->filePath() && m_document->hasSession())
        return true;
    sweepStaleTemporaries(QFileInfo(absolute).absolutePath());
    if (SessionRecovery::isOpenElsewhere(absolute)) {
        const int choice = m_dialogs->ask(
            this, tr("Open in Another Window"),
            tr("%1 is open in another PromptDeck window. Open it here as well? PromptDeck asks "
               "before either window writes over the other's changes.")
                .arg(QDir::toNativeSeparators(absolute)),
            {tr("Open Anyway")});
        if (choice != 0)
            return false;
    }
    if (const auto orphan = SessionRecovery::orphanFor(absolute);
        orphan && !m_deferredRecoveries.contains(orphan->recoveryFile) && offerRecovery(*orphan)) {
        return true;
    }
    Diagnostics warnings;
    Result<Session> loaded = SessionFile::load(path, &warnings);
    if (!loaded) {
        m_dialogs->warn(this, tr("Could Not Open the Session"), loaded.errorText());
        m_settings.removeRecentFile(path);
        return false;
    }
    if (!settleCurrentSession(false))
        return false;
    adopt(std::move(loaded).value(), QFileInfo(path).absoluteFilePath(), false);
    if (!warnings.isEmpty())
        showMessage(formatDiagnostics(warnings), 15000);
    else
        showMessage(tr("Opened %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::newBundledSession()
{
    newSession(BundledContent::defaultKit.toString(), BundledContent::defaultBrief.toString());
}

bool MainWindow::newSession(const QString &kitName, const QString &briefName)
{
    QString kitOrigin;
    Result<KitPtr> kit = BundledContent::loadKit(kitName, &kitOrigin);
    if (!kit) {
        m_dialogs->warn(this, tr("Could Not Load the Kit"), kit.errorText());
        return false;
    }
    QString briefOrigin;
    Result<Brief> brief = BundledContent::loadBrief(briefName, *kit.value(), &briefOrigin);
    if (!brief) {
        m_dialogs->warn(this, tr("Could Not Load the Brief"), brief.errorText());
        return false;
    }
    return startSession(kit.value(), brief.value(), kitOrigin, briefOrigin);
}

bool MainWindow::startSession(KitPtr kit, const Brief &brief, const QString &kitOrigin,
                              const QString &briefOrigin)
{
    if (!settleCurrentSession(false))
        return false;
    Session session(kit, brief, m_document->now());
    session.kitOrigin = kitOrigin;
    session.briefOrigin = briefOrigin;
    adopt(std::move(session), QString(), true);
    showMessage(tr("New session: %1").arg(brief.displayTitle(kit->fieldKeys())));
    return true;
}

// The kit new sessions from a page or a blank brief use: the current
// session's, so a writer keeps working with the kit they chose.
static KitPtr kitForNewBrief(const SessionDocument *document, QString *origin)
{
    if (document->hasSession()) {
        *origin = document->session().kitOrigin;
        return document->session().kitPtr();
    }
    return BundledContent::loadKit(BundledContent::defaultKit.toString(), origin).value();
}

void MainWindow::newFromPage()
{
    QString kitOrigin;
    const KitPtr kit = kitForNewBrief(m_document, &kitOrigin);
    ImportBriefDialog dialog(kit, m_clipboard, m_dialogs, this);
    if (m_dialogs->exec(&dialog) != QDialog::Accepted)
        return;
    startSession(kit, dialog.brief(), kitOrigin, tr("imported from page text"));
}

void MainWindow::newFromBlankBrief()
{
    QString kitOrigin;
    const KitPtr kit = kitForNewBrief(m_document, &kitOrigin);
    Brief blank;
    for (const FieldDef &field : kit->fields)
        blank.setValue(field.key, FieldValue::empty(field.type));
    BriefEditorDialog dialog(*kit, blank, this);
    dialog.setWindowTitle(tr("New Brief"));
    if (m_dialogs->exec(&dialog) != QDialog::Accepted)
        return;
    startSession(kit, dialog.brief(), kitOrigin, tr("written in PromptDeck"));
}

bool MainWindow::openLibrary(const QString &mapFile)
{
    Diagnostics warnings;
    Result<TopicalMap> map = MapLoader::loadFile(mapFile, &warnings);
    if (!map) {
        m_dialogs->warn(this, tr("Could Not Open the Map"), map.errorText());
        return false;
    }
    m_settings.setLastMap(QFileInfo(mapFile).absoluteFilePath());
    if (!warnings.isEmpty())
        showMessage(formatDiagnostics(warnings), 15000);
    m_deck->commitPendingEdits();
    m_autosaver->saveNow(); // so the Library shows this session as it is
    LibraryModel model;
    model.setMap(map.value());
    LibraryDialog dialog(&model, this);
    if (m_dialogs->exec(&dialog) != QDialog::Accepted || dialog.chosenArticle() < 0)
        return false;
    const MapArticle &article = map.value().articles.at(dialog.chosenArticle());
    if (QFileInfo::exists(article.sessionFile))
        return openFile(article.sessionFile);
    return startMapArticle(map.value(), dialog.chosenArticle());
}

bool MainWindow::startMapArticle(const TopicalMap &map, int index)
{
    const MapArticle &article = map.articles.at(index);
    QString kitOrigin;
    Result<KitPtr> kit = BundledContent::loadKit(map.kit, &kitOrigin);
    if (!kit) {
        m_dialogs->warn(this, tr("Could Not Load the Map's Kit"), kit.errorText());
        return false;
    }
    Result<Brief> brief = map.briefFor(index, *kit.value());
    if (!brief) {
        m_dialogs->warn(this, tr("Could Not Read the Article's Brief"), brief.errorText());
        return false;
    }
    Brief chosen = brief.value();
    if (!BriefLoader::missingRequired(chosen, *kit.value()).isEmpty()) {
        // The map does not say everything a session needs: ask for the rest.
        BriefEditorDialog dialog(*kit.value(), chosen, this);
        dialog.setWindowTitle(tr("Brief of “%1”").arg(article.title));
        if (m_dialogs->exec(&dialog) != QDialog::Accepted)
            return false;
        chosen = dialog.brief();
    }
    if (!settleCurrentSession(false))
        return false;
    Session session(kit.value(), chosen, m_document->now());
    session.kitOrigin = kitOrigin;
    session.briefOrigin = tr("map %1").arg(map.file);
    QDir().mkpath(QFileInfo(article.sessionFile).absolutePath());
    const Status saved = SessionFile::save(session, article.sessionFile, m_document->now());
    if (!saved) {
        m_dialogs->warn(this, tr("Could Not Start the Session"), saved.errorText());
        return false;
    }
    adopt(std::move(session), article.sessionFile, false);
    showMessage(tr("Started “%1”, saved next to the map as %2.")
                    .arg(article.title, QFileInfo(article.sessionFile).fileName()));
    return true;
}

bool MainWindow::saveBriefAs()
{
    if (!m_document->hasSession())
        return false;
    const QString dir = m_document->filePath().isEmpty()
                            ? QDir::homePath()
                            : QFileInfo(m_document->filePath()).absolutePath();
    QString path = m_dialogs->saveFileName(
        this, tr("Save Brief As"), QDir(dir).filePath(tr("brief.yaml")), tr("Briefs (*.yaml)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yaml");
    const Session &session = m_document->session();
    const Status written = SafeFileWriter::write(
        path,
        BriefWriter::toYaml(session.brief(), session.kit(),
                            tr("A brief for the PromptDeck kit '%1'.").arg(session.kit().id)));
    if (!written) {
        m_dialogs->warn(this, tr("Could Not Save the Brief"), written.errorText());
        return false;
    }
    showMessage(tr("Saved the brief as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::save()
{
    m_deck->commitPendingEdits();
    m_document->setView(m_deck->viewState());
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (m_document->changedOnDisk())
        return resolveExternalChange();
    const Status saved = m_document->saveAs(m_document->filePath());
    if (!saved) {
        showSaveProblem(saved.errorText());
        m_dialogs->warn(this, tr("Could Not Save"), saved.errorText());
        return false;
    }
    m_saveProblem->hide();
    showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool MainWindow::saveAs()
{
    m_deck->commitPendingEdits();
    m_document->setView(m_deck->viewState());
    const QString suggestion = m_document->filePath().isEmpty()
                                   ? QDir::home().filePath(tr("article.promptdeck"))
                                   : m_document->filePath();
    QString path =
        m_dialogs->saveFileName(this, tr("Save Session As"), suggestion, sessionFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".promptdeck");
    const QString untitled =
        m_document->filePath().isEmpty() ? m_autosaver->untitledPath() : QString();
    const Status saved = m_document->saveAs(path);
    if (!saved) {
        m_dialogs->warn(this, tr("Could Not Save"), saved.errorText());
        return false;
    }
    if (!untitled.isEmpty())
        QFile::remove(untitled);
    m_autosaver->setUntitledPath(QString());
    m_settings.setLastSession(path);
    m_settings.addRecentFile(path);
    m_saveProblem->hide();
    showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::copyPrompt(int row)
{
    if (row < 0 || row >= m_document->cardCount())
        return;
    m_deck->commitPendingEdits();
    const Session &session = m_document->session();
    const CardStatus status = session.status(row);
    if (status.state == CardState::Waiting) {
        QStringList missing;
        for (const QString &id : status.missing)
            missing.append(session.kit().cardLabel(session.kit().cardIndex(id)));
        const int choice = m_dialogs->ask(
            this, tr("Copy an Incomplete Prompt?"),
            tr("Card %1 is waiting for the answer to %2. Its prompt has a marker where that "
               "answer goes.\n\nCopy it anyway?")
                .arg(row + 1)
                .arg(missing.join(tr(" and "))),
            {tr("Copy Anyway")});
        if (choice != 0)
            return;
    }
    const Result<RenderedText> prompt = session.renderPrompt(row);
    if (!prompt) {
        m_dialogs->warn(this, tr("Could Not Build the Prompt"), prompt.errorText());
        return;
    }
    m_clipboard->setText(prompt.value().text);
    if (CardWidget *card = m_deck->card(row))
        card->showCopied(prompt.value().text.size());
    showMessage(
        tr("Copied the prompt of %1 (%2 characters). Paste it into your AI chat.")
            .arg(session.kit().cardLabel(row), QLocale().toString(prompt.value().text.size())));
}

void MainWindow::pasteAnswer(int row)
{
    if (row < 0 || row >= m_document->cardCount())
        return;
    m_deck->commitPendingEdits();
    // Read the clipboard once, check it, store it, save it.
    const std::optional<QString> text = m_clipboard->text();
    if (!text) {
        m_dialogs->warn(
            this, tr("Nothing to Paste"),
            tr("The clipboard holds no text (an image or a file, perhaps). Copy the AI's "
               "answer as text and try again. Nothing was changed."));
        return;
    }
    if (isBlank(*text)) {
        m_dialogs->warn(this, tr("Nothing to Paste"),
                        tr("The clipboard is empty. Copy the AI's answer and try again. Nothing "
                           "was changed."));
        return;
    }
    if (const Status size = Session::checkAnswerSize(text->size()); !size) {
        m_dialogs->warn(this, tr("Answer Too Long"), size.error().message);
        return;
    }
    if (m_document->session().answerText(row) == *text) {
        showMessage(
            tr("The answer to %1 is already this text.").arg(m_document->kit().cardLabel(row)));
        return;
    }
    // A paste into a ready card moves on to the next card: this one closes
    // first, so that its answer box is not filled only to be hidden.
    const bool movesOn =
        m_document->session().status(row).state == CardState::Ready && row + 1 < m_deck->count();
    CardWidget *card = m_deck->card(row);
    if (card && movesOn)
        card->setExpanded(false);
    if (!m_document->setAnswer(row, *text, AnswerVersion::Origin::Pasted))
        return;
    showMessage(tr("Pasted the answer to %1 (%2 characters).")
                    .arg(m_document->kit().cardLabel(row), QLocale().toString(text->size())));
    if (movesOn)
        m_deck->openCard(row + 1);
    else if (card && !card->isExpanded())
        card->setExpanded(true);
}

void MainWindow::editBrief()
{
    if (!m_document->hasSession())
        return;
    m_deck->commitPendingEdits();
    BriefEditorDialog dialog(m_document->kit(), m_document->session().brief(), this);
    if (m_dialogs->exec(&dialog) != QDialog::Accepted)
        return;
    int staleBefore = 0;
    for (int i = 0; i < m_document->cardCount(); ++i)
        staleBefore += m_document->session().status(i).state == CardState::Stale ? 1 : 0;
    if (!m_document->setBrief(dialog.brief())) {
        showMessage(tr("The brief is unchanged."));
        return;
    }
    int staleAfter = 0;
    for (int i = 0; i < m_document->cardCount(); ++i)
        staleAfter += m_document->session().status(i).state == CardState::Stale ? 1 : 0;
    showMessage(staleAfter > staleBefore
                    ? tr("Brief saved. Answered cards that use a changed field are now stale: %1.")
                          .arg(staleAfter - staleBefore)
                    : tr("Brief saved."));
}

void MainWindow::showHistory(int row)
{
    if (row < 0 || row >= m_document->cardCount())
        return;
    m_deck->commitPendingEdits();
    HistoryDialog dialog(m_document, row, this);
    m_dialogs->exec(&dialog);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleCurrentSession(true)) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_autosaver->release();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".promptdeck"))) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".promptdeck"))) {
            event->acceptProposedAction();
            openFile(url.toLocalFile());
            return;
        }
    }
}

} // namespace PromptDeck::Gui
