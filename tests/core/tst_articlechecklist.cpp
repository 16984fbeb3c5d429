// ArticleChecklist: what to check in an article before publishing it, one
// test per rule with the spellings chat models write and the look-alikes
// that are no items (code, footnotes, task boxes, real links, prose), then
// the three answer sets' edited articles; and ChecklistFile, the list
// written beside an export, which replaces only a list it wrote.
#include "article/articlechecklist.h"
#include "article/checklistfile.h"
#include "kit/briefloader.h"
#include "kit/kitloader.h"
#include "session/session.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Core;
using Group = ChecklistItem::Group;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString chainFile(const QString &set, const QString &name)
{
    return readText(QStringLiteral(PROMPTDECK_TEST_DATA "/chains/") + set + u'/' + name);
}

QList<ChecklistItem> itemsOf(const QString &article, Group group, const QString &research = {})
{
    return ArticleChecklist::build(article, research).items(group);
}

// "line: text" for each item, for readable failures.
QStringList described(const QList<ChecklistItem> &items)
{
    QStringList out;
    for (const ChecklistItem &item : items)
        out.append(QStringLiteral("%1: %2").arg(item.line).arg(item.text));
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class ArticleChecklistTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void facts_readEveryStatusSpelling_data();
    void facts_readEveryStatusSpelling();
    void facts_notMarkedCheck_areNoItems_data();
    void facts_notMarkedCheck_areNoItems();
    void facts_sayWhetherTheArticleUsesThem();
    void assets_areListedWithWhatToMake_data();
    void assets_areListedWithWhatToMake();
    void links_withoutAWebAddress_areListed_data();
    void links_withoutAWebAddress_areListed();
    void links_toTheWeb_andLookAlikes_areNoItems_data();
    void links_toTheWeb_andLookAlikes_areNoItems();
    void leftovers_markersAndNotes_areListed_data();
    void leftovers_markersAndNotes_areListed();
    void leftovers_footnotesBoxesAndCode_areNoItems_data();
    void leftovers_footnotesBoxesAndCode_areNoItems();
    void leftovers_chatWrappers_areListed_data();
    void leftovers_chatWrappers_areListed();
    void leftovers_chatLikeProse_isNoItem_data();
    void leftovers_chatLikeProse_isNoItem();
    void leftovers_theSessionsMissingMarker_isListed();
    void build_hostileLines_takeOnePass();
    void markdown_hasAHeadingPerGroupAndATaskPerItem();
    void chains_pythonGil_listsFactsAssetAndWrappers();
    void chains_emailAuth_listsFactsAssetsAndWrappers();
    void chains_raisedBeds_listsFactsAssetAndClosing();
    void file_isNamedAfterTheExport_data();
    void file_isNamedAfterTheExport();
    void file_isWrittenReplacedAndCleared();
    void file_neverReplacesWhatItDidNotWrite();
};

void ArticleChecklistTest::facts_readEveryStatusSpelling_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("fact");
    QTest::addColumn<QString>("source");

    const QString fact = QStringLiteral("NumPy releases the GIL in array operations.");
    const QString source = QStringLiteral("NumPy docs, 2025, URL unknown");
    QTest::newRow("em dashes")
        << QStringLiteral("- Fact: %1 — Source: %2 — CHECK").arg(fact, source) << fact << source;
    QTest::newRow("en dashes")
        << QStringLiteral("- Fact: %1 – Source: %2 – CHECK").arg(fact, source) << fact << source;
    QTest::newRow("hyphens") << QStringLiteral("* Fact: %1 - Source: %2 - CHECK").arg(fact, source)
                             << fact << source;
    QTest::newRow("bold") << QStringLiteral("- Fact: %1 — Source: %2 — **CHECK**").arg(fact, source)
                          << fact << source;
    QTest::newRow("bold labels")
        << QStringLiteral("- **Fact:** %1 — **Source:** %2 — **CHECK**").arg(fact, source) << fact
        << source;
    QTest::newRow("in parentheses")
        << QStringLiteral("- Fact: %1 (CHECK) — Source: %2").arg(fact, source) << fact << source;
    QTest::newRow("at the start")
        << QStringLiteral("- CHECK: Fact: %1 — Source: %2").arg(fact, source) << fact << source;
    QTest::newRow("bold at the start")
        << QStringLiteral("- **CHECK** %1 — Source: %2").arg(fact, source) << fact << source;
    QTest::newRow("bracketed at the start")
        << QStringLiteral("1. [CHECK] %1 — Source: %2").arg(fact, source) << fact << source;
    QTest::newRow("full stop")
        << QStringLiteral("- Fact: %1 — Source: %2 — CHECK.").arg(fact, source) << fact << source;
    QTest::newRow("with a note")
        << QStringLiteral("- Fact: %1 — Source: %2 — CHECK (confirm the year)").arg(fact, source)
        << fact + QStringLiteral(" (research note: confirm the year)") << source;
    QTest::newRow("no source label")
        << QStringLiteral("- Expert view: Gravel does not help drainage. — Linda Chalker-Scott, "
                          "Garden Professors blog — CHECK (confirm the author)")
        << QStringLiteral("Expert view: Gravel does not help drainage. (research note: confirm "
                          "the author)")
        << QStringLiteral("Linda Chalker-Scott, Garden Professors blog");
}

