#include "mainwindow.h"

#include "answeredit.h"
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
#include "session/sessionexporter.h"
#include "text/textstats.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLocale>
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
    connect(m_lifecycle, &SessionLifecycle::adopted, this, &MainWindow::onAdopted);
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
