// The exported HTML page runs nothing: an answer's links and images that
// would run script or load a document (javascript:, vbscript:, data:, file:,
// in every spelling filters are known to miss) come out as text, and so do
// links without a scheme (#, in-page, relative), which lead nowhere once the
// page is on a site; web and mail links stay links.
#include "base/sourcetext.h"
#include "kit/kitloader.h"
#include "session/sessionexporter.h"
#include "text/markdownscan.h"

#include <QRegularExpression>
#include <QTest>

using namespace PromptDeck::Core;

namespace {

const char *const pageKit = R"(kit: page
name: One page
version: 1
description: One answer shown as a page.
fields:
  - key: topic
    label: Topic
    type: text
phases:
  - id: write
    name: Write
cards:
  - id: text
    phase: write
    title: Text
    summary: The text of the page.
    prompt: |
      Write the page.
exports:
  - id: page
    label: The page
    format: html
    template: |
      <main>{{{html.text}}}</main>
)";

} // namespace

class PageLinksTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void links_runNothing_data();
    void links_runNothing();
    void urlScheme_readsAsABrowserDoes_data();
    void urlScheme_readsAsABrowserDoes();

private:
    QString page(const QString &answer) const;

    KitPtr m_kit;
};

void PageLinksTest::initTestCase()
{
    const Result<KitPtr> kit =
        KitLoader::load(SourceText(QStringLiteral("page.yaml"), QByteArray(pageKit)));
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    m_kit = kit.value();
}

QString PageLinksTest::page(const QString &answer) const
{
    Session session(m_kit, Brief(), QDateTime::currentDateTimeUtc());
    if (!session.setAnswer(0, answer, AnswerVersion::Origin::Pasted,
                           QDateTime::currentDateTimeUtc()))
        return {};
    const SessionExporter exporter(session);
    const Result<QString> html = exporter.render(*exporter.exportFor(QStringLiteral("html")));
    return html ? html.value() : QString();
}

