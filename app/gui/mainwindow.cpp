#include "mainwindow.h"

#include "answerguard.h"
#include "briefeditordialog.h"
#include "briefpanel.h"
#include "bundledsessioncontent.h"
#include "carddeck.h"
#include "carddelegate.h"
#include "cardwidget.h"
#include "clipboard.h"
#include "dialogs.h"
#include "guilogging.h"
#include "historydialog.h"
#include "io/safefilewriter.h"
#include "promptmeter.h"
#include "rerunguide.h"
#include "session/sessionexporter.h"
#include "session/sessionreview.h"
#include "text/textstats.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

MainWindow::MainWindow(Clipboard *clipboard, Dialogs *dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_clipboard(clipboard)
    , m_dialogs(dialogs)
    , m_document(new SessionDocument(this))
    , m_model(new CardListModel(m_document, this))
    , m_autosaver(new SessionAutosaver(m_document, this))
    , m_lifecycle(new SessionLifecycle(bundledSessionContent(), m_document, m_autosaver, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_autosaver->setDelay(m_settings.autosaveDelay());

    m_briefPanel = new BriefPanel(m_document, m_model, this);
    m_deck = new CardDeck(m_document, m_model, m_dialogs, this);
    m_flow = new SessionFlow(
        {m_lifecycle, m_document, m_autosaver, m_deck, m_dialogs, m_clipboard, &m_settings}, this);

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
    m_chainMeter = new QLabel(this);
    m_chainMeter->setObjectName(QStringLiteral("chainMeter"));
    statusBar()->addPermanentWidget(m_chainMeter);
    // Measured on the next pass after a change, each changed prompt once.
    connect(m_model, &CardListModel::promptsMeasured, this, [this] {
        const ChainMeasure chain = m_model->chainMeasure();
        m_chainMeter->setText(PromptMeter::chainText(chain));
        m_chainMeter->setToolTip(PromptMeter::chainToolTip(chain));
    });

    m_actions = WindowActions::create(this);
    m_menus = m_actions.addMenus(this);
    m_rerun =
        new RerunGuide(m_document, m_deck, m_dialogs, this, m_actions.nextStale, m_actions.keepAll);
    connectActions();
    trackUndo();
    wireViews();

    resize(1400, 900);
    // Where the last window was and how its bars stood.
    if (!m_settings.windowGeometry().isEmpty())
        restoreGeometry(m_settings.windowGeometry());
    if (!m_settings.windowState().isEmpty())
        restoreState(m_settings.windowState());
    updateTitle();
}

void MainWindow::wireViews()
{
    connect(m_briefPanel, &BriefPanel::editBriefRequested, this, &MainWindow::editBrief);
    connect(m_deck, &CardDeck::copyPromptRequested, this, &MainWindow::copyPrompt);
    connect(m_deck, &CardDeck::pasteAnswerRequested, this, &MainWindow::pasteAnswer);
    connect(m_deck, &CardDeck::historyRequested, this, &MainWindow::showHistory);
    connect(m_deck, &CardDeck::dismissStaleRequested, this, [this](int row) {
        if (!m_document->dismissStale(row))
            return;
        showMessage(tr("Kept the answer to %1 as it is.").arg(m_document->kit().cardLabel(row)));
        m_rerun->continueAfter(row);
    });
    connect(m_rerun, &RerunGuide::message, this,
            [this](const QString &text) { showMessage(text); });
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
    connect(m_autosaver, &SessionAutosaver::saved, this, &MainWindow::updateTitle);
    connect(m_autosaver, &SessionAutosaver::saveFailed, this, &MainWindow::showSaveProblem);
    connect(m_flow, &SessionFlow::message, this, &MainWindow::showMessage);
    connect(m_flow, &SessionFlow::saveProblem, this, &MainWindow::showSaveProblem);
    connect(m_flow, &SessionFlow::saveProblemCleared, m_saveProblem, &QWidget::hide);
    m_appConnections.append(
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
            for (QWidget *w = now; w; w = w->parentWidget()) {
                if (auto *card = qobject_cast<CardWidget *>(w)) {
                    m_deck->setCurrentCard(card->row());
                    break;
                }
            }
        }));
    connect(m_lifecycle, &SessionLifecycle::adopted, this, &MainWindow::onAdopted);
    connect(m_menus.recent, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    connect(m_menus.exports, &QMenu::aboutToShow, this, &MainWindow::updateExportMenu);
}

void MainWindow::connectActions()
{
    const WindowActions &a = m_actions;
    connect(a.newSession, &QAction::triggered, m_flow, &SessionFlow::newBundledSession);
    connect(a.newFromFiles, &QAction::triggered, m_flow, &SessionFlow::newFromFiles);
    connect(a.newFromPage, &QAction::triggered, m_flow, &SessionFlow::newFromPage);
    connect(a.newFromBlank, &QAction::triggered, m_flow, &SessionFlow::newFromBlankBrief);
    connect(a.saveBriefAs, &QAction::triggered, m_flow, &SessionFlow::saveBriefAs);
    connect(a.openMap, &QAction::triggered, m_flow, &SessionFlow::chooseMap);
    connect(a.library, &QAction::triggered, m_flow, &SessionFlow::openLastLibrary);
    connect(a.open, &QAction::triggered, m_flow, &SessionFlow::open);
    connect(a.save, &QAction::triggered, m_flow, &SessionFlow::save);
    connect(a.saveAs, &QAction::triggered, m_flow, &SessionFlow::saveAs);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.copyPrompt, &QAction::triggered, this, [this] { copyPrompt(m_deck->currentCard()); });
    connect(a.pasteAnswer, &QAction::triggered, this,
            [this] { pasteAnswer(m_deck->currentCard()); });
    connect(a.copyArticle, &QAction::triggered, this, &MainWindow::copyArticle);
    connect(a.editBrief, &QAction::triggered, this, &MainWindow::editBrief);
    connect(a.history, &QAction::triggered, this, [this] { showHistory(m_deck->currentCard()); });
    connect(a.expandAll, &QAction::triggered, m_deck, &CardDeck::expandAll);
    connect(a.collapseAll, &QAction::triggered, m_deck, &CardDeck::collapseAll);
    connect(a.nextCard, &QAction::triggered, this, [this] { m_deck->moveCurrent(1); });
    connect(a.previousCard, &QAction::triggered, this, [this] { m_deck->moveCurrent(-1); });
    connect(a.toggleCard, &QAction::triggered, this, [this] {
        if (CardWidget *card = m_deck->card(m_deck->currentCard()))
            card->setExpanded(!card->isExpanded());
    });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::trackUndo()
{
    auto *editUndo = new EditUndo(m_actions.undo, m_actions.redo, this);
    m_appConnections.append(
        connect(qApp, &QApplication::focusChanged, editUndo, &EditUndo::focusChanged));
}

void MainWindow::onAdopted()
{
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

void MainWindow::showAbout()
{
    ask<ProceedChoice>(m_dialogs, this, tr("About PromptDeck"),
                       tr("PromptDeck %1\n\nPrompt cards for writing SEO articles with a chat AI: "
                          "copy each prompt, paste the answer back, and later prompts fill "
                          "themselves in.")
                           .arg(QCoreApplication::applicationVersion()),
                       {{ProceedChoice::Proceed, tr("Close")}});
}

MainWindow::~MainWindow()
{
    // QWidget's destructor moves the focus while the children go; by then
    // this is no MainWindow any more, so its focus handlers must be gone.
    for (const QMetaObject::Connection &connection : std::as_const(m_appConnections))
        disconnect(connection);
}

bool MainWindow::exportTo(const QString &exportId, const QString &path)
{
    if (!mayWriteTo(m_dialogs, this, tr("Could Not Export"), path, m_document->filePath()))
        return false;
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

bool MainWindow::mayExportAsItIs(const ExportDef &def, const QString &title,
                                 const QString &question, const QString &anyway)
{
    m_deck->commitPendingEdits();
    const SessionReview review(m_document->session(), def);
    if (review.isClear())
        return true;
    return ask<ProceedChoice>(m_dialogs, this, title,
                              review.text() + QStringLiteral("\n\n") + question,
                              {{ProceedChoice::Proceed, anyway}}, DefaultButton::Cancel)
        .has_value();
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
    if (!mayExportAsItIs(*def, tr("Copy an Unfinished Article?"), tr("Copy the article as it is?"),
                         tr("Copy Anyway"))) {
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

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — PromptDeck").arg(m_flow->sessionDisplayName()));
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

void MainWindow::copyPrompt(int row)
{
    if (row < 0 || row >= m_document->cardCount())
        return;
    m_deck->commitPendingEdits();
    const Session &session = m_document->session();
    const QString waiting =
        SessionLifecycle::waitingText(session, row, SessionLifecycle::WaitingStyle::Sentences);
    if (!waiting.isEmpty() &&
        !ask<ProceedChoice>(m_dialogs, this, tr("Copy an Incomplete Prompt?"),
                            waiting + QStringLiteral("\n\n") + tr("Copy it anyway?"),
                            {{ProceedChoice::Proceed, tr("Copy Anyway")}})) {
        return;
    }
    const Result<RenderedText> prompt = session.renderPrompt(row);
    if (!prompt) {
        m_dialogs->warn(this, tr("Could Not Build the Prompt"), prompt.errorText());
        return;
    }
    m_clipboard->setText(prompt.value().text);
    m_document->promptCopied(row);
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
    if (const Status room = m_document->session().checkRevisionRoom(); !room) {
        m_dialogs->warn(this, tr("Answer Not Stored"), room.error().message);
        return;
    }
    if (m_document->session().answerText(row) == *text) {
        showMessage(
            tr("The answer to %1 is already this text.").arg(m_document->kit().cardLabel(row)));
        return;
    }
    if (!mayStoreAsAnswer(m_dialogs, this, m_document->session(), row, *text))
        return;
    // A paste into a ready card moves on to the next card: this one closes
    // first, so that its answer box is not filled only to be hidden.
    const CardState stateBefore = m_document->session().status(row).state;
    const bool movesOn = stateBefore == CardState::Ready && row + 1 < m_deck->count();
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
    // A re-run card is done: on to the next stale one, in order.
    if (stateBefore == CardState::Stale)
        m_rerun->continueAfter(row);
}

void MainWindow::editBrief()
{
    if (!m_document->hasSession())
        return;
    m_deck->commitPendingEdits();
    BriefEditorDialog dialog(m_document->kit(), m_document->session().brief(), this);
    if (m_dialogs->exec(&dialog) != QDialog::Accepted)
        return;
    const qsizetype staleBefore = m_document->session().staleCards().size();
    if (!m_document->setBrief(dialog.brief())) {
        showMessage(tr("The brief is unchanged."));
        return;
    }
    const qsizetype staleAfter = m_document->session().staleCards().size();
    showMessage(staleAfter > staleBefore
                    ? tr("Brief saved. Cards made from a changed field, or from a card that "
                         "was, are now stale: %1. Next Stale Card (F8) takes you through them.")
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

void MainWindow::updateRecentMenu()
{
    m_menus.recent->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString &path : files) {
        QAction *open = m_menus.recent->addAction(QDir::toNativeSeparators(path));
        connect(open, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_menus.recent->setEnabled(!files.isEmpty());
}

void MainWindow::updateExportMenu()
{
    m_menus.exports->clear();
    if (!m_document->hasSession())
        return;
    const QString base = m_document->filePath().isEmpty()
                             ? QStringLiteral("article")
                             : QFileInfo(m_document->filePath()).completeBaseName();
    auto offer = [this](const QString &text, const QString &id, const QString &fileName,
                        const QString &filter) {
        QAction *a = m_menus.exports->addAction(text);
        a->setObjectName(QStringLiteral("export_") + (id.isEmpty() ? QStringLiteral("json") : id));
        connect(a, &QAction::triggered, this, [this, id, fileName, filter] {
            // Asked before the file, so a cancelled export costs no choosing.
            // The JSON of the whole session is a backup, not the article: it
            // holds every card's state and is never held up.
            const ExportDef *def =
                id.isEmpty() ? nullptr : SessionExporter(m_document->session()).exportById(id);
            if (def && !mayExportAsItIs(*def, tr("Export Unfinished Work?"),
                                        tr("Export “%1” as it is?").arg(def->label),
                                        tr("Export Anyway"))) {
                return;
            }
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
    m_menus.exports->addSeparator();
    offer(tr("The Whole Session as JSON…"), QString(), base + QStringLiteral("-session.json"),
          tr("JSON (*.json)"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_flow->close()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
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
