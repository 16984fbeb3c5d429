// GUI tests of the real main window, offscreen: the user's path from the
// first prompt to a reopened session, driven by object name, with a fake
// clipboard and scripted dialogs instead of modal ones.
#include "answeredit.h"
#include "base/inputlimits.h"
#include "briefeditordialog.h"
#include "briefform.h"
#include "briefpanel.h"
#include "bulletsorter.h"
#include "carddeck.h"
#include "cardwidget.h"
#include "checklist.h"
#include "guitest.h"
#include "historydialog.h"
#include "importbriefdialog.h"
#include "kit/briefloader.h"
#include "librarydialog.h"
#include "mainwindow.h"
#include "promptview.h"
#include "session/sessionfile.h"
#include "testseams.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace PromptDeck;
using namespace PromptDeck::Core;
using namespace PromptDeck::Gui;
using PromptDeck::Tests::FakeClipboard;
using PromptDeck::Tests::ScriptedDialogs;

class MainWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startup_opensTheBundledKitOnTheFirstCard();
    void collapsedCards_buildNoPromptOrEditor();
    void copyPrompt_putsExactlyWhatTheCommandLinePrints();
    void pasteAnswer_makesTheNextCardReadyAndOpensIt();
    void statusMessage_leavesTheDeckItsHeight();
    void replacingAnAnswer_makesTheDependentCardStale();
    void dismissStale_keepsTheAnswer();
    void editingTheBrief_makesCardsThatUseItStale();
    void briefEditor_refusesAnEmptyRequiredField();
    void typingAnAnswer_updatesTheChainAfterAPause();
    void undo_takesBackAPasteInTheAnswerBox();
    void copyingAWaitingCard_asksFirst();
    void clipboardWithoutText_isRefusedWithAMessage();
    void hugeClipboard_isRefusedAndNothingStored();
    void pasteIntoTheBox_storesTheExactText();
    void history_showsAndRestoresEarlierAnswers();
    void saveCloseReopen_restoresTheSessionExactly();
    void untitledAutosave_survivesARestart();
    void closingAnUntitledSession_asks();
    void keyboard_movesBetweenAndOpensCards();
    void progressLine_countsAnsweredAndStale();
    void dropOfASessionFile_opensIt();
    void titleShowsNameAndModifiedMark();
    void newFromFiles_usesTheChosenKitAndBrief();
    void openAndOpenRecent_openSessions();
    void openingABrokenFile_saysWhyAndKeepsTheSession();
    void checks_showOnTheCardAndInTheProgressLine();
    void checks_followTheAnswerAsItIsTyped();
    void export_writesTheKitsExportsAndJson();
    void copyArticle_putsTheMarkdownOnTheClipboard();
    void newFromPage_pasteFixAndStart();
    void newFromPage_aPageWithoutABriefSaysSo();
    void newFromBlankBrief_requiresTheRequiredFields();
    void saveBriefAs_writesABriefThatLoads();
    void library_startsAnArticleNextToTheMapAndOpensItAgain();
    void windowGeometryAndState_areRestored();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString &file = QString());
    CardWidget *card(int row) const { return m_window->deck()->card(row); }
    QString binary() const { return QStringLiteral(PROMPTDECK_BINARY); }
    void paste(int row, const QString &text)
    {
        m_clipboard.contents = text;
        m_window->pasteAnswer(row);
    }

    QTemporaryDir m_home;
    FakeClipboard m_clipboard;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