// Matrix row 18.
void PageLinksTest::links_runNothing_data()
{
    QTest::addColumn<QString>("answer");
    // What the page holds in place of the link: the exact element when it
    // stays, or the text the refused link or image leaves.
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("staysALink");

    const auto refused = [](const char *name, const QString &answer, const QString &text) {
        QTest::newRow(name) << answer << text << false;
    };
    const auto kept = [](const char *name, const QString &answer, const QString &element) {
        QTest::newRow(name) << answer << element << true;
    };
    const QString x = QStringLiteral("<p>x</p>");

    refused("javascript", QStringLiteral("[x](javascript:alert(1))"), x);
    refused("mixed case", QStringLiteral("[x](JaVaScRiPt:alert(1))"), x);
    refused("upper case", QStringLiteral("[x](JAVASCRIPT:alert(1))"), x);
    refused("decimal colon", QStringLiteral("[x](javascript&#58;alert(1))"), x);
    refused("hex colon", QStringLiteral("[x](javascript&#x3A;alert(1))"), x);
    refused("named colon", QStringLiteral("[x](javascript&colon;alert(1))"), x);
    refused("named colon, no ;", QStringLiteral("[x](javascript&colonalert(1))"), x);
    refused("decimal letter", QStringLiteral("[x](&#106;avascript:alert(1))"), x);
    refused("hex letter", QStringLiteral("[x](&#x6A;avascript:alert(1))"), x);
    refused("hex letter, upper X", QStringLiteral("[x](&#X6a;avascript:alert(1))"), x);
    refused("zero-padded letter", QStringLiteral("[x](&#0000106;avascript:alert(1))"), x);
    refused("zero-padded, no ;", QStringLiteral("[x](&#0000106avascript:alert(1))"), x);
    refused("every letter encoded",
            QStringLiteral("[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;"
                           "alert(1))"),
            x);
    refused("double encoded", QStringLiteral("[x](&amp;#106;avascript:alert(1))"), x);
    refused("tab inside", QStringLiteral("[x](<java\tscript:alert(1)>)"), x);
    refused("tab reference", QStringLiteral("[x](java&#9;script:alert(1))"), x);
    refused("named tab", QStringLiteral("[x](java&Tab;script:alert(1))"), x);
    refused("newline reference", QStringLiteral("[x](java&#10;script:alert(1))"), x);
    refused("named newline", QStringLiteral("[x](java&NewLine;script:alert(1))"), x);
    refused("carriage return", QStringLiteral("[x](java&#x0D;script:alert(1))"), x);
    refused("NUL inside", QStringLiteral("[x](<java") + QChar(0) + QStringLiteral("script:1>)"), x);
    refused("NUL reference", QStringLiteral("[x](java&#0;script:alert(1))"), x);
    refused("control inside", QStringLiteral("[x](<java\x01script:alert(1)>)"), x);
    refused("DEL inside", QStringLiteral("[x](<java\x7fscript:alert(1)>)"), x);
    refused("space inside", QStringLiteral("[x](<javascript :alert(1)>)"), x);
    refused("leading space", QStringLiteral("[x](< javascript:alert(1)>)"), x);
    refused("leading space reference", QStringLiteral("[x](&#32;javascript:alert(1))"), x);
    refused("leading control", QStringLiteral("[x](<\x0b\x0cjavascript:alert(1)>)"), x);
    refused("percent-encoded letter", QStringLiteral("[x](%6Aavascript:alert(1))"), x);
    refused("with a title", QStringLiteral("[x](javascript:alert(1) \"t\")"), x);
    refused("autolink", QStringLiteral("<javascript:alert(1)>"),
            QStringLiteral("<p>javascript:alert(1)</p>"));
    refused("autolink, upper case", QStringLiteral("<JAVASCRIPT:alert(1)>"),
            QStringLiteral("<p>JAVASCRIPT:alert(1)</p>"));
    refused("reference", QStringLiteral("[a][r]\n\n[r]: javascript:alert(1)\n"),
            QStringLiteral("<p>a</p>"));
    refused("collapsed reference", QStringLiteral("[r][]\n\n[r]: JavaScript:alert(1)\n"),
            QStringLiteral("<p>r</p>"));
    refused("shortcut reference, encoded",
            QStringLiteral("[r]\n\n[r]: &#x6a;avascript&#x3a;alert(1) \"t\"\n"),
            QStringLiteral("<p>r</p>"));
    refused("vbscript", QStringLiteral("[x](vbscript:msgbox(1))"), x);
    refused("data html",
            QStringLiteral("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"), x);
    refused("data, encoded", QStringLiteral("[x](&#100;ata:text/html,<script>1</script>)"), x);
    refused("file", QStringLiteral("[x](file:///etc/passwd)"), x);
    refused("unknown scheme", QStringLiteral("[x](ms-settings:privacy)"), x);
    refused("nested brackets", QStringLiteral("[a [b] c](javascript:alert(1))"),
            QStringLiteral("<p>a [b] c</p>"));
    refused("markup in the text", QStringLiteral("[*a* `b`](javascript:alert(1))"),
            QStringLiteral("<p><em>a</em> <code>b</code></p>"));
    refused("image", QStringLiteral("![a](javascript:alert(1))"), QStringLiteral("<p>a</p>"));
    refused("image, data", QStringLiteral("![a](data:image/svg+xml;base64,PHN2Zz4=)"),
            QStringLiteral("<p>a</p>"));
    refused("image, vbscript", QStringLiteral("![a *b*](vbscript:x)"),
            QStringLiteral("<p>a b</p>"));
    refused("image, encoded", QStringLiteral("![a](&#x6A;avascript:alert(1))"),
            QStringLiteral("<p>a</p>"));
    refused("image, relative", QStringLiteral("![a](/pixel.png)"), QStringLiteral("<p>a</p>"));
    refused("image, in-page", QStringLiteral("![a](#top)"), QStringLiteral("<p>a</p>"));
    refused("image, mailto", QStringLiteral("![a](mailto:a@example.com)"),
            QStringLiteral("<p>a</p>"));
    refused("image reference", QStringLiteral("![a][i]\n\n[i]: javascript:alert(1)\n"),
            QStringLiteral("<p>a</p>"));
    refused("image in a link", QStringLiteral("[![a](javascript:1)](javascript:2)"),
            QStringLiteral("<p>a</p>"));
    // No scheme: the link would lead nowhere once the page is on a site.
    refused("nowhere", QStringLiteral("[x](#)"), x);
    refused("empty", QStringLiteral("[x]()"), x);
    refused("in-page", QStringLiteral("[x](#faq)"), x);
    refused("in-page with a colon", QStringLiteral("[x](#a:b)"), x);
    refused("relative", QStringLiteral("[x](/relative)"), x);
    refused("relative file", QStringLiteral("[x](../guides/page.html)"), x);
    refused("colon after the path", QStringLiteral("[x](notes/javascript:1)"), x);
    refused("colon in the query", QStringLiteral("[x](?q=javascript:1)"), x);
    refused("a title in angle brackets", QStringLiteral("[x](<Performance Tuning & Profiling>)"),
            x);
    refused("relative reference", QStringLiteral("[x][r]\n\n[r]: pillar.html\n"), x);
    refused("raw anchor", QStringLiteral("<a href=\"javascript:alert(1)\">x</a>"),
            QStringLiteral("<p>&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;</p>"));
    refused("raw image", QStringLiteral("<img src=\"javascript:alert(1)\">"),
            QStringLiteral("<p>&lt;img src=&quot;javascript:alert(1)&quot;&gt;</p>"));

    kept("https", QStringLiteral("[x](https://example.com/a?b=1&c=2)"),
         QStringLiteral("<a href=\"https://example.com/a?b=1&amp;c=2\">x</a>"));
    kept("http, upper case", QStringLiteral("[x](HTTP://example.com)"),
         QStringLiteral("<a href=\"HTTP://example.com\">x</a>"));
    kept("with a title", QStringLiteral("[x](https://example.com \"A & B\")"),
         QStringLiteral("<a href=\"https://example.com\" title=\"A &amp; B\">x</a>"));
    kept("mailto", QStringLiteral("[x](mailto:a@example.com)"),
         QStringLiteral("<a href=\"mailto:a@example.com\">x</a>"));
    kept("mail autolink", QStringLiteral("<a@example.com>"),
         QStringLiteral("<a href=\"mailto:a@example.com\">a@example.com</a>"));
    kept("reference", QStringLiteral("[a][r]\n\n[r]: https://example.com/r\n"),
         QStringLiteral("<a href=\"https://example.com/r\">a</a>"));
    kept("angle autolink", QStringLiteral("<https://example.com>"),
         QStringLiteral("<a href=\"https://example.com\">https://example.com</a>"));
    kept("bare url", QStringLiteral("See https://example.com today."),
         QStringLiteral("<a href=\"https://example.com\">https://example.com</a>"));
    kept("bare www", QStringLiteral("See www.example.com today."),
         QStringLiteral("<a href=\"http://www.example.com\">www.example.com</a>"));
    kept("image", QStringLiteral("![a](https://example.com/i.png \"t\")"),
         QStringLiteral("<img src=\"https://example.com/i.png\" alt=\"a\" title=\"t\">"));
    kept("web image in a refused link",
         QStringLiteral("[![a](https://example.com/i.png)](javascript:1)"),
         QStringLiteral("<p><img src=\"https://example.com/i.png\" alt=\"a\"></p>"));
}

