// GUI tests of Edit › Undo and Redo, offscreen, on the bundled kit: the
// actions follow the answer box that has the focus, and the text an undo
// brings back is the card's answer at once, everywhere it shows.
#include "answeredit.h"
#include "cardwidget.h"
#include "guitest.h"
#include "mainwindow.h"
#include "models/cardlistmodel.h"
#include "promptview.h"
#include "session/sessionfile.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QTest>

using namespace PromptDeck;
using namespace PromptDeck::Core;
using namespace PromptDeck::Gui;
using PromptDeck::Tests::WindowFixture;

namespace {
const QString outline = QStringLiteral("# The outline\n\n## One\n\n## Two\n");
const QString research = QStringLiteral("Research notes:\r\n- a fact\n- another fact\n");
// The box keeps no CR: what it stores when typed into has plain breaks.
const QString inTheBox = QString(research).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
const QString note = QStringLiteral(" extra note");
} // namespace

class UndoTest final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpWindow(); }
    void cleanup() { tearDownWindow(); }

    void undo_restoresTheAnswerEverywhere_data();
    void undo_restoresTheAnswerEverywhere();
    void undo_ofANoteOnAWholeChain_leavesNothingStale_data()
    {
        undo_restoresTheAnswerEverywhere_data();
    }
    void undo_ofANoteOnAWholeChain_leavesNothingStale();
    void redo_bringsTheNoteBack_data() { undo_restoresTheAnswerEverywhere_data(); }
    void redo_bringsTheNoteBack();
    void undo_thenSave_savesTheRestoredText();
    void keys_everyBindingTakesOneStep_data();
    void keys_everyBindingTakesOneStep();
    void undo_boxMenu_storesTheTextAtOnce();
    void undo_backToAPasteInTheBox_storesThePastedBytes();
    void undoActions_followTheFocusedAnswerBox();
    void undoActions_greyWhenTheCardCollapsesOrTheSessionIsReset();

private:
    // Answers cards 1 and 2, opens card 2 again and types the note at the
    // end of its answer, and waits until the note is stored.
    void typeTheNote();
    // The note, then a deletion (a step of its own: it never merges with
    // typing); the box, or null if the answer never got there.
    AnswerEdit *typeTwoSteps();
    // Which of Undo and Redo are enabled: "undo redo", "undo", "redo", "".
    QString offered() const;
    QString answer(int row) const { return m_window->document()->session().answerText(row); }
    QAction *undo() const { return m_window->windowActions().undo; }
    QAction *redo() const { return m_window->windowActions().redo; }
    // One step back or forward the way the user takes it: from the Edit
    // menu, or by the platform's key in the box.
    void step(AnswerEdit *edit, bool byKey, QKeySequence::StandardKey key);
};

void UndoTest::typeTheNote()
{
    paste(0, outline);
    paste(1, research);
    card(1)->setExpanded(true);
    AnswerEdit *edit = card(1)->answerEdit();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, note);
    QTRY_COMPARE(answer(1), inTheBox + note);
}

AnswerEdit *UndoTest::typeTwoSteps()
{
    typeTheNote();
    if (QTest::currentTestFailed() || offered() != QStringLiteral("undo"))
        return nullptr;
    AnswerEdit *edit = card(1)->answerEdit();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!QTest::qWaitFor([this] { return answer(1) == inTheBox + note.chopped(1); }))
        return nullptr;
    return edit;
}

QString UndoTest::offered() const
{
    QStringList enabled;
    if (undo()->isEnabled())
        enabled.append(QStringLiteral("undo"));
    if (redo()->isEnabled())
        enabled.append(QStringLiteral("redo"));
    return enabled.join(QLatin1Char(' '));
}

void UndoTest::step(AnswerEdit *edit, bool byKey, QKeySequence::StandardKey key)
{
    if (!byKey) {
        (key == QKeySequence::Undo ? undo() : redo())->trigger();
        return;
    }
    // Through the shortcut map, as a real key press goes: the window's
    // action has the same key.
    const QKeySequence sequence = QKeySequence::keyBindings(key).constFirst();
    QTest::keySequence(edit, sequence);
}

void UndoTest::undo_restoresTheAnswerEverywhere_data()
{
    QTest::addColumn<bool>("byKey");
    QTest::newRow("Edit menu") << false;
    QTest::newRow("key") << true;
}