std::unique_ptr<MainWindow> MainWindowTest::makeWindow(const QString &file)
{
    auto window = std::make_unique<MainWindow>(&m_clipboard, &m_dialogs);
    window->autosaver()->setDelay(50);
    window->resize(1400, 900);
    window->startup(file);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void MainWindowTest::init()
{
    QSettings().clear();
    QDir(SessionAutosaver::untitledFolder()).removeRecursively();
    m_clipboard = FakeClipboard();
    m_dialogs = ScriptedDialogs();
    m_window = makeWindow();
}

void MainWindowTest::cleanup()
{
    // Closing would ask about the untitled session; tests that close do so
    // themselves.
    m_window.reset();
}

void MainWindowTest::startup_opensTheBundledKitOnTheFirstCard()
{
    QCOMPARE(m_window->deck()->count(), 12);
    QVERIFY(m_window->document()->filePath().isEmpty());
    QVERIFY(card(0)->isExpanded());
    QCOMPARE(m_window->deck()->currentCard(), 0);
    QCOMPARE(m_window->briefPanel()->progressText(), QStringLiteral("0 of 12 answered"));
    const auto *title = m_window->findChild<QLabel *>(QStringLiteral("briefTitle"));
    QCOMPARE(
        title->text(),
        QStringLiteral(
            "Understanding Python performance basics: interpreter, object model, and the GIL"));
    // The navigator shows the same model.
    auto *navigator = m_window->findChild<QListView *>(QStringLiteral("cardNavigator"));
    QCOMPARE(navigator->model()->rowCount(), 12);
    // Waiting cards say which answer they wait for, and what they use.
    QVERIFY(card(1)
                ->findChild<QLabel *>(QStringLiteral("usesLabel"))
                ->text()
                .contains(QStringLiteral("Article Outline")));
    QVERIFY(card(1)
                ->findChild<QLabel *>(QStringLiteral("stateDetail"))
                ->text()
                .contains(QStringLiteral("waiting for")));
}

void MainWindowTest::collapsedCards_buildNoPromptOrEditor()
{
    for (int row = 1; row < 12; ++row) {
        QVERIFY(!card(row)->isExpanded());
        QVERIFY2(!card(row)->hasBody(), qPrintable(QString::number(row)));
        QVERIFY(!card(row)->promptView());
        QVERIFY(!card(row)->answerEdit());
    }
    m_window->windowActions().expandAll->trigger();
    for (int row = 0; row < 12; ++row)
        QVERIFY(card(row)->hasBody());
    m_window->windowActions().collapseAll->trigger();
    for (int row = 0; row < 12; ++row)
        QVERIFY(!card(row)->isExpanded());
}

void MainWindowTest::copyPrompt_putsExactlyWhatTheCommandLinePrints()
{
    paste(0, QStringLiteral("# An outline\r\n## With {{brief.title}} and \\1 in it\n"));
    QVERIFY(card(1)->isExpanded());
    auto *copy = card(1)->findChild<QPushButton *>(QStringLiteral("copyPromptButton"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(m_clipboard.contents.has_value());
    QVERIFY(card(1)
                ->findChild<QLabel *>(QStringLiteral("copiedLabel"))
                ->text()
                .contains(QStringLiteral("Copied")));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.promptdeck"));
    QVERIFY(m_window->document()->saveCopy(file).ok());
    QProcess process;
    process.start(binary(), {QStringLiteral("prompt"), file, QStringLiteral("2")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), m_clipboard.contents->toUtf8());

    // The view marks what came from the brief and from the answer, and names it.
    PromptView *view = card(1)->promptView();
    QVERIFY(view->markedSpanCount() > 5);
    const qsizetype at = m_clipboard.contents->indexOf(QStringLiteral("# An outline"));
    QCOMPARE(view->sourceAt(at), QStringLiteral("From the answer to card 1, Article Outline"));
    const qsizetype keyword = m_clipboard.contents->indexOf(QStringLiteral("python GIL explained"));
    QCOMPARE(view->sourceAt(keyword), QStringLiteral("From the brief's Primary keyword"));
}

void MainWindowTest::pasteAnswer_makesTheNextCardReadyAndOpensIt()
{
    QCOMPARE(m_window->document()->session().status(1).state, CardState::Waiting);
    paste(0, QStringLiteral("THE OUTLINE"));
    QCOMPARE(m_clipboard.reads, 1);
    QCOMPARE(m_window->document()->session().answerText(0), QStringLiteral("THE OUTLINE"));
    QCOMPARE(m_window->document()->session().status(0).state, CardState::Answered);
    QCOMPARE(m_window->document()->session().status(1).state, CardState::Ready);
    // The next card opened, and its prompt holds the answer.
    QVERIFY(card(1)->isExpanded());
    QVERIFY(!card(0)->isExpanded());
    QCOMPARE(m_window->deck()->currentCard(), 1);
    QVERIFY(card(1)->promptView()->toPlainText().contains(
        QStringLiteral("--- OUTLINE ---\nTHE OUTLINE\n")));
    // Saved on the next pass of the event loop, though untitled.
    QVERIFY(m_window->autosaver()->isPending());
    QCoreApplication::processEvents();
    QVERIFY(!m_window->autosaver()->isPending());
    QVERIFY(QFileInfo::exists(m_window->autosaver()->untitledPath()));
    QVERIFY(SessionFile::load(m_window->autosaver()->untitledPath()).value().answerText(0) ==
            QStringLiteral("THE OUTLINE"));
    // The closed card's box is filled when it opens again.
    m_window->deck()->openCard(0);
    QCOMPARE(card(0)->findChild<QPlainTextEdit *>(QStringLiteral("answerEdit"))->toPlainText(),
             QStringLiteral("THE OUTLINE"));
}

void MainWindowTest::statusMessage_leavesTheDeckItsHeight()
{
    // A message that resized the deck would lay out every open card's
    // text again (a megabyte prompt: tens of milliseconds).
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCoreApplication::processEvents();
    const int before = m_window->deck()->height();
    m_clipboard.contents = QStringLiteral("An outline");
    m_window->pasteAnswer(0); // the first message of this window
    QCoreApplication::sendPostedEvents();
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    QCOMPARE(m_window->deck()->height(), before);
}

void MainWindowTest::replacingAnAnswer_makesTheDependentCardStale()
{
    paste(0, QStringLiteral("Outline one"));
    paste(1, QStringLiteral("Research"));
    QCOMPARE(m_window->document()->session().status(1).state, CardState::Answered);
    card(0)->setExpanded(true);
    paste(0, QStringLiteral("Outline two"));
    QCOMPARE(m_window->document()->session().status(1).state, CardState::Stale);
    const QModelIndex index = m_window->model()->index(1);
    QCOMPARE(index.data(CardRoles::ChangedInputs).toStringList(),
             QStringList{QStringLiteral("the answer to card 1, Article Outline")});
    QVERIFY(card(1)
                ->findChild<QLabel *>(QStringLiteral("stateDetail"))
                ->text()
                .contains(QStringLiteral("changed")));
    // The stale card's open prompt shows the new outline.
    card(1)->setExpanded(true);
    QVERIFY(card(1)->promptView()->toPlainText().contains(QStringLiteral("Outline two")));
}

void MainWindowTest::dismissStale_keepsTheAnswer()
{
    paste(0, QStringLiteral("Outline one"));
    paste(1, QStringLiteral("Research"));
    paste(0, QStringLiteral("Outline two"));
    card(1)->setExpanded(true);
    auto *keep = card(1)->findChild<QPushButton *>(QStringLiteral("dismissStaleButton"));
    QVERIFY(keep->isVisibleTo(card(1)));
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(m_window->document()->session().status(1).state, CardState::Answered);
    QCOMPARE(m_window->document()->session().answerText(1), QStringLiteral("Research"));
    QVERIFY(!keep->isVisibleTo(card(1)));
}

void MainWindowTest::editingTheBrief_makesCardsThatUseItStale()
{
    paste(0, QStringLiteral("Outline"));
    paste(1, QStringLiteral("Research"));
    m_dialogs.onExec = [](QDialog *dialog) {
        auto *editor = qobject_cast<BriefEditorDialog *>(dialog);
        auto *keyword =
            qobject_cast<QLineEdit *>(editor->editorFor(QStringLiteral("primary_keyword")));
        keyword->setText(QStringLiteral("python global interpreter lock"));
        editor->accept();
        return int(editor->result());
    };
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("editBriefButton")),
                      Qt::LeftButton);
    QCOMPARE(m_dialogs.executed, QStringList{QStringLiteral("briefEditor")});
    const Session &session = m_window->document()->session();
    QCOMPARE(session.brief().value(QStringLiteral("primary_keyword")).text(),
             QStringLiteral("python global interpreter lock"));
    QCOMPARE(session.status(0).state, CardState::Stale);
    QCOMPARE(session.status(0).changedInputs, QStringList{QStringLiteral("brief.primary_keyword")});
    QCOMPARE(session.status(1).state, CardState::Stale);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("briefGlance"))
                ->text()
                .contains(QStringLiteral("python global interpreter lock")));
    QVERIFY(m_window->document()->isModified() ||
            QFileInfo::exists(m_window->autosaver()->untitledPath()));
}

