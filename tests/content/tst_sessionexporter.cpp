// SessionExporter on the bundled kit with the written python-gil answers:
// the Markdown article, the HTML page (meta title and description in the
// head, everything escaped), the social posts, and the JSON of the session.
#include "bundledcontent.h"
#include "session/sessionexporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace PromptDeck::Core;

class SessionExporterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void markdown_isTheEditedArticle();
    void markdown_beforeTheEditorialPass_isTheAssembledDraft();
    void markdown_fromTheDraft_saysWhatItCouldNotPlace();
    void markdown_ofAnUnfinishedSession_marksWhatIsMissing();
    void html_hasMetaTagsInTheHeadAndTheArticleInTheBody();
    void html_escapesEverythingThatIsNotTheArticle();
    void text_holdsTheSocialPostsAndMetaTags();
    void json_describesTheWholeSession();

private:
    Session finishedSession(const QStringList &skip = {}) const;
    QString answerFile(int card) const;

    KitPtr m_kit;
    Brief m_brief;
    QStringList m_files;
};

void SessionExporterTest::initTestCase()
{
    m_kit = BundledContent::loadKit(QStringLiteral("seo-article")).value();
    m_brief = BundledContent::loadBrief(QStringLiteral("python-gil"), *m_kit).value();
    const QDir dir(QStringLiteral(PROMPTDECK_TEST_DATA "/answers/python-gil"));
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        m_files.append(dir.filePath(name));
    QCOMPARE(m_files.size(), 12);
}