void PageLinksTest::links_runNothing()
{
    QFETCH(QString, answer);
    QFETCH(QString, expected);
    QFETCH(bool, staysALink);

    const QString html = page(answer);
    QVERIFY2(html.contains(expected), qPrintable(html));
    // Whatever the row, no attribute that loads or follows a URL points
    // anywhere the page does not allow.
    static const QRegularExpression urlAttribute(
        QStringLiteral("<(a|img) [^>]*(href|src)=\"([^\"]*)\""));
    int urls = 0;
    for (const QRegularExpressionMatch &m : urlAttribute.globalMatch(html)) {
        ++urls;
        const QString scheme = urlScheme(m.captured(3));
        const bool image = m.captured(1) == QLatin1String("img");
        const QStringList allowed =
            image ? QStringList{QStringLiteral("http"), QStringLiteral("https")}
                  : QStringList{QStringLiteral("http"), QStringLiteral("https"),
                                QStringLiteral("mailto")};
        QVERIFY2(allowed.contains(scheme), qPrintable(html));
    }
    QCOMPARE(urls > 0, staysALink);
    QVERIFY2(!html.contains(QLatin1String("<a ")) || staysALink, qPrintable(html));
}

void PageLinksTest::urlScheme_readsAsABrowserDoes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("scheme");

    const QString js = QStringLiteral("javascript");
    QTest::newRow("plain") << QStringLiteral("https://example.com") << QStringLiteral("https");
    QTest::newRow("lower-cased") << QStringLiteral("MailTo:a@b") << QStringLiteral("mailto");
    QTest::newRow("decimal, no ;") << QStringLiteral("&#106avascript:1") << js;
    QTest::newRow("hex, no ;") << QStringLiteral("javas&#x63ript:1") << js;
    // As in a browser, the digits run as far as they go.
    QTest::newRow("hex, greedy") << QStringLiteral("&#x6Aavascript:1")
                                 << QStringLiteral("\u06aavascript");
    QTest::newRow("named, no ;") << QStringLiteral("javascript&colon1") << js;
    QTest::newRow("named, upper") << QStringLiteral("&AMP;x:1") << QStringLiteral("&x");
    QTest::newRow("controls dropped") << QStringLiteral("\x01j\ta\nv\ra script:") << js;
    QTest::newRow("out of range") << QStringLiteral("&#99999999999;:") << QStringLiteral("\ufffd");
    QTest::newRow("not a reference") << QStringLiteral("&x;:") << QStringLiteral("&x;");
    QTest::newRow("unknown name") << QStringLiteral("&ouml;:") << QStringLiteral("&ouml;");
    QTest::newRow("relative") << QStringLiteral("a/b:c") << QString();
    QTest::newRow("query first") << QStringLiteral("a?b:c") << QString();
    QTest::newRow("fragment") << QStringLiteral("#a:b") << QString();
    QTest::newRow("encoded slash") << QStringLiteral("a&sol;b:c") << QString();
    QTest::newRow("no colon") << QStringLiteral("javascript") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void PageLinksTest::urlScheme_readsAsABrowserDoes()
{
    QFETCH(QString, url);
    QFETCH(QString, scheme);
    QCOMPARE(urlScheme(url), scheme);
}

QTEST_GUILESS_MAIN(PageLinksTest)
#include "tst_pagelinks.moc"