void MainWindowTest::briefEditor_refusesAnEmptyRequiredField()
{
    BriefEditorDialog dialog(m_window->document()->kit(), m_window->document()->session().brief());
    qobject_cast<QLineEdit *>(dialog.editorFor(QStringLiteral("title")))->clear();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.missingRequired(), QStringList{QStringLiteral("Title")});
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("briefProblem"))
                ->text()
                .contains(QStringLiteral("Title")));
    // Lists are one item per line; links keep their pillar mark.
    const Brief brief = dialog.brief();
    QCOMPARE(brief.value(QStringLiteral("secondary_keywords")).items().size(), 6);
    QVERIFY(brief.value(QStringLiteral("siblings")).links().first().pillar);
}

void MainWindowTest::typingAnAnswer_updatesTheChainAfterAPause()
{
    AnswerEdit *edit = card(0)->answerEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Typed outline"));
    // Nothing is committed while the user is typing ...
    QVERIFY(!m_window->document()->session().hasAnswer(0));
    // ... and shortly after they stop, the chain moves.
    QTRY_COMPARE(m_window->document()->session().answerText(0), QStringLiteral("Typed outline"));
    QCOMPARE(m_window->document()->session().status(1).state, CardState::Ready);
    QTRY_VERIFY(QFileInfo::exists(m_window->autosaver()->untitledPath()));
    QVERIFY(card(0)
                ->findChild<QLabel *>(QStringLiteral("answerCounts"))
                ->text()
                .contains(QStringLiteral("2 words")));
}

void MainWindowTest::undo_takesBackAPasteInTheAnswerBox()
{
    AnswerEdit *edit = card(0)->answerEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("first"));
    QTRY_COMPARE(m_window->document()->session().answerText(0), QStringLiteral("first"));
    QTest::keyClicks(edit, QStringLiteral(" second"));
    m_window->windowActions().undo->trigger();
    QTRY_COMPARE(m_window->document()->session().answerText(0), QStringLiteral("first"));
    m_window->windowActions().redo->trigger();
    QTRY_COMPARE(m_window->document()->session().answerText(0), QStringLiteral("first second"));
}

void MainWindowTest::copyingAWaitingCard_asksFirst()
{
    m_clipboard.contents = QStringLiteral("unchanged");
    m_dialogs.answers = {-1};
    m_window->copyPrompt(1);
    QCOMPARE(m_dialogs.questions.size(), 1);
    QVERIFY(m_dialogs.questions.first().contains(
        QStringLiteral("waiting for the answer to card 1, Article Outline")));
    QCOMPARE(m_clipboard.contents, std::optional<QString>(QStringLiteral("unchanged")));

    m_dialogs.answers = {0};
    m_window->copyPrompt(1);
    QVERIFY(m_clipboard.contents->contains(
        QStringLiteral("[MISSING: the answer to card 1, \"Article Outline\"")));
}

// Matrix row 17: an empty clipboard, or one without text.
void MainWindowTest::clipboardWithoutText_isRefusedWithAMessage()
{
    m_clipboard.contents.reset(); // an image, say
    m_window->pasteAnswer(0);
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY(m_dialogs.warnings.first().contains(QStringLiteral("holds no text")));
    m_clipboard.contents = QStringLiteral("  \n ");
    m_window->pasteAnswer(0);
    QCOMPARE(m_dialogs.warnings.size(), 2);
    QVERIFY(m_dialogs.warnings.last().contains(QStringLiteral("clipboard is empty")));
    QVERIFY(!m_window->document()->session().hasAnswer(0));
    QVERIFY(!m_window->document()->isModified());
}

