// Topical maps: loading (and refusing broken maps with a position), each
// article's siblings in the right order, briefs built from the map's
// defaults, brief files and inline briefs, and the Library's states read
// from the sessions next to the map.
#include "bundledcontent.h"
#include "kit/briefloader.h"
#include "map/maploader.h"
#include "models/librarymodel.h"
#include "session/sessionfile.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Core;

class TopicalMapTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void load_readsGroupsPillarsAndArticles();
    void siblings_pillarFirstThenGroupThenTheRest();
    void briefFor_layersDefaultsFileInlineAndMap();
    void briefFor_withoutABrief_saysWhatIsMissing();
    void badMap_data();
    void badMap();
    void urls_fromBaseUrlAndSlugs();
    void urls_withoutBaseUrl();
    void slug_data();
    void slug();
    void library_showsWhereEachArticleStands();

private:
    QString mapPath() const { return m_dir->filePath(QStringLiteral("python-performance.yaml")); }
    TopicalMap loadMap() const
    {
        Result<TopicalMap> map = MapLoader::loadFile(mapPath());
        if (!map)
            qFatal("%s", qPrintable(map.errorText()));
        return map.value();
    }

    KitPtr m_kit;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TopicalMapTest::initTestCase()
{
    m_kit = BundledContent::loadKit(QStringLiteral("seo-article")).value();
}

void TopicalMapTest::init()
{
    // A copy of the map's folder: the Library writes sessions next to it.
    m_dir = std::make_unique<QTemporaryDir>();
    const QDir source(QStringLiteral(PROMPTDECK_TEST_DATA "/maps"));
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("python-performance.yaml")), mapPath()));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("briefs")));
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("briefs/python-gil.yaml")),
                        m_dir->filePath(QStringLiteral("briefs/python-gil.yaml"))));
}

