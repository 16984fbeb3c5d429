// GUI tests of the real main window, offscreen: the user's path through the
// cards, from the first prompt to the exported article, driven by object
// name, with a fake clipboard and scripted dialogs instead of modal ones.
// Sessions in and out of the window: tst_sessionwindow.cpp.
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
#include "windowfixture.h"

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
using PromptDeck::Tests::WindowFixture;

class MainWindowTest final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpWindow(); }
    void cleanup() { tearDownWindow(); }

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
    void keyboard_movesBetweenAndOpensCards();
    void progressLine_countsAnsweredAndStale();
    void checks_showOnTheCardAndInTheProgressLine();
    void checks_followTheAnswerAsItIsTyped();
    void export_writesTheKitsExportsAndJson();
    void copyArticle_putsTheMarkdownOnTheClipboard();
};

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
    QCOMPARE(index.data(CardRoles::StaleReason).toString(),
             QStringLiteral("card 1, Article Outline, changed"));
    QCOMPARE(card(1)->findChild<QLabel *>(QStringLiteral("stateDetail"))->text(),
             QStringLiteral("· stale: card 1, Article Outline, changed"));
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
    const auto stored = [this] { return m_window->document()->session().answerText(0); };
    AnswerEdit *edit = card(0)->answerEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("first"));
    QVERIFY(QTest::qWaitFor([&] { return stored() == QStringLiteral("first"); }));
    QGuiApplication::clipboard()->setText(QStringLiteral(" second"));
    edit->paste();
    QVERIFY(QTest::qWaitFor([&] { return stored() == QStringLiteral("first second"); }));
    QVERIFY(m_window->windowActions().undo->isEnabled());
    m_window->windowActions().undo->trigger();
    QCOMPARE(stored(), QStringLiteral("first"));
    m_window->windowActions().redo->trigger();
    QCOMPARE(stored(), QStringLiteral("first second"));
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
    typeLines({QStringLiteral("# The title"), QStringLiteral("## One"), QStringLiteral("## Two")});
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

    // Only the outline is answered: the page is exported anyway.
    const QString page = dir.filePath(QStringLiteral("page.html"));
    m_dialogs.saveNames = {page};
    m_dialogs.answers = {0};
    menu->actions().at(1)->trigger();
    QCOMPARE(m_dialogs.questions.size(), 1);
    QVERIFY(m_dialogs.questions.first().startsWith(QStringLiteral("Export Unfinished Work?")));
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
    // The cards the editorial pass was made from have no answers yet.
    m_dialogs.answers = {0};
    m_window->windowActions().copyArticle->trigger();
    QCOMPARE(m_dialogs.questions.size(), 1);
    QCOMPARE(m_clipboard.contents,
             std::optional<QString>(QStringLiteral("# The finished article\n\nAll of it.\n")));
}

int main(int argc, char **argv)
{
    return PromptDeck::Tests::runGuiTest<MainWindowTest>(argc, argv);
}

#include "tst_mainwindow.moc"
