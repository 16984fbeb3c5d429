// The chain's bookkeeping, by content: a card is stale exactly when an
// input's text differs from what its answer was made from, or when a card
// it uses is stale; putting the old text back clears it; Keep makes the
// kept answer the input now; old sessions convert. Run on kits written for
// each shape: a line of four, a diamond, a card fed by the brief and two
// answers.
#include "base/sourcetext.h"
#include "kit/briefloader.h"
#include "kit/kitloader.h"
#include "session/session.h"
#include "session/sessionserializer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace PromptDeck::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

using Origin = AnswerVersion::Origin;

QString kitPath(const QString &name)
{
    return QStringLiteral(PROMPTDECK_TEST_DATA "/kits/%1.yaml").arg(name);
}

// "a b c" as a list of its words.
QStringList list(const char *words)
{
    return QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList states(const Session &session)
{
    QStringList list;
    for (int i = 0; i < session.cardCount(); ++i)
        list.append(cardStateId(session.status(i).state));
    return list;
}

} // namespace

class ChainTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void line_aChangeReachesEveryCardBelow();
    void line_theOldTextBackMakesItFreshAgain_data();
    void line_theOldTextBackMakesItFreshAgain();
    void restoredVersion_isJudgedByWhatItWasMadeFrom();
    void keep_makesTheKeptAnswerTheInput();
    void keep_belowAStaleCard_holdsUntilThatCardChanges();
    void keepAll_keepsEveryStaleCard();
    void diamond_staleThroughEitherSide();
    void fanIn_briefAndTwoAnswers();
    void removedAnswer_isAChange();
    void madeFrom_recordsTheInputsGiven();
    void formatOne_convertsRevisionsToContent();
    void formatOne_savesAsFormatTwoWithEveryAnswer();
    void formatOne_goneRevisionStaysStale();
    void keptOverStale_survivesSaving();
    void asPasted_turnsDependentsStaleAndBackFresh();
    void asPasted_withNothingSetAside_changesNothing();
    void asPasted_keptOver_andNewAnswers();

private:
    Session start(const QString &kitName);
    void answerAll(Session &session, const QString &suffix);
    QDateTime at(int minutes) const { return m_start.addSecs(qint64(60) * minutes); }

    QDateTime m_start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    int m_minute = 0;
};

Session ChainTest::start(const QString &kitName)
{
    const Result<KitPtr> kit = KitLoader::loadFile(kitPath(kitName));
    if (!kit)
        qFatal("%s", qPrintable(kit.errorText()));
    const Result<Brief> brief = BriefLoader::loadFile(
        QStringLiteral(PROMPTDECK_TEST_DATA "/briefs/chain-brief.yaml"), *kit.value());
    if (!brief)
        qFatal("%s", qPrintable(brief.errorText()));
    return Session(kit.value(), brief.value(), m_start);
}

void ChainTest::answerAll(Session &session, const QString &suffix)
{
    for (int i = 0; i < session.cardCount(); ++i) {
        session.setAnswer(i, session.kit().cards.at(i).title + suffix, Origin::Pasted,
                          at(++m_minute));
    }
}

