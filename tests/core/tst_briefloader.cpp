// BriefLoader: briefs are read against the kit's field list, typed, and
// refused with a position when a value is missing or of the wrong kind.
#include "kit/briefloader.h"
#include "kit/kitloader.h"

#include <QTest>

using namespace PromptDeck::Core;

class BriefLoaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void load_goodBrief_typesEveryField();
    void load_absentOptionalFields_areEmpty();
    void load_linkUrls_optionalAndAbsolute();
    void load_badBrief_data();
    void load_badBrief();
    void load_unknownKey_isAWarning();
    void fingerprint_followsTheValue();

private:
    static QString path(const QString &name)
    {
        return QStringLiteral(PROMPTDECK_TEST_DATA "/briefs/") + name;
    }
    KitPtr m_kit;
};

void BriefLoaderTest::initTestCase()
{
    const Result<KitPtr> kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/blog-post.yaml"));
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    m_kit = kit.value();
}

void BriefLoaderTest::load_goodBrief_typesEveryField()
{
    Diagnostics warnings;
    const Result<Brief> brief =
        BriefLoader::loadFile(path(QStringLiteral("blog-brief.yaml")), *m_kit, &warnings);
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    QVERIFY(warnings.isEmpty());
    const Brief &b = brief.value();
    QCOMPARE(b.value(QStringLiteral("topic")).text(),
             QStringLiteral("Why our build got 40% faster"));
    QCOMPARE(b.value(QStringLiteral("length")).number(), std::optional<qint64>(1200));
    QCOMPARE(b.value(QStringLiteral("points")).items(),
             (QStringList{QStringLiteral("We measured before changing anything"),
                          QStringLiteral("Caching beat parallelism")}));
    const QList<BriefLink> related = b.value(QStringLiteral("related")).links();
    QCOMPARE(related.size(), 2);
    QCOMPARE(related.at(0), (BriefLink{QStringLiteral("How we run CI"),
                                       QStringLiteral("https://example.com/ci"), true}));
    QCOMPARE(related.at(1),
             (BriefLink{QStringLiteral("Our first year of remote work"), QString(), false}));

    const QVariantMap data = b.toTemplateData();
    QCOMPARE(data.value(QStringLiteral("length")), QVariant(qint64(1200)));
    QCOMPARE(data.value(QStringLiteral("related"))
                 .toList()
                 .at(0)
                 .toMap()
                 .value(QStringLiteral("pillar")),
             QVariant(true));
}

void BriefLoaderTest::load_linkUrls_optionalAndAbsolute()
{
    const Result<Brief> brief = BriefLoader::load(
        SourceText(
            QStringLiteral("links.yaml"),
            "topic: T\nrelated:\n  - title: No URL yet\n  - title: Blank URL\n    url: \"\"\n"
            "  - title: Plain http\n    url: http://example.com/plain\n"
            "  - {title: Spaced, url: \"  https://example.com/a%20b/  \"}\n"),
        *m_kit);
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    const QList<BriefLink> links = brief.value().value(QStringLiteral("related")).links();
    QCOMPARE(links.size(), 4);
    QCOMPARE(links.at(0).url, QString());
    QCOMPARE(links.at(1).url, QString());
    QCOMPARE(links.at(2).url, QStringLiteral("http://example.com/plain"));
    // Spaces around the URL (a paste from the address bar) are not part of it.
    QCOMPARE(links.at(3).url, QStringLiteral("https://example.com/a%20b/"));
}

void BriefLoaderTest::load_absentOptionalFields_areEmpty()
{
    const Result<Brief> brief = BriefLoader::load(
        SourceText(QStringLiteral("minimal.yaml"), "topic: Only the topic\n"), *m_kit);
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    QVERIFY(brief.value().value(QStringLiteral("points")).isEmpty());
    QCOMPARE(brief.value().value(QStringLiteral("points")).type(), FieldType::List);
    QVERIFY(!brief.value().value(QStringLiteral("length")).number());
    QVERIFY(BriefLoader::missingRequired(brief.value(), *m_kit).isEmpty());
}

