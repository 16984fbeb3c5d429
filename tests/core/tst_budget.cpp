// The word budget: shares of a number field that add up to it exactly, the
// budget.<part> values prompts read (a marker while the brief lacks the
// total), the brief field a share makes a card depend on, and words checks
// against a share, with labelled placement lines left out.
#include "checks/answerchecker.h"
#include "kit/budget.h"
#include "kit/kitloader.h"
#include "session/session.h"

#include <QTest>

using namespace PromptDeck::Core;

class BudgetTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shares_ofTheBundledSplit_data();
    void shares_ofTheBundledSplit();
    void shares_alwaysAddUpToTheTotal();
    void shares_theLargestPartTakesTheRemainder();
    void load_readsTheBudgetInKitOrder();
    void prompt_showsEachShareAndTheTotal();
    void prompt_withoutTheTotal_showsTheMissingMarker();
    void share_makesTheCardDependOnTheTotal();
    void share_changedTotal_makesTheCardStale();
    void describeInput_namesThePartAndTheField();
    void check_againstItsShare_data();
    void check_againstItsShare();
    void check_leavesLabelledLinesOut();

private:
    static KitPtr budgetKit()
    {
        Result<KitPtr> kit =
            KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/budget.yaml"));
        return kit ? kit.value() : KitPtr();
    }
    static Budget bundledSplit()
    {
        Budget budget;
        budget.totalField = QStringLiteral("word_count");
        budget.parts = {{QStringLiteral("introduction"), 10},
                        {QStringLiteral("body"), 50},
                        {QStringLiteral("examples"), 15},
                        {QStringLiteral("faq"), 15},
                        {QStringLiteral("conclusion"), 10}};
        return budget;
    }
    static Brief briefOf(std::optional<qint64> length)
    {
        Brief brief;
        brief.setValue(QStringLiteral("topic"),
                       FieldValue::text(FieldType::Text, QStringLiteral("compost")));
        brief.setValue(QStringLiteral("length"),
                       length ? FieldValue::number(*length) : FieldValue::empty(FieldType::Number));
        return brief;
    }
    static QString words(int count)
    {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list.append(QStringLiteral("word"));
        return list.join(QLatin1Char(' '));
    }
};

void BudgetTest::shares_ofTheBundledSplit_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("shares");
    QTest::newRow("1500") << qint64(1500) << QList<qint64>{150, 750, 225, 225, 150};
    QTest::newRow("1200") << qint64(1200) << QList<qint64>{120, 600, 180, 180, 120};
    // 123.4, 617, 185.1, 185.1, 123.4: rounded they make 1,233; the body takes the 1.
    QTest::newRow("1234") << qint64(1234) << QList<qint64>{123, 618, 185, 185, 123};
    // 99.9, 499.5, 149.85, 149.85, 99.9: rounded 1,000; the body gives one back.
    QTest::newRow("999") << qint64(999) << QList<qint64>{100, 499, 150, 150, 100};
    QTest::newRow("7") << qint64(7) << QList<qint64>{1, 3, 1, 1, 1};
    QTest::newRow("0") << qint64(0) << QList<qint64>{0, 0, 0, 0, 0};
}

void BudgetTest::shares_ofTheBundledSplit()
{
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, shares);
    QCOMPARE(bundledSplit().shares(total), shares);
}

void BudgetTest::shares_alwaysAddUpToTheTotal()
{
    const Budget budget = bundledSplit();
    Budget thirds;
    thirds.totalField = QStringLiteral("n");
    thirds.parts = {
        {QStringLiteral("a"), 33}, {QStringLiteral("b"), 33}, {QStringLiteral("c"), 34}};
    for (const Budget &b : {budget, thirds}) {
        for (qint64 total :
             {qint64(1), qint64(2), qint64(3), qint64(49), qint64(101), qint64(1499), qint64(1501),
              qint64(1799), qint64(123457), qint64(9007199254740991)}) {
            qint64 sum = 0;
            for (const qint64 share : b.shares(total)) {
                QVERIFY2(share >= 0, qPrintable(QString::number(total)));
                sum += share;
            }
            QCOMPARE(sum, total);
        }
    }
}