void ChainTest::line_aChangeReachesEveryCardBelow()
{
    Session session = start(QStringLiteral("chain-line"));
    answerAll(session, QStringLiteral(" 1"));
    QCOMPARE(states(session), list("answered answered answered answered"));

    session.setAnswer(0, QStringLiteral("First 2"), Origin::Pasted, at(10));
    QCOMPARE(states(session), list("answered stale stale stale"));
    QCOMPARE(session.status(1).changedInputs, list("answers.first"));
    QVERIFY(session.status(2).changedInputs.isEmpty());
    QCOMPARE(session.status(2).staleInputs, list("answers.second"));
    QCOMPARE(session.status(3).cause, list("answers.first answers.second answers.third"));
    QCOMPARE(session.staleReason(1), QStringLiteral("card 1, First, changed"));
    QCOMPARE(session.staleReason(2),
             QStringLiteral("card 1, First, changed; card 2 was made from it"));
    QCOMPARE(session.staleReason(3), QStringLiteral("card 1, First, changed; card 2 was made "
                                                    "from it, card 3 from card 2"));
    QCOMPARE(session.staleCards(), (QList<int>{1, 2, 3}));
    QVERIFY(session.staleReason(0).isEmpty());

    // Re-running card 2 with new text: card 3 is now stale for its own
    // input, and card 4 through card 3.
    session.setAnswer(1, QStringLiteral("Second 2"), Origin::Pasted, at(11));
    QCOMPARE(states(session), list("answered answered stale stale"));
    QCOMPARE(session.staleReason(2), QStringLiteral("card 2, Second, changed"));
    QCOMPARE(session.staleReason(3),
             QStringLiteral("card 2, Second, changed; card 3 was made from it"));
    QCOMPARE(session.staleCards(), (QList<int>{2, 3}));
}

void ChainTest::line_theOldTextBackMakesItFreshAgain_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("restored from the history") << QStringLiteral("restore");
    QTest::newRow("pasted again") << QStringLiteral("paste");
    QTest::newRow("typed back") << QStringLiteral("type");
}

void ChainTest::line_theOldTextBackMakesItFreshAgain()
{
    QFETCH(QString, how);
    Session session = start(QStringLiteral("chain-line"));
    answerAll(session, QStringLiteral(" 1"));
    const QString original = session.answerText(0);
    if (how == QLatin1String("type")) {
        // A note typed onto the answer, then taken off again (an undo).
        session.setAnswer(0, original + QStringLiteral(" extra note"), Origin::Typed, at(10));
        QCOMPARE(states(session), list("answered stale stale stale"));
        session.setAnswer(0, original, Origin::Typed, at(11));
    } else {
        session.setAnswer(0, QStringLiteral("First, renamed"), Origin::Pasted, at(10));
        QCOMPARE(states(session), list("answered stale stale stale"));
        if (how == QLatin1String("restore"))
            QVERIFY(session.restoreVersion(0, 0, at(11)));
        else
            QVERIFY(session.setAnswer(0, original, Origin::Pasted, at(11)));
    }
    QCOMPARE(session.answerText(0), original);
    QCOMPARE(states(session), list("answered answered answered answered"));
    QVERIFY(session.staleCards().isEmpty());
}

void ChainTest::restoredVersion_isJudgedByWhatItWasMadeFrom()
{
    Session session = start(QStringLiteral("chain-line"));
    answerAll(session, QStringLiteral(" 1"));
    // The outline changes and card 2 is re-run: card 3's introduction was
    // written from the old card 2.
    session.setAnswer(0, QStringLiteral("First 2"), Origin::Pasted, at(10));
    session.setAnswer(1, QStringLiteral("Second 2"), Origin::Pasted, at(11));
    session.setAnswer(2, QStringLiteral("Third 2"), Origin::Pasted, at(12));
    QCOMPARE(session.status(2).state, CardState::Answered);
    // Restoring that old introduction now shows it stale: it was made from
    // "Second 1", not from the card 2 of today.
    QVERIFY(session.restoreVersion(2, 0, at(13)));
    QCOMPARE(session.answerText(2), QStringLiteral("Third 1"));
    QCOMPARE(session.status(2).state, CardState::Stale);
    QCOMPARE(session.status(2).changedInputs, list("answers.second"));
    QCOMPARE(session.record(2).answer->origin, Origin::Restored);
    // And the newer one, restored in turn, is fresh again.
    QVERIFY(session.restoreVersion(2, 1, at(14)));
    QCOMPARE(session.answerText(2), QStringLiteral("Third 2"));
    QCOMPARE(session.status(2).state, CardState::Answered);
    // Card 2 back at its old text makes the old introduction fit again.
    QVERIFY(session.restoreVersion(1, 0, at(15)));
    QVERIFY(session.restoreVersion(2, 0, at(16)));
    QCOMPARE(session.answerText(2), QStringLiteral("Third 1"));
    QCOMPARE(session.status(2).changedInputs, QStringList{});
    // ...but card 2 is stale now (made from "First 1"), so card 3 is too.
    QCOMPARE(session.status(1).state, CardState::Stale);
    QCOMPARE(session.status(2).staleInputs, list("answers.second"));
}