// Matrix row 12: wrong types, missing and unknown keys in a brief.
void BriefLoaderTest::load_badBrief_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing required")
        << "missing-required.yaml" << 0 << 0
        << "the brief has no 'topic' (Topic); the kit 'blog-post' requires it";
    QTest::newRow("bad number") << "bad-number.yaml" << 2 << 9
                                << "'length' must be a whole number, like 1500, not 'many'";
    QTest::newRow("list is text") << "list-not-list.yaml" << 2 << 9
                                  << "'points' must be a list (lines starting with '- '), not text";
    QTest::newRow("link without title")
        << "link-without-title.yaml" << 3 << 5 << "an article of 'related' has no title";
    // A sibling's url is optional; when given it is an absolute http(s) URL,
    // as a writer pastes it from the browser, so that links made from it work.
    QTest::newRow("relative url")
        << "link-relative-url.yaml" << 4 << 10
        << "the url '/blog/how-we-run-ci' of an article of 'related' is not an absolute web "
           "address; write it in full, starting with https://";
    QTest::newRow("url without scheme")
        << "link-url-without-scheme.yaml" << 4 << 10
        << "the url 'example.com/ci' of an article of 'related' is not an absolute web address";
    QTest::newRow("ftp url") << "link-ftp-url.yaml" << 6 << 10
                             << "the url 'ftp://example.com/remote' of an article of 'related' is "
                                "not an absolute web address";
    QTest::newRow("url with a space")
        << "link-url-with-space.yaml" << 3 << 33
        << "the url 'https://example.com/how we run ci' of an article of 'related' contains a "
           "space";
    QTest::newRow("text is a list")
        << "text-not-text.yaml" << 1 << 8 << "'topic' must be text, not a list";
}

void BriefLoaderTest::load_badBrief()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString briefPath = path(QStringLiteral("bad/") + file);
    const Result<Brief> brief = BriefLoader::loadFile(briefPath, *m_kit);
    QVERIFY(!brief.ok());
    QVERIFY2(brief.error().message.contains(message), qPrintable(brief.errorText()));
    QCOMPARE(brief.error().file, briefPath);
    QCOMPARE(brief.error().line, line);
    QCOMPARE(brief.error().column, column);
}

void BriefLoaderTest::load_unknownKey_isAWarning()
{
    Diagnostics warnings;
    const Result<Brief> brief =
        BriefLoader::loadFile(path(QStringLiteral("bad/unknown-key.yaml")), *m_kit, &warnings);
    QVERIFY(brief.ok());
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).line, 2);
    QVERIFY2(warnings.at(0).message.contains(QStringLiteral("unknown key 'topik'")) &&
                 warnings.at(0).message.contains(QStringLiteral("did you mean 'topic'?")),
             qPrintable(warnings.at(0).message));
}

void BriefLoaderTest::fingerprint_followsTheValue()
{
    Brief a;
    a.setValue(QStringLiteral("topic"), FieldValue::text(FieldType::Text, QStringLiteral("One")));
    Brief b = a;
    QCOMPARE(a.fingerprint(QStringLiteral("topic")), b.fingerprint(QStringLiteral("topic")));
    b.setValue(QStringLiteral("topic"), FieldValue::text(FieldType::Text, QStringLiteral("Two")));
    QVERIFY(a.fingerprint(QStringLiteral("topic")) != b.fingerprint(QStringLiteral("topic")));
    // Stable across runs and machines: the first 16 hex digits of the SHA-1
    // of the value as compact JSON, here of ["One"].
    QCOMPARE(a.fingerprint(QStringLiteral("topic")), QStringLiteral("74df7b1b4d84995c"));
}

QTEST_GUILESS_MAIN(BriefLoaderTest)
#include "tst_briefloader.moc"
