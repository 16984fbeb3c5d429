// Session: the chain of answers. States move waiting → ready → answered →
// stale as answers and the brief change, stale cards say which input
// changed, and every replaced answer stays in the history.
#include "base/inputlimits.h"
#include "base/sourcetext.h"
#include "kit/briefloader.h"
#include "kit/kitloader.h"
#include "session/session.h"

#include <QTest>

using namespace PromptDeck::Core;

class SessionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void states_followTheChain();
    void replacingAnAnswer_makesDependentsStale();
    void staleness_reachesEveryCardBelowAChange();
    void editingTheBrief_makesCardsThatUseItStale();
    void revertingTheBrief_clearsStaleness();
    void dismiss_keepsTheAnswerAndClearsStaleness();
    void answeringAWaitingCard_becomesStaleWhenTheInputArrives();
    void clearingAnAnswer_makesDependentsWaitAndStale();
    void history_keepsEveryReplacedAnswer();
    void typing_continuesOneVersionButKeepsThePastedOriginal();
    void typing_doesNotHideStaleness();
    void restore_bringsBackAnOldVersion();
    void samePaste_changesNothing();
    void prompt_marksMissingAnswersAndInsertsAnswersVerbatim();
    void prompt_spansNameTheirSources();
    void answerSize_isCapped();
    void article_isAssembledForTheCardThatReadsIt();
    void article_anyOfItsCardsChanging_makesTheReaderStale_data();
    void article_anyOfItsCardsChanging_makesTheReaderStale();

private:
    QDateTime at(int minutes) const { return m_start.addSecs(60 * minutes); }

    KitPtr m_kit;
    Brief m_brief;
    Session m_session;
    QDateTime m_start = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    static constexpr int plan = 0;
    static constexpr int draft = 1;
    static constexpr int tweet = 2;
};

void SessionTest::init()
{
    const Result<KitPtr> kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/blog-post.yaml"));
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    m_kit = kit.value();
    const Result<Brief> brief = BriefLoader::loadFile(
        QStringLiteral(PROMPTDECK_TEST_DATA "/briefs/blog-brief.yaml"), *m_kit);
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    m_brief = brief.value();
    m_session = Session(m_kit, m_brief, m_start);
}

void SessionTest::states_followTheChain()
{
    QCOMPARE(m_session.status(plan).state, CardState::Ready);
    QCOMPARE(m_session.status(draft).state, CardState::Waiting);
    QCOMPARE(m_session.status(draft).missing, QStringList{QStringLiteral("plan")});
    QCOMPARE(m_session.status(tweet).state, CardState::Waiting);

    QVERIFY(m_session.setAnswer(plan, QStringLiteral("The plan"), AnswerVersion::Origin::Pasted,
                                at(1)));
    QCOMPARE(m_session.status(plan).state, CardState::Answered);
    QCOMPARE(m_session.status(draft).state, CardState::Ready);
    QCOMPARE(m_session.status(tweet).state, CardState::Waiting);
    QCOMPARE(m_session.status(tweet).missing, QStringList{QStringLiteral("draft")});

    QVERIFY(m_session.setAnswer(draft, QStringLiteral("The draft"), AnswerVersion::Origin::Pasted,
                                at(2)));
    QVERIFY(m_session.setAnswer(tweet, QStringLiteral("The tweet"), AnswerVersion::Origin::Pasted,
                                at(3)));
    for (int i = 0; i < m_session.cardCount(); ++i)
        QCOMPARE(m_session.status(i).state, CardState::Answered);
}

void SessionTest::replacingAnAnswer_makesDependentsStale()
{
    m_session.setAnswer(plan, QStringLiteral("Plan 1"), AnswerVersion::Origin::Pasted, at(1));
    m_session.setAnswer(draft, QStringLiteral("Draft 1"), AnswerVersion::Origin::Pasted, at(2));
    QVERIFY(
        m_session.setAnswer(plan, QStringLiteral("Plan 2"), AnswerVersion::Origin::Pasted, at(3)));
    const CardStatus status = m_session.status(draft);
    QCOMPARE(status.state, CardState::Stale);
    QCOMPARE(status.changedInputs, QStringList{QStringLiteral("answers.plan")});
    QCOMPARE(m_session.describeInput(status.changedInputs.first()),
             QStringLiteral("the answer to card 1, Plan"));
    QCOMPARE(m_session.status(plan).state, CardState::Answered);
}