void ChainTest::keep_makesTheKeptAnswerTheInput()
{
    Session session = start(QStringLiteral("chain-line"));
    answerAll(session, QStringLiteral(" 1"));
    session.setAnswer(0, QStringLiteral("First 2"), Origin::Pasted, at(10));
    QCOMPARE(states(session), list("answered stale stale stale"));
    QVERIFY(session.dismissStale(1));
    // Card 2's text did not change, and it is what cards 3 and 4 were made
    // from: they are fresh with it.
    QCOMPARE(states(session), list("answered answered answered answered"));
    QCOMPARE(session.answerText(1), QStringLiteral("Second 1"));
    QVERIFY(session.record(1).history.isEmpty());
    QVERIFY(!session.dismissStale(1));
}

void ChainTest::keep_belowAStaleCard_holdsUntilThatCardChanges()
{
    Session session = start(QStringLiteral("chain-line"));
    answerAll(session, QStringLiteral(" 1"));
    session.setAnswer(0, QStringLiteral("First 2"), Origin::Pasted, at(10));
    // The last card is kept as it is while cards 2 and 3 stay stale.
    QVERIFY(session.dismissStale(3));
    QCOMPARE(states(session), list("answered stale stale answered"));
    QCOMPARE(session.record(3).answer->keptWhileStale, list("answers.third"));
    // Keeping card 2 changes nothing for card 4.
    QVERIFY(session.dismissStale(1));
    QCOMPARE(states(session), list("answered answered answered answered"));
    // A new change above: card 4 was kept over card 3's staleness, and card
    // 3's text has not changed, so card 4 stays kept.
    session.setAnswer(0, QStringLiteral("First 3"), Origin::Pasted, at(11));
    QCOMPARE(states(session), list("answered stale stale answered"));
    // Card 3 re-run with new text: card 4 is stale for its own input.
    session.setAnswer(2, QStringLiteral("Third 2"), Origin::Pasted, at(12));
    QCOMPARE(session.status(3).state, CardState::Stale);
    QCOMPARE(session.status(3).changedInputs, list("answers.third"));
}

void ChainTest::keepAll_keepsEveryStaleCard()
{
    Session session = start(QStringLiteral("chain-diamond"));
    answerAll(session, QStringLiteral(" 1"));
    Brief brief = session.brief();
    brief.setValue(QStringLiteral("topic"),
                   FieldValue::text(FieldType::Text, QStringLiteral("Worm bins")));
    session.setBrief(brief);
    QCOMPARE(states(session), list("stale stale stale stale"));
    QCOMPARE(session.keepAll(), 4);
    QCOMPARE(states(session), list("answered answered answered answered"));
    for (int i = 0; i < session.cardCount(); ++i) {
        QVERIFY(session.record(i).history.isEmpty());
        // Kept top down, no card was kept over a stale one.
        QVERIFY(session.record(i).answer->keptWhileStale.isEmpty());
    }
    QCOMPARE(session.keepAll(), 0);
}

