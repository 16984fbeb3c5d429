// What loading a session file keeps and what it refuses: every value this
// version does not know comes back byte for byte on save, wherever in the
// file it stands, and the caps that hold on paste hold on load too.
#include "base/inputlimits.h"
#include "kit/briefloader.h"
#include "kit/kitloader.h"
#include "session/sessionserializer.h"

#include <QTest>

using namespace PromptDeck::Core;

class SessionLoadTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void unknownValue_comesBackByteForByte_data();
    void unknownValue_comesBackByteForByte();
    void unknownValues_wholeFile_saveIsStable();
    void unknownValue_keptThroughANewAnswer();

    void answerSize_atTheCap_loads_data();
    void answerSize_atTheCap_loads();
    void answerSize_overTheCap_isRefusedAtIt_data();
    void answerSize_overTheCap_isRefusedAtIt();
    void kitSize_overTheCap_isRefusedAtTheKit();

private:
    Session makeSession() const { return Session(m_kit, m_brief, m_now); }
    // A session whose first card has an answer and one older version.
    QByteArray answeredJson() const
    {
        Session session = makeSession();
        session.setAnswer(0, QStringLiteral("first"), AnswerVersion::Origin::Pasted, m_now);
        session.setAnswer(0, QStringLiteral("second"), AnswerVersion::Origin::Pasted, m_now);
        return SessionSerializer::toJson(session, m_now);
    }
    // A session whose first card's answer (or older version) has
    // `characters` x's.
    QByteArray withLongAnswer(qsizetype characters, bool inHistory) const
    {
        Session session = makeSession();
        session.setAnswer(1, QStringLiteral("a short answer"), AnswerVersion::Origin::Pasted,
                          m_now);
        session.setAnswer(0, QString(characters, QLatin1Char('x')), AnswerVersion::Origin::Pasted,
                          m_now);
        if (inHistory)
            session.setAnswer(0, QStringLiteral("newer"), AnswerVersion::Origin::Pasted, m_now);
        return SessionSerializer::toJson(session, m_now);
    }
    Result<Session> load(const QByteArray &json, Diagnostics *warnings = nullptr) const
    {
        return SessionSerializer::fromJson(SourceText(QStringLiteral("s.promptdeck"), json),
                                           warnings);
    }

    KitPtr m_kit;
    Brief m_brief;
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 15), Qt::UTC);
};

namespace {

// json with `"future": value,` as the first member of the object that
// opens at the first `opening` after `after` (`after` empty: the start).
QByteArray withMember(QByteArray json, const QByteArray &after, const QByteArray &opening,
                      const QByteArray &key, const QByteArray &value)
{
    const qsizetype from = after.isEmpty() ? 0 : json.indexOf(after);
    if (from < 0)
        qFatal("the session has no %s", after.constData());
    const qsizetype at = json.indexOf(opening, from + after.size());
    if (at < 0)
        qFatal("no %s after %s", opening.constData(), after.constData());
    return json.insert(at + opening.size(), "\"" + key + "\": " + value + ",");
}

} // namespace

void SessionLoadTest::initTestCase()
{
    const Result<KitPtr> kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/blog-post.yaml"));
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    m_kit = kit.value();
    const Result<Brief> brief = BriefLoader::loadFile(
        QStringLiteral(PROMPTDECK_TEST_DATA "/briefs/blog-brief.yaml"), *m_kit);
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    m_brief = brief.value();
}