void TopicalMapTest::load_readsGroupsPillarsAndArticles()
{
    Diagnostics warnings;
    const Result<TopicalMap> loaded = MapLoader::loadFile(mapPath(), &warnings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QVERIFY2(warnings.isEmpty(), qPrintable(formatDiagnostics(warnings)));
    const TopicalMap &map = loaded.value();
    QCOMPARE(map.name, QStringLiteral("Performance Tuning & Profiling Python Code"));
    QCOMPARE(map.kit, QStringLiteral("seo-article"));
    QCOMPARE(map.groups,
             (QStringList{QStringLiteral("Profiling & Performance Fundamentals"),
                          QStringLiteral("Concurrency & Parallelism"), QStringLiteral("Memory")}));
    QCOMPARE(map.articles.size(), 7);
    QVERIFY(map.articles.at(0).pillar);
    QCOMPARE(map.articles.at(0).url, QStringLiteral("https://example.com/python-performance/"));
    QCOMPARE(map.articles.at(1).briefFile,
             m_dir->filePath(QStringLiteral("briefs/python-gil.yaml")));
    QCOMPARE(map.articles.at(2).sessionFile,
             m_dir->filePath(QStringLiteral("profiling-in-production.promptdeck")));
    QCOMPARE(map.articles.at(5).sessionFile,
             m_dir->filePath(QStringLiteral("sessions/threads-processes-asyncio.promptdeck")));
    QCOMPARE(map.articles.at(6).group, QStringLiteral("Memory"));
    QVERIFY(!map.articles.at(6).pillar);
}

void TopicalMapTest::siblings_pillarFirstThenGroupThenTheRest()
{
    const TopicalMap map = loadMap();
    QStringList titles;
    QList<bool> pillars;
    for (const BriefLink &link : map.siblingsOf(2)) {
        titles.append(link.title);
        pillars.append(link.pillar);
    }
    QCOMPARE(
        titles,
        (QStringList{
            QStringLiteral("Performance Tuning & Profiling Python Code"),
            QStringLiteral(
                "Understanding Python performance basics: interpreter, object model, and the GIL"),
            QStringLiteral("Reading Python bytecode with dis"),
            QStringLiteral("Concurrency in Python"),
            QStringLiteral("Threads vs processes vs asyncio"),
            QStringLiteral("Finding memory leaks with tracemalloc")}));
    // Only the article's own group's pillar is marked as the pillar.
    QCOMPARE(pillars, (QList<bool>{true, false, false, false, false, false}));
    QCOMPARE(map.siblingsOf(2).first().url,
             QStringLiteral("https://example.com/python-performance/"));
    // A pillar's siblings: its group's articles, then the rest.
    QCOMPARE(
        map.siblingsOf(0).first().title,
        QStringLiteral(
            "Understanding Python performance basics: interpreter, object model, and the GIL"));
    // An article in a group without a pillar has none marked.
    for (const BriefLink &link : map.siblingsOf(6))
        QVERIFY(!link.pillar);
}

void TopicalMapTest::briefFor_layersDefaultsFileInlineAndMap()
{
    const TopicalMap map = loadMap();
    // The GIL article: its brief file, plus the map's name, group and siblings.
    const Result<Brief> gil = map.briefFor(1, *m_kit);
    QVERIFY2(gil.ok(), qPrintable(gil.errorText()));
    QCOMPARE(gil.value().value(QStringLiteral("primary_keyword")).text(),
             QStringLiteral("python GIL explained"));
    QCOMPARE(gil.value().value(QStringLiteral("map")).text(), map.name);
    QCOMPARE(gil.value().value(QStringLiteral("content_group")).text(),
             QStringLiteral("Profiling & Performance Fundamentals"));
    QCOMPARE(gil.value().value(QStringLiteral("siblings")).links().size(), 6);
    QVERIFY(BriefLoader::missingRequired(gil.value(), *m_kit).isEmpty());

    // The pillar: the defaults, with its own word count over them.
    const Brief pillar = map.briefFor(0, *m_kit).value();
    QCOMPARE(pillar.value(QStringLiteral("tone")).text(),
             QStringLiteral("authoritative, conversational, evidence-based"));
    QCOMPARE(pillar.value(QStringLiteral("word_count")).number(), std::optional<qint64>(3000));
    QCOMPARE(pillar.value(QStringLiteral("title")).text(),
             QStringLiteral("Performance Tuning & Profiling Python Code"));

    // An inline brief keeps its own lists.
    const Brief profiling = map.briefFor(2, *m_kit).value();
    QCOMPARE(profiling.value(QStringLiteral("secondary_keywords")).items(),
             (QStringList{QStringLiteral("py-spy"), QStringLiteral("continuous profiling")}));
    QCOMPARE(profiling.value(QStringLiteral("word_count")).number(), std::optional<qint64>(1500));
}

void TopicalMapTest::briefFor_withoutABrief_saysWhatIsMissing()
{
    const TopicalMap map = loadMap();
    const Result<Brief> dis = map.briefFor(3, *m_kit);
    QVERIFY(dis.ok());
    QCOMPARE(BriefLoader::missingRequired(dis.value(), *m_kit),
             (QStringList{QStringLiteral("Primary keyword"), QStringLiteral("Unique angle")}));
    QCOMPARE(dis.value().value(QStringLiteral("title")).text(),
             QStringLiteral("Reading Python bytecode with dis"));
}

void TopicalMapTest::badMap_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << QByteArray("groups:\n  - name: G\n") << 1 << "the map has no 'map'";
    QTest::newRow("no groups") << QByteArray("map: M\ngroups: []\n") << 2 << "'groups' is empty";
    QTest::newRow("article without title")
        << QByteArray("map: M\ngroups:\n  - name: G\n    articles:\n      - url: https://e.com/x\n")
        << 5 << "an article of group 'G' has no 'title'";
    QTest::newRow("missing brief file")
        << QByteArray("map: M\ngroups:\n  - name: G\n    articles:\n      - title: A\n        "
                      "brief_file: nowhere.yaml\n")
        << 6 << "the brief file";
    QTest::newRow("two articles, one session")
        << QByteArray("map: M\ngroups:\n  - name: G\n    articles:\n      - title: Same Title\n    "
                      "  - title: same title!\n")
        << 6 << "would share its session file same-title.promptdeck with the article on line 5";
    QTest::newRow("duplicate group") << QByteArray("map: M\ngroups:\n  - name: G\n  - name: G\n")
                                     << 4 << "two content groups are named 'G'";
    QTest::newRow("base_url without scheme")
        << QByteArray("map: M\nbase_url: example.com/python/\ngroups:\n  - name: G\n") << 2
        << "the base_url 'example.com/python/' is not an absolute web address";
    QTest::newRow("relative base_url")
        << QByteArray("map: M\nbase_url: /python/\ngroups:\n  - name: G\n") << 2
        << "the base_url '/python/' is not an absolute web address";
    QTest::newRow("base_url with a space")
        << QByteArray(
               "map: M\nbase_url: https://example.com/python guides/\ngroups:\n  - name: G\n")
        << 2 << "the base_url 'https://example.com/python guides/' contains a space";
    QTest::newRow("relative article url")
        << QByteArray("map: M\ngroups:\n  - name: G\n    articles:\n      - title: A\n"
                      "        url: /a/\n")
        << 6 << "the url '/a/' is not an absolute web address";
    QTest::newRow("pillar url of another scheme")
        << QByteArray("map: M\ngroups:\n  - name: G\n    pillar:\n      title: P\n"
                      "      url: mailto:p@example.com\n")
        << 6 << "the url 'mailto:p@example.com' is not an absolute web address";
    QTest::newRow("slug with a space")
        << QByteArray("map: M\nbase_url: https://e.com/\ngroups:\n  - name: G\n    articles:\n"
                      "      - title: A\n        slug: my article\n")
        << 7 << "the slug 'my article' is not a URL path";
    QTest::newRow("slug that is a URL")
        << QByteArray("map: M\nbase_url: https://e.com/\ngroups:\n  - name: G\n    articles:\n"
                      "      - title: A\n        slug: https://e.com/a\n")
        << 7 << "the slug 'https://e.com/a' is not a URL path";
    // Found by fuzzing: two groups without a name crashed the loader.
    QTest::newRow("two groups without a name")
        << QByteArray("map: M\ngroups:\n  - title: G\n  - pillar: {title: P}\n") << 3
        << "a content group has no 'name'";
}

