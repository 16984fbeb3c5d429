// The prompt is not the answer, in the window: Copy Prompt and then Paste
// Answer (the button, or Ctrl+V into the empty answer box) is refused with
// a question whose default, Cancel, stores nothing; Store Anyway stores it.
// A real answer is never asked about, and typing never is.
#include "answeredit.h"
#include "cardwidget.h"
#include "testseams.h"
#include "windowfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QPushButton>
#include <QTest>

using namespace PromptDeck;
using namespace PromptDeck::Core;
using namespace PromptDeck::Gui;
using PromptDeck::Tests::WindowFixture;

class PromptEchoWindowTest final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDownWindow(); }

    void pasteAnswer_ofTheCopiedPrompt_isRefusedAndNothingStored();
    void pasteAnswer_storeAnyway_storesThePrompt();
    void ctrlV_ofThePromptIntoTheEmptyBox_isRefused();
    void ctrlV_storeAnyway_fillsTheBoxAndStores();
    void realAnswers_andTyping_areNeverAsked();

private:
    static constexpr int research = 1;
    // Copies card 2's prompt as the user does: its Copy Prompt button.
    QString copyResearchPrompt();
    const Session &session() const { return m_window->document()->session(); }

    QString m_outline;
};

void PromptEchoWindowTest::init()
{
    setUpWindow();
    QFile file(QStringLiteral(PROMPTDECK_TEST_DATA "/answers/python-gil/01-outline.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_outline = QString::fromUtf8(file.readAll());
    paste(0, m_outline);
    QCOMPARE(session().answerText(0), m_outline);
    QVERIFY(card(research)->isExpanded());
}

QString PromptEchoWindowTest::copyResearchPrompt()
{
    QTest::mouseClick(card(research)->findChild<QPushButton *>(QStringLiteral("copyPromptButton")),
                      Qt::LeftButton);
    return m_clipboard.contents.value_or(QString());
}

void PromptEchoWindowTest::pasteAnswer_ofTheCopiedPrompt_isRefusedAndNothingStored()
{
    const QString prompt = copyResearchPrompt();
    QVERIFY(prompt.size() > 4000);
    // No answer scripted: the user cancels, as Return or Escape would.
    QTest::mouseClick(card(research)->findChild<QPushButton *>(QStringLiteral("pasteAnswerButton")),
                      Qt::LeftButton);
    QCOMPARE(m_dialogs.questions.size(), 1);
    QVERIFY2(m_dialogs.questions.first().contains(
                 QStringLiteral("the filled prompt of card 2 (\"Research & Evidence\"), not the "
                                "AI's answer")),
             qPrintable(m_dialogs.questions.first()));
    QCOMPARE(m_dialogs.lastButtons, QStringList{QStringLiteral("Store Anyway")});
    QCOMPARE(m_dialogs.lastDefault, DefaultButton::Cancel);
    QVERIFY(!session().hasAnswer(research));
    QVERIFY(card(research)->answerEdit()->answerText().isEmpty());
    QVERIFY(session().record(research).history.isEmpty());
    QCOMPARE(session().status(research).state, CardState::Ready);
}

void PromptEchoWindowTest::pasteAnswer_storeAnyway_storesThePrompt()
{
    const QString prompt = copyResearchPrompt();
    m_dialogs.answers = {0};
    m_window->pasteAnswer(research);
    QCOMPARE(m_dialogs.questions.size(), 1);
    QCOMPARE(session().answerText(research), prompt);
    QCOMPARE(session().record(research).answer->origin, AnswerVersion::Origin::Pasted);
}

void PromptEchoWindowTest::ctrlV_ofThePromptIntoTheEmptyBox_isRefused()
{
    const QString prompt = copyResearchPrompt();
    AnswerEdit *edit = card(research)->answerEdit();
    edit->setFocus();
    QGuiApplication::clipboard()->setText(prompt + QStringLiteral("\nOne more line.\n"));
    edit->paste();
    QCOMPARE(m_dialogs.questions.size(), 1);
    QVERIFY(m_dialogs.questions.first().contains(QStringLiteral("nearly the filled prompt")));
    QVERIFY(edit->answerText().isEmpty());
    QVERIFY(!session().hasAnswer(research));
    // A moment later nothing arrives either: no edit was left pending.
    card(research)->commitPendingEdit();
    QVERIFY(!session().hasAnswer(research));
}

void PromptEchoWindowTest::ctrlV_storeAnyway_fillsTheBoxAndStores()
{
    const QString prompt = copyResearchPrompt();
    AnswerEdit *edit = card(research)->answerEdit();
    edit->setFocus();
    QGuiApplication::clipboard()->setText(prompt);
    m_dialogs.answers = {0};
    edit->paste();
    QCOMPARE(m_dialogs.questions.size(), 1);
    QCOMPARE(edit->answerText(), prompt);
    QCOMPARE(session().answerText(research), prompt);
}

void PromptEchoWindowTest::realAnswers_andTyping_areNeverAsked()
{
    QFile file(QStringLiteral(PROMPTDECK_TEST_DATA "/answers/python-gil/02-research.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString notes = QString::fromUtf8(file.readAll());
    paste(research, notes);
    QCOMPARE(session().answerText(research), notes);
    // A new outline, though card 2's prompt is mostly the old one.
    paste(0, QString(m_outline).replace(QStringLiteral("GIL"), QStringLiteral("lock")));
    QVERIFY(session().answerText(0).contains(QStringLiteral("lock")));
    QVERIFY(m_dialogs.questions.isEmpty());

    // Typed (here: inserted as typing is) into card 3's box, the prompt is
    // the user's own doing.
    m_window->deck()->openCard(2);
    const QString prompt = session().renderPrompt(2).value().text;
    AnswerEdit *edit = card(2)->answerEdit();
    edit->insertPlainText(prompt);
    card(2)->commitPendingEdit();
    QCOMPARE(session().answerText(2), prompt);
    QVERIFY(m_dialogs.questions.isEmpty());
}

QTEST_MAIN(PromptEchoWindowTest)
#include "tst_promptecho.moc"
