// PromptMeasure: a filled prompt's words (counted as the answer checks and
// tests/benchmarks/chain_prompts.py count them), characters and estimated
// tokens (characters / 4, rounded up), the new-chat threshold, a card's
// prompt with the answers it reads, and a chain's total.
#include "kit/briefloader.h"
#include "kit/kitloader.h"
#include "session/promptmeasure.h"
#include "session/session.h"
#include "text/textstats.h"

#include <QTest>

using namespace PromptDeck::Core;

class PromptMeasureTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void of_data();
    void of();
    void newChat_overTheThresholdOnly();
    void ofCard_countsTheAnswersThePromptReads();
    void chain_sumsEveryCard();

private:
    KitPtr m_kit;
    Brief m_brief;
};

void PromptMeasureTest::initTestCase()
{
    m_kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/blog-post.yaml")).value();
    m_brief = BriefLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/briefs/blog-brief.yaml"),
                                    *m_kit)
                  .value();
}

void PromptMeasureTest::of_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<qsizetype>("words");
    QTest::addColumn<qsizetype>("characters");
    QTest::addColumn<qsizetype>("tokens");
    QTest::newRow("empty") << QString() << qsizetype(0) << qsizetype(0) << qsizetype(0);
    QTest::newRow("four characters, one token")
        << QStringLiteral("abcd") << qsizetype(1) << qsizetype(4) << qsizetype(1);
    QTest::newRow("five characters round up to two")
        << QStringLiteral("ab cd") << qsizetype(2) << qsizetype(5) << qsizetype(2);
    // Markdown marks and lone punctuation are not words; a line break and
    // the marks count as characters.
    QTest::newRow("markdown") << QStringLiteral("## Outline\n- one\n- two —\n| a |") << qsizetype(4)
                              << qsizetype(30) << qsizetype(8);
    // Characters are code points, as Python's len() counts them: an emoji
    // outside the BMP is one.
    QTest::newRow("emoji and accents")
        << QStringLiteral("Crème 🚀 brûlée") << qsizetype(3) << qsizetype(14) << qsizetype(4);
}

void PromptMeasureTest::of()
{
    QFETCH(QString, prompt);
    QFETCH(qsizetype, words);
    QFETCH(qsizetype, characters);
    QFETCH(qsizetype, tokens);
    const PromptMeasure measure = PromptMeasure::of(prompt);
    QCOMPARE(measure.words, words);
    QCOMPARE(measure.characters, characters);
    QCOMPARE(measure.tokens, tokens);
    // The same counter as the answer box and the word checks.
    QCOMPARE(measure.words, countWords(prompt));
}

void PromptMeasureTest::newChat_overTheThresholdOnly()
{
    QCOMPARE(PromptMeasure::newChatTokens, 6000);
    const QString atLimit(4 * 6000, QLatin1Char('x'));
    QCOMPARE(PromptMeasure::of(atLimit).tokens, 6000);
    QVERIFY(!PromptMeasure::of(atLimit).newChatAdvised());
    const QString over = atLimit + QLatin1Char('x');
    QCOMPARE(PromptMeasure::of(over).tokens, 6001);
    QVERIFY(PromptMeasure::of(over).newChatAdvised());
}

void PromptMeasureTest::ofCard_countsTheAnswersThePromptReads()
{
    Session session(m_kit, m_brief, QDateTime::currentDateTimeUtc());
    const int draft = m_kit->cardIndex(u"draft");
    const PromptMeasure waiting = PromptMeasure::ofCard(session, draft);
    QCOMPARE(waiting, PromptMeasure::of(session.renderPrompt(draft).value().text));
    QVERIFY(waiting.words > 0);

    // A long plan makes the draft's prompt long, and then large.
    const QString plan = QStringLiteral("plan ").repeated(5000); // 25,000 characters
    session.setAnswer(0, plan, AnswerVersion::Origin::Pasted, QDateTime::currentDateTimeUtc());
    const PromptMeasure answered = PromptMeasure::ofCard(session, draft);
    const QString prompt = session.renderPrompt(draft).value().text;
    QVERIFY(prompt.contains(plan));
    QCOMPARE(answered.words, countWords(prompt));
    QCOMPARE(answered.characters, prompt.size());
    QCOMPARE(answered.tokens, (prompt.size() + 3) / 4);
    QVERIFY(answered.words >= 5000);
    QVERIFY(answered.newChatAdvised());
    // The plan's own prompt reads no answer and stays small.
    QVERIFY(!PromptMeasure::ofCard(session, 0).newChatAdvised());
}

void PromptMeasureTest::chain_sumsEveryCard()
{
    Session session(m_kit, m_brief, QDateTime::currentDateTimeUtc());
    session.setAnswer(0, QStringLiteral("plan ").repeated(5000), AnswerVersion::Origin::Pasted,
                      QDateTime::currentDateTimeUtc());
    const ChainMeasure chain = ChainMeasure::ofSession(session);
    qsizetype words = 0;
    qsizetype tokens = 0;
    for (int i = 0; i < session.cardCount(); ++i) {
        // Each prompt's tokens rounded up on its own, as chain_prompts.py adds them.
        const QString prompt = session.renderPrompt(i).value().text;
        words += countWords(prompt);
        tokens += (prompt.size() + 3) / 4;
    }
    QCOMPARE(chain.cards, 3);
    QCOMPARE(chain.words, words);
    QCOMPARE(chain.tokens, tokens);
    QCOMPARE(chain.newChatCards, 1); // the draft, which quotes the plan
}

QTEST_GUILESS_MAIN(PromptMeasureTest)
#include "tst_promptmeasure.moc"
