// PageImporter on the pages in tests/data/pages, six of each layout (the
// seed page among them): each must give its .expected.yaml field for field,
// report the same fields as not found, and bad pages must give a clear
// message and no brief. A kit of its own, whose fields declare their own page
// labels, imports its page the same way. BriefWriter's YAML must read back
// identical.
#include "base/inputlimits.h"
#include "bundledcontent.h"
#include "import/pageimporter.h"
#include "kit/briefloader.h"
#include "kit/briefwriter.h"
#include "kit/kitloader.h"
#include "yaml/yamlreader.h"

#include <QDir>
#include <QTest>

using namespace PromptDeck::Core;

class PageImporterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void import_data();
    void import();
    void import_pastedWithWindowsLineEndingsAndBlankLines();
    void import_ownKitWithItsOwnLabels();
    void pageFields_ofTheBundledKit();
    void badPage_data();
    void badPage();
    void splitBullets_data();
    void splitBullets();
    void briefWriter_roundTripsHostileValues();
    void briefWriter_writesTheBundledBriefBack();

private:
    // Compares an import with the .expected.yaml next to the page.
    static void compareWithExpected(const ImportedBrief &imported, const QString &page,
                                    const Kit &kit);

    KitPtr m_kit;
};

void PageImporterTest::compareWithExpected(const ImportedBrief &imported, const QString &page,
                                           const Kit &kit)
{
    const QString expectedPath = page.chopped(4) + QStringLiteral(".expected.yaml");
    const Result<SourceText> source =
        SourceText::readFile(expectedPath, qint64{1024} * 1024, QStringLiteral("expected"));
    QVERIFY(source.ok());
    const YamlNode expected = YamlReader::parse(source.value()).value();
    const Brief &brief = imported.brief;
    for (const QString &key : PageImporter::pageFields(kit)) {
        const YamlNode *value = expected.find(key);
        const FieldValue got = brief.value(key);
        if (!value) {
            QVERIFY2(got.isEmpty(), qPrintable(key));
            continue;
        }
        if (value->isSequence()) {
            QStringList items;
            for (const YamlNode &item : value->items())
                items.append(item.scalar());
            QCOMPARE(got.items(), items);
        } else {
            QCOMPARE(got.displayText(), value->scalar());
        }
    }
    QStringList notFound;
    if (const YamlNode *missing = expected.find(u"not_found")) {
        for (const YamlNode &key : missing->items())
            notFound.append(key.scalar());
    }
    QCOMPARE(imported.notFound, notFound);
}

void PageImporterTest::initTestCase()
{
    m_kit = BundledContent::loadKit(QStringLiteral("seo-article")).value();
}

void PageImporterTest::import_data()
{
    QTest::addColumn<QString>("page");
    const QDir dir(QStringLiteral(PROMPTDECK_TEST_DATA "/pages"));
    const QStringList pages = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QCOMPARE(pages.size(), 12);
    for (const QString &page : pages)
        QTest::newRow(qPrintable(page)) << dir.filePath(page);
}

void PageImporterTest::import()
{
    QFETCH(QString, page);
    const Result<ImportedBrief> imported = PageImporter::importFile(page, *m_kit);
    QVERIFY2(imported.ok(), qPrintable(imported.errorText()));
    QCOMPARE(imported.value().layout,
             QFileInfo(page).fileName().startsWith(QStringLiteral("labelled"))
                 ? ImportedBrief::Layout::Labelled
                 : ImportedBrief::Layout::ValuesOnly);

    compareWithExpected(imported.value(), page, *m_kit);
    if (QTest::currentTestFailed())
        return;
    // A values-only page's one run of bullets is split by judgement: said so.
    if (imported.value().layout == ImportedBrief::Layout::ValuesOnly)
        QVERIFY(imported.value()
                    .notes.join(QLatin1Char(' '))
                    .contains(QStringLiteral("check where one list ends")));
}