void ArticleChecklistTest::facts_readEveryStatusSpelling()
{
    QFETCH(QString, line);
    QFETCH(QString, fact);
    QFETCH(QString, source);

    const QString research = QStringLiteral("## Section\n- Fact: Other. — Source: S — VERIFIED\n") +
                             line + QStringLiteral("\n");
    const QList<ChecklistItem> facts = ArticleChecklist::factsToVerify(research);
    QCOMPARE(facts.size(), 1);
    QCOMPARE(facts.first().group, Group::Facts);
    QCOMPARE(facts.first().text, fact);
    QCOMPARE(facts.first().source, source);
}

void ArticleChecklistTest::facts_notMarkedCheck_areNoItems_data()
{
    QTest::addColumn<QString>("line");

    QTest::newRow("verified") << QStringLiteral("- Fact: A. — Source: B — VERIFIED");
    QTest::newRow("the pack's opening")
        << QStringLiteral("Anything I'm not certain of is marked CHECK for you to confirm.");
    QTest::newRow("prose about an item")
        << QStringLiteral("- Unsupported in the outline: the claim rests on a CHECK item; keep "
                          "it general.");
    QTest::newRow("checked") << QStringLiteral("- Fact: A. — Source: B — CHECKED");
    QTest::newRow("lower case") << QStringLiteral("- Fact: A. — Source: B — check the date");
    QTest::newRow("checklist") << QStringLiteral("- Fact: A. — Source: CHECKLIST of 2024");
}

void ArticleChecklistTest::facts_notMarkedCheck_areNoItems()
{
    QFETCH(QString, line);
    QCOMPARE(ArticleChecklist::factsToVerify(line).size(), 0);
}

void ArticleChecklistTest::facts_sayWhetherTheArticleUsesThem()
{
    const QString research = QStringLiteral(
        "- Fact: NumPy releases the GIL during many low-level array operations, so NumPy-heavy "
        "threads can run in parallel. — Source: NumPy docs — CHECK\n"
        "- Fact: `sys.getsizeof(1)` returns 28 bytes on 64-bit builds. — Source: sys docs — "
        "CHECK\n");
    const QString article = QStringLiteral(
        "# Title\n\nIntro.\n\nNumPy is reported to release the GIL in many array operations "
        "too; threads then run in parallel.\n\nThe end.\n");
    const QList<ChecklistItem> facts = itemsOf(article, Group::Facts, research);
    QCOMPARE(facts.size(), 2);
    QVERIFY(facts.at(0).used);
    QCOMPARE(facts.at(0).line, 5);
    QVERIFY(!facts.at(1).used);
    QCOMPARE(facts.at(1).line, 0);
    QVERIFY2(ArticleChecklist::itemLine(facts.at(1)).endsWith(u"(not found in the article)"),
             qPrintable(ArticleChecklist::itemLine(facts.at(1))));
    // A fact the article states only in a code block is not used by its prose.
    const QString inCode = QStringLiteral("```\nNumPy release GIL many array operation thread "
                                          "parallel\n```\n");
    QVERIFY(!itemsOf(inCode, Group::Facts, research).first().used);
}

void ArticleChecklistTest::assets_areListedWithWhatToMake_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("asset");
    QTest::addColumn<int>("line");

    QTest::newRow("own line") << QStringLiteral(
                                     "# T\n\nText.\n\n[ASSET: one-page PDF cheat sheet]\n")
                              << QStringLiteral("one-page PDF cheat sheet") << 5;
    QTest::newRow("in a sentence")
        << QStringLiteral("Get the list [ASSET: printable calendar (PDF)] here.")
        << QStringLiteral("printable calendar (PDF)") << 1;
    QTest::newRow("lower case, dash") << QStringLiteral("a\n[Asset – diagram of the flow]")
                                      << QStringLiteral("diagram of the flow") << 2;
    QTest::newRow("in a list") << QStringLiteral("- item\n- [ASSET: table as image]")
                               << QStringLiteral("table as image") << 2;
}