void TopicalMapTest::badMap()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, message);
    const Result<TopicalMap> map = MapLoader::load(SourceText(QStringLiteral("bad-map.yaml"), yaml),
                                                   m_dir->filePath(QStringLiteral("bad-map.yaml")));
    QVERIFY(!map.ok());
    QVERIFY2(map.error().message.contains(message), qPrintable(map.errorText()));
    QCOMPARE(map.error().file, QStringLiteral("bad-map.yaml"));
    QCOMPARE(map.error().line, line);
    QVERIFY(map.error().column > 0);
}

void TopicalMapTest::urls_fromBaseUrlAndSlugs()
{
    const QByteArray yaml = "map: M\n"
                            "base_url: https://example.com/python\n"
                            "groups:\n"
                            "  - name: G\n"
                            "    pillar:\n"
                            "      title: Performance Tuning & Profiling Python Code\n"
                            "      slug: python-performance/\n"
                            "    articles:\n"
                            "      - title: Profiling in production\n"
                            "      - title: Reading Python bytecode with dis\n"
                            "        slug: guides/dis\n"
                            "      - title: Crème brûlée à la maison\n"
                            "      - title: Published elsewhere\n"
                            "        url: https://blog.example.org/elsewhere/\n"
                            "        slug: ignored-when-url-is-given\n";
    Diagnostics warnings;
    const Result<TopicalMap> loaded =
        MapLoader::load(SourceText(QStringLiteral("urls.yaml"), yaml),
                        m_dir->filePath(QStringLiteral("urls.yaml")), &warnings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QVERIFY2(warnings.isEmpty(), qPrintable(formatDiagnostics(warnings)));
    const TopicalMap &map = loaded.value();
    QCOMPARE(map.baseUrl, QStringLiteral("https://example.com/python"));
    QStringList urls;
    for (const MapArticle &article : map.articles)
        urls.append(article.url);
    QCOMPARE(urls,
             (QStringList{QStringLiteral("https://example.com/python/python-performance/"),
                          // The slug of the title, as in session file names.
                          QStringLiteral("https://example.com/python/profiling-in-production"),
                          QStringLiteral("https://example.com/python/guides/dis"),
                          QStringLiteral("https://example.com/python/creme-brulee-a-la-maison"),
                          QStringLiteral("https://blog.example.org/elsewhere/")}));
    // Siblings filled in from the map carry the URLs, so card 8 can link.
    const Brief brief = map.briefFor(1, *m_kit).value();
    const QList<BriefLink> siblings = brief.value(QStringLiteral("siblings")).links();
    QCOMPARE(siblings.size(), 4);
    QCOMPARE(siblings.at(0),
             (BriefLink{QStringLiteral("Performance Tuning & Profiling Python Code"),
                        QStringLiteral("https://example.com/python/python-performance/"), true}));
    QCOMPARE(siblings.at(1).url, QStringLiteral("https://example.com/python/guides/dis"));
}

void TopicalMapTest::urls_withoutBaseUrl()
{
    // The test map has no base_url: only the articles with a url: have one.
    const TopicalMap map = loadMap();
    QVERIFY(map.baseUrl.isEmpty());
    QCOMPARE(map.articles.at(0).url, QStringLiteral("https://example.com/python-performance/"));
    QCOMPARE(map.articles.at(1).url, QString());
    QCOMPARE(map.articles.at(3).url, QString());

    // A slug without a base_url makes no URL, and says so where it stands.
    Diagnostics warnings;
    const Result<TopicalMap> loaded =
        MapLoader::load(SourceText(QStringLiteral("slug.yaml"),
                                   "map: M\ngroups:\n  - name: G\n    articles:\n      - title: A\n"
                                   "        slug: a-page\n"),
                        m_dir->filePath(QStringLiteral("slug.yaml")), &warnings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QCOMPARE(loaded.value().articles.at(0).url, QString());
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).line, 6);
    QCOMPARE(warnings.at(0).column, 15);
    QVERIFY2(warnings.at(0).message.contains(
                 QStringLiteral("the slug 'a-page' gives no URL: the map has no 'base_url'")),
             qPrintable(warnings.at(0).message));
}