void UndoTest::undo_restoresTheAnswerEverywhere()
{
    QFETCH(bool, byKey);
    AnswerEdit *edit = typeTwoSteps();
    QVERIFY(edit);

    // One step back, exactly one.
    step(edit, byKey, QKeySequence::Undo);
    QCOMPARE(answer(1), inTheBox + note);
    QCOMPARE(offered(), QStringLiteral("undo redo"));

    // Back to the answer as pasted, byte for byte (its CRLF too), in the
    // session, the card list and the prompts that use it, without a pause.
    step(edit, byKey, QKeySequence::Undo);
    QCOMPARE(answer(1), research);
    QCOMPARE(edit->answerText(), inTheBox);
    QCOMPARE(m_window->model()->index(1).data(CardRoles::AnswerCharacters).toLongLong(),
             research.size());
    QVERIFY(!m_window->document()->session().renderPrompt(2).value().text.contains(note));
    QVERIFY(card(2)->isExpanded());
    QVERIFY(card(2)->promptView()->promptText().contains(QStringLiteral("another fact")));
    QVERIFY(!card(2)->promptView()->promptText().contains(note));
    QCOMPARE(offered(), QStringLiteral("redo"));
}

void UndoTest::undo_ofANoteOnAWholeChain_leavesNothingStale()
{
    QFETCH(bool, byKey);
    // The twelve bundled answers, as a writer pastes them.
    const QStringList files = QDir(QStringLiteral(PROMPTDECK_TEST_DATA "/answers/python-gil"))
                                  .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 12);
    for (int i = 0; i < files.size(); ++i) {
        QFile file(QStringLiteral(PROMPTDECK_TEST_DATA "/answers/python-gil/") + files.at(i));
        QVERIFY(file.open(QIODevice::ReadOnly));
        paste(i, QString::fromUtf8(file.readAll()));
    }
    const Session &session = m_window->document()->session();
    QVERIFY(session.staleCards().isEmpty());
    const QString pasted = answer(1);

    // " extra note" typed onto the research: every card made from it, and
    // every card made from those, is stale.
    card(1)->setExpanded(true);
    AnswerEdit *edit = card(1)->answerEdit();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, note);
    QTRY_VERIFY(answer(1).endsWith(note));
    for (int row : {2, 3, 4, 8})
        QCOMPARE(session.status(row).state, CardState::Stale);
    QCOMPARE(session.staleCards(), (QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));

    // Undo: the research is the text they were made from, so none is.
    step(edit, byKey, QKeySequence::Undo);
    QCOMPARE(answer(1), pasted);
    QVERIFY(session.staleCards().isEmpty());
    QCOMPARE(m_window->model()->index(8).data(CardRoles::State).toInt(), int(CardState::Answered));
    QVERIFY(!m_window->windowActions().nextStale->isEnabled());
}

void UndoTest::redo_bringsTheNoteBack()
{
    QFETCH(bool, byKey);
    AnswerEdit *edit = typeTwoSteps();
    QVERIFY(edit);
    step(edit, byKey, QKeySequence::Undo);
    step(edit, byKey, QKeySequence::Undo);
    QCOMPARE(answer(1), research);

    step(edit, byKey, QKeySequence::Redo);
    QCOMPARE(answer(1), inTheBox + note);
    QVERIFY(m_window->document()->session().renderPrompt(2).value().text.contains(note));
    QVERIFY(card(2)->promptView()->promptText().contains(note));
    QCOMPARE(offered(), QStringLiteral("undo redo"));
    step(edit, byKey, QKeySequence::Redo);
    QCOMPARE(answer(1), inTheBox + note.chopped(1));
    QCOMPARE(offered(), QStringLiteral("undo"));
}

void UndoTest::undo_thenSave_savesTheRestoredText()
{
    AnswerEdit *edit = typeTwoSteps();
    QVERIFY(edit);
    undo()->trigger();
    undo()->trigger();
    const QString file = m_home.filePath(QStringLiteral("undo.promptdeck"));
    m_dialogs.saveNames = {file};
    QVERIFY(m_window->saveAs());
    const Result<Session> saved = SessionFile::load(file);
    QVERIFY2(saved, qPrintable(saved.errorText()));
    QCOMPARE(saved.value().answerText(1), research);
}

void UndoTest::keys_everyBindingTakesOneStep_data()
{
    QTest::addColumn<QKeySequence>("key");
    QTest::addColumn<bool>("isRedo");
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Undo))
        QTest::addRow("undo %s", qPrintable(key.toString())) << key << false;
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        QTest::addRow("redo %s", qPrintable(key.toString())) << key << true;
}