// Matrix row 17: a clipboard over the cap.
void MainWindowTest::hugeClipboard_isRefusedAndNothingStored()
{
    m_clipboard.contents = QString(Limits::maxAnswerChars + 1, QLatin1Char('x'));
    m_window->pasteAnswer(0);
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY(m_dialogs.warnings.first().contains(QStringLiteral("at most 16,777,216")));
    QVERIFY(!m_window->document()->session().hasAnswer(0));
    QVERIFY(card(0)->answerEdit()->toPlainText().isEmpty());
}

void MainWindowTest::pasteIntoTheBox_storesTheExactText()
{
    AnswerEdit *edit = card(0)->answerEdit();
    edit->setFocus();
    // Ctrl+V in the box reads the system clipboard (offscreen has one).
    const QString text = QStringLiteral("Line one\r\nLine two\r\n{{answers.x}}");
    QGuiApplication::clipboard()->setText(text);
    edit->paste();
    // A paste into an empty box is the answer, exactly, stored and saved at once.
    QCOMPARE(m_window->document()->session().answerText(0), text);
    QCOMPARE(m_window->document()->session().record(0).answer->origin,
             AnswerVersion::Origin::Pasted);
    QCoreApplication::processEvents();
    QVERIFY(QFileInfo::exists(m_window->autosaver()->untitledPath()));

    QGuiApplication::clipboard()->setText(QString(Limits::maxAnswerChars + 1, QLatin1Char('y')));
    edit->selectAll();
    edit->paste();
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QCOMPARE(m_window->document()->session().answerText(0), text);
}

void MainWindowTest::history_showsAndRestoresEarlierAnswers()
{
    paste(0, QStringLiteral("first outline"));
    card(0)->setExpanded(true);
    paste(0, QStringLiteral("second outline"));
    auto *history = card(0)->findChild<QPushButton *>(QStringLiteral("historyButton"));
    QCOMPARE(history->text(), QStringLiteral("History (1)"));
    m_dialogs.onExec = [](QDialog *dialog) {
        auto *h = qobject_cast<HistoryDialog *>(dialog);
        if (h->versionCount() != 2)
            return int(QDialog::Rejected);
        h->selectVersion(1);
        if (h->shownText() != QStringLiteral("first outline"))
            return int(QDialog::Rejected);
        h->restoreSelected();
        return int(QDialog::Accepted);
    };
    QTest::mouseClick(history, Qt::LeftButton);
    QCOMPARE(m_dialogs.executed, QStringList{QStringLiteral("historyDialog")});
    QCOMPARE(m_window->document()->session().answerText(0), QStringLiteral("first outline"));
    QCOMPARE(card(0)->answerEdit()->toPlainText(), QStringLiteral("first outline"));
    QCOMPARE(history->text(), QStringLiteral("History (2)"));
}

void MainWindowTest::saveCloseReopen_restoresTheSessionExactly()
{
    paste(0, QStringLiteral("Outline v1"));
    paste(1, QStringLiteral("Research"));
    paste(0, QStringLiteral("Outline v2"));
    paste(2, QStringLiteral("Intro ✓ 🐍"));
    card(4)->setExpanded(true);
    card(1)->setExpanded(true);
    m_window->deck()->setCurrentCard(4);
    QApplication::processEvents();
    m_window->deck()->verticalScrollBar()->setValue(300);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("article.promptdeck"));
    m_dialogs.saveNames = {file};
    QVERIFY(m_window->saveAs());
    QCOMPARE(m_window->document()->filePath(), file);
    QVERIFY(!m_window->document()->isModified());
    const QByteArray savedSession = SessionFile::load(file).value().answerText(2).toUtf8();
    QCOMPARE(savedSession, QStringLiteral("Intro ✓ 🐍").toUtf8());

    const ViewState view = m_window->deck()->viewState();
    QList<CardStatus> statuses;
    for (int i = 0; i < 12; ++i)
        statuses.append(m_window->document()->session().status(i));
    QVERIFY(m_window->close());
    m_window.reset();

    m_window = makeWindow();
    QCOMPARE(m_window->document()->filePath(), file);
    const Session &session = m_window->document()->session();
    QCOMPARE(session.answerText(0), QStringLiteral("Outline v2"));
    QCOMPARE(session.record(0).history.size(), 1);
    QCOMPARE(session.record(0).history.first().text, QStringLiteral("Outline v1"));
    QCOMPARE(session.answerText(2), QStringLiteral("Intro ✓ 🐍"));
    for (int i = 0; i < 12; ++i)
        QCOMPARE(session.status(i), statuses.at(i));
    QCOMPARE(m_window->deck()->viewState().expandedCards, view.expandedCards);
    QCOMPARE(m_window->deck()->currentCard(), 4);
    QTRY_COMPARE(m_window->deck()->verticalScrollBar()->value(), view.scroll);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("article.promptdeck")));
}