void TopicalMapTest::slug_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    QTest::newRow("plain") << "Profiling in production"
                           << "profiling-in-production";
    QTest::newRow("punctuation") << "Threads vs. processes — and asyncio?"
                                 << "threads-vs-processes-and-asyncio";
    QTest::newRow("accents") << "Crème brûlée à la maison"
                             << "creme-brulee-a-la-maison";
    QTest::newRow("nothing usable") << "???"
                                    << "article";
}

void TopicalMapTest::slug()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(TopicalMap::slug(title), slug);
}

void TopicalMapTest::library_showsWhereEachArticleStands()
{
    const TopicalMap map = loadMap();
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMap(map);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(0).data(LibraryModel::StatusText).toString(),
             QStringLiteral("not started"));
    QVERIFY(model.index(0).data(LibraryModel::FirstInGroup).toBool());
    QVERIFY(!model.index(1).data(LibraryModel::FirstInGroup).toBool());
    QVERIFY(model.index(4).data(LibraryModel::FirstInGroup).toBool());

    auto start = [&](int article, const QList<int> &answered,
                     const QMap<int, QString> &texts = {}) {
        Session session(m_kit, map.briefFor(article, *m_kit).value(),
                        QDateTime::currentDateTimeUtc());
        for (int card : answered)
            session.setAnswer(card, texts.value(card, QStringLiteral("An answer.")),
                              AnswerVersion::Origin::Pasted, QDateTime::currentDateTimeUtc());
        QDir().mkpath(QFileInfo(map.articles.at(article).sessionFile).absolutePath());
        QVERIFY(SessionFile::save(session, map.articles.at(article).sessionFile,
                                  QDateTime::currentDateTimeUtc())
                    .ok());
    };
    start(1, {0, 1, 2, 3});
    QList<int> all;
    for (int i = 0; i < 12; ++i)
        all.append(i);
    // The X thread's one post of 300 characters fails its check.
    start(2, all,
          {{10, QStringLiteral("1/2 ") + QString(300, QLatin1Char('x')) +
                    QStringLiteral("\n\n2/2 ok")}});
    // Done: every card answered with the written answers, none failing.
    QMap<int, QString> written;
    const QDir answers(QStringLiteral(PROMPTDECK_TEST_DATA "/answers/python-gil"));
    for (const QString &name :
         answers.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(answers.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        written.insert(name.left(2).toInt() - 1, QString::fromUtf8(file.readAll()));
    }
    start(5, all, written);
    model.refresh();
    QCOMPARE(model.index(1).data(LibraryModel::StatusText).toString(),
             QStringLiteral("4 of 12 answered"));
    QCOMPARE(LibraryModel::ArticleStatus(model.index(2).data(LibraryModel::Status).toInt()),
             LibraryModel::ArticleStatus::ChecksFailing);
    QCOMPARE(model.index(5).data(LibraryModel::StatusText).toString(), QStringLiteral("done"));
    QCOMPARE(
        model.summary(),
        QStringLiteral("7 articles: 1 done, 1 in progress, 1 with failing checks, 4 not started"));

    // A broken session file says so instead of hiding the article.
    QFile broken(map.articles.at(6).sessionFile);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    model.refresh();
    QVERIFY(model.index(6)
                .data(LibraryModel::StatusText)
                .toString()
                .startsWith(QStringLiteral("session unreadable:")));
}

QTEST_GUILESS_MAIN(TopicalMapTest)
#include "tst_topicalmap.moc"