void ArticleChecklistTest::assets_areListedWithWhatToMake()
{
    QFETCH(QString, article);
    QFETCH(QString, asset);
    QFETCH(int, line);

    const QList<ChecklistItem> assets = itemsOf(article, Group::Assets);
    QCOMPARE(described(assets), QStringList{QStringLiteral("%1: %2").arg(line).arg(asset)});
    QVERIFY(itemsOf(article, Group::Leftovers).isEmpty());
    QVERIFY(
        itemsOf(QStringLiteral("`[ASSET: x]`\n\n```\n[ASSET: y]\n```"), Group::Assets).isEmpty());
}

void ArticleChecklistTest::links_withoutAWebAddress_areListed_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("expected");

    QTest::newRow("#") << QStringLiteral("[Download the cheat sheet](#)")
                       << QStringLiteral("1: Link “Download the cheat sheet” points nowhere (#)");
    QTest::newRow("title in angle brackets")
        << QStringLiteral("Read\n[the pillar](<Performance Tuning & Profiling>) next.")
        << QStringLiteral("2: Link “the pillar” leads to “Performance Tuning & Profiling”, which "
                          "is not a web address");
    QTest::newRow("relative path")
        << QStringLiteral("See [profiling](../profiling-in-production/).")
        << QStringLiteral("1: Link “profiling” leads to “../profiling-in-production/”, which is "
                          "not a web address");
    QTest::newRow("empty") << QStringLiteral("See [this]().")
                           << QStringLiteral("1: Link “this” has no destination");
    QTest::newRow("in-page") << QStringLiteral("See [the FAQ](#faq).")
                             << QStringLiteral("1: Link “the FAQ” points at “#faq” in the page, "
                                               "which the page does not have");
    QTest::newRow("no host") << QStringLiteral("[x](https://)")
                             << QStringLiteral("1: Link “x” leads to “https://”, which is not a "
                                               "web address");
    QTest::newRow("mail") << QStringLiteral("[write](mailto:a@example.com)")
                          << QStringLiteral("1: Link “write” leads to “mailto:a@example.com”, "
                                            "which is not a web address");
    QTest::newRow("bare anchor")
        << QStringLiteral("Read [Performance Tuning & Profiling Python Code] next.")
        << QStringLiteral("1: [Performance Tuning & Profiling Python Code] has no link "
                          "destination");
    QTest::newRow("undefined reference")
        << QStringLiteral("Read [the guide][pillar].")
        << QStringLiteral("1: Link “the guide” names [pillar], which the article does not define");
    QTest::newRow("reference to a relative path")
        << QStringLiteral("Read [the guide][g].\n\n[g]: /guide")
        << QStringLiteral("1: Link “the guide” leads to “/guide”, which is not a web address");
    QTest::newRow("with a title")
        << QStringLiteral("[x](page.html \"A page\")")
        << QStringLiteral("1: Link “x” leads to “page.html”, which is not a web address");
    QTest::newRow("in a list item") << QStringLiteral("- one\n- [Download](#) the PDF")
                                    << QStringLiteral("2: Link “Download” points nowhere (#)");
}

void ArticleChecklistTest::links_withoutAWebAddress_areListed()
{
    QFETCH(QString, article);
    QFETCH(QString, expected);
    QCOMPARE(described(itemsOf(article, Group::Links)), QStringList{expected});
    QVERIFY(itemsOf(article, Group::Leftovers).isEmpty());
}

void ArticleChecklistTest::links_toTheWeb_andLookAlikes_areNoItems_data()
{
    QTest::addColumn<QString>("article");

    QTest::newRow("https") << QStringLiteral("[docs](https://docs.python.org/3/library/dis.html)");
    QTest::newRow("http, with a title") << QStringLiteral("[a](http://example.com/a \"T\")");
    QTest::newRow("parentheses in the URL")
        << QStringLiteral("[w](https://en.wikipedia.org/wiki/Lock_(computer_science))");
    QTest::newRow("angle brackets") << QStringLiteral("[a](<https://example.com/a b>)");
    QTest::newRow("autolink") << QStringLiteral("<https://example.com>");
    QTest::newRow("bare URL") << QStringLiteral("See https://example.com.");
    QTest::newRow("defined reference")
        << QStringLiteral("[the guide][g] and [g]\n\n[g]: https://example.com/g");
    QTest::newRow("collapsed reference")
        << QStringLiteral("[Guide][]\n\n[guide]: <https://example.com/g>");
    QTest::newRow("image") << QStringLiteral("![diagram](diagram.png)");
    QTest::newRow("linked image") << QStringLiteral("[![logo](logo.png)](https://example.com)");
    QTest::newRow("code span") << QStringLiteral("Write `[text](#)` for an empty link.");
    QTest::newRow("double-tick span") << QStringLiteral("Write ``[a](`b`)`` here.");
    QTest::newRow("fenced block") << QStringLiteral("Text:\n\n```md\n[a](#)\n[b]\n```\n");
    QTest::newRow("tilde block") << QStringLiteral("~~~\n[a](#)\n~~~\n");
    QTest::newRow("indented block") << QStringLiteral("Text:\n\n    [a](#)\n    [b]\n\nMore.");
    QTest::newRow("escaped") << QStringLiteral("A \\[not a link\\] here.");
    QTest::newRow("array index") << QStringLiteral("In `L[-1]` and `D[x]` nothing is a link.");
}