void PageImporterTest::import_pastedWithWindowsLineEndingsAndBlankLines()
{
    QFile file(QStringLiteral(PROMPTDECK_TEST_DATA "/pages/values-02-sourdough.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    text.replace("\n", "\r\n\r\n  ");
    const Result<ImportedBrief> imported =
        PageImporter::import(SourceText(QStringLiteral("pasted"), "\xEF\xBB\xBF" + text), *m_kit);
    QVERIFY2(imported.ok(), qPrintable(imported.errorText()));
    QCOMPARE(imported.value().brief.value(QStringLiteral("primary_keyword")).text(),
             QStringLiteral("sourdough starter maintenance"));
    QCOMPARE(imported.value().brief.value(QStringLiteral("tips")).items().size(), 3);
}

void PageImporterTest::import_ownKitWithItsOwnLabels()
{
    const Result<KitPtr> kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/book-review.yaml"));
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    QCOMPARE(
        PageImporter::pageFields(*kit.value()),
        (QStringList{QStringLiteral("headline"), QStringLiteral("book"), QStringLiteral("author"),
                     QStringLiteral("genre"), QStringLiteral("length"), QStringLiteral("verdict"),
                     QStringLiteral("strengths"), QStringLiteral("quibbles")}));
    const QString page =
        QStringLiteral(PROMPTDECK_TEST_DATA "/pages/own-kit/book-review-nordic-noir.txt");
    const Result<ImportedBrief> imported = PageImporter::importFile(page, *kit.value());
    QVERIFY2(imported.ok(), qPrintable(imported.errorText()));
    QCOMPARE(imported.value().layout, ImportedBrief::Layout::Labelled);
    compareWithExpected(imported.value(), page, *kit.value());
    // The links field is no page field: in the brief, empty, and not missed.
    QVERIFY(imported.value().brief.value(QStringLiteral("also_read")).isEmpty());

    // The labels are this kit's own: the bundled kit sees no labelled page.
    const Result<ImportedBrief> bundled = PageImporter::importFile(page, *m_kit);
    QVERIFY2(bundled.ok(), qPrintable(bundled.errorText()));
    QCOMPARE(bundled.value().layout, ImportedBrief::Layout::ValuesOnly);
}

void PageImporterTest::pageFields_ofTheBundledKit()
{
    // Every field but the links (siblings, ranking), in page order.
    QCOMPARE(PageImporter::pageFields(*m_kit),
             (QStringList{
                 QStringLiteral("title"), QStringLiteral("primary_keyword"),
                 QStringLiteral("intent"), QStringLiteral("word_count"), QStringLiteral("tone"),
                 QStringLiteral("map"), QStringLiteral("content_group"), QStringLiteral("audience"),
                 QStringLiteral("angle"), QStringLiteral("secondary_keywords"),
                 QStringLiteral("mistakes"), QStringLiteral("tips"), QStringLiteral("questions")}));
}

void PageImporterTest::badPage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the page is empty");
    QTest::newRow("only blank lines")
        << QByteArray("\n \r\n\t\n") << QStringLiteral("the page is empty");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << QStringLiteral("this is not the text of a page");
    QTest::newRow("invalid UTF-8")
        << QByteArray("Title\ncaf\xe9\n") << QStringLiteral("not valid UTF-8");
    QTest::newRow("no brief at all")
        << QByteArray("Dear diary,\ntoday I baked bread.\n- flour\n- water\n")
        << QStringLiteral("no article brief found");
    QTest::newRow("10 MB") << QByteArray(qsizetype{10} * 1024 * 1024, 'a')
                           << QStringLiteral("larger than the 4 MiB limit of a page");
}

void PageImporterTest::badPage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Result<ImportedBrief> imported =
        PageImporter::import(SourceText(QStringLiteral("page.txt"), bytes), *m_kit);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.contains(message), qPrintable(imported.errorText()));
    QCOMPARE(imported.error().file, QStringLiteral("page.txt"));
}

void PageImporterTest::splitBullets_data()
{
    QTest::addColumn<QStringList>("bullets");
    QTest::addColumn<int>("keywords");
    QTest::addColumn<int>("mistakes");
    QTest::addColumn<int>("tips");
    QTest::newRow("only keywords")
        << QStringList{QStringLiteral("one"), QStringLiteral("two words")} << 2 << 0 << 0;
    QTest::newRow("no keywords")
        << QStringList{QStringLiteral("Ignoring the reader's actual question entirely."),
                       QStringLiteral("Add a table that compares the options side by side.")}
        << 0 << 1 << 1;
    QTest::newRow("a mistake without -ing")
        << QStringList{QStringLiteral("cold brew"),
                       QStringLiteral("Vague claims about caffeine without any numbers."),
                       QStringLiteral("Not saying how long to steep it."),
                       QStringLiteral("Give a steeping time for each grind size.")}
        << 1 << 2 << 1;
    QTest::newRow("empty") << QStringList() << 0 << 0 << 0;
    // Issue 15: every pair of cut points was tried, the square of the count.
    const int third = 100000;
    QStringList many;
    many.reserve(qsizetype(3) * third);
    for (int i = 0; i < third; ++i)
        many.append(QStringLiteral("keyword %1").arg(i));
    for (int i = 0; i < third; ++i)
        many.append(QStringLiteral("Ignoring the question of reader %1 entirely.").arg(i));
    for (int i = 0; i < third; ++i)
        many.append(QStringLiteral("Add a table that compares option %1 side by side.").arg(i));
    QTest::newRow("300,000 bullets") << many << third << third << third;
    // Ties go to the earliest cut points: two bullets that score the same
    // as anything leave both cuts at the start.
    QTest::newRow("a tie") << QStringList{QStringLiteral("Add a table that compares the "
                                                         "options side by side."),
                                          QStringLiteral("Ignoring the reader's actual "
                                                         "question entirely.")}
                           << 0 << 0 << 2;
}