void SessionTest::staleness_reachesEveryCardBelowAChange()
{
    m_session.setAnswer(plan, QStringLiteral("Plan 1"), AnswerVersion::Origin::Pasted, at(1));
    m_session.setAnswer(draft, QStringLiteral("Draft 1"), AnswerVersion::Origin::Pasted, at(2));
    m_session.setAnswer(tweet, QStringLiteral("Tweet 1"), AnswerVersion::Origin::Pasted, at(3));
    m_session.setAnswer(plan, QStringLiteral("Plan 2"), AnswerVersion::Origin::Pasted, at(4));
    // The tweet uses the draft, whose text has not changed (yet) but which
    // is stale itself: the tweet is stale through it.
    QCOMPARE(m_session.status(draft).state, CardState::Stale);
    QCOMPARE(m_session.status(tweet).state, CardState::Stale);
    QVERIFY(m_session.status(tweet).changedInputs.isEmpty());
    QCOMPARE(m_session.status(tweet).staleInputs, QStringList{QStringLiteral("answers.draft")});
    QCOMPARE(m_session.staleReason(tweet),
             QStringLiteral("card 1, Plan, changed; card 2 was made from it"));
    // Re-running the draft replaces it; now the tweet is stale.
    m_session.setAnswer(draft, QStringLiteral("Draft 2"), AnswerVersion::Origin::Pasted, at(5));
    QCOMPARE(m_session.status(draft).state, CardState::Answered);
    QCOMPARE(m_session.status(tweet).state, CardState::Stale);
    QCOMPARE(m_session.status(tweet).changedInputs, QStringList{QStringLiteral("answers.draft")});
}

void SessionTest::editingTheBrief_makesCardsThatUseItStale()
{
    m_session.setAnswer(plan, QStringLiteral("Plan"), AnswerVersion::Origin::Pasted, at(1));
    m_session.setAnswer(draft, QStringLiteral("Draft"), AnswerVersion::Origin::Pasted, at(2));
    m_session.setAnswer(tweet, QStringLiteral("Tweet"), AnswerVersion::Origin::Pasted, at(3));

    Brief edited = m_session.brief();
    edited.setValue(QStringLiteral("topic"),
                    FieldValue::text(FieldType::Text, QStringLiteral("A new topic")));
    QVERIFY(m_session.setBrief(edited));
    QCOMPARE(m_session.status(plan).state, CardState::Stale);
    QCOMPARE(m_session.status(plan).changedInputs, QStringList{QStringLiteral("brief.topic")});
    QCOMPARE(m_session.describeInput(QStringLiteral("brief.topic")),
             QStringLiteral("the brief's Topic"));
    // The draft does not use the topic, the tweet uses no brief field: they
    // are stale through the plan, made from the old topic.
    QCOMPARE(m_session.status(draft).state, CardState::Stale);
    QVERIFY(m_session.status(draft).changedInputs.isEmpty());
    QCOMPARE(m_session.staleReason(draft),
             QStringLiteral("the brief's Topic changed; card 1 was made from it"));
    QCOMPARE(m_session.status(tweet).state, CardState::Stale);
    QVERIFY(m_session.dismissStale(plan));
    QCOMPARE(m_session.status(draft).state, CardState::Answered);
    QCOMPARE(m_session.status(tweet).state, CardState::Answered);

    edited.setValue(QStringLiteral("length"), FieldValue::number(900));
    m_session.setBrief(edited);
    QCOMPARE(m_session.status(draft).state, CardState::Stale);
    QCOMPARE(m_session.status(draft).changedInputs, QStringList{QStringLiteral("brief.length")});
    QVERIFY(!m_session.setBrief(edited));
}

void SessionTest::revertingTheBrief_clearsStaleness()
{
    m_session.setAnswer(plan, QStringLiteral("Plan"), AnswerVersion::Origin::Pasted, at(1));
    Brief edited = m_brief;
    edited.setValue(QStringLiteral("readers"),
                    FieldValue::text(FieldType::Paragraph, QStringLiteral("Managers")));
    m_session.setBrief(edited);
    QCOMPARE(m_session.status(plan).state, CardState::Stale);
    m_session.setBrief(m_brief);
    QCOMPARE(m_session.status(plan).state, CardState::Answered);
}

void SessionTest::dismiss_keepsTheAnswerAndClearsStaleness()
{
    m_session.setAnswer(plan, QStringLiteral("Plan 1"), AnswerVersion::Origin::Pasted, at(1));
    m_session.setAnswer(draft, QStringLiteral("Draft 1"), AnswerVersion::Origin::Pasted, at(2));
    m_session.setAnswer(plan, QStringLiteral("Plan 2"), AnswerVersion::Origin::Pasted, at(3));
    QCOMPARE(m_session.status(draft).state, CardState::Stale);
    QVERIFY(m_session.dismissStale(draft));
    QCOMPARE(m_session.status(draft).state, CardState::Answered);
    QCOMPARE(m_session.answerText(draft), QStringLiteral("Draft 1"));
    QVERIFY(m_session.record(draft).history.isEmpty());
    QVERIFY(!m_session.dismissStale(draft));
}

