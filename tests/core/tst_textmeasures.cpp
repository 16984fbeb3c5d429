// The measuring tools under the answer checks: X's weighted length and
// thread splitting, the lenient labelled-line reader, the Markdown scan,
// and word and character counts.
#include "text/labelreader.h"
#include "text/markdownscan.h"
#include "text/textstats.h"
#include "text/xpostcounter.h"

#include <QTest>

using namespace PromptDeck::Core;

class TextMeasuresTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightedLength_data();
    void weightedLength();
    void weightedLength_exactlyAtTheLimit();
    void splitThread_data();
    void splitThread();
    void labelReader_data();
    void labelReader();
    void markdownScan_countsWhatChecksNeed();
    void markdownToHtml_escapesRawHtml();
    void counts_data();
    void counts();
    void isBlank_meansOnlyWhitespace();
};

void TextMeasuresTest::weightedLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("placeholders");
    QTest::addColumn<int>("length");

    QTest::newRow("ASCII") << QStringLiteral("Hello world") << QStringList() << 11;
    QTest::newRow("empty") << QString() << QStringList() << 0;
    QTest::newRow("Latin accents (1 each)") << QStringLiteral("café naïve") << QStringList() << 10;
    QTest::newRow("decomposed accent is NFC-normalised")
        << QStringLiteral("cafe\u0301") << QStringList() << 4;
    QTest::newRow("CJK counts 2") << QStringLiteral("全局解释器锁") << QStringList() << 12;
    QTest::newRow("Hangul counts 2") << QStringLiteral("전역") << QStringList() << 4;
    QTest::newRow("curly quotes and dashes count 1")
        << QStringLiteral("“a”—‘b’") << QStringList() << 7;
    QTest::newRow("ellipsis counts 2") << QStringLiteral("…") << QStringList() << 2;
    QTest::newRow("emoji counts 2") << QStringLiteral("🐍") << QStringList() << 2;
    QTest::newRow("skin tone sequence counts 2")
        << QStringLiteral("👍🏽") << QStringList() << 2;
    QTest::newRow("ZWJ family counts 2") << QStringLiteral("👩\u200D💻") << QStringList() << 2;
    QTest::newRow("flag counts 2") << QStringLiteral("🇩🇪") << QStringList() << 2;
    QTest::newRow("keycap counts 2") << QStringLiteral("1\uFE0F\u20E3") << QStringList() << 2;
    QTest::newRow("heart with VS16 counts 2")
        << QStringLiteral("\u2764\uFE0F") << QStringList() << 2;
    QTest::newRow("copyright as text counts 1") << QStringLiteral("©") << QStringList() << 1;
    QTest::newRow("URL counts 23")
        << QStringLiteral("https://example.com/a/very/long/path/that/goes/on?x=1") << QStringList()
        << 23;
    QTest::newRow("short URL counts 23") << QStringLiteral("http://x.co") << QStringList() << 23;
    QTest::newRow("www URL counts 23")
        << QStringLiteral("see www.example.org.") << QStringList() << 28;
    QTest::newRow("sentence punctuation after a URL")
        << QStringLiteral("(https://a.io/x), ok") << QStringList() << 29;
    QTest::newRow("placeholder counts as a link")
        << QStringLiteral("Read it: LINK") << QStringList{QStringLiteral("LINK")} << 32;
    QTest::newRow("placeholder inside a word is not one")
        << QStringLiteral("LINKS") << QStringList{QStringLiteral("LINK")} << 5;
    QTest::newRow("CRLF counts 2") << QStringLiteral("a\r\nb") << QStringList() << 4;
}

void TextMeasuresTest::weightedLength()
{
    QFETCH(QString, text);
    QFETCH(QStringList, placeholders);
    QFETCH(int, length);
    QCOMPARE(XPostCounter::weightedLength(text, placeholders), length);
}

