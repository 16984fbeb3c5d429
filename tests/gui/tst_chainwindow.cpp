// The chain through the window, on a line of four cards: a change marks
// every card below it stale and each says by which way; restoring the old
// answer from the history clears them all; Next Stale Card (F8) and each
// re-run or kept card walk through the stale cards in order; Keep All asks,
// then keeps every one.
#include "cardwidget.h"
#include "guitest.h"
#include "historydialog.h"
#include "mainwindow.h"
#include "testseams.h"
#include "windowactions.h"
#include "windowfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace PromptDeck::Core;
using PromptDeck::Gui::CardWidget;
using PromptDeck::Gui::HistoryDialog;
using PromptDeck::Tests::WindowFixture;

class ChainWindowTest final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDownWindow(); }
    void change_marksEveryCardBelow_andRestoreClearsThem();
    void nextStale_walksThroughTheStaleCardsInOrder();
    void keepAll_asksThenKeepsEveryStaleCard();
    void pastedAnswer_isMadeFromThePromptAsItWasCopied();

private:
    QStringList states() const;
    QString detail(int row) const
    {
        return card(row)->findChild<QLabel *>(QStringLiteral("stateDetail"))->text();
    }
    const PromptDeck::Gui::WindowActions &actions() const { return m_window->windowActions(); }
};

void ChainWindowTest::init()
{
    setUpWindow();
    newSessionFromFiles(QStringLiteral("kits/chain-line.yaml"),
                        QStringLiteral("briefs/chain-brief.yaml"));
    QCOMPARE(m_window->document()->kit().id, QStringLiteral("chain-line"));
    for (int i = 0; i < 4; ++i)
        paste(i, QStringLiteral("Answer %1, first take").arg(i + 1));
    QCOMPARE(states(), QString::fromLatin1("answered answered answered answered").split(u' '));
    QVERIFY(!actions().nextStale->isEnabled());
    QVERIFY(!actions().keepAll->isEnabled());
}

QStringList ChainWindowTest::states() const
{
    QStringList list;
    for (int i = 0; i < m_window->document()->cardCount(); ++i)
        list.append(cardStateId(m_window->document()->session().status(i).state));
    return list;
}

void ChainWindowTest::change_marksEveryCardBelow_andRestoreClearsThem()
{
    card(0)->setExpanded(true);
    paste(0, QStringLiteral("Answer 1, renamed heading"));
    QCOMPARE(states(), QString::fromLatin1("answered stale stale stale").split(u' '));
    QCOMPARE(detail(1), QStringLiteral("· stale: card 1, First, changed"));
    QCOMPARE(detail(3), QStringLiteral("· stale: card 1, First, changed; card 2 was made from "
                                       "it, card 3 from card 2"));
    QVERIFY(actions().nextStale->isEnabled());
    QVERIFY(actions().keepAll->isEnabled());
    card(3)->setExpanded(true);
    auto *notice = card(3)->findChild<QWidget *>(QStringLiteral("notice"));
    QVERIFY(notice->isVisible());

    // History › the older version › Restore: the text the cards below were
    // made from is back, and so they are fresh.
    m_dialogs.onExec = [](QDialog *dialog) {
        auto *history = qobject_cast<HistoryDialog *>(dialog);
        history->selectVersion(1);
        history->restoreSelected();
        return int(QDialog::Accepted);
    };
    QTest::mouseClick(card(0)->findChild<QPushButton *>(QStringLiteral("historyButton")),
                      Qt::LeftButton);
    QCOMPARE(m_window->document()->session().answerText(0), QStringLiteral("Answer 1, first take"));
    QCOMPARE(states(), QString::fromLatin1("answered answered answered answered").split(u' '));
    QVERIFY(detail(3).isEmpty());
    QVERIFY(!notice->isVisible());
    QVERIFY(!actions().nextStale->isEnabled());
}

void ChainWindowTest::nextStale_walksThroughTheStaleCardsInOrder()
{
    card(0)->setExpanded(true);
    paste(0, QStringLiteral("Answer 1, second take"));
    actions().nextStale->trigger();
    QCOMPARE(m_window->deck()->currentCard(), 1);
    QVERIFY(card(1)->isExpanded());
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Re-run card 2, Second (3 stale cards left)")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Card 2 re-run: the window goes on to card 3, the next in order.
    paste(1, QStringLiteral("Answer 2, second take"));
    QCOMPARE(states(), QString::fromLatin1("answered answered stale stale").split(u' '));
    QCOMPARE(m_window->deck()->currentCard(), 2);
    QVERIFY(card(2)->isExpanded());

    // Card 3 kept as it is: on to card 4, which is fresh with it.
    QTest::mouseClick(card(2)->findChild<QPushButton *>(QStringLiteral("dismissStaleButton")),
                      Qt::LeftButton);
    QCOMPARE(states(), QString::fromLatin1("answered answered answered answered").split(u' '));
    QVERIFY(!actions().nextStale->isEnabled());
    QCOMPARE(m_window->document()->session().answerText(2), QStringLiteral("Answer 3, first take"));
}

void ChainWindowTest::keepAll_asksThenKeepsEveryStaleCard()
{
    card(1)->setExpanded(true);
    paste(1, QStringLiteral("Answer 2, second take"));
    QCOMPARE(states(), QString::fromLatin1("answered answered stale stale").split(u' '));

    m_dialogs.answers = {}; // Cancel
    actions().keepAll->trigger();
    QCOMPARE(m_dialogs.questions.size(), 1);
    QVERIFY2(m_dialogs.questions.first().contains(QStringLiteral("2 cards are stale.")),
             qPrintable(m_dialogs.questions.first()));
    QCOMPARE(states(), QString::fromLatin1("answered answered stale stale").split(u' '));

    m_dialogs.answers = {0}; // Keep All
    actions().keepAll->trigger();
    QCOMPARE(states(), QString::fromLatin1("answered answered answered answered").split(u' '));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Kept 2 stale answers as they are."));
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_window->document()->session().record(i).answer->keptWhileStale.isEmpty());
    QVERIFY(!actions().keepAll->isEnabled());
}

void ChainWindowTest::pastedAnswer_isMadeFromThePromptAsItWasCopied()
{
    // Card 2's prompt copied, then card 1 re-run before card 2's answer
    // comes back from the chat: that answer was made from the old card 1.
    m_window->copyPrompt(1);
    QVERIFY(m_clipboard.contents->contains(QStringLiteral("Answer 1, first take")));
    card(0)->setExpanded(true);
    paste(0, QStringLiteral("Answer 1, second take"));
    card(1)->setExpanded(true);
    paste(1, QStringLiteral("Answer 2, from the first prompt"));
    QCOMPARE(m_window->document()->session().status(1).state, CardState::Stale);
    QCOMPARE(detail(1), QStringLiteral("· stale: card 1, First, changed"));

    // Copied again, now with the new card 1: the next answer fits it.
    m_window->copyPrompt(1);
    paste(1, QStringLiteral("Answer 2, from the second prompt"));
    QCOMPARE(m_window->document()->session().status(1).state, CardState::Answered);
    // Only the next paste takes a copy's inputs: later ones are made from
    // the inputs as they are then.
    paste(0, QStringLiteral("Answer 1, third take"));
    paste(1, QStringLiteral("Answer 2, written for the third take"));
    QCOMPARE(m_window->document()->session().status(1).state, CardState::Answered);
}

int main(int argc, char **argv)
{
    return PromptDeck::Tests::runGuiTest<ChainWindowTest>(argc, argv);
}

#include "tst_chainwindow.moc"