void ArticleChecklistTest::links_toTheWeb_andLookAlikes_areNoItems()
{
    QFETCH(QString, article);
    const ArticleChecklist list = ArticleChecklist::build(article, QString());
    QVERIFY2(list.isEmpty(), qPrintable(list.lines().join(u'\n')));
}

void ArticleChecklistTest::leftovers_markersAndNotes_areListed_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("expected");

    QTest::newRow("example marker")
        << QStringLiteral("# T\n\n[EXAMPLE: a benchmark of attribute access]\n")
        << QStringLiteral("3: Example marker not filled in: [EXAMPLE: a benchmark of attribute "
                          "access]");
    QTest::newRow("example marker, numbered")
        << QStringLiteral("[Example 2 — a DNS lookup]")
        << QStringLiteral("1: Example marker not filled in: [Example 2 — a DNS lookup]");
    QTest::newRow("missing answer")
        << QStringLiteral("[MISSING: the answer to card 4, \"Body\" — paste it into PromptDeck "
                          "first]")
        << QStringLiteral("1: Missing answer: [MISSING: the answer to card 4, \"Body\" — paste it "
                          "into PromptDeck first]");
    QTest::newRow("insert") << QStringLiteral("About [insert statistic] of sites.")
                            << QStringLiteral("1: Note for the writer: [insert statistic]");
    QTest::newRow("todo") << QStringLiteral("Text.\n[TODO: add the source]")
                          << QStringLiteral("2: Note for the writer: [TODO: add the source]");
    QTest::newRow("add link") << QStringLiteral("Read more [Add internal link to the pillar].")
                              << QStringLiteral("1: Note for the writer: [Add internal link to the "
                                                "pillar]");
    QTest::newRow("citation needed") << QStringLiteral("It is fast [citation needed].")
                                     << QStringLiteral("1: Note for the writer: [citation needed]");
    QTest::newRow("capitals") << QStringLiteral("Sign up now. [CTA]")
                              << QStringLiteral("1: Note for the writer: [CTA]");
    QTest::newRow("placeholder") << QStringLiteral("[Placeholder: author bio]")
                                 << QStringLiteral("1: Note for the writer: [Placeholder: author "
                                                   "bio]");
    QTest::newRow("in a table") << QStringLiteral("| a | b |\n|---|---|\n| x | [insert figure] |")
                                << QStringLiteral("3: Note for the writer: [insert figure]");
}

void ArticleChecklistTest::leftovers_markersAndNotes_areListed()
{
    QFETCH(QString, article);
    QFETCH(QString, expected);
    QCOMPARE(described(itemsOf(article, Group::Leftovers)), QStringList{expected});
    QVERIFY(itemsOf(article, Group::Links).isEmpty());
}

void ArticleChecklistTest::leftovers_footnotesBoxesAndCode_areNoItems_data()
{
    QTest::addColumn<QString>("article");

    QTest::newRow("footnote") << QStringLiteral("It is so.[^1]\n\n[^1]: Python docs, 2025.");
    QTest::newRow("task boxes") << QStringLiteral(
        "- [ ] publish SPF\n- [x] publish DKIM\n* [X] done");
    QTest::newRow("code span") << QStringLiteral("Use `a[TODO: x]` and `[insert]`.");
    QTest::newRow("fenced block in a list")
        << QStringLiteral("1. Run:\n\n   ```python\n   print(d[\"TODO\"])\n   [EXAMPLE: x]\n   "
                          "```\n");
    QTest::newRow("sic and ellipsis")
        << QStringLiteral("He said it \"works [sic]\" […] then left.");
    QTest::newRow("empty brackets") << QStringLiteral("An empty list is [].");
    QTest::newRow("word count in code") << QStringLiteral("```\nWord count: 1,500\n```");
}

void ArticleChecklistTest::leftovers_footnotesBoxesAndCode_areNoItems()
{
    QFETCH(QString, article);
    const ArticleChecklist list = ArticleChecklist::build(article, QString());
    QVERIFY2(list.isEmpty(), qPrintable(list.lines().join(u'\n')));
}