void MainWindowTest::untitledAutosave_survivesARestart()
{
    paste(0, QStringLiteral("Pasted and never saved by hand"));
    QCoreApplication::processEvents();
    const QString autosave = m_window->autosaver()->untitledPath();
    QVERIFY(QFileInfo::exists(autosave));
    // The window goes away without closing (as in a crash) ...
    m_window.reset();
    // ... and the next start reopens the untitled session.
    m_window = makeWindow();
    QVERIFY(m_window->document()->filePath().isEmpty());
    QCOMPARE(m_window->autosaver()->untitledPath(), autosave);
    QCOMPARE(m_window->document()->session().answerText(0),
             QStringLiteral("Pasted and never saved by hand"));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Untitled")));
}

void MainWindowTest::closingAnUntitledSession_asks()
{
    // Nothing in it: closes without a question.
    QVERIFY(m_window->close());
    QVERIFY(m_dialogs.questions.isEmpty());
    m_window = makeWindow();

    paste(0, QStringLiteral("An answer"));
    m_dialogs.answers = {-1}; // Cancel
    QVERIFY(!m_window->close());
    QCOMPARE(m_dialogs.questions.size(), 1);
    QCOMPARE(m_dialogs.lastButtons,
             (QStringList{QStringLiteral("Save As…"), QStringLiteral("Keep for Next Time")}));
    m_dialogs.answers = {1}; // Keep for next time
    QVERIFY(m_window->close());
    m_window = makeWindow();
    QCOMPARE(m_window->document()->session().answerText(0), QStringLiteral("An answer"));

    // Starting another session asks too, and Discard removes the autosave.
    const QString autosave = m_window->autosaver()->untitledPath();
    m_dialogs.answers = {1};
    m_window->windowActions().newSession->trigger();
    QVERIFY(!QFileInfo::exists(autosave));
    QVERIFY(!m_window->document()->session().hasAnswer(0));
}

void MainWindowTest::keyboard_movesBetweenAndOpensCards()
{
    QApplication::setActiveWindow(m_window.get());
    card(0)->header()->setFocus();
    QTRY_VERIFY(card(0)->header()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE(m_window->deck()->currentCard(), 1);
    QTRY_VERIFY(card(1)->header()->hasFocus());
    QTest::keyClick(card(1)->header(), Qt::Key_Return);
    QVERIFY(card(1)->isExpanded());
    QTest::keyClick(card(1)->header(), Qt::Key_Space);
    QVERIFY(!card(1)->isExpanded());
    QTest::keyClick(m_window.get(), Qt::Key_Up, Qt::ControlModifier);
    QTRY_COMPARE(m_window->deck()->currentCard(), 0);

    // Ctrl+Shift+V pastes into the current card, Ctrl+Shift+C copies its prompt.
    m_clipboard.contents = QStringLiteral("From the keyboard");
    QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->document()->session().answerText(0), QStringLiteral("From the keyboard"));
    QTRY_COMPARE(m_window->deck()->currentCard(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_clipboard.contents->startsWith(QStringLiteral("You are a research assistant")));
    // Every card header has an accessible name.
    QVERIFY(card(0)->header()->accessibleName().startsWith(
        QStringLiteral("Card 1, Article Outline, answered")));
}

void MainWindowTest::progressLine_countsAnsweredAndStale()
{
    paste(0, QStringLiteral("o1"));
    paste(1, QStringLiteral("r1"));
    paste(2, QStringLiteral("i1"));
    paste(0, QStringLiteral("o2"));
    QCOMPARE(m_window->briefPanel()->progressText(), QStringLiteral("3 of 12 answered, 2 stale"));
}

void MainWindowTest::dropOfASessionFile_opensIt()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dropped.promptdeck"));
    QProcess process;
    process.start(binary(), {QStringLiteral("new"), QStringLiteral("-o"), file});
    QVERIFY(process.waitForFinished(30000));
    QProcess answer;
    answer.start(binary(),
                 {QStringLiteral("answer"), file, QStringLiteral("1"), QStringLiteral("-")});
    answer.write("From the command line\n");
    answer.closeWriteChannel();
    QVERIFY(answer.waitForFinished(30000));

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->document()->filePath(), file);
    QCOMPARE(m_window->document()->session().answerText(0),
             QStringLiteral("From the command line\n"));
}

void MainWindowTest::titleShowsNameAndModifiedMark()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Untitled[*] — PromptDeck"));
    QVERIFY(!m_window->isWindowModified());
    paste(0, QStringLiteral("x"));
    QVERIFY(m_window->isWindowModified());
}

void MainWindowTest::newFromFiles_usesTheChosenKitAndBrief()
{
    m_dialogs.openNames = {QStringLiteral(PROMPTDECK_TEST_DATA "/kits/blog-post.yaml"),
                           QStringLiteral(PROMPTDECK_TEST_DATA "/briefs/blog-brief.yaml")};
    m_dialogs.onExec = [](QDialog *dialog) {
        auto *kit = dialog->findChild<QComboBox *>(QStringLiteral("kitChoice"));
        auto *brief = dialog->findChild<QComboBox *>(QStringLiteral("briefChoice"));
        // "Choose a file…" is the last entry; choosing it asks for the file.
        kit->setCurrentIndex(kit->count() - 1);
        Q_EMIT kit->activated(kit->count() - 1);
        brief->setCurrentIndex(brief->count() - 1);
        Q_EMIT brief->activated(brief->count() - 1);
        return int(QDialog::Accepted);
    };
    m_window->windowActions().newFromFiles->trigger();
    QCOMPARE(m_dialogs.executed, QStringList{QStringLiteral("newSessionDialog")});
    QCOMPARE(m_window->document()->kit().id, QStringLiteral("blog-post"));
    QCOMPARE(m_window->deck()->count(), 3);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("briefTitle"))->text(),
             QStringLiteral("Why our build got 40% faster"));
    QVERIFY(m_window->document()->session().kitOrigin.endsWith(QStringLiteral("blog-post.yaml")));
}