void BudgetTest::shares_theLargestPartTakesTheRemainder()
{
    Budget budget;
    budget.totalField = QStringLiteral("n");
    // 33.3 each, rounded 99: the first of the two largest parts takes the 1.
    budget.parts = {
        {QStringLiteral("a"), 33}, {QStringLiteral("b"), 34}, {QStringLiteral("c"), 33}};
    QCOMPARE(budget.shares(98), (QList<qint64>{32, 34, 32}));
    QCOMPARE(budget.shares(100), (QList<qint64>{33, 34, 33}));
    QCOMPARE(budget.share(u"b", 101), std::optional<qint64>(35));
    QCOMPARE(budget.share(u"x", 101), std::nullopt);
    const QVariantMap data = budget.toTemplateData(101);
    QCOMPARE(data.value(QStringLiteral("total")).toLongLong(), 101);
    QCOMPARE(data.value(QStringLiteral("b")).toLongLong(), 35);
}

void BudgetTest::load_readsTheBudgetInKitOrder()
{
    const KitPtr kit = budgetKit();
    QVERIFY(kit);
    QCOMPARE(kit->budget.totalField, QStringLiteral("length"));
    QCOMPARE(kit->budget.partNames(),
             (QStringList{QStringLiteral("intro"), QStringLiteral("main"), QStringLiteral("end")}));
    QCOMPARE(kit->budget.parts.at(1).percent, 70);
    QCOMPARE(kit->cards.at(0).checks.at(0).budgetPart, QStringLiteral("intro"));
    QCOMPARE(kit->cards.at(1).checks.at(0).leaveOut,
             (QStringList{QStringLiteral("Goes in"), QStringLiteral("Placement")}));
}

void BudgetTest::prompt_showsEachShareAndTheTotal()
{
    const KitPtr kit = budgetKit();
    QVERIFY(kit);
    const Session session(kit, briefOf(1500), QDateTime::currentDateTimeUtc());
    const Result<RenderedText> intro = session.renderPrompt(0, true);
    QVERIFY(intro);
    QCOMPARE(intro.value().text,
             QStringLiteral("Write the opening on compost in about 300 of 1500 words.\n"));
    // The share shows as text from the brief, and says where it came from.
    bool spanFound = false;
    for (const TemplateSpan &span : intro.value().spans)
        spanFound = spanFound || span.source == QLatin1String("budget.intro");
    QVERIFY(spanFound);
    QVERIFY(session.renderPrompt(1).value().text.contains(QLatin1String("about 1050 words")));
}

void BudgetTest::prompt_withoutTheTotal_showsTheMissingMarker()
{
    const KitPtr kit = budgetKit();
    QVERIFY(kit);
    const Session session(kit, briefOf(std::nullopt), QDateTime::currentDateTimeUtc());
    const Result<RenderedText> intro = session.renderPrompt(0);
    QVERIFY(intro);
    QCOMPARE(intro.value().text,
             QStringLiteral("Write the opening on compost in about [MISSING: the brief's Length — "
                            "fill it in first] of [MISSING: the brief's Length — fill it in "
                            "first] words.\n"));
}

void BudgetTest::share_makesTheCardDependOnTheTotal()
{
    const KitPtr kit = budgetKit();
    QVERIFY(kit);
    QCOMPARE(kit->cards.at(0).briefFields,
             (QStringList{QStringLiteral("length"), QStringLiteral("topic")}));
    QCOMPARE(kit->cards.at(1).briefFields, QStringList{QStringLiteral("length")});
    QCOMPARE(kit->cards.at(2).briefFields, QStringList{QStringLiteral("topic")});
}

