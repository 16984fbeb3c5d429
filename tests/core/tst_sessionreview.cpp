// SessionReview: what an export would go ahead with. The stale cards, the
// missing answers and the failing checks of the cards the export is made
// from, named by number and title; nothing for a complete session, and
// nothing for cards the export does not read.
#include "kit/kitloader.h"
#include "session/session.h"
#include "session/sessionreview.h"

#include <QTest>

using namespace PromptDeck::Core;

class SessionReviewTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cardsUsedBy_followsWhatTheTemplateReadsAndItsInputs_data();
    void cardsUsedBy_followsWhatTheTemplateReadsAndItsInputs();
    void cardsUsedBy_bundledArticle_leavesOutTheSocialPosts();
    void review_namesWhatStandsBetweenTheSessionAndTheExport_data();
    void review_namesWhatStandsBetweenTheSessionAndTheExport();

private:
    const ExportDef &exportDef(const QString &id) const;

    KitPtr m_kit;
};

namespace {

// Each step is "card number|answer", stored in order, one minute apart.
const QStringList complete{
    QStringLiteral("1|The outline"),
    QStringLiteral("2|A long enough draft."),
    QStringLiteral("3|Short.\nTagline: Go."),
    QStringLiteral("4|Read it."),
};

QList<int> cardsOf(const QList<SessionReview::Entry> &entries)
{
    QList<int> cards;
    for (const SessionReview::Entry &entry : entries)
        cards.append(entry.card);
    return cards;
}

} // namespace

void SessionReviewTest::initTestCase()
{
    const Result<KitPtr> kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/review-line.yaml"));
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    m_kit = kit.value();
}

const ExportDef &SessionReviewTest::exportDef(const QString &id) const
{
    for (const ExportDef &def : m_kit->exports) {
        if (def.id == id)
            return def;
    }
    qFatal("no export %s", qPrintable(id));
}

void SessionReviewTest::cardsUsedBy_followsWhatTheTemplateReadsAndItsInputs_data()
{
    QTest::addColumn<QString>("exportId");
    QTest::addColumn<QList<int>>("cards");
    QTest::newRow("answers.*, and the outline the draft was made from")
        << QStringLiteral("article") << QList<int>{0, 1, 2};
    QTest::newRow("html.* and extracted.*") << QStringLiteral("page") << QList<int>{0, 1, 2};
    QTest::newRow("the last card: the whole line")
        << QStringLiteral("social") << QList<int>{0, 1, 2, 3};
}

void SessionReviewTest::cardsUsedBy_followsWhatTheTemplateReadsAndItsInputs()
{
    QFETCH(QString, exportId);
    QFETCH(QList<int>, cards);
    QCOMPARE(SessionReview::cardsUsedBy(*m_kit, exportDef(exportId)), cards);
}

void SessionReviewTest::cardsUsedBy_bundledArticle_leavesOutTheSocialPosts()
{
    const Result<KitPtr> loaded =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_SOURCE_DIR "/content/kits/seo-article.yaml"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    const Kit &kit = *loaded.value();
    auto used = [&](const QString &exportId) {
        QStringList ids;
        for (const ExportDef &def : kit.exports) {
            if (def.id != exportId)
                continue;
            for (const int card : SessionReview::cardsUsedBy(kit, def))
                ids.append(kit.cards.at(card).id);
        }
        return ids;
    };
    const QStringList article = used(QStringLiteral("article"));
    QVERIFY2(article.contains(QStringLiteral("edit")) &&
                 article.contains(QStringLiteral("introduction")),
             qPrintable(article.join(QLatin1Char(' '))));
    for (const QString &id :
         {QStringLiteral("meta"), QStringLiteral("x-thread"), QStringLiteral("linkedin")})
        QVERIFY2(!article.contains(id), qPrintable(id));
    // The page's title and description come from the meta card.
    QVERIFY(used(QStringLiteral("page")).contains(QStringLiteral("meta")));
    QVERIFY(!used(QStringLiteral("page")).contains(QStringLiteral("x-thread")));
    QVERIFY(used(QStringLiteral("social")).contains(QStringLiteral("linkedin")));
}