void MainWindowTest::openAndOpenRecent_openSessions()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.promptdeck"));
    const QString second = dir.filePath(QStringLiteral("second.promptdeck"));
    paste(0, QStringLiteral("first session's outline"));
    m_dialogs.saveNames = {first};
    QVERIFY(m_window->saveAs());
    m_window->newBundledSession();
    paste(0, QStringLiteral("second session's outline"));
    m_dialogs.saveNames = {second};
    QVERIFY(m_window->saveAs());

    m_dialogs.openNames = {first};
    m_window->windowActions().open->trigger();
    QCOMPARE(m_window->document()->filePath(), first);
    QCOMPARE(m_window->document()->session().answerText(0),
             QStringLiteral("first session's outline"));

    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    Q_EMIT recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 2);
    QCOMPARE(recent->actions().first()->text(), QDir::toNativeSeparators(first));
    recent->actions().at(1)->trigger();
    QCOMPARE(m_window->document()->filePath(), second);
    QCOMPARE(m_window->document()->session().answerText(0),
             QStringLiteral("second session's outline"));
}

// Matrix row 12: a broken file leaves the window as it was.
void MainWindowTest::openingABrokenFile_saysWhyAndKeepsTheSession()
{
    paste(0, QStringLiteral("keep me"));
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.promptdeck"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format_version\": 1, \"kit\": ");
    file.close();
    QVERIFY(!m_window->openFile(broken));
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY2(m_dialogs.warnings.first().contains(broken + QStringLiteral(":1:")),
             qPrintable(m_dialogs.warnings.first()));
    QCOMPARE(m_window->document()->session().answerText(0), QStringLiteral("keep me"));
    QVERIFY(m_dialogs.questions.isEmpty());
}

void MainWindowTest::checks_showOnTheCardAndInTheProgressLine()
{
    card(9)->setExpanded(true);
    paste(9, QStringLiteral(
                 "Meta title: Python GIL\nMeta description: short\nSlug: python-gil-explained"));
    QCoreApplication::processEvents(); // the checks run on the next pass
    auto *list = card(9)->findChild<CheckList *>(QStringLiteral("checkList"));
    QVERIFY(list);
    QCOMPARE(list->resultCount(), 5);
    QVERIFY(list->messages().contains(
        QStringLiteral("Meta title: 10 characters (text after “Meta title:”) — shorter than 50 (a "
                       "convention, not a rule)")));
    QCOMPARE(m_window->model()->index(9).data(CardRoles::CheckSummary).toString(),
             QStringLiteral("Checks: 4 warning(s), 1 passing"));
    QVERIFY(card(9)->findChild<QWidget *>(QStringLiteral("checkSummary"))->isVisibleTo(card(9)));

    // A failing card counts in the progress line.
    paste(10,
          QStringLiteral("1/2 ") + QString(300, QLatin1Char('x')) + QStringLiteral("\n\n2/2 ok"));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->model()->index(10).data(CardRoles::CheckLevel).toInt(),
             int(CheckResult::Level::Fail));
    QCOMPARE(m_window->briefPanel()->progressText(),
             QStringLiteral("2 of 12 answered, 1 failing checks"));
}

void MainWindowTest::checks_followTheAnswerAsItIsTyped()
{
    AnswerEdit *edit = card(0)->answerEdit();
    edit->setFocus();
    auto typeLines = [edit](const QStringList &lines) {
        for (const QString &line : lines) {
            QTest::keyClicks(edit, line);
            QTest::keyClick(edit, Qt::Key_Return);
        }
    };
    typeLines({QStringLiteral("## One"), QStringLiteral("## Two")});
    QTRY_COMPARE(m_window->model()->index(0).data(CardRoles::CheckLevel).toInt(),
                 int(CheckResult::Level::Warn));
    auto *list = card(0)->findChild<CheckList *>(QStringLiteral("checkList"));
    QTRY_VERIFY(
        list->messages().join(QLatin1Char('\n')).contains(QStringLiteral("H2 sections: 2")));
    typeLines({QStringLiteral("## Python GIL explained"), QStringLiteral("## 4"),
               QStringLiteral("## 5"), QStringLiteral("## 6")});
    QTRY_COMPARE(m_window->model()->index(0).data(CardRoles::CheckLevel).toInt(),
                 int(CheckResult::Level::Pass));
    QVERIFY(list->messages().join(QLatin1Char('\n')).contains(QStringLiteral("H2 sections: 6")));
}