void BudgetTest::share_changedTotal_makesTheCardStale()
{
    const KitPtr kit = budgetKit();
    QVERIFY(kit);
    Session session(kit, briefOf(1500), QDateTime::currentDateTimeUtc());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 3; ++i)
        session.setAnswer(i, QStringLiteral("Answer %1").arg(i), AnswerVersion::Origin::Pasted,
                          now);
    session.setBrief(briefOf(1800));
    QCOMPARE(session.status(0).state, CardState::Stale);
    QCOMPARE(session.status(0).changedInputs, QStringList{QStringLiteral("brief.length")});
    QCOMPARE(session.status(2).state, CardState::Answered);
    session.setBrief(briefOf(1500));
    QCOMPARE(session.status(0).state, CardState::Answered);
}

void BudgetTest::describeInput_namesThePartAndTheField()
{
    const KitPtr kit = budgetKit();
    QVERIFY(kit);
    const Session session(kit, briefOf(1500), QDateTime::currentDateTimeUtc());
    QCOMPARE(session.describeInput(QStringLiteral("budget.main")),
             QStringLiteral("70% of the brief's Length (the budget of card 2, Main)"));
    QCOMPARE(session.describeInput(QStringLiteral("budget.total")),
             QStringLiteral("the brief's Length"));
}

void BudgetTest::check_againstItsShare_data()
{
    QTest::addColumn<int>("card");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("message");
    QTest::newRow("intro within") << 0 << 320 << int(CheckResult::Level::Pass)
                                  << "Words: 320 words (prose; headings, tables and code left "
                                     "out) — within 240–360 (its budget: 300, 20% of the brief's "
                                     "1,500, ± 20%)";
    QTest::newRow("intro long") << 0 << 400 << int(CheckResult::Level::Warn)
                                << "Words: 400 words (prose; headings, tables and code left out) "
                                   "— more than 360 (its budget: 300, 20% of the brief's "
                                   "1,500, ± 20%)";
    QTest::newRow("main short") << 1 << 900 << int(CheckResult::Level::Warn)
                                << "— fewer than 945 (its budget: 1,050, 70% of the brief's "
                                   "1,500, ± 10%) (a convention, not a rule)";
}

void BudgetTest::check_againstItsShare()
{
    QFETCH(int, card);
    QFETCH(int, count);
    QFETCH(int, level);
    QFETCH(QString, message);
    const KitPtr kit = budgetKit();
    QVERIFY(kit);
    const Brief brief = briefOf(1500);
    const QList<CheckResult> results =
        AnswerChecker(*kit, brief).check(card, QStringLiteral("## A heading\n\n") + words(count));
    QCOMPARE(results.size(), 1);
    QCOMPARE(int(results.first().level), level);
    QVERIFY2(results.first().message.contains(message), qPrintable(results.first().message));
}

void BudgetTest::check_leavesLabelledLinesOut()
{
    const KitPtr kit = budgetKit();
    QVERIFY(kit);
    const Brief brief = briefOf(100); // main: 70 words, 63–77
    // The way models write the placement line: plain, bold, after a bullet,
    // in another case; the text right under it still counts.
    const QString answer = QStringLiteral("### Example 1: one\n"
                                          "Goes in: The first section, replacing the marker "
                                          "[EXAMPLE: a long description of what goes here]\n") +
                           words(30) +
                           QStringLiteral("\n\n**Goes in:** the second section, after the "
                                          "paragraph on soil\n\n```\ncode code code\n```\n\n"
                                          "- PLACEMENT: at the end of section three\n\n") +
                           words(40);
    const QList<CheckResult> results = AnswerChecker(*kit, brief).check(1, answer);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().message.startsWith(QStringLiteral(
                 "Words: 70 words (prose; headings, tables, code and “Goes in:”, “Placement:” "
                 "lines left out)")),
             qPrintable(results.first().message));
    QCOMPARE(results.first().level, CheckResult::Level::Pass);
    // Without a brief total the check says what it could not compare.
    const Brief noTotal = briefOf(std::nullopt);
    const QList<CheckResult> unknown = AnswerChecker(*kit, noTotal).check(1, answer);
    QVERIFY2(unknown.first().message.contains(QLatin1String("the brief has no Length")),
             qPrintable(unknown.first().message));
}

QTEST_GUILESS_MAIN(BudgetTest)
#include "tst_budget.moc"