// Issue 15, finding 5: 1.5 came back as "1.5", 1e300 as
// "1.0000000000000001e+300", an unknown card's text as {}.
void SessionLoadTest::unknownValue_comesBackByteForByte_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");

    const QList<std::pair<const char *, QByteArray>> values{
        {"1.5", "1.5"},
        {"1e300", "1e300"},
        {"17 digits", "12345678901234567"},
        {"minus zero", "-0.0"},
        {"1.50E-7", "1.50E-7"},
        {"huge integer", "123456789012345678901234567890"},
        {"string", "\"kept as text\""},
        {"escaped string", R"("caf\u00e9 \/ \"q\" \n")"},
        {"empty object", "{}"},
        {"empty array", "[]"},
        {"true", "true"},
        {"false", "false"},
        {"null", "null"},
        {"nested mix", R"({"z": [1.0, -0, {"b": 2e2, "a": "x"}], "a": {"n": null}, "t": true})"},
        {"odd spacing", "[ 1 ,\n\t2 ,{ }\n]"},
        {"deep arrays", "[[[[[[[[[[0.10]]]]]]]]]]"},
    };
    const QByteArray answered = answeredJson();
    const QByteArray firstCard = "\"" + m_kit->cards.at(0).id.toUtf8() + "\": ";
    struct Level
    {
        const char *name;
        QByteArray after;
        QByteArray opening;
        QByteArray key;
    };
    const QList<Level> levels{
        {"top", {}, "{", "future"},
        {"brief", "\"brief\": ", "{", "future"},
        {"brief fields", "\"fields\": ", "{", "future_field"},
        {"view", "\"view\": ", "{", "future"},
        {"unknown card", "\"cards\": ", "{", "retired-card"},
        {"card", firstCard, "{", "future"},
        {"answer", "\"answer\": ", "{", "future"},
        {"older version", "\"history\": ", "{", "future"},
        {"kit", "\"kit\": ", "{", "future"},
    };
    for (const Level &level : levels) {
        for (const auto &[name, value] : values) {
            QTest::addRow("%s: %s", level.name, name)
                << withMember(answered, level.after, level.opening, level.key, value) << level.key
                << value;
        }
    }
}

void SessionLoadTest::unknownValue_comesBackByteForByte()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    const Result<Session> loaded = load(json);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    const QByteArray saved = SessionSerializer::toJson(loaded.value(), m_now);
    const QByteArray member = "\"" + key + "\": " + value;
    QVERIFY2(saved.contains(member), saved.constData());
    QCOMPARE(saved.count("\"" + key + "\""), 1);
    // What was written is a session this version reads, and keeps again.
    const Result<Session> again = load(saved);
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QVERIFY(SessionSerializer::toJson(again.value(), m_now).contains(member));
    QCOMPARE(again.value().answerText(0), QStringLiteral("second"));
    QCOMPARE(again.value().record(0).history.size(), 1);
}

