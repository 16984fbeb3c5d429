// GUI tests of the answer's chat wrappers, offscreen, on the bundled kit:
// the card says under its answer what was set aside, and Use As Pasted
// (reachable by keyboard) puts it back for the cards made from it, which
// turn stale and fresh again with it. The box always shows the text as it
// was pasted, and its undo history is its own.
#include "answeredit.h"
#include "cardwidget.h"
#include "guitest.h"
#include "mainwindow.h"
#include "models/cardlistmodel.h"
#include "promptview.h"
#include "windowfixture.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace PromptDeck;
using namespace PromptDeck::Core;
using namespace PromptDeck::Gui;
using PromptDeck::Tests::WindowFixture;

namespace {

QString chainAnswer(const char *name)
{
    QFile file(QStringLiteral(PROMPTDECK_TEST_DATA "/chains/python-gil/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return QString::fromUtf8(file.readAll());
}

} // namespace

class SetAsideTest final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpWindow(); }
    void cleanup() { tearDownWindow(); }

    void card_saysWhatWasSetAside();
    void cleanAnswer_showsNoNote();
    void useAsPasted_byKeyboard_turnsDependentsStaleAndBack();
    void useAsPasted_leavesTheBoxUndoAlone();
    void useAsPasted_isSavedWithTheSession();

private:
    // The outline with its wrappers on card 1, the research (clean) on
    // card 2, card 1 open.
    void pasteOutlineAndResearch();
    const Session &session() const { return m_window->document()->session(); }

    const QString m_outline = chainAnswer("01-outline.md");
};

void SetAsideTest::pasteOutlineAndResearch()
{
    paste(0, m_outline);
    // The research as the cleaned outline made it: no opening of its own.
    QString research = chainAnswer("02-research.md");
    research = research.mid(research.indexOf(QLatin1String("## ")));
    paste(1, research);
    card(0)->setExpanded(true);
    QVERIFY(card(0)->setAsideNote());
}

void SetAsideTest::card_saysWhatWasSetAside()
{
    pasteOutlineAndResearch();
    CardWidget *outline = card(0);
    QVERIFY(outline->setAsideNote()->isVisibleTo(outline));
    QCOMPARE(outline->setAsideNote()->text(),
             QStringLiteral("Set aside: the opening \"Sure! Here's…\", the ```markdown fence, "
                            "the closing offer"));
    QVERIFY(outline->setAsideNote()->toolTip().contains(QStringLiteral("Let me know if")));
    QPushButton *button = outline->asPastedButton();
    QVERIFY(button->isVisibleTo(outline));
    QVERIFY(button->isCheckable());
    QVERIFY(!button->isChecked());
    QVERIFY(button->toolTip().contains(QStringLiteral("exactly as pasted")));
    // The box holds the answer as pasted; the prompts read it cleaned.
    QCOMPARE(outline->answerEdit()->answerText(), m_outline);
    card(1)->setExpanded(true);
    const QString prompt = card(1)->promptView()->promptText();
    QVERIFY(prompt.contains(QStringLiteral("# Python GIL Explained")));
    QVERIFY(!prompt.contains(QStringLiteral("Sure! Here's")));
    QVERIFY(!prompt.contains(QStringLiteral("```markdown")));
}

void SetAsideTest::cleanAnswer_showsNoNote()
{
    pasteOutlineAndResearch();
    card(1)->setExpanded(true);
    QVERIFY(!card(1)->setAsideNote()->isVisibleTo(card(1)));
    QVERIFY(!card(1)->asPastedButton()->isVisibleTo(card(1)));
}

void SetAsideTest::useAsPasted_byKeyboard_turnsDependentsStaleAndBack()
{
    pasteOutlineAndResearch();
    QCOMPARE(session().status(1).state, CardState::Answered);
    QPushButton *button = card(0)->asPastedButton();
    QVERIFY(button->focusPolicy() & Qt::TabFocus);
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);

    QVERIFY(button->isChecked());
    QVERIFY(session().usesAsPasted(0));
    QCOMPARE(session().answerText(0), m_outline);
    QVERIFY(m_window->document()->isModified());
    QVERIFY(card(0)->setAsideNote()->text().startsWith(QStringLiteral("Used as pasted, with")));
    QCOMPARE(m_window->model()->index(1).data(CardRoles::State).toInt(), int(CardState::Stale));
    QVERIFY(m_window->model()
                ->index(1)
                .data(CardRoles::StaleReason)
                .toString()
                .contains(QStringLiteral("used as pasted")));
    card(1)->setExpanded(true);
    QVERIFY(card(1)->promptView()->promptText().contains(QStringLiteral("Sure! Here's")));

    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
    QVERIFY(!button->isChecked());
    QVERIFY(!session().usesAsPasted(0));
    QCOMPARE(m_window->model()->index(1).data(CardRoles::State).toInt(), int(CardState::Answered));
    QVERIFY(!card(1)->promptView()->promptText().contains(QStringLiteral("Sure! Here's")));
    QVERIFY(card(0)->setAsideNote()->text().startsWith(QStringLiteral("Set aside:")));
}

// Use As Pasted is a choice of the card, like Keep this answer: it is
// taken back with the same button, and Edit › Undo stays the answer box's.
void SetAsideTest::useAsPasted_leavesTheBoxUndoAlone()
{
    pasteOutlineAndResearch();
    AnswerEdit *edit = card(0)->answerEdit();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral("Thanks"));
    QTRY_COMPARE(session().answerText(0), m_outline + QStringLiteral("Thanks"));
    // The closing offer now ends with the typed word; it is still set aside.
    QCOMPARE(session().cleanedAnswer(0).setAside.last().text.right(7), QStringLiteral("\nThanks"));

    card(0)->asPastedButton()->click();
    QVERIFY(session().usesAsPasted(0));
    edit->setFocus();
    QVERIFY(m_window->windowActions().undo->isEnabled());
    m_window->windowActions().undo->trigger();
    QCOMPARE(session().answerText(0), m_outline);
    QVERIFY(session().usesAsPasted(0));
    QVERIFY(card(0)->asPastedButton()->isChecked());
    QCOMPARE(session().usedAnswer(0), m_outline);
    QCOMPARE(session().cleanedAnswer(0).setAside.last().text.right(8), QStringLiteral("section."));
}

void SetAsideTest::useAsPasted_isSavedWithTheSession()
{
    pasteOutlineAndResearch();
    card(0)->asPastedButton()->click();
    const QString file = m_home.filePath(QStringLiteral("pasted.promptdeck"));
    QVERIFY(m_window->document()->saveAs(file).ok());
    tearDownWindow();
    m_window = makeWindow(file);
    QCOMPARE(m_window->document()->filePath(), file);
    QVERIFY(session().usesAsPasted(0));
    card(0)->setExpanded(true);
    QVERIFY(card(0)->asPastedButton()->isChecked());
    QCOMPARE(session().status(1).state, CardState::Stale);
}

QTEST_MAIN(SetAsideTest)
#include "tst_setaside.moc"