void PageImporterTest::splitBullets()
{
    QFETCH(QStringList, bullets);
    QFETCH(int, keywords);
    QFETCH(int, mistakes);
    QFETCH(int, tips);
    const PageImporter::BulletSplit split = PageImporter::splitBullets(bullets);
    QCOMPARE(split.keywords.size(), keywords);
    QCOMPARE(split.mistakes.size(), mistakes);
    QCOMPARE(split.tips.size(), tips);
    QCOMPARE(split.keywords + split.mistakes + split.tips, bullets);
}

void PageImporterTest::briefWriter_roundTripsHostileValues()
{
    Brief brief;
    const QStringList hostile{QStringLiteral("null"),
                              QStringLiteral("true"),
                              QStringLiteral("3"),
                              QStringLiteral("~"),
                              QStringLiteral("# not a comment"),
                              QStringLiteral("- not a list"),
                              QStringLiteral("key: value"),
                              QStringLiteral("quotes \" and \\ backslash"),
                              QStringLiteral("tab\tand\nnewline"),
                              QStringLiteral("emoji 🐍 漢字 עברית"),
                              QStringLiteral("{{brief.title}}"),
                              QStringLiteral("  spaces around  "),
                              QStringLiteral("\u2028line separator"),
                              QStringLiteral("\uFEFFbyte order mark inside"),
                              QString(QChar(0x7F))};
    brief.setValue(QStringLiteral("title"),
                   FieldValue::text(FieldType::Text, hostile.join(QStringLiteral(" | "))));
    brief.setValue(QStringLiteral("primary_keyword"),
                   FieldValue::text(FieldType::Text, QStringLiteral("null")));
    brief.setValue(QStringLiteral("word_count"), FieldValue::number(1500));
    brief.setValue(QStringLiteral("tone"),
                   FieldValue::text(FieldType::Text, QStringLiteral("true")));
    brief.setValue(QStringLiteral("audience"),
                   FieldValue::text(FieldType::Paragraph, QStringLiteral("Line one\nLine two")));
    brief.setValue(QStringLiteral("angle"),
                   FieldValue::text(FieldType::Paragraph, QStringLiteral("3")));
    brief.setValue(QStringLiteral("secondary_keywords"), FieldValue::list(hostile));
    brief.setValue(QStringLiteral("siblings"),
                   FieldValue::links({{QStringLiteral("Pillar: \"quoted\""),
                                       QStringLiteral("https://x.io/?a=1&b=2"), true},
                                      {QStringLiteral("null"), QString(), false}}));
    for (const FieldDef &field : m_kit->fields) {
        if (!brief.contains(field.key))
            brief.setValue(field.key, FieldValue::empty(field.type));
    }
    const QByteArray yaml =
        BriefWriter::toYaml(brief, *m_kit, QStringLiteral("A test\nof two lines"));
    QVERIFY(yaml.startsWith("# A test\n# of two lines\n"));
    const Result<Brief> back =
        BriefLoader::load(SourceText(QStringLiteral("written.yaml"), yaml), *m_kit);
    QVERIFY2(back.ok(), qPrintable(back.errorText() + QLatin1Char('\n') + QString::fromUtf8(yaml)));
    for (const FieldDef &field : m_kit->fields)
        QVERIFY2(back.value().value(field.key) == brief.value(field.key), qPrintable(field.key));
}

void PageImporterTest::briefWriter_writesTheBundledBriefBack()
{
    const Brief brief = BundledContent::loadBrief(QStringLiteral("python-gil"), *m_kit).value();
    const QByteArray yaml = BriefWriter::toYaml(brief, *m_kit);
    const Result<Brief> back =
        BriefLoader::load(SourceText(QStringLiteral("written.yaml"), yaml), *m_kit);
    QVERIFY(back.ok());
    QVERIFY(back.value() == brief);
}

QTEST_GUILESS_MAIN(PageImporterTest)
#include "tst_pageimporter.moc"