void MainWindowTest::export_writesTheKitsExportsAndJson()
{
    paste(0, QStringLiteral("# Outline"));
    QTemporaryDir dir;
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("exportMenu"));
    Q_EMIT menu->aboutToShow();
    QStringList names;
    for (QAction *a : menu->actions())
        names.append(a->objectName());
    QCOMPARE(names, (QStringList{QStringLiteral("export_article"), QStringLiteral("export_page"),
                                 QStringLiteral("export_social"), QString(),
                                 QStringLiteral("export_json")}));

    const QString page = dir.filePath(QStringLiteral("page.html"));
    m_dialogs.saveNames = {page};
    menu->actions().at(1)->trigger();
    QFile html(page);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray bytes = html.readAll();
    QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
    QVERIFY(bytes.contains("[MISSING: the answer to card 3, &quot;Introduction&quot;"));

    const QString json = dir.filePath(QStringLiteral("s.json"));
    m_dialogs.saveNames = {json};
    menu->actions().at(4)->trigger();
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QVERIFY(jsonFile.readAll().contains("\"answer\": \"# Outline\""));
}

void MainWindowTest::copyArticle_putsTheMarkdownOnTheClipboard()
{
    paste(2, QStringLiteral("# Title\n\nIntro."));
    paste(8, QStringLiteral("# The finished article\n\nAll of it."));
    m_clipboard.contents.reset();
    m_window->windowActions().copyArticle->trigger();
    QCOMPARE(m_clipboard.contents,
             std::optional<QString>(QStringLiteral("# The finished article\n\nAll of it.\n")));
}

void MainWindowTest::newFromPage_pasteFixAndStart()
{
    QFile page(QStringLiteral(PROMPTDECK_TEST_DATA "/pages/values-03-kubernetes.txt"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    m_clipboard.contents = QString::fromUtf8(page.readAll());
    m_dialogs.onExec = [](QDialog *dialog) {
        auto *import = qobject_cast<ImportBriefDialog *>(dialog);
        // The user pastes the page and reads it.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pastePageButton")),
                          Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("readBriefButton")),
                          Qt::LeftButton);
        if (!import->isShowingPreview())
            return int(QDialog::Rejected);
        // What the page lacks is marked; the user fills in the word count ...
        if (!dialog->findChild<QLabel *>(QStringLiteral("importNotes"))
                 ->text()
                 .contains(QStringLiteral("Target word count")))
            return int(QDialog::Rejected);
        qobject_cast<QLineEdit *>(import->form()->editorFor(QStringLiteral("word_count")))
            ->setText(QStringLiteral("1,700"));
        // ... and moves the last keyword to the tips, and back.
        BulletSorter *sorter = import->sorter();
        sorter->listWidget(0)->setCurrentRow(sorter->listWidget(0)->count() - 1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("moveTo2")),
                          Qt::LeftButton);
        if (sorter->items(2).last() != QStringLiteral("pod restart loop"))
            return int(QDialog::Rejected);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("moveTo0")),
                          Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startSessionButton")),
                          Qt::LeftButton);
        return dialog->result();
    };
    m_window->windowActions().newFromPage->trigger();
    QCOMPARE(m_dialogs.executed, QStringList{QStringLiteral("importBriefDialog")});

    const Session &session = m_window->document()->session();
    QCOMPARE(session.brief().value(QStringLiteral("primary_keyword")).text(),
             QStringLiteral("liveness vs readiness probe"));
    QCOMPARE(session.brief().value(QStringLiteral("word_count")).number(),
             std::optional<qint64>(1700));
    QCOMPARE(session.brief().value(QStringLiteral("secondary_keywords")).items().size(), 8);
    QCOMPARE(session.brief().value(QStringLiteral("tips")).items().size(), 5);
    const QString prompt = session.renderPrompt(0).value().text;
    QVERIFY(prompt.contains(QStringLiteral(
        "Kubernetes liveness vs readiness probes: when each one restarts your pod")));
    QVERIFY(prompt.contains(QStringLiteral("about 1700 words")));
    QVERIFY(prompt.contains(QStringLiteral("- failureThreshold")));
    QCOMPARE(
        m_window->findChild<QLabel *>(QStringLiteral("briefTitle"))->text(),
        QStringLiteral("Kubernetes liveness vs readiness probes: when each one restarts your pod"));
}

void MainWindowTest::newFromPage_aPageWithoutABriefSaysSo()
{
    m_dialogs.onExec = [](QDialog *dialog) {
        auto *import = qobject_cast<ImportBriefDialog *>(dialog);
        import->setPageText(QStringLiteral("Just some notes.\nNothing like a brief."));
        import->readBrief();
        return import->isShowingPreview() ||
                       !import->problem().contains(QStringLiteral("no article brief found"))
                   ? int(QDialog::Accepted)
                   : int(QDialog::Rejected);
    };
    const QString before =
        m_window->document()->session().brief().value(QStringLiteral("title")).text();
    m_window->newFromPage();
    QCOMPARE(m_window->document()->session().brief().value(QStringLiteral("title")).text(), before);
}