QString SessionExporterTest::answerFile(int card) const
{
    QFile file(m_files.at(card));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Session SessionExporterTest::finishedSession(const QStringList &skip) const
{
    Session session(m_kit, m_brief, QDateTime::currentDateTimeUtc());
    for (int i = 0; i < 12; ++i) {
        if (!skip.contains(m_kit->cards.at(i).id))
            session.setAnswer(i, answerFile(i), AnswerVersion::Origin::Pasted,
                              QDateTime::currentDateTimeUtc());
    }
    return session;
}

void SessionExporterTest::markdown_isTheEditedArticle()
{
    const Session session = finishedSession();
    const SessionExporter exporter(session);
    const ExportDef *md = exporter.exportFor(QStringLiteral("md"));
    QVERIFY(md);
    const Result<QString> article = exporter.render(*md);
    QVERIFY2(article.ok(), qPrintable(article.errorText()));
    QCOMPARE(article.value().trimmed(), answerFile(8).trimmed());
}

void SessionExporterTest::markdown_beforeTheEditorialPass_isTheAssembledDraft()
{
    const Session session = finishedSession({QStringLiteral("edit")});
    const SessionExporter exporter(session);
    QStringList unplaced{QStringLiteral("not cleared")};
    const QString article =
        exporter.render(*exporter.exportFor(QStringLiteral("md")), &unplaced).value();
    QCOMPARE(article.trimmed(), session.article().markdown);
    // The brief's siblings have no URL yet, so the two planned links wait.
    QCOMPARE(unplaced, session.article().unplaced);
    QCOMPARE(unplaced.size(), 2);
    QVERIFY(unplaced.first().contains(QStringLiteral("has no URL yet")));
    // Introduction first, conclusion last, and the examples at their markers.
    QVERIFY(article.startsWith(answerFile(2).trimmed()));
    QVERIFY(article.trimmed().endsWith(answerFile(6).trimmed()));
    QVERIFY(!article.contains(QStringLiteral("[EXAMPLE")));
    QVERIFY(!article.contains(QStringLiteral("Goes in:")));
    QVERIFY(article.contains(QStringLiteral("dis.dis(total)")));
    QVERIFY(!article.contains(QStringLiteral("[MISSING")));
    // The HTML page shows the same draft.
    const QString html = exporter.render(*exporter.exportFor(QStringLiteral("html"))).value();
    QVERIFY(html.contains(QStringLiteral("dis.dis(total)")));
    QVERIFY(!html.contains(QStringLiteral("[EXAMPLE")));
}

void SessionExporterTest::markdown_fromTheDraft_saysWhatItCouldNotPlace()
{
    Session session = finishedSession({QStringLiteral("edit")});
    const int examples = m_kit->cardIndex(u"examples");
    const QString first =
        session.answerText(examples).section(QStringLiteral("### Example 2"), 0, 0);
    session.setAnswer(examples, first, AnswerVersion::Origin::Typed,
                      QDateTime::currentDateTimeUtc());
    const SessionExporter exporter(session);
    QStringList unplaced;
    const QString article =
        exporter.render(*exporter.exportFor(QStringLiteral("md")), &unplaced).value();
    QCOMPARE(unplaced.size(), 3 + 2); // three markers, and the two links without a URL
    QVERIFY(unplaced.first().startsWith(QStringLiteral("The marker [EXAMPLE: timeit")));
    QCOMPARE(article.count(QStringLiteral("[EXAMPLE:")), 3);

    // With the editorial pass answered, the export does not show the draft.
    session.setAnswer(m_kit->cardIndex(u"edit"), answerFile(8), AnswerVersion::Origin::Pasted,
                      QDateTime::currentDateTimeUtc());
    unplaced.clear();
    QVERIFY(SessionExporter(session).render(*exporter.exportFor(QStringLiteral("md")), &unplaced));
    QVERIFY(unplaced.isEmpty());
}

void SessionExporterTest::markdown_ofAnUnfinishedSession_marksWhatIsMissing()
{
    const Session session = finishedSession({QStringLiteral("edit"), QStringLiteral("faq")});
    const SessionExporter exporter(session);
    const QString article = exporter.render(*exporter.exportFor(QStringLiteral("md"))).value();
    QVERIFY(article.contains(QStringLiteral("[MISSING: the answer to card 6, \"FAQ\"")));
}

void SessionExporterTest::html_hasMetaTagsInTheHeadAndTheArticleInTheBody()
{
    const Session session = finishedSession();
    const SessionExporter exporter(session);
    const QString html = exporter.render(*exporter.exportFor(QStringLiteral("html"))).value();
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    const qsizetype bodyStart = html.indexOf(QStringLiteral("<body>"));
    const QString head = html.left(bodyStart);
    QVERIFY2(head.contains(QStringLiteral(
                 "<title>Python GIL Explained: Interpreter, Objects &amp; Profiling</title>")),
             qPrintable(head.left(600)));
    QVERIFY(head.contains(QStringLiteral(
        "<meta name=\"description\" content=\"Python GIL explained with the interpreter and "
        "object model in one mental model, plus py-spy and Scalene commands to find what "
        "slows your code.\">")));
    const QString body = html.mid(bodyStart);
    QVERIFY(body.contains(QStringLiteral(
        "<h1>Python GIL Explained: Interpreter, Object Model and Where Time Really Goes</h1>")));
    QCOMPARE(body.count(QStringLiteral("<h2>")), 6);
    QVERIFY(body.contains(QStringLiteral("<table>")));
    QVERIFY(body.contains(QStringLiteral("<code class=\"language-python\">")));
    QVERIFY(body.trimmed().endsWith(QStringLiteral("</html>")));
}

void SessionExporterTest::html_escapesEverythingThatIsNotTheArticle()
{
    Session session = finishedSession();
    Brief brief = m_brief;
    brief.setValue(QStringLiteral("title"),
                   FieldValue::text(FieldType::Text, QStringLiteral("Tom & \"Jerry\" <b>")));
    session.setBrief(brief);
    session.setAnswer(
        9,
        QStringLiteral(
            "Meta title: A \"quoted\" <title> & more\nMeta description: x\" onload=\"alert(1)"),
        AnswerVersion::Origin::Pasted, QDateTime::currentDateTimeUtc());
    session.setAnswer(8, QStringLiteral("# Safe\n\n<script>alert(1)</script>\n"),
                      AnswerVersion::Origin::Pasted, QDateTime::currentDateTimeUtc());
    const SessionExporter exporter(session);
    const QString html = exporter.render(*exporter.exportFor(QStringLiteral("html"))).value();
    QVERIFY(html.contains(
        QStringLiteral("<title>A &quot;quoted&quot; &lt;title&gt; &amp; more</title>")));
    QVERIFY(html.contains(QStringLiteral("content=\"x&quot; onload=&quot;alert(1)\"")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
}

void SessionExporterTest::text_holdsTheSocialPostsAndMetaTags()
{
    const Session session = finishedSession();
    const SessionExporter exporter(session);
    const QString text = exporter.render(*exporter.exportFor(QStringLiteral("txt"))).value();
    const qsizetype thread = text.indexOf(answerFile(10).trimmed());
    const qsizetype linkedin = text.indexOf(answerFile(11).trimmed());
    const qsizetype meta = text.indexOf(answerFile(9).trimmed());
    QVERIFY(thread > 0);
    QVERIFY(linkedin > thread);
    QVERIFY(meta > linkedin);
    QVERIFY(!text.contains(QStringLiteral("&amp;")));
}

void SessionExporterTest::json_describesTheWholeSession()
{
    Session session = finishedSession({QStringLiteral("linkedin")});
    session.setAnswer(0, QStringLiteral("# Replaced outline"), AnswerVersion::Origin::Pasted,
                      QDateTime::currentDateTimeUtc());
    const QByteArray json =
        SessionExporter(session).toJson(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("exported")).toString(),
             QStringLiteral("2026-11-25T12:00:00.000Z"));
    QCOMPARE(root.value(QStringLiteral("kit")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("seo-article"));
    QCOMPARE(
        root.value(QStringLiteral("brief")).toObject().value(QStringLiteral("word_count")).toInt(),
        1500);
    QCOMPARE(root.value(QStringLiteral("brief"))
                 .toObject()
                 .value(QStringLiteral("secondary_keywords"))
                 .toArray()
                 .size(),
             6);
    QCOMPARE(
        root.value(QStringLiteral("extracted")).toObject().value(QStringLiteral("slug")).toString(),
        QStringLiteral("python-gil-explained"));
    const QJsonArray cards = root.value(QStringLiteral("cards")).toArray();
    QCOMPARE(cards.size(), 12);
    const QJsonObject outline = cards.at(0).toObject();
    QCOMPARE(outline.value(QStringLiteral("answer")).toString(),
             QStringLiteral("# Replaced outline"));
    QCOMPARE(outline.value(QStringLiteral("earlier_answers")).toInt(), 1);
    QCOMPARE(cards.at(1).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("stale"));
    QCOMPARE(cards.at(11).toObject().value(QStringLiteral("answer")).type(), QJsonValue::Null);
    QCOMPARE(cards.at(11).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("ready"));
    QCOMPARE(
        cards.at(9).toObject().value(QStringLiteral("depends_on")).toArray().first().toString(),
        QStringLiteral("edit"));
    const QJsonArray checks = cards.at(9).toObject().value(QStringLiteral("checks")).toArray();
    QCOMPARE(checks.size(), 5);
    QCOMPARE(checks.first().toObject().value(QStringLiteral("level")).toString(),
             QStringLiteral("pass"));
    QVERIFY(cards.at(2)
                .toObject()
                .value(QStringLiteral("prompt"))
                .toString()
                .startsWith(QStringLiteral("You are")));
}

QTEST_GUILESS_MAIN(SessionExporterTest)
#include "tst_sessionexporter.moc"