void UndoTest::keys_everyBindingTakesOneStep()
{
    QFETCH(QKeySequence, key);
    QFETCH(bool, isRedo);
    QVERIFY(m_window->windowActions().undo->shortcuts().contains(key) ||
            m_window->windowActions().redo->shortcuts().contains(key));
    AnswerEdit *edit = typeTwoSteps();
    QVERIFY(edit);
    if (isRedo) {
        undo()->trigger();
        undo()->trigger();
    }
    QTest::keySequence(edit, key);
    // One step from either side lands on the note, stored at once.
    QCOMPARE(answer(1), inTheBox + note);
    QCOMPARE(edit->answerText(), inTheBox + note);
}

void UndoTest::undo_boxMenu_storesTheTextAtOnce()
{
    typeTheNote();
    if (QTest::currentTestFailed())
        return;
    AnswerEdit *edit = card(1)->answerEdit();
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5),
                            edit->viewport()->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(edit->viewport(), &event);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    auto *boxUndo = menu->findChild<QAction *>(QStringLiteral("edit-undo"));
    QVERIFY(boxUndo);
    boxUndo->trigger();
    menu->close();
    QCOMPARE(answer(1), research);
    QCOMPARE(offered(), QStringLiteral("redo"));
}

void UndoTest::undo_backToAPasteInTheBox_storesThePastedBytes()
{
    AnswerEdit *edit = card(0)->answerEdit();
    edit->setFocus();
    QGuiApplication::clipboard()->setText(research);
    edit->paste();
    QCOMPARE(answer(0), research);
    QTest::keyClicks(edit, note);
    QTRY_COMPARE(answer(0), inTheBox + note);
    undo()->trigger();
    QCOMPARE(answer(0), research);
}

void UndoTest::undoActions_followTheFocusedAnswerBox()
{
    QCOMPARE(offered(), QString());
    typeTheNote();
    if (QTest::currentTestFailed())
        return;
    AnswerEdit *edit = card(1)->answerEdit();
    QVERIFY(undo()->isEnabled());

    // The prompt is read-only: nothing there to undo, whatever the box holds.
    card(1)->promptView()->setFocus();
    QCOMPARE(QApplication::focusWidget(), card(1)->promptView());
    QVERIFY(!undo()->isEnabled());
    undo()->trigger();
    QCOMPARE(answer(1), inTheBox + note);
    QCOMPARE(edit->answerText(), inTheBox + note);

    // Another card's box has a history of its own (none yet).
    card(2)->answerEdit()->setFocus();
    QVERIFY(!undo()->isEnabled());
    QTest::keyClicks(card(2)->answerEdit(), QStringLiteral("An intro"));
    QVERIFY(undo()->isEnabled());
    undo()->trigger();
    QCOMPARE(answer(2), QString());
    QCOMPARE(answer(1), inTheBox + note);
    QCOMPARE(offered(), QStringLiteral("redo"));

    // Back in card 2's box, its own steps are offered again.
    edit->setFocus();
    QCOMPARE(offered(), QStringLiteral("undo"));

    // A header, or nothing in the window.
    card(1)->header()->setFocus();
    QVERIFY(!undo()->isEnabled());
    edit->setFocus();
    QVERIFY(undo()->isEnabled());
    edit->clearFocus();
    QVERIFY(!undo()->isEnabled());
}

void UndoTest::undoActions_greyWhenTheCardCollapsesOrTheSessionIsReset()
{
    typeTheNote();
    if (QTest::currentTestFailed())
        return;
    AnswerEdit *edit = card(1)->answerEdit();
    QVERIFY(undo()->isEnabled());
    card(1)->setExpanded(false);
    QVERIFY(!edit->isVisible());
    QVERIFY(!undo()->isEnabled());
    card(1)->setExpanded(true);
    edit->setFocus();
    QVERIFY(undo()->isEnabled());

    // The answer replaced from outside the box: the box's steps are gone.
    paste(1, QStringLiteral("Other research"));
    QCOMPARE(edit->answerText(), QStringLiteral("Other research"));
    QCOMPARE(offered(), QString());

    QTest::keyClicks(edit, note);
    QVERIFY(undo()->isEnabled());
    // Another session: the boxes go with the cards they belonged to.
    const QString file = m_home.filePath(QStringLiteral("other.promptdeck"));
    m_dialogs.saveNames = {file};
    QVERIFY(m_window->saveAs());
    m_window->newBundledSession();
    QVERIFY(m_window->document()->filePath().isEmpty());
    QCOMPARE(offered(), QString());
}

int main(int argc, char **argv)
{
    return PromptDeck::Tests::runGuiTest<UndoTest>(argc, argv);
}

#include "tst_undo.moc"