void ChainTest::diamond_staleThroughEitherSide()
{
    Session session = start(QStringLiteral("chain-diamond"));
    answerAll(session, QStringLiteral(" 1"));
    session.setAnswer(0, QStringLiteral("Top 2"), Origin::Pasted, at(10));
    QCOMPARE(states(session), list("answered stale stale stale"));
    QCOMPARE(session.status(3).staleInputs, list("answers.left answers.right"));
    QCOMPARE(session.staleReason(3),
             QStringLiteral("card 1, Top, changed; card 2 was made from it"));
    QCOMPARE(session.staleCards(), (QList<int>{1, 2, 3}));

    // The left side re-run: the bottom is stale for its own input now.
    session.setAnswer(1, QStringLiteral("Left 2"), Origin::Pasted, at(11));
    QCOMPARE(session.status(3).changedInputs, list("answers.left"));
    QCOMPARE(session.status(3).staleInputs, list("answers.right"));
    QCOMPARE(session.staleReason(3), QStringLiteral("card 2, Left, changed"));
    // The right side kept, the left put back: only what is left shows.
    QVERIFY(session.dismissStale(2));
    QVERIFY(session.restoreVersion(1, 0, at(12)));
    QCOMPARE(session.status(1).state, CardState::Stale);
    QCOMPARE(session.status(3).changedInputs, QStringList{});
    QCOMPARE(session.status(3).staleInputs, list("answers.left"));
    QCOMPARE(session.staleCards(), (QList<int>{1, 3}));
}

void ChainTest::fanIn_briefAndTwoAnswers()
{
    Session session = start(QStringLiteral("chain-fanin"));
    answerAll(session, QStringLiteral(" 1"));
    const Brief original = session.brief();
    Brief brief = original;
    brief.setValue(QStringLiteral("topic"),
                   FieldValue::text(FieldType::Text, QStringLiteral("Worm bins")));
    session.setBrief(brief);
    // The article uses the topic itself and the facts made from it.
    QCOMPARE(states(session), list("stale answered stale stale"));
    QCOMPARE(session.status(2).changedInputs, list("brief.topic"));
    QCOMPARE(session.status(2).staleInputs, list("answers.facts"));
    QCOMPARE(session.staleReason(2), QStringLiteral("the brief's Topic changed"));
    QCOMPARE(session.staleReason(3),
             QStringLiteral("the brief's Topic changed; card 3 was made from it"));
    // The topic put back: everything is as it was made.
    session.setBrief(original);
    QCOMPARE(states(session), list("answered answered answered answered"));

    // The voice (the second answer) changes: the article and the post.
    session.setAnswer(1, QStringLiteral("Voice 2"), Origin::Pasted, at(10));
    QCOMPARE(states(session), list("answered answered stale stale"));
    QCOMPARE(session.status(2).changedInputs, list("answers.voice"));
    QCOMPARE(session.staleCards(), (QList<int>{2, 3}));
}

void ChainTest::removedAnswer_isAChange()
{
    Session session = start(QStringLiteral("chain-line"));
    answerAll(session, QStringLiteral(" 1"));
    QVERIFY(session.clearAnswer(1));
    QCOMPARE(states(session), list("answered ready stale stale"));
    QCOMPARE(session.staleReason(2), QStringLiteral("the answer to card 2, Second was removed"));
    QCOMPARE(session.staleReason(3), QStringLiteral("the answer to card 2, Second was removed; "
                                                    "card 3 was made from it"));
}

void ChainTest::madeFrom_recordsTheInputsGiven()
{
    Session session = start(QStringLiteral("chain-line"));
    answerAll(session, QStringLiteral(" 1"));
    const InputPrints copied = session.currentFingerprints(1);
    session.setAnswer(0, QStringLiteral("First 2"), Origin::Pasted, at(10));
    // Card 2's answer comes from the prompt copied before card 1 changed.
    QVERIFY(session.setAnswer(1, QStringLiteral("Second 2"), Origin::Pasted, at(11), copied));
    QCOMPARE(session.status(1).changedInputs, list("answers.first"));
    // Typing on keeps what the version was made from, whatever is given.
    QVERIFY(session.setAnswer(1, QStringLiteral("Second 2, typed"), Origin::Typed, at(12),
                              session.currentFingerprints(1)));
    QCOMPARE(session.status(1).state, CardState::Stale);
}