void ArticleChecklistTest::leftovers_chatWrappers_areListed_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QStringList>("expected");

    const QString body = QStringLiteral("# Title\n\nThe article.\n");
    QTest::newRow("final article")
        << QStringLiteral("Here's the final, publication-ready article:\n\n") + body
        << QStringList{QStringLiteral("1: Chat opening left in: “Here's the final, "
                                      "publication-ready article:”")};
    QTest::newRow("edited article")
        << QStringLiteral("Here is the edited article.\n\n") + body
        << QStringList{QStringLiteral("1: Chat opening left in: “Here is the edited article.”")};
    QTest::newRow("sure, curly apostrophe")
        << QStringLiteral("Sure! Here’s the revised draft:\n") + body
        << QStringList{
               QStringLiteral("1: Chat opening left in: “Sure! Here’s the revised draft:”")};
    QTest::newRow("closing offer after a rule")
        << body + QStringLiteral("\n---\n\nLet me know if you'd like a shorter version.\n")
        << QStringList{QStringLiteral("7: Chat closing left in: “Let me know if you'd like a "
                                      "shorter version.”")};
    QTest::newRow("hope it helps")
        << body + QStringLiteral("\nI hope this helps!")
        << QStringList{QStringLiteral("5: Chat closing left in: “I hope this helps!”")};
    QTest::newRow("two closing lines")
        << body + QStringLiteral("\nWould you like me to add a table?\n\nHappy to help.\n")
        << QStringList{QStringLiteral("5: Chat closing left in: “Would you like me to add a "
                                      "table?”"),
                       QStringLiteral("7: Chat closing left in: “Happy to help.”")};
    QTest::newRow("word count, italic")
        << body + QStringLiteral("\n*Word count: ~1,500 words*\n")
        << QStringList{QStringLiteral("5: Word count note left in: “*Word count: ~1,500 words*”")};
    QTest::newRow("word count, in parentheses")
        << QStringLiteral("# T\n\nEnd.\n\n(Word count: 176)\n\n## Next\n\nMore.")
        << QStringList{QStringLiteral("5: Word count note left in: “(Word count: 176)”")};
    QTest::newRow("word count, approximately")
        << body + QStringLiteral("\n**Word count:** approximately 1,500\n")
        << QStringList{QStringLiteral("5: Word count note left in: “**Word count:** "
                                      "approximately 1,500”")};
    QTest::newRow("words alone") << body + QStringLiteral("\n_(1,520 words)_")
                                 << QStringList{QStringLiteral("5: Word count note left in: "
                                                               "“_(1,520 words)_”")};
    QTest::newRow("word count then closing")
        << body + QStringLiteral("\n*Word count: 1,480*\n\nLet me know if you want changes!")
        << QStringList{QStringLiteral("5: Word count note left in: “*Word count: 1,480*”"),
                       QStringLiteral("7: Chat closing left in: “Let me know if you want "
                                      "changes!”")};
}

void ArticleChecklistTest::leftovers_chatWrappers_areListed()
{
    QFETCH(QString, article);
    QFETCH(QStringList, expected);
    QCOMPARE(described(itemsOf(article, Group::Leftovers)), expected);
}

void ArticleChecklistTest::leftovers_chatLikeProse_isNoItem_data()
{
    QTest::addColumn<QString>("article");

    QTest::newRow("here's in the body")
        << QStringLiteral("# T\n\nHere's the final step: publish the record.\n\nDone.");
    QTest::newRow("let me know in the body")
        << QStringLiteral("# T\n\nLet me know if this works, says the admin.\n\nThen go on.");
    QTest::newRow("opening about something else")
        << QStringLiteral("Here's why raised beds warm up sooner in spring and what that means.\n"
                          "\n# T\n");
    QTest::newRow("words in a sentence")
        << QStringLiteral("# T\n\nA pillar page has about 3,000 words.\n");
    QTest::newRow("closing in a code block")
        << QStringLiteral("# T\n\n```\nLet me know if you'd like more.\n```\n");
}

void ArticleChecklistTest::leftovers_chatLikeProse_isNoItem()
{
    QFETCH(QString, article);
    const ArticleChecklist list = ArticleChecklist::build(article, QString());
    QVERIFY2(list.isEmpty(), qPrintable(list.lines().join(u'\n')));
}