void TextMeasuresTest::weightedLength_exactlyAtTheLimit()
{
    QCOMPARE(XPostCounter::weightedLength(QString(280, QLatin1Char('a'))), 280);
    QCOMPARE(XPostCounter::weightedLength(QString(140, QChar(0x6F22))), 280);
    QCOMPARE(XPostCounter::weightedLength(QString(257, QLatin1Char('a')) +
                                          QStringLiteral("https://x.io/abc")),
             280);
    QCOMPARE(XPostCounter::weightedLength(QString(279, QLatin1Char('a')) + QStringLiteral("🐍")),
             281);
}

void TextMeasuresTest::splitThread_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("posts");

    QTest::newRow("1/N numbering")
        << QStringLiteral("1/3 First\n\n2/3 Second\n\n3/3 Third")
        << QStringList{QStringLiteral("1/3 First"), QStringLiteral("2/3 Second"),
                       QStringLiteral("3/3 Third")};
    QTest::newRow("1/N without blank lines")
        << QStringLiteral("1/2 First\n2/2 Second")
        << QStringList{QStringLiteral("1/2 First"), QStringLiteral("2/2 Second")};
    QTest::newRow("a list inside a 1/N post stays in it")
        << QStringLiteral("1/2 Steps:\n1. measure\n2. change\n\n2/2 Done")
        << QStringList{QStringLiteral("1/2 Steps:\n1. measure\n2. change"),
                       QStringLiteral("2/2 Done")};
    QTest::newRow("1. numbering") << QStringLiteral("1. One\n\n2. Two")
                                  << QStringList{QStringLiteral("1. One"),
                                                 QStringLiteral("2. Two")};
    QTest::newRow("(1) numbering and CRLF")
        << QStringLiteral("(1) One\r\n\r\n(2) Two\r\n")
        << QStringList{QStringLiteral("(1) One"), QStringLiteral("(2) Two")};
    QTest::newRow("preamble is not a post")
        << QStringLiteral("Here is your thread:\n\n1/2 A\n\n2/2 B")
        << QStringList{QStringLiteral("1/2 A"), QStringLiteral("2/2 B")};
    QTest::newRow("no numbers: paragraphs")
        << QStringLiteral("First post.\n\nSecond post.\nStill second.")
        << QStringList{QStringLiteral("First post."),
                       QStringLiteral("Second post.\nStill second.")};
    QTest::newRow("empty") << QString() << QStringList();
}

void TextMeasuresTest::splitThread()
{
    QFETCH(QString, text);
    QFETCH(QStringList, posts);
    QStringList texts;
    for (const XPostCounter::Post &post : XPostCounter::splitThread(text))
        texts.append(post.text);
    QCOMPARE(texts, posts);
}

void TextMeasuresTest::labelReader_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");
    const QString title = QStringLiteral("Python GIL Explained");

    QTest::newRow("plain") << QStringLiteral("Meta title: Python GIL Explained") << title << 1;
    QTest::newRow("any case") << QStringLiteral("META TITLE: Python GIL Explained") << title << 1;
    QTest::newRow("bold label") << QStringLiteral("**Meta title:** Python GIL Explained") << title
                                << 1;
    QTest::newRow("bold label, colon outside")
        << QStringLiteral("**Meta title**: Python GIL Explained") << title << 1;
    QTest::newRow("list bullet") << QStringLiteral("- Meta title: Python GIL Explained") << title
                                 << 1;
    QTest::newRow("numbered") << QStringLiteral("1. Meta title: Python GIL Explained") << title
                              << 1;
    QTest::newRow("quoted value") << QStringLiteral("Meta title: \"Python GIL Explained\"") << title
                                  << 1;
    QTest::newRow("curly quotes") << QStringLiteral("Meta title: “Python GIL Explained”") << title
                                  << 1;
    QTest::newRow("variant") << QStringLiteral("Intro\nSEO title: Python GIL Explained") << title
                             << 2;
    QTest::newRow("main label wins over a variant")
        << QStringLiteral("Title: Something else\nMeta title: Python GIL Explained") << title << 2;
    QTest::newRow("CRLF") << QStringLiteral("x\r\nMeta title: Python GIL Explained\r\n") << title
                          << 2;
    QTest::newRow("full-width colon")
        << QStringLiteral("Meta title： Python GIL Explained") << title << 1;
    QTest::newRow("extra spaces in the label")
        << QStringLiteral("Meta   title :  Python GIL Explained  ") << title << 1;
    QTest::newRow("missing") << QStringLiteral("Description: nothing else") << QString() << 0;
}