void SessionTest::answeringAWaitingCard_becomesStaleWhenTheInputArrives()
{
    // The user copied the incomplete prompt anyway and pasted its answer.
    QVERIFY(m_session.setAnswer(draft, QStringLiteral("Draft without plan"),
                                AnswerVersion::Origin::Pasted, at(1)));
    QCOMPARE(m_session.status(draft).state, CardState::Answered);
    QCOMPARE(m_session.status(draft).missing, QStringList{QStringLiteral("plan")});
    m_session.setAnswer(plan, QStringLiteral("Plan"), AnswerVersion::Origin::Pasted, at(2));
    QCOMPARE(m_session.status(draft).state, CardState::Stale);
    QCOMPARE(m_session.status(draft).changedInputs, QStringList{QStringLiteral("answers.plan")});
}

void SessionTest::clearingAnAnswer_makesDependentsWaitAndStale()
{
    m_session.setAnswer(plan, QStringLiteral("Plan"), AnswerVersion::Origin::Pasted, at(1));
    m_session.setAnswer(draft, QStringLiteral("Draft"), AnswerVersion::Origin::Pasted, at(2));
    QVERIFY(m_session.clearAnswer(plan));
    QCOMPARE(m_session.status(plan).state, CardState::Ready);
    QCOMPARE(m_session.record(plan).history.size(), 1);
    QCOMPARE(m_session.status(draft).state, CardState::Stale);
    QVERIFY(!m_session.clearAnswer(plan));
    // Empty text is a clear too.
    m_session.setAnswer(tweet, QStringLiteral("Tweet"), AnswerVersion::Origin::Pasted, at(3));
    QVERIFY(m_session.setAnswer(tweet, QString(), AnswerVersion::Origin::Typed, at(4)));
    QVERIFY(!m_session.hasAnswer(tweet));
}

void SessionTest::history_keepsEveryReplacedAnswer()
{
    m_session.setAnswer(plan, QStringLiteral("First"), AnswerVersion::Origin::Pasted, at(1));
    m_session.setAnswer(plan, QStringLiteral("Second"), AnswerVersion::Origin::Pasted, at(2));
    m_session.setAnswer(plan, QStringLiteral("Third"), AnswerVersion::Origin::Imported, at(3));
    const CardRecord &record = m_session.record(plan);
    QCOMPARE(record.answer->text, QStringLiteral("Third"));
    QCOMPARE(record.answer->origin, AnswerVersion::Origin::Imported);
    QCOMPARE(record.history.size(), 2);
    QCOMPARE(record.history.at(0).text, QStringLiteral("First"));
    QCOMPARE(record.history.at(0).time, at(1));
    QCOMPARE(record.history.at(1).text, QStringLiteral("Second"));
    QCOMPARE(record.history.at(1).time, at(2));
    QVERIFY(record.history.at(0).revision < record.history.at(1).revision);
    QVERIFY(record.history.at(1).revision < record.answer->revision);
}

void SessionTest::typing_continuesOneVersionButKeepsThePastedOriginal()
{
    m_session.setAnswer(plan, QStringLiteral("Pasted"), AnswerVersion::Origin::Pasted, at(1));
    m_session.setAnswer(plan, QStringLiteral("Pasted!"), AnswerVersion::Origin::Typed, at(2));
    m_session.setAnswer(plan, QStringLiteral("Pasted!!"), AnswerVersion::Origin::Typed, at(3));
    m_session.setAnswer(plan, QStringLiteral("Pasted!!!"), AnswerVersion::Origin::Typed, at(4));
    const CardRecord &record = m_session.record(plan);
    QCOMPARE(record.history.size(), 1);
    QCOMPARE(record.history.at(0).text, QStringLiteral("Pasted"));
    QCOMPARE(record.answer->text, QStringLiteral("Pasted!!!"));
    QCOMPARE(record.answer->origin, AnswerVersion::Origin::Typed);
    QCOMPARE(record.answer->time, at(4));
}