void ArticleChecklistTest::leftovers_theSessionsMissingMarker_isListed()
{
    const Result<KitPtr> kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_SOURCE_DIR "/content/kits/seo-article.yaml"));
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    const Result<Brief> brief = BriefLoader::loadFile(
        QStringLiteral(PROMPTDECK_SOURCE_DIR "/content/briefs/python-gil.yaml"), *kit.value());
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    const Session session(kit.value(), brief.value(), QDateTime::currentDateTimeUtc());
    const QString marker = session.missingAnswerMarker(QStringLiteral("body"));
    const QString article = QStringLiteral("# Title\n\n") + marker + QStringLiteral("\n");
    const QList<ChecklistItem> leftovers =
        ArticleChecklist::build(article, session).items(Group::Leftovers);
    QCOMPARE(leftovers.size(), 1);
    QCOMPARE(leftovers.first().line, 3);
    QVERIFY(leftovers.first().text.contains(marker));
    // No research answer yet: no facts.
    QVERIFY(ArticleChecklist::build(article, session).items(Group::Facts).isEmpty());
}

void ArticleChecklistTest::build_hostileLines_takeOnePass()
{
    // An unclosed bracket does not hide the note after it.
    QCOMPARE(described(itemsOf(QStringLiteral("Use a [ bracket. [TODO: x]"), Group::Leftovers)),
             QStringList{QStringLiteral("1: Note for the writer: [TODO: x]")});
    // A megabyte line of unclosed brackets, of unmatched backtick runs of
    // every length, of links without a closing parenthesis: each takes one
    // pass (2 s under the sanitizers; the square of its length would take
    // minutes).
    QString ticks;
    for (int n = 1; ticks.size() < 1'000'000; ++n)
        ticks += QString(n, u'`') + u'a';
    const QStringList lines{QString(1'000'000, u'['), ticks,
                            QStringLiteral("[a](b ").repeated(150'000),
                            QStringLiteral("[x] ").repeated(250'000)};
    for (const QString &line : lines) {
        QElapsedTimer timer;
        timer.start();
        const ArticleChecklist list = ArticleChecklist::build(line, QString());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        Q_UNUSED(list);
    }
}

void ArticleChecklistTest::markdown_hasAHeadingPerGroupAndATaskPerItem()
{
    const QString research = QStringLiteral("- Fact: Radishes are ready in three weeks. — Source: "
                                            "seed packets — CHECK\n");
    const QString article = QStringLiteral("Here's the article:\n\n# Beds\n\n[Get it](#)\n\n"
                                           "Radishes are ready in three weeks.\n");
    const ArticleChecklist list = ArticleChecklist::build(article, research);
    QCOMPARE(list.toMarkdown(),
             QStringLiteral("# Before you publish\n"
                            "\n## Facts to verify\n\n"
                            "- [ ] Radishes are ready in three weeks. — Source: seed packets "
                            "(line 7)\n"
                            "\n## Links\n\n"
                            "- [ ] Link “Get it” points nowhere (#) (line 5)\n"
                            "\n## Leftovers\n\n"
                            "- [ ] Chat opening left in: “Here's the article:” (line 1)\n"));
    QCOMPARE(list.lines().size(), 3);
    QCOMPARE(list.lines().first(),
             QStringLiteral("Facts to verify: Radishes are ready in three weeks. — Source: seed "
                            "packets (line 7)"));
}

void ArticleChecklistTest::chains_pythonGil_listsFactsAssetAndWrappers()
{
    const QString article = chainFile(QStringLiteral("python-gil"), QStringLiteral("09-edit.md"));
    const QString research =
        chainFile(QStringLiteral("python-gil"), QStringLiteral("02-research.md"));
    QVERIFY(!article.isEmpty() && !research.isEmpty());
    const ArticleChecklist list = ArticleChecklist::build(article, research);

    const QList<ChecklistItem> facts = list.items(Group::Facts);
    QCOMPARE(facts.size(), 4);
    QVERIFY(facts.at(0).text.startsWith(u"`sys.getsizeof(1)` returns 28 bytes"));
    QVERIFY(!facts.at(0).used);
    QVERIFY(facts.at(1).text.startsWith(u"NumPy releases the GIL"));
    QCOMPARE(facts.at(1).source,
             QStringLiteral("NumPy project, NumPy documentation: thread safety, year unknown, URL "
                            "unknown"));
    QVERIFY(facts.at(1).used);
    QVERIFY(article.split(u'\n').at(facts.at(1).line - 1).startsWith(u"If you came here"));
    const QStringList lines = article.split(u'\n');
    // Worded otherwise in the article: "profiling.sampling, for Python 3.15",
    // "These commands assume py-spy 0.4".
    QVERIFY(facts.at(2).text.contains(u"Tachyon"));
    QVERIFY(facts.at(2).used);
    QVERIFY(lines.at(facts.at(2).line - 1).contains(u"`profiling.sampling`, for Python 3.15"));
    QVERIFY(facts.at(3).text.startsWith(u"The current py-spy release"));
    QVERIFY(facts.at(3).used);
    QVERIFY(lines.at(facts.at(3).line - 1).startsWith(u"These commands assume py-spy 0.4"));

    const QList<ChecklistItem> assets = list.items(Group::Assets);
    QCOMPARE(assets.size(), 1);
    QVERIFY(assets.first().text.startsWith(u"one-page PDF cheat sheet"));
    QVERIFY(article.split(u'\n').at(assets.first().line - 1).startsWith(u"[ASSET: one-page"));

    QCOMPARE(described(list.items(Group::Links)), QStringList());
    const int last = int(article.trimmed().count(u'\n')) + 1;
    QCOMPARE(described(list.items(Group::Leftovers)),
             (QStringList{QStringLiteral("1: Chat opening left in: “Here's the final, "
                                         "publication-ready article:”"),
                          QStringLiteral("%1: Word count note left in: “*Word count: ~1,500 "
                                         "words*”")
                              .arg(last)}));
}

void ArticleChecklistTest::chains_emailAuth_listsFactsAssetsAndWrappers()
{
    const QString article = chainFile(QStringLiteral("email-auth"), QStringLiteral("09-edit.md"));
    const QString research =
        chainFile(QStringLiteral("email-auth"), QStringLiteral("02-research.md"));
    const ArticleChecklist list = ArticleChecklist::build(article, research);

    // The research is wrapped in a ``` fence; its items count all the same.
    QCOMPARE(list.items(Group::Facts).size(), 11);
    const QList<ChecklistItem> assets = list.items(Group::Assets);
    QCOMPARE(assets.size(), 2);
    QCOMPARE(assets.at(0).line, 23);
    QVERIFY(assets.at(0).text.startsWith(u"Diagram of the record flow"));
    QCOMPARE(assets.at(1).line, 150);
    QVERIFY(assets.at(1).text.startsWith(u"Downloadable DNS record checklist (PDF)"));
    QCOMPARE(described(list.items(Group::Links)), QStringList());
    const int last = int(article.trimmed().count(u'\n')) + 1;
    QCOMPARE(
        described(list.items(Group::Leftovers)),
        (QStringList{QStringLiteral("1: Chat opening left in: “Here is the edited article.”"),
                     QStringLiteral("%1: Chat closing left in: “I hope this helps!”").arg(last)}));
}

void ArticleChecklistTest::chains_raisedBeds_listsFactsAssetAndClosing()
{
    const QString article = chainFile(QStringLiteral("raised-beds"), QStringLiteral("09-edit.md"));
    const QString research =
        chainFile(QStringLiteral("raised-beds"), QStringLiteral("02-research.md"));
    const ArticleChecklist list = ArticleChecklist::build(article, research);

    const QList<ChecklistItem> facts = list.items(Group::Facts);
    QCOMPARE(facts.size(), int(research.count(QStringLiteral(" — CHECK"))));
    QVERIFY(facts.first().text.startsWith(u"Fruiting crops"));
    QCOMPARE(described(list.items(Group::Assets)),
             QStringList{QStringLiteral("82: printable first-season planting calendar (PDF) for "
                                        "the 4×8 plan, counted in weeks before and after the last "
                                        "spring frost date")});
    QCOMPARE(described(list.items(Group::Links)), QStringList());
    const int last = int(article.trimmed().count(u'\n')) + 1;
    QCOMPARE(described(list.items(Group::Leftovers)),
             QStringList{QStringLiteral("%1: Chat closing left in: “Let me know if you'd like a "
                                        "shorter version.”")
                             .arg(last)});
}

void ArticleChecklistTest::file_isNamedAfterTheExport_data()
{
    QTest::addColumn<QString>("exportPath");
    QTest::addColumn<QString>("listPath");

    QTest::newRow("md") << QStringLiteral("out/article.md")
                        << QStringLiteral("out/article.checklist.md");
    QTest::newRow("html") << QStringLiteral("/tmp/gil.html")
                          << QStringLiteral("/tmp/gil.checklist.md");
    QTest::newRow("two dots") << QStringLiteral("my.article.md")
                              << QStringLiteral("my.article.checklist.md");
    QTest::newRow("no extension") << QStringLiteral("dir.d/article")
                                  << QStringLiteral("dir.d/article.checklist.md");
    QTest::newRow("hidden") << QStringLiteral(".article")
                            << QStringLiteral(".article.checklist.md");
}

void ArticleChecklistTest::file_isNamedAfterTheExport()
{
    QFETCH(QString, exportPath);
    QFETCH(QString, listPath);
    QCOMPARE(ChecklistFile::pathFor(exportPath), listPath);
}

void ArticleChecklistTest::file_isWrittenReplacedAndCleared()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("article.md"));
    const QString listPath = dir.filePath(QStringLiteral("article.checklist.md"));
    QVERIFY(writeFile(out, "# A\n"));
    const ArticleChecklist empty = ArticleChecklist::build(QStringLiteral("# A\n"), QString());
    const ArticleChecklist some =
        ArticleChecklist::build(QStringLiteral("# A\n\n[TODO: intro]\n"), QString());

    // Nothing to check and no list there: no file.
    Result<ChecklistFile::Outcome> written = ChecklistFile::writeBeside(out, empty, {});
    QVERIFY2(written.ok(), qPrintable(written.errorText()));
    QCOMPARE(written.value(), ChecklistFile::Outcome::NotNeeded);
    QVERIFY(!QFile::exists(listPath));

    written = ChecklistFile::writeBeside(out, some, {});
    QVERIFY2(written.ok(), qPrintable(written.errorText()));
    QCOMPARE(written.value(), ChecklistFile::Outcome::Written);
    const QByteArray bytes = readBytes(listPath);
    QVERIFY(ChecklistFile::isChecklist(bytes));
    QVERIFY2(bytes.contains("## Leftovers\n\n- [ ] Note for the writer: [TODO: intro] (line 3)\n"),
             bytes.constData());

    // Once the article is clean, the old list says so instead.
    written = ChecklistFile::writeBeside(out, empty, {});
    QVERIFY2(written.ok(), qPrintable(written.errorText()));
    QCOMPARE(written.value(), ChecklistFile::Outcome::Cleared);
    QVERIFY(readBytes(listPath).endsWith("\n\nNothing left to check.\n"));
    QCOMPARE(readBytes(out), QByteArray("# A\n"));
}

void ArticleChecklistTest::file_neverReplacesWhatItDidNotWrite()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("article.md"));
    const QString listPath = dir.filePath(QStringLiteral("article.checklist.md"));
    const QString session = dir.filePath(QStringLiteral("gil.promptdeck"));
    QVERIFY(writeFile(out, "# A\n"));
    QVERIFY(writeFile(session, "{}"));
    const ArticleChecklist some =
        ArticleChecklist::build(QStringLiteral("# A\n\n[TODO: intro]\n"), QString());
    const ArticleChecklist empty = ArticleChecklist::build(QStringLiteral("# A\n"), QString());

    // The writer's own notes under that name.
    QVERIFY(writeFile(listPath, "my notes\n"));
    Result<ChecklistFile::Outcome> written = ChecklistFile::writeBeside(out, some, {session});
    QVERIFY(!written.ok());
    QVERIFY2(written.errorText().contains(u"not a checklist PromptDeck wrote"),
             qPrintable(written.errorText()));
    QCOMPARE(readBytes(listPath), QByteArray("my notes\n"));
    // With nothing to check they are left alone, without an error.
    written = ChecklistFile::writeBeside(out, empty, {session});
    QVERIFY(written.ok());
    QCOMPARE(written.value(), ChecklistFile::Outcome::NotNeeded);
    QCOMPARE(readBytes(listPath), QByteArray("my notes\n"));

    // A link to the export, to the session, to another session.
    const QString other = dir.filePath(QStringLiteral("other.promptdeck"));
    QVERIFY(writeFile(other, "{}"));
    const QList<QPair<QString, QString>> targets{
        {out, QStringLiteral("the export itself")},
        {session, QStringLiteral("which the export was made from")},
        {other, QStringLiteral("a PromptDeck session")}};
    for (const auto &[target, why] : targets) {
        QVERIFY(QFile::remove(listPath));
        QVERIFY(QFile::link(target, listPath));
        written = ChecklistFile::writeBeside(out, some, {session});
        QVERIFY(!written.ok());
        QVERIFY2(written.errorText().contains(why), qPrintable(written.errorText()));
    }
    QCOMPARE(readBytes(out), QByteArray("# A\n"));
    QCOMPARE(readBytes(session), QByteArray("{}"));
    QCOMPARE(readBytes(other), QByteArray("{}"));

    // A folder of that name.
    QVERIFY(QFile::remove(listPath));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("article.checklist.md")));
    written = ChecklistFile::writeBeside(out, some, {session});
    QVERIFY(!written.ok());
    QVERIFY2(written.errorText().contains(u"not a regular file"), qPrintable(written.errorText()));
}

QTEST_GUILESS_MAIN(ArticleChecklistTest)
#include "tst_articlechecklist.moc"