void SessionReviewTest::review_namesWhatStandsBetweenTheSessionAndTheExport_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("exportId");
    QTest::addColumn<QList<int>>("stale");
    QTest::addColumn<QList<int>>("missing");
    QTest::addColumn<QList<int>>("failing");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("warns"); // a card of the export has a check that warns

    QTest::newRow("complete: nothing") << complete << QStringLiteral("article") << QList<int>{}
                                       << QList<int>{} << QList<int>{} << QString() << false;
    QTest::newRow("complete, every export: nothing")
        << complete << QStringLiteral("social") << QList<int>{} << QList<int>{} << QList<int>{}
        << QString() << false;
    QTest::newRow("stale") << complete + QStringList{QStringLiteral("2|Another long enough draft.")}
                           << QStringLiteral("article") << QList<int>{2} << QList<int>{}
                           << QList<int>{}
                           << QStringLiteral(
                                  "1 card is stale: 3 \"Summary\" (card 2, Draft, changed).")
                           << false;
    QTest::newRow("missing") << complete.mid(0, 2) << QStringLiteral("article") << QList<int>{}
                             << QList<int>{2} << QList<int>{}
                             << QStringLiteral("1 answer is missing: 3 \"Summary\".") << false;
    QTest::newRow("missing, two") << complete.mid(0, 2) << QStringLiteral("social") << QList<int>{}
                                  << QList<int>{2, 3} << QList<int>{}
                                  << QStringLiteral(
                                         "2 answers are missing: 3 \"Summary\", 4 \"Post\".")
                                  << false;
    QTest::newRow("missing post: not read by the article")
        << complete.mid(0, 3) << QStringLiteral("article") << QList<int>{} << QList<int>{}
        << QList<int>{} << QString() << false;
    QTest::newRow("failing") << QStringList{complete.at(0), QStringLiteral("2|Too short"),
                                            complete.at(2)}
                             << QStringLiteral("page") << QList<int>{} << QList<int>{}
                             << QList<int>{1}
                             << QStringLiteral("1 check fails: 2 \"Draft\" (Draft length).")
                             << false;
    QTest::newRow("a warning is not listed")
        << QStringList{complete.at(0), complete.at(1),
                       QStringLiteral("3|One two three four five six seven.")}
        << QStringLiteral("article") << QList<int>{} << QList<int>{} << QList<int>{} << QString()
        << true;
    QTest::newRow("stale, missing and failing")
        << QStringList{complete.at(0), QStringLiteral("2|Too short"),
                       QStringLiteral("1|A new outline")}
        << QStringLiteral("article") << QList<int>{1} << QList<int>{2} << QList<int>{1}
        << QStringLiteral("1 card is stale: 2 \"Draft\" (card 1, Outline, changed).\n"
                          "1 answer is missing: 3 \"Summary\".\n"
                          "1 check fails: 2 \"Draft\" (Draft length).")
        << false;
}

void SessionReviewTest::review_namesWhatStandsBetweenTheSessionAndTheExport()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, exportId);
    QFETCH(QList<int>, stale);
    QFETCH(QList<int>, missing);
    QFETCH(QList<int>, failing);
    QFETCH(QString, text);
    QFETCH(bool, warns);

    Brief brief;
    brief.setValue(QStringLiteral("topic"),
                   FieldValue::text(FieldType::Text, QStringLiteral("Build caches")));
    const QDateTime start(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    Session session(m_kit, brief, start);
    for (int i = 0; i < steps.size(); ++i) {
        const int bar = int(steps.at(i).indexOf(QLatin1Char('|')));
        QVERIFY(session.setAnswer(steps.at(i).left(bar).toInt() - 1, steps.at(i).mid(bar + 1),
                                  AnswerVersion::Origin::Pasted, start.addSecs(60 * (i + 1))));
    }

    bool warned = false;
    for (const int card : SessionReview::cardsUsedBy(*m_kit, exportDef(exportId))) {
        for (const CheckResult &check : session.checkResults(card))
            warned = warned || check.level == CheckResult::Level::Warn;
    }
    QCOMPARE(warned, warns);

    const SessionReview review(session, exportDef(exportId));
    QCOMPARE(cardsOf(review.staleCards()), stale);
    QCOMPARE(cardsOf(review.missingAnswers()), missing);
    QCOMPARE(cardsOf(review.failingChecks()), failing);
    QCOMPARE(review.isClear(), text.isEmpty());
    QCOMPARE(review.text(), text);
}

QTEST_GUILESS_MAIN(SessionReviewTest)
#include "tst_sessionreview.moc"