void SessionTest::typing_doesNotHideStaleness()
{
    m_session.setAnswer(plan, QStringLiteral("Plan 1"), AnswerVersion::Origin::Pasted, at(1));
    m_session.setAnswer(draft, QStringLiteral("Draft"), AnswerVersion::Origin::Pasted, at(2));
    m_session.setAnswer(plan, QStringLiteral("Plan 2"), AnswerVersion::Origin::Pasted, at(3));
    m_session.setAnswer(draft, QStringLiteral("Draft, edited"), AnswerVersion::Origin::Typed,
                        at(4));
    QCOMPARE(m_session.status(draft).state, CardState::Stale);
    // And a typed edit of the plan makes the draft stale, like a paste would.
    m_session.dismissStale(draft);
    m_session.setAnswer(plan, QStringLiteral("Plan 2, typo fixed"), AnswerVersion::Origin::Typed,
                        at(5));
    QCOMPARE(m_session.status(draft).state, CardState::Stale);
}

void SessionTest::restore_bringsBackAnOldVersion()
{
    m_session.setAnswer(plan, QStringLiteral("Good"), AnswerVersion::Origin::Pasted, at(1));
    m_session.setAnswer(plan, QStringLiteral("Worse"), AnswerVersion::Origin::Pasted, at(2));
    QVERIFY(m_session.restoreVersion(plan, 0, at(3)));
    const CardRecord &record = m_session.record(plan);
    QCOMPARE(record.answer->text, QStringLiteral("Good"));
    QCOMPARE(record.answer->origin, AnswerVersion::Origin::Restored);
    QCOMPARE(record.history.size(), 2);
    QCOMPARE(record.history.at(1).text, QStringLiteral("Worse"));
    QVERIFY(!m_session.restoreVersion(plan, 5, at(4)));
}

void SessionTest::samePaste_changesNothing()
{
    m_session.setAnswer(plan, QStringLiteral("Same"), AnswerVersion::Origin::Pasted, at(1));
    m_session.setAnswer(draft, QStringLiteral("Draft"), AnswerVersion::Origin::Pasted, at(2));
    QVERIFY(
        !m_session.setAnswer(plan, QStringLiteral("Same"), AnswerVersion::Origin::Pasted, at(3)));
    QVERIFY(m_session.record(plan).history.isEmpty());
    QCOMPARE(m_session.status(draft).state, CardState::Answered);
}

void SessionTest::prompt_marksMissingAnswersAndInsertsAnswersVerbatim()
{
    const Result<RenderedText> waiting = m_session.renderPrompt(draft);
    QVERIFY(waiting.ok());
    QVERIFY2(waiting.value().text.contains(QStringLiteral(
                 "[MISSING: the answer to card 1, \"Plan\" — paste it into PromptDeck first]")),
             qPrintable(waiting.value().text));

    const QString hostile =
        QStringLiteral("{{brief.topic}} {{> audience}} \\1 $& {{answers.draft}}");
    m_session.setAnswer(plan, hostile, AnswerVersion::Origin::Pasted, at(1));
    const Result<RenderedText> ready = m_session.renderPrompt(draft);
    QVERIFY(ready.ok());
    QCOMPARE(ready.value().text,
             QStringLiteral("Write about 1200 words following this plan:\n") + hostile +
                 QStringLiteral("\nLink to How we run CI at https://example.com/ci.\n"
                                "Link to Our first year of remote work.\n"));
}

void SessionTest::prompt_spansNameTheirSources()
{
    m_session.setAnswer(plan, QStringLiteral("PLAN"), AnswerVersion::Origin::Pasted, at(1));
    const Result<RenderedText> prompt = m_session.renderPrompt(draft, true);
    QVERIFY(prompt.ok());
    QStringList sources;
    for (const TemplateSpan &span : prompt.value().spans) {
        if (span.kind == TemplateSpan::Kind::Value)
            sources.append(span.source + QLatin1Char('=') +
                           prompt.value().text.mid(span.start, span.length));
    }
    QCOMPARE(sources,
             (QStringList{QStringLiteral("brief.length=1200"), QStringLiteral("answers.plan=PLAN"),
                          QStringLiteral("brief.related.0.title=How we run CI"),
                          QStringLiteral("brief.related.0.url=https://example.com/ci"),
                          QStringLiteral("brief.related.1.title=Our first year of remote work")}));
}

void SessionTest::answerSize_isCapped()
{
    QVERIFY(Session::checkAnswerSize(Limits::maxAnswerChars).ok());
    const Status over = Session::checkAnswerSize(Limits::maxAnswerChars + 1);
    QVERIFY(!over.ok());
    QVERIFY2(over.error().message.contains(QStringLiteral("at most 16,777,216")),
             qPrintable(over.errorText()));
}