void TextMeasuresTest::labelReader()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(int, line);
    const auto found = LabelReader::find(
        text, {QStringLiteral("Meta title"), QStringLiteral("SEO title"), QStringLiteral("Title")});
    if (value.isNull()) {
        QVERIFY(!found);
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->text, value);
    QCOMPARE(found->line, line);
}

void TextMeasuresTest::markdownScan_countsWhatChecksNeed()
{
    const MarkdownScan scan = MarkdownScan::parse(QStringLiteral(
        "# Title\n\nIntro with [a link](https://x.io) and `code`.\n\n## One?\n\n- a\n- b\n\n"
        "### Sub\n\n```\nnot prose\n```\n\n## Two\r\n\r\n1. [pillar](<Big Title>)\n"));
    QCOMPARE(scan.headings.size(), 4);
    QCOMPARE(scan.headingsOfLevel(2).size(), 2);
    QCOMPARE(scan.headingsOfLevel(2).first().text, QStringLiteral("One?"));
    QCOMPARE(scan.listItems, 3);
    QCOMPARE(scan.links.size(), 2);
    QCOMPARE(scan.links.at(0).text, QStringLiteral("a link"));
    QCOMPARE(scan.links.at(0).destination, QStringLiteral("https://x.io"));
    QCOMPARE(scan.links.at(1).destination, QStringLiteral("Big Title"));
    QVERIFY(scan.prose.contains(QStringLiteral("Intro with a link and .")));
    QVERIFY(!scan.prose.contains(QStringLiteral("not prose")));
    QVERIFY(!scan.prose.contains(QStringLiteral("code")));
}

void TextMeasuresTest::markdownToHtml_escapesRawHtml()
{
    const QString html =
        markdownToHtml(QStringLiteral("# Hi & bye\n\n<script>alert(1)</script>\n\n*em*"),
                       [](HtmlUrlKind, QStringView) { return true; });
    QVERIFY(html.contains(QStringLiteral("<h1>Hi &amp; bye</h1>")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(html.contains(QStringLiteral("<em>em</em>")));
}

void TextMeasuresTest::counts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("words");
    QTest::addColumn<qsizetype>("characters");
    QTest::newRow("plain") << QStringLiteral("Two words") << qsizetype(2) << qsizetype(9);
    QTest::newRow("Markdown marks are not words")
        << QStringLiteral("## Heading - item | cell") << qsizetype(3) << qsizetype(24);
    QTest::newRow("hyphenated word is one")
        << QStringLiteral("well-known fact") << qsizetype(2) << qsizetype(15);
    QTest::newRow("emoji is one character")
        << QStringLiteral("🐍 ok") << qsizetype(2) << qsizetype(4);
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << qsizetype(2) << qsizetype(4);
    QTest::newRow("empty") << QString() << qsizetype(0) << qsizetype(0);
}

void TextMeasuresTest::counts()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, words);
    QFETCH(qsizetype, characters);
    QCOMPARE(countWords(text), words);
    QCOMPARE(countCharacters(text), characters);
}

void TextMeasuresTest::isBlank_meansOnlyWhitespace()
{
    QVERIFY(isBlank(QString()));
    QVERIFY(isBlank(QStringLiteral(" \t\r\n\u00A0\u2003")));
    QVERIFY(!isBlank(QStringLiteral("  x  ")));
    QVERIFY(!isBlank(QStringLiteral("\u200B"))); // zero-width space is not whitespace
    QCOMPARE(isBlank(QStringLiteral("\u3000 ")), QStringLiteral("\u3000 ").trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TextMeasuresTest)
#include "tst_textmeasures.moc"