// A file with unknowns everywhere: once this version has written it, loading
// and saving again writes the same bytes.
void SessionLoadTest::unknownValues_wholeFile_saveIsStable()
{
    QByteArray json = answeredJson();
    json = withMember(json, {}, "{", "future_top", "[1.5, 1e300, -0.0]");
    json = withMember(json, "\"brief\": ", "{", "future_brief", "12345678901234567");
    json = withMember(json, "\"fields\": ", "{", "future_field", "{\"b\": 1, \"a\": 2}");
    json = withMember(json, "\"view\": ", "{", "future_view", "\"text\"");
    json = withMember(json, "\"cards\": ", "{", "retired-card", "\"an answer kept as text\"");
    json = withMember(json, "\"answer\": ", "{", "future_answer", "1.0");
    json = withMember(json, "\"history\": ", "{", "future_old", "null");
    json = withMember(json, "\"kit\": ", "{", "future_kit", "false");
    Diagnostics warnings;
    const Result<Session> loaded = load(json, &warnings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QCOMPARE(warnings.size(), 2); // the unknown card and the unknown field
    const QByteArray saved = SessionSerializer::toJson(loaded.value(), m_now);
    for (const char *member :
         {"\"future_top\": [1.5, 1e300, -0.0]", "\"future_brief\": 12345678901234567",
          "\"future_field\": {\"b\": 1, \"a\": 2}", "\"future_view\": \"text\"",
          "\"retired-card\": \"an answer kept as text\"", "\"future_answer\": 1.0",
          "\"future_old\": null", "\"future_kit\": false"})
        QVERIFY2(saved.contains(member), member);
    const Result<Session> again = load(saved);
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(SessionSerializer::toJson(again.value(), m_now), saved);
}

// A version's unknown members stay with it when a newer answer pushes it
// into the history.
void SessionLoadTest::unknownValue_keptThroughANewAnswer()
{
    const QByteArray json = withMember(answeredJson(), "\"answer\": ", "{", "future", "1.5");
    Result<Session> loaded = load(json);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    Session session = loaded.value();
    QVERIFY(session.setAnswer(0, QStringLiteral("third"), AnswerVersion::Origin::Pasted, m_now));
    const QByteArray saved = SessionSerializer::toJson(session, m_now);
    const qsizetype history = saved.indexOf("\"history\": ");
    QVERIFY(history > 0);
    QVERIFY(saved.indexOf("\"future\": 1.5") > history);
    QCOMPARE(saved.count("\"future\""), 1);
}

// Issue 15, finding 6: the 16 M-character cap held on paste only; a longer
// answer in a file reached the window (190 M characters crashed it).
void SessionLoadTest::answerSize_atTheCap_loads_data()
{
    QTest::addColumn<bool>("inHistory");
    QTest::newRow("answer") << false;
    QTest::newRow("older version") << true;
}

void SessionLoadTest::answerSize_atTheCap_loads()
{
    QFETCH(bool, inHistory);
    const Result<Session> loaded = load(withLongAnswer(Limits::maxAnswerChars, inHistory));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    const CardRecord &record = loaded.value().record(0);
    QCOMPARE(inHistory ? record.history.at(0).text.size() : record.answer->text.size(),
             Limits::maxAnswerChars);
}

void SessionLoadTest::answerSize_overTheCap_isRefusedAtIt_data()
{
    answerSize_atTheCap_loads_data();
}

void SessionLoadTest::answerSize_overTheCap_isRefusedAtIt()
{
    QFETCH(bool, inHistory);
    const QByteArray json = withLongAnswer(Limits::maxAnswerChars + 1, inHistory);
    const Result<Session> loaded = load(json);
    QVERIFY(!loaded.ok());
    const Diagnostic &error = loaded.error();
    QCOMPARE(error.file, QStringLiteral("s.promptdeck"));
    QVERIFY2(error.message.contains(QStringLiteral("at most 16,777,216")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("the file was not changed")),
             qPrintable(error.message));
    // The position is that of the long text's value.
    const qsizetype at = json.indexOf("\"xxxx");
    QVERIFY(at > 0);
    const qsizetype lineStart = json.lastIndexOf('\n', at - 1) + 1;
    QCOMPARE(error.line, int(json.first(at).count('\n')) + 1);
    QCOMPARE(error.column, int(at - lineStart) + 1);
}

// A kit file is refused over 16 MiB; the kit a session carries is held to
// the same, before it is parsed.
void SessionLoadTest::kitSize_overTheCap_isRefusedAtTheKit()
{
    QByteArray json = SessionSerializer::toJson(makeSession(), m_now);
    const QByteArray source = "\"source\": \"";
    const qsizetype at = json.lastIndexOf(source);
    QVERIFY(at > 0);
    json.insert(at + source.size(), "#" + QByteArray(Limits::maxYamlFileBytes, 'k') + "\\n");
    const Result<Session> loaded = load(json);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(QStringLiteral("the session's kit (kit.source) is")),
             qPrintable(loaded.errorText()));
    const qsizetype valueAt = at + source.size() - 1;
    const qsizetype lineStart = json.lastIndexOf('\n', valueAt) + 1;
    QCOMPARE(loaded.error().line, int(json.first(valueAt).count('\n')) + 1);
    QCOMPARE(loaded.error().column, int(valueAt - lineStart) + 1);
}

QTEST_GUILESS_MAIN(SessionLoadTest)
#include "tst_sessionload.moc"