namespace {

// A session as format 1 wrote it: answers recorded by revision number.
QByteArray formatOneSession(const QJsonObject &cards, int nextRevision)
{
    QFile kitFile(kitPath(QStringLiteral("chain-line")));
    if (!kitFile.open(QIODevice::ReadOnly))
        qFatal("no kit");
    const QJsonObject root{
        {u"format_version"_s, 1},
        {u"generator"_s, u"PromptDeck 0.9"_s},
        {u"created"_s, u"2026-11-01T09:00:00.000Z"_s},
        {u"kit"_s, QJsonObject{{u"origin"_s, u"chain-line.yaml"_s},
                               {u"source"_s, QString::fromUtf8(kitFile.readAll())}}},
        {u"brief"_s,
         QJsonObject{{u"origin"_s, u"chain-brief.yaml"_s},
                     {u"fields"_s, QJsonObject{{u"topic"_s, u"Composting in a small flat"_s},
                                               {u"audience"_s, u"People who rent"_s}}}}},
        {u"next_revision"_s, nextRevision},
        {u"cards"_s, cards},
    };
    return QJsonDocument(root).toJson();
}

QJsonObject version(int revision, const QString &text, const QJsonObject &basedOn)
{
    return {{u"revision"_s, revision},
            {u"time"_s, u"2026-11-01T09:0"_s + QString::number(revision) + u":00.000Z"_s},
            {u"origin"_s, u"pasted"_s},
            {u"based_on"_s, basedOn},
            {u"text"_s, text}};
}

// Card 1 answered twice (revisions 1, then 3); card 2 made from revision 1,
// card 3 from card 2's revision 2, and an older card 3 (in the history)
// from a card 2 that was never answered.
QByteArray threeCardsOfFormatOne()
{
    const QJsonObject cards{
        {u"first"_s, QJsonObject{{u"answer"_s, version(3, u"First 2"_s, {})},
                                 {u"history"_s, QJsonArray{version(1, u"First 1"_s, {})}}}},
        {u"second"_s,
         QJsonObject{{u"answer"_s, version(2, u"Second 1"_s, {{u"answers.first"_s, u"r1"_s}})}}},
        {u"third"_s,
         QJsonObject{
             {u"answer"_s, version(5, u"Third 1"_s, {{u"answers.second"_s, u"r2"_s}})},
             {u"history"_s, QJsonArray{version(4, u"Third 0"_s, {{u"answers.second"_s, u""_s}})}}}},
    };
    return formatOneSession(cards, 6);
}

} // namespace