namespace {

// A session of the kit whose article PromptDeck assembles
// (tests/data/kits/article.yaml): intro, body, examples, links, edit.
Session articleSession()
{
    const Result<KitPtr> kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/article.yaml"));
    if (!kit)
        qFatal("%s", qPrintable(kit.errorText()));
    const Result<Brief> brief = BriefLoader::load(
        SourceText(QStringLiteral("brief.yaml"), QByteArrayLiteral("topic: profiling\n")),
        *kit.value());
    if (!brief)
        qFatal("%s", qPrintable(brief.errorText()));
    return Session(kit.value(), brief.value(), QDateTime::currentDateTimeUtc());
}

const QStringList articleAnswers{
    QStringLiteral("# Profiling\n\nMeasure before you change code."),
    QStringLiteral("## Find the hot spot\n\nRun a sampling profiler.\n\n"
                   "[EXAMPLE: py-spy top]\n\nRead the profiling guide next."),
    QStringLiteral("### Example 1: py-spy\nGoes in: Find the hot spot, replacing the marker "
                   "[EXAMPLE: py-spy top]\n\nAttach to the process:\n\n```sh\npy-spy top "
                   "--pid 42\n```"),
    QStringLiteral("1. [profiling guide](https://example.com/guide) — Section: Find the hot "
                   "spot — Sentence: Read the profiling guide next.")};

} // namespace

void SessionTest::article_isAssembledForTheCardThatReadsIt()
{
    Session session = articleSession();
    const int edit = session.kit().cardIndex(u"edit");
    // Before the parts are answered, the draft shows where they will go.
    const QString waiting = session.renderPrompt(edit).value().text;
    QVERIFY(waiting.contains(QStringLiteral("[MISSING: the answer to card 1, \"Introduction\"")));
    QVERIFY(waiting.contains(QStringLiteral("[MISSING: the answer to card 2, \"Body\"")));
    QCOMPARE(session.status(edit).state, CardState::Waiting);
    QCOMPARE(session.status(edit).missing,
             (QStringList{QStringLiteral("intro"), QStringLiteral("body"),
                          QStringLiteral("examples"), QStringLiteral("links")}));

    for (int i = 0; i < articleAnswers.size(); ++i)
        QVERIFY(session.setAnswer(i, articleAnswers.at(i), AnswerVersion::Origin::Pasted, at(i)));
    const QString draft = session.article().markdown;
    QCOMPARE(draft, QStringLiteral("# Profiling\n\nMeasure before you change code.\n\n"
                                   "## Find the hot spot\n\nRun a sampling profiler.\n\n"
                                   "Attach to the process:\n\n```sh\npy-spy top --pid 42\n```"
                                   "\n\nRead the [profiling guide](https://example.com/guide) "
                                   "next."));
    QVERIFY(session.article().unplaced.isEmpty());
    QCOMPARE(session.renderPrompt(edit).value().text,
             QStringLiteral("Edit this draft:\n") + draft + QLatin1Char('\n'));
    QCOMPARE(session.status(edit).state, CardState::Ready);
    // Cards that do not read the draft do not see it.
    QVERIFY(!session.templateData(false).contains(QStringLiteral("article")));
}

void SessionTest::article_anyOfItsCardsChanging_makesTheReaderStale_data()
{
    QTest::addColumn<int>("card");
    QTest::newRow("a part") << 1;
    QTest::newRow("the examples") << 2;
    QTest::newRow("the link plan") << 3;
}

void SessionTest::article_anyOfItsCardsChanging_makesTheReaderStale()
{
    QFETCH(int, card);
    Session session = articleSession();
    const int edit = session.kit().cardIndex(u"edit");
    for (int i = 0; i < articleAnswers.size(); ++i)
        QVERIFY(session.setAnswer(i, articleAnswers.at(i), AnswerVersion::Origin::Pasted, at(i)));
    QVERIFY(session.setAnswer(edit, QStringLiteral("# Profiling, edited"),
                              AnswerVersion::Origin::Pasted, at(5)));
    QCOMPARE(session.status(edit).state, CardState::Answered);
    QVERIFY(session.setAnswer(card, articleAnswers.at(card) + QStringLiteral(" More."),
                              AnswerVersion::Origin::Pasted, at(6)));
    QCOMPARE(session.status(edit).state, CardState::Stale);
    QVERIFY(session.staleReason(edit).contains(QStringLiteral("card %1, %2, changed")
                                                   .arg(card + 1)
                                                   .arg(session.kit().cards.at(card).title)));
}

QTEST_GUILESS_MAIN(SessionTest)
#include "tst_session.moc"