void MainWindowTest::newFromBlankBrief_requiresTheRequiredFields()
{
    m_dialogs.onExec = [](QDialog *dialog) {
        auto *editor = qobject_cast<BriefEditorDialog *>(dialog);
        editor->accept(); // all empty: refused
        if (editor->result() == QDialog::Accepted || editor->missingRequired().size() != 6)
            return int(QDialog::Rejected);
        const QStringList required{QStringLiteral("title"), QStringLiteral("primary_keyword"),
                                   QStringLiteral("tone")};
        for (const QString &key : required)
            qobject_cast<QLineEdit *>(editor->editorFor(key))->setText(QStringLiteral("My ") + key);
        qobject_cast<QLineEdit *>(editor->editorFor(QStringLiteral("word_count")))
            ->setText(QStringLiteral("900"));
        qobject_cast<QPlainTextEdit *>(editor->editorFor(QStringLiteral("audience")))
            ->setPlainText(QStringLiteral("Cooks"));
        qobject_cast<QPlainTextEdit *>(editor->editorFor(QStringLiteral("angle")))
            ->setPlainText(QStringLiteral("Cheap"));
        editor->accept();
        return editor->result();
    };
    m_window->windowActions().newFromBlank->trigger();
    QCOMPARE(m_window->document()->session().brief().value(QStringLiteral("title")).text(),
             QStringLiteral("My title"));
    QVERIFY(m_window->document()->session().renderPrompt(0).value().text.contains(
        QStringLiteral("My primary_keyword")));
}

void MainWindowTest::saveBriefAs_writesABriefThatLoads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("written"));
    m_dialogs.saveNames = {path};
    QVERIFY(m_window->saveBriefAs());
    const Result<Brief> back =
        BriefLoader::loadFile(path + QStringLiteral(".yaml"), m_window->document()->kit());
    QVERIFY2(back.ok(), qPrintable(back.errorText()));
    QVERIFY(back.value() == m_window->document()->session().brief());
}

void MainWindowTest::library_startsAnArticleNextToTheMapAndOpensItAgain()
{
    QTemporaryDir dir;
    const QDir source(QStringLiteral(PROMPTDECK_TEST_DATA "/maps"));
    const QString map = dir.filePath(QStringLiteral("map.yaml"));
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("python-performance.yaml")), map));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("briefs")));
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("briefs/python-gil.yaml")),
                        dir.filePath(QStringLiteral("briefs/python-gil.yaml"))));

    // "Reading Python bytecode with dis" has no full brief: the brief
    // editor asks for the rest, prefilled with what the map knows.
    QString shownSummary;
    m_dialogs.onExec = [&shownSummary](QDialog *dialog) {
        if (auto *library = qobject_cast<LibraryDialog *>(dialog)) {
            shownSummary = dialog->findChild<QLabel *>(QStringLiteral("librarySummary"))->text();
            library->choose(3);
            return library->result();
        }
        auto *editor = qobject_cast<BriefEditorDialog *>(dialog);
        if (!editor ||
            qobject_cast<QLineEdit *>(editor->editorFor(QStringLiteral("title")))->text() !=
                QStringLiteral("Reading Python bytecode with dis"))
            return int(QDialog::Rejected);
        qobject_cast<QLineEdit *>(editor->editorFor(QStringLiteral("primary_keyword")))
            ->setText(QStringLiteral("python dis"));
        qobject_cast<QPlainTextEdit *>(editor->editorFor(QStringLiteral("angle")))
            ->setPlainText(QStringLiteral("Read it."));
        editor->accept();
        return editor->result();
    };
    m_dialogs.openNames = {map};
    m_window->windowActions().openMap->trigger();
    QCOMPARE(shownSummary, QStringLiteral("7 articles: 7 not started"));
    const QString session =
        dir.filePath(QStringLiteral("reading-python-bytecode-with-dis.promptdeck"));
    QCOMPARE(m_window->document()->filePath(), session);
    QVERIFY(QFile::exists(session));
    QCOMPARE(
        m_window->document()->session().brief().value(QStringLiteral("primary_keyword")).text(),
        QStringLiteral("python dis"));
    QCOMPARE(m_window->document()
                 ->session()
                 .brief()
                 .value(QStringLiteral("siblings"))
                 .links()
                 .first()
                 .title,
             QStringLiteral("Performance Tuning & Profiling Python Code"));

    // Work on it, then come back through the Library: it opens, not restarts.
    paste(0, QStringLiteral("# dis outline"));
    m_dialogs.onExec = [&shownSummary](QDialog *dialog) {
        auto *library = qobject_cast<LibraryDialog *>(dialog);
        shownSummary = dialog->findChild<QLabel *>(QStringLiteral("librarySummary"))->text();
        library->choose(3);
        return library->result();
    };
    m_window->newBundledSession();
    m_window->windowActions().library->trigger();
    QCOMPARE(shownSummary, QStringLiteral("7 articles: 1 in progress, 6 not started"));
    QCOMPARE(m_window->document()->filePath(), session);
    QCOMPARE(m_window->document()->session().answerText(0), QStringLiteral("# dis outline"));
}

void MainWindowTest::windowGeometryAndState_areRestored()
{
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("sessionToolBar"));
    QVERIFY(toolbar && toolbar->isVisible());
    toolbar->hide();
    m_window->resize(1100, 700);
    QVERIFY(m_window->close());

    // The next window stands where and as this one was left, bars included.
    m_window = std::make_unique<MainWindow>(&m_clipboard, &m_dialogs);
    m_window->startup();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1100, 700));
    toolbar = m_window->findChild<QToolBar *>(QStringLiteral("sessionToolBar"));
    QVERIFY(toolbar);
    QVERIFY(toolbar->isHidden());
}

int main(int argc, char **argv)
{
    return PromptDeck::Tests::runGuiTest<MainWindowTest>(argc, argv);
}

#include "tst_mainwindow.moc"