void ChainTest::formatOne_convertsRevisionsToContent()
{
    Diagnostics warnings;
    const Result<Session> loaded = SessionSerializer::fromJson(
        SourceText(QStringLiteral("old.promptdeck"), threeCardsOfFormatOne()), &warnings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QVERIFY(warnings.isEmpty());
    const Session &session = loaded.value();
    // As format 1 showed it: card 2 stale (card 1 replaced), card 3 through it.
    QCOMPARE(states(session), list("answered stale stale ready"));
    QCOMPARE(session.status(1).changedInputs, list("answers.first"));
    QCOMPARE(session.record(1).answer->basedOn.value(u"answers.first"_s),
             Session::textFingerprint(u"First 1"));
    QCOMPARE(session.record(2).history.at(0).basedOn.value(u"answers.second"_s), QString());
    // Now by content: card 1 back at its old text makes card 2 fresh.
    Session edited = session;
    QVERIFY(edited.restoreVersion(0, 0, at(1)));
    QCOMPARE(states(edited), list("answered answered answered ready"));
}

void ChainTest::formatOne_savesAsFormatTwoWithEveryAnswer()
{
    const Result<Session> loaded = SessionSerializer::fromJson(
        SourceText(QStringLiteral("old.promptdeck"), threeCardsOfFormatOne()));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    const Session &session = loaded.value();
    // Saved, it is format 2, and reads back the same, every answer kept.
    const QByteArray saved = SessionSerializer::toJson(session, at(2));
    QVERIFY(saved.contains("\"format_version\": 2"));
    QVERIFY(!saved.contains("\"r1\""));
    const Result<Session> again =
        SessionSerializer::fromJson(SourceText(QStringLiteral("new.promptdeck"), saved));
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(states(again.value()), states(session));
    for (int i = 0; i < session.cardCount(); ++i) {
        QCOMPARE(again.value().answerText(i), session.answerText(i));
        QCOMPARE(again.value().record(i).history.size(), session.record(i).history.size());
    }
    QCOMPARE(again.value().nextRevision(), 6);
}

void ChainTest::formatOne_goneRevisionStaysStale()
{
    // Card 2 was typed on after card 3 was made from it: format 1 moved the
    // typed version to a new revision, so revision 2 is gone.
    QJsonObject typed = version(4, u"Second 1, typed on"_s, {{u"answers.first"_s, u"r1"_s}});
    typed.insert(u"origin"_s, u"typed"_s);
    QJsonObject cards{
        {u"first"_s, QJsonObject{{u"answer"_s, version(1, u"First 1"_s, {})}}},
        {u"second"_s, QJsonObject{{u"answer"_s, typed}}},
        {u"third"_s,
         QJsonObject{{u"answer"_s, version(3, u"Third 1"_s, {{u"answers.second"_s, u"r2"_s}})}}},
        {u"fourth"_s,
         QJsonObject{{u"answer"_s, version(5, u"Fourth 1"_s, {{u"answers.third"_s, u"r3"_s}})}}},
    };
    const QByteArray json = formatOneSession(cards, 6);
    Diagnostics warnings;
    const Result<Session> loaded =
        SessionSerializer::fromJson(SourceText(QStringLiteral("old.promptdeck"), json), &warnings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    // Said once, for the whole file, at its format_version.
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().message.contains(QStringLiteral("older PromptDeck")),
             qPrintable(warnings.first().message));
    QCOMPARE(warnings.first().line, json.left(json.indexOf("\"format_version\"")).count('\n') + 1);
    const Session &session = loaded.value();
    QCOMPARE(states(session), list("answered answered stale stale"));
    QCOMPARE(session.status(2).unknownInputs, list("answers.second"));
    QCOMPARE(session.staleReason(2),
             QStringLiteral("the text of card 2, Second this answer was made from is not known "
                            "(an older PromptDeck saved the session)"));
    // Keep records what it is made from now; the mark goes for good.
    Session kept = session;
    QVERIFY(kept.dismissStale(2));
    QCOMPARE(states(kept), list("answered answered answered answered"));
    const Result<Session> again = SessionSerializer::fromJson(
        SourceText(QStringLiteral("new.promptdeck"), SessionSerializer::toJson(kept, at(1))));
    QVERIFY(again.ok());
    QCOMPARE(states(again.value()), states(kept));
}

void ChainTest::keptOverStale_survivesSaving()
{
    Session session = start(QStringLiteral("chain-line"));
    answerAll(session, QStringLiteral(" 1"));
    session.setAnswer(0, QStringLiteral("First 2"), Origin::Pasted, at(10));
    QVERIFY(session.dismissStale(3));
    const QByteArray saved = SessionSerializer::toJson(session, at(11));
    QVERIFY(saved.contains("\"kept_while_stale\""));
    const Result<Session> again =
        SessionSerializer::fromJson(SourceText(QStringLiteral("kept.promptdeck"), saved));
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(states(again.value()), list("answered stale stale answered"));
    QCOMPARE(again.value().record(3).answer->keptWhileStale, list("answers.third"));
    QCOMPARE(SessionSerializer::toJson(again.value(), at(11)), saved);
}

// Using an answer as pasted changes what the cards made from it read: they
// turn stale, and fresh again when the choice goes back.
void ChainTest::asPasted_turnsDependentsStaleAndBackFresh()
{
    Session session = start(u"chain-line"_s);
    const QString wrapped = u"Sure! Here's the plan:\n\n# First 1\n\nLet me know if you'd like "
                            u"changes.\n"_s;
    answerAll(session, u" 1"_s);
    session.setAnswer(0, wrapped, Origin::Pasted, at(9));
    // Re-run top down: each made from the cleaned answer above it.
    for (int i = 1; i < session.cardCount(); ++i)
        session.setAnswer(i, session.kit().cards.at(i).title + u" 2"_s, Origin::Pasted, at(10));
    QCOMPARE(states(session), list("answered answered answered answered"));
    QCOMPARE(session.answerText(0), wrapped);
    QCOMPARE(session.usedAnswer(0), u"# First 1\n"_s);
    QVERIFY(!session.renderPrompt(1).value().text.contains(u"Sure!"_s));
    const QByteArray before = SessionSerializer::toJson(session, at(10));

    QVERIFY(session.setUseAsPasted(0, true));
    QVERIFY(!session.setUseAsPasted(0, true));
    QCOMPARE(session.answerText(0), wrapped);
    QCOMPARE(session.usedAnswer(0), wrapped);
    QVERIFY(session.renderPrompt(1).value().text.contains(u"Sure! Here's the plan:"_s));
    QCOMPARE(states(session), list("answered stale stale stale"));
    QCOMPARE(session.status(1).changedInputs, list("answers.first"));
    QCOMPARE(session.staleReason(1), u"card 1, First is now used as pasted"_s);
    QCOMPARE(session.staleCards(), (QList<int>{1, 2, 3}));

    QVERIFY(session.setUseAsPasted(0, false));
    QCOMPARE(states(session), list("answered answered answered answered"));
    QCOMPARE(session.usedAnswer(0), u"# First 1\n"_s);
    // Nothing of it is left in the file either.
    QCOMPARE(SessionSerializer::toJson(session, at(10)), before);
}

void ChainTest::asPasted_withNothingSetAside_changesNothing()
{
    Session session = start(u"chain-line"_s);
    answerAll(session, u" 1"_s);
    const QString print = session.fingerprint(u"answers.second"_s);
    QVERIFY(session.setUseAsPasted(1, true));
    QCOMPARE(session.fingerprint(u"answers.second"_s), print);
    QCOMPARE(states(session), list("answered answered answered answered"));
}

void ChainTest::asPasted_keptOver_andNewAnswers()
{
    Session session = start(u"chain-line"_s);
    answerAll(session, u" 1"_s);
    session.setAnswer(0, u"Great question!\n\nFirst 2\n"_s, Origin::Pasted, at(20));
    QVERIFY(session.dismissStale(1)); // made from "First 2", cleaned
    QCOMPARE(states(session), list("answered answered answered answered"));

    // A card made while the answer was used as pasted turns stale when it
    // is cleaned again, and is fresh when the choice goes back.
    QVERIFY(session.setUseAsPasted(0, true));
    QCOMPARE(states(session), list("answered stale stale stale"));
    QVERIFY(session.dismissStale(1));
    QCOMPARE(states(session), list("answered answered answered answered"));
    QVERIFY(session.setUseAsPasted(0, false));
    QCOMPARE(states(session), list("answered stale stale stale"));
    QCOMPARE(session.staleReason(1),
             u"card 1, First is now used with its chat wrappers set aside"_s);
    QVERIFY(session.setUseAsPasted(0, true));
    QCOMPARE(states(session), list("answered answered answered answered"));

    // The choice is the card's: a new answer keeps it, and the file too.
    session.setAnswer(0, u"Sure! Here's the plan:\n\nFirst 3\n"_s, Origin::Pasted, at(21));
    QVERIFY(session.usesAsPasted(0));
    QCOMPARE(session.usedAnswer(0), u"Sure! Here's the plan:\n\nFirst 3\n"_s);
    const Result<Session> again = SessionSerializer::fromJson(
        SourceText(u"pasted.promptdeck"_s, SessionSerializer::toJson(session, at(22))));
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QVERIFY(again.value().usesAsPasted(0));
    QVERIFY(!again.value().usesAsPasted(1));
    QCOMPARE(states(again.value()), states(session));
}

QTEST_GUILESS_MAIN(ChainTest)
#include "tst_chain.moc"
