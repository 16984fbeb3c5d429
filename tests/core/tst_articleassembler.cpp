// ArticleAssembler: the draft made from the article's parts, with each
// example at its marker (matched by its text as chat models copy it, or by
// its section when they reword it) and each link in its sentence, and a
// sentence for everything it could not place. Last, the answer sets of
// tests/data/chains assembled as they were pasted.
#include "article/articleassembler.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace PromptDeck::Core;

class ArticleAssemblerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parts_comeInOrder();
    void marker_isReplacedByItsExample_data();
    void marker_isReplacedByItsExample();
    void marker_reworded_takesTheExampleOfItsSection();
    void markers_rewordedInOneSection_takeTheirExamplesInOrder();
    void marker_rewordedUnderASubheading_takesTheExampleOfItsSection();
    void marker_withinAParagraph_becomesABlockOfItsOwn();
    void marker_withoutExample_staysAndIsReported();
    void example_withoutMarker_goesAtTheEndOfItsSection();
    void example_matchingNothing_isKeptAtTheEndOfTheBodyAndReported();
    void link_isPlacedInItsSentence_data();
    void link_isPlacedInItsSentence();
    void link_thatCannotBePlaced_isReported_data();
    void link_thatCannotBePlaced_isReported();
    void links_inOneSentence_areBothPlaced();
    void chains_assembleAsPasted_data();
    void chains_assembleAsPasted();
};

namespace {

const QString intro = QStringLiteral("# Fast Python\n\nPython is fast enough when you measure.");
const QString body =
    QStringLiteral("## Measure first\n\nStart with a profile, not a guess.\n\n"
                   "[EXAMPLE: py-spy top on a running process]\n\nThen read the hottest line.\n\n"
                   "## Fix the hot loop\n\nMove the lookup out of the loop.\n\n"
                   "[EXAMPLE: a loop before and after hoisting the attribute lookup]\n");
const QString faq = QStringLiteral("## Frequently asked questions\n\n### Is Python slow?\n\nNo.");
const QString conclusion = QStringLiteral("## Conclusion\n\nMeasure, change, measure again.");

QString example(int n, const QString &goesIn, const QString &code,
                const QString &label = QStringLiteral("Goes in:"))
{
    return QStringLiteral("### Example %1: Example number %1\n%2 %3\n\n"
                          "This shows example %1.\n\n```sh\n%4\n```\n\n"
                          "It ends example %1.\n\n")
        .arg(n)
        .arg(label, goesIn, code);
}

AssembledArticle assemble(const QString &examples, const QString &links = {})
{
    return ArticleAssembler::assemble({{intro, body, faq, conclusion}, examples, links});
}

QString readData(const QString &path)
{
    QFile file(QStringLiteral(PROMPTDECK_TEST_DATA "/") + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

void ArticleAssemblerTest::parts_comeInOrder()
{
    const AssembledArticle article = assemble({});
    const QString &draft = article.markdown;
    qsizetype at = 0;
    for (const QString &part : {intro, body.trimmed(), faq, conclusion}) {
        const qsizetype found = draft.indexOf(part, at);
        QVERIFY2(found >= at, qPrintable(part.left(30)));
        at = found + part.size();
    }
    QVERIFY(draft.startsWith(intro + QStringLiteral("\n\n## Measure first")));
    QVERIFY(draft.endsWith(conclusion));
    // Without examples the markers stay where they are, and say so.
    QCOMPARE(article.unplaced.size(), 2);
}

void ArticleAssemblerTest::marker_isReplacedByItsExample_data()
{
    QTest::addColumn<QString>("goesIn");
    QTest::newRow("copied exactly")
        << "Measure first, replacing the marker [EXAMPLE: py-spy top on a running process]";
    QTest::newRow("curly quotes, dash, case, full stop")
        << "“Measure first” – replacing the marker [EXAMPLE: Py-Spy Top on a running process.]";
    QTest::newRow("spacing and bold label")
        << "**Measure first**, replacing the marker [EXAMPLE:   py-spy  top on a running "
           "process ]";
    QTest::newRow("section written wrong, marker right")
        << "Profiling, replacing the marker [EXAMPLE: py-spy top on a running process]";
}

void ArticleAssemblerTest::marker_isReplacedByItsExample()
{
    QFETCH(QString, goesIn);
    const QString examples = QStringLiteral("Sure! Here are the examples.\n\n") +
                             example(1, goesIn, QStringLiteral("py-spy top --pid 4242"));
    const AssembledArticle article = assemble(examples);
    const QString &draft = article.markdown;
    QVERIFY(!draft.contains(QStringLiteral("[EXAMPLE: py-spy top")));
    const qsizetype shown = draft.indexOf(QStringLiteral("This shows example 1.\n\n```sh\n"
                                                         "py-spy top --pid 4242\n```\n\n"
                                                         "It ends example 1."));
    QVERIFY2(shown > 0, qPrintable(draft));
    // At the marker: after the paragraph before it, before the one after it.
    QVERIFY(draft.indexOf(QStringLiteral("not a guess.\n\nThis shows example 1.")) > 0);
    QVERIFY(draft.indexOf(QStringLiteral("It ends example 1.\n\nThen read the hottest line.")) > 0);
    // The heading, the "Goes in:" line and the preamble stay out.
    QVERIFY(!draft.contains(QStringLiteral("### Example 1")));
    QVERIFY(!draft.contains(QStringLiteral("Goes in")));
    QVERIFY(!draft.contains(QStringLiteral("Sure!")));
    // The other marker has no example.
    QCOMPARE(article.unplaced.size(), 1);
    QVERIFY(article.unplaced.first().contains(QStringLiteral("hoisting")));
}

void ArticleAssemblerTest::marker_reworded_takesTheExampleOfItsSection()
{
    const QString examples =
        example(1,
                QStringLiteral("Fix the hot loop, replacing the marker [EXAMPLE: hoisting an "
                               "attribute lookup out of a loop, before and after]"),
                QStringLiteral("python3 hoist.py")) +
        example(2,
                QStringLiteral("Measure first, replacing the marker [EXAMPLE: a py-spy top "
                               "session]"),
                QStringLiteral("py-spy top --pid 1"), QStringLiteral("**Goes in:**"));
    const AssembledArticle article = assemble(examples);
    const QString &draft = article.markdown;
    QVERIFY2(article.unplaced.isEmpty(), qPrintable(article.unplaced.join(QLatin1Char('\n'))));
    QVERIFY(!draft.contains(QStringLiteral("[EXAMPLE")));
    const qsizetype second = draft.indexOf(QStringLiteral("This shows example 2."));
    const qsizetype first = draft.indexOf(QStringLiteral("This shows example 1."));
    QVERIFY(second > draft.indexOf(QStringLiteral("## Measure first")));
    QVERIFY(second < draft.indexOf(QStringLiteral("## Fix the hot loop")));
    QVERIFY(first > draft.indexOf(QStringLiteral("## Fix the hot loop")));
    QVERIFY(first < draft.indexOf(QStringLiteral("## Frequently asked questions")));
}

void ArticleAssemblerTest::markers_rewordedInOneSection_takeTheirExamplesInOrder()
{
    const QString twoMarkers = QStringLiteral(
        "## Step 1: Publish SPF\n\nOne record.\n\n[EXAMPLE: an SPF record]\n\nMerge them.\n\n"
        "[EXAMPLE: two records merged]\n\n## Step 2: DKIM\n\nSign.\n");
    const QString examples =
        example(1, QStringLiteral("Step 1: Publish SPF, replacing the marker [EXAMPLE: a record]"),
                QStringLiteral("v=spf1 -all")) +
        example(2, QStringLiteral("Step 1: Publish SPF, replacing the marker [EXAMPLE: merging]"),
                QStringLiteral("v=spf1 include:a include:b -all"));
    const AssembledArticle article =
        ArticleAssembler::assemble({{intro, twoMarkers}, examples, {}});
    QVERIFY2(article.unplaced.isEmpty(), qPrintable(article.unplaced.join(QLatin1Char('\n'))));
    const QString &draft = article.markdown;
    QVERIFY(draft.indexOf(QStringLiteral("One record.\n\nThis shows example 1.")) > 0);
    QVERIFY(draft.indexOf(QStringLiteral("Merge them.\n\nThis shows example 2.")) > 0);
}

void ArticleAssemblerTest::marker_rewordedUnderASubheading_takesTheExampleOfItsSection()
{
    const QString withSubheading =
        QStringLiteral("## Build the bed\n\nCut the boards.\n\n### How deep?\n\nEleven inches.\n\n"
                       "[EXAMPLE: the cut list]\n\n## Fill it\n\nSoil.\n");
    const AssembledArticle article = ArticleAssembler::assemble(
        {{withSubheading},
         example(1, QStringLiteral("Build the bed, replacing the marker [EXAMPLE: materials]"),
                 QStringLiteral("cut 4 boards")),
         {}});
    QVERIFY2(article.unplaced.isEmpty(), qPrintable(article.unplaced.join(QLatin1Char('\n'))));
    QVERIFY(article.markdown.contains(QStringLiteral("Eleven inches.\n\nThis shows example 1.")));
}

void ArticleAssemblerTest::marker_withinAParagraph_becomesABlockOfItsOwn()
{
    const QString inline_ = QStringLiteral("## Measure first\n\nRun this [EXAMPLE: py-spy top] "
                                           "and read it.\n");
    const AssembledArticle article = ArticleAssembler::assemble(
        {{inline_},
         example(1, QStringLiteral("Measure first, replacing [EXAMPLE: py-spy top]"),
                 QStringLiteral("py-spy top")),
         {}});
    QVERIFY(article.unplaced.isEmpty());
    QVERIFY2(article.markdown.contains(
                 QStringLiteral("Run this \n\nThis shows example 1.\n\n```sh\npy-spy top")),
             qPrintable(article.markdown));
    QVERIFY(article.markdown.contains(QStringLiteral("It ends example 1.\n\n and read it.")));
}

void ArticleAssemblerTest::marker_withoutExample_staysAndIsReported()
{
    const AssembledArticle article = assemble(
        example(1,
                QStringLiteral("Measure first, replacing the marker [EXAMPLE: py-spy top on a "
                               "running process]"),
                QStringLiteral("py-spy top")));
    QVERIFY(article.markdown.contains(
        QStringLiteral("[EXAMPLE: a loop before and after hoisting the attribute lookup]")));
    QCOMPARE(article.unplaced,
             QStringList{QStringLiteral("The marker [EXAMPLE: a loop before and after hoisting "
                                        "the attribute lookup] has no example; it is still in "
                                        "the draft.")});
}

void ArticleAssemblerTest::example_withoutMarker_goesAtTheEndOfItsSection()
{
    const QString examples =
        example(1,
                QStringLiteral("Measure first, replacing the marker [EXAMPLE: py-spy top on a "
                               "running process]"),
                QStringLiteral("py-spy top")) +
        example(2,
                QStringLiteral("Fix the hot loop, replacing the marker [EXAMPLE: a loop before "
                               "and after hoisting the attribute lookup]"),
                QStringLiteral("python3 hoist.py")) +
        example(3,
                QStringLiteral("Measure first, after the paragraph that tells readers to read "
                               "the hottest line"),
                QStringLiteral("py-spy dump --pid 1"));
    const AssembledArticle article = assemble(examples);
    QVERIFY2(article.unplaced.isEmpty(), qPrintable(article.unplaced.join(QLatin1Char('\n'))));
    QVERIFY2(article.markdown.contains(QStringLiteral(
                 "Then read the hottest line.\n\nThis shows example 3.\n\n```sh\npy-spy dump "
                 "--pid 1\n```\n\nIt ends example 3.\n\n## Fix the hot loop")),
             qPrintable(article.markdown));
}

void ArticleAssemblerTest::example_matchingNothing_isKeptAtTheEndOfTheBodyAndReported()
{
    const QString examples =
        example(1,
                QStringLiteral("Measure first, replacing the marker [EXAMPLE: py-spy top on a "
                               "running process]"),
                QStringLiteral("py-spy top")) +
        example(2, QStringLiteral("a section about benchmarks"), QStringLiteral("pyperf")) +
        QStringLiteral("### Example 3: Without a place\n\nNo goes-in line here.\n");
    const AssembledArticle article = assemble(examples);
    const QString &draft = article.markdown;
    // After the last marker's part (the body), before the FAQ, in their order.
    const qsizetype faqAt = draft.indexOf(QStringLiteral("## Frequently asked questions"));
    const qsizetype second = draft.indexOf(QStringLiteral("This shows example 2."));
    const qsizetype third = draft.indexOf(QStringLiteral("No goes-in line here."));
    QVERIFY(second > draft.indexOf(QStringLiteral("[EXAMPLE: a loop before")));
    QVERIFY(second < third);
    QVERIFY(third < faqAt);
    QCOMPARE(article.unplaced.size(), 3);
    QCOMPARE(article.unplaced.at(0),
             QStringLiteral("Example \"Example number 2\" matches no marker or section of the "
                            "draft (it goes in: \"a section about benchmarks\"); it is at the "
                            "end of the body."));
    QVERIFY(article.unplaced.at(1).startsWith(QStringLiteral("Example \"Without a place\"")));
    QVERIFY(article.unplaced.at(2).startsWith(QStringLiteral("The marker [EXAMPLE: a loop")));
}

void ArticleAssemblerTest::link_isPlacedInItsSentence_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("placed");

    QTest::newRow("as the kit asks")
        << "## Next steps\n\nRead the profiling guide before you tune anything."
        << "1. [profiling guide](https://example.com/profiling) — Section: Next steps — "
           "Sentence: Read the profiling guide before you tune anything."
        << "Read the [profiling guide](https://example.com/profiling) before you tune anything.";
    QTest::newRow("en dashes, bold labels, quoted sentence")
        << "## Next steps\n\nRead the profiling guide before you tune anything."
        << "Sure! Here are the links:\n\n1. [profiling guide](https://example.com/profiling) – "
           "**Section:** Next steps – **Sentence:** \"Read the profiling guide before you tune "
           "anything.\""
        << "Read the [profiling guide](https://example.com/profiling) before you tune anything.";
    QTest::newRow("sentence over two lines, curly apostrophe")
        << "## Next steps\n\nDon't guess: read the\nprofiling guide first."
        << "- [profiling guide](/profiling/) - Section: Next steps\n"
           "  - Sentence: Don’t guess: read the profiling guide first"
        << "Don't guess: read the\n[profiling guide](/profiling/) first.";
    QTest::newRow("sentence with emphasis and a source link in the draft")
        << "## Next steps\n\nThe **profiling guide** cites [PEP 703](https://peps.python.org/"
           "pep-0703/) (2023)."
        << "1. [profiling guide](https://example.com/p) — Section: Next steps — Sentence: The "
           "profiling guide cites PEP 703 (2023)."
        << "The **[profiling guide](https://example.com/p)** cites [PEP 703]";
    QTest::newRow("the anchor in other case, first occurrence")
        << "## Next steps\n\nThe Profiling Guide is a guide to the profiling guide."
        << "1. [profiling guide](https://example.com/p) — Section: Next steps — Sentence: The "
           "Profiling Guide is a guide to the profiling guide."
        << "The [Profiling Guide](https://example.com/p) is a guide to the profiling guide.";
}

void ArticleAssemblerTest::link_isPlacedInItsSentence()
{
    QFETCH(QString, part);
    QFETCH(QString, plan);
    QFETCH(QString, placed);
    const AssembledArticle article = ArticleAssembler::assemble({{intro, part}, {}, plan});
    QVERIFY2(article.unplaced.isEmpty(), qPrintable(article.unplaced.join(QLatin1Char('\n'))));
    QVERIFY2(article.markdown.contains(placed), qPrintable(article.markdown));
    QCOMPARE(article.markdown.count(QStringLiteral("](")),
             plan.count(QStringLiteral("](")) + part.count(QStringLiteral("](")));
}

void ArticleAssemblerTest::link_thatCannotBePlaced_isReported_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("message");
    QTest::newRow("sentence changed")
        << "1. [profiling guide](https://example.com/p) — Section: Next steps — Sentence: Read "
           "the profiling guide before tuning."
        << "The link \"profiling guide\" (https://example.com/p) is not placed: its sentence is "
           "not in the draft: \"Read the profiling guide before tuning.\"";
    QTest::newRow("anchor not in the sentence")
        << "1. [guide to profiling](https://example.com/p) — Section: Next steps — Sentence: "
           "Read the profiling guide before you tune anything."
        << "The link \"guide to profiling\" (https://example.com/p) is not placed: its anchor is "
           "not in its sentence \"Read the profiling guide before you tune anything.\"";
    QTest::newRow("no URL yet")
        << "1. [profiling guide](<Profiling in production>) — Section: Next steps — Sentence: "
           "Read the profiling guide before you tune anything."
        << "The link \"profiling guide\" has no URL yet (<Profiling in production>); it is not "
           "placed.";
}

void ArticleAssemblerTest::link_thatCannotBePlaced_isReported()
{
    QFETCH(QString, plan);
    QFETCH(QString, message);
    const QString part =
        QStringLiteral("## Next steps\n\nRead the profiling guide before you tune anything.");
    const AssembledArticle article = ArticleAssembler::assemble({{intro, part}, {}, plan});
    QCOMPARE(article.unplaced, QStringList{message});
    QCOMPARE(article.markdown, intro + QStringLiteral("\n\n") + part);
}

void ArticleAssemblerTest::links_inOneSentence_areBothPlaced()
{
    const QString part = QStringLiteral("## Next steps\n\nRead Warming up a domain; then Reading "
                                        "DMARC reports explains them.");
    const QString plan = QStringLiteral(
        "1. [Warming up a domain](https://e.com/warm) — Section: Next steps — Sentence: Read "
        "Warming up a domain; then Reading DMARC reports explains them.\n"
        "2. [Reading DMARC reports](https://e.com/dmarc) — Section: Next steps — Sentence: Read "
        "Warming up a domain; then Reading DMARC reports explains them.\n");
    const AssembledArticle article = ArticleAssembler::assemble({{part}, {}, plan});
    QVERIFY2(article.unplaced.isEmpty(), qPrintable(article.unplaced.join(QLatin1Char('\n'))));
    QVERIFY(article.markdown.contains(
        QStringLiteral("Read [Warming up a domain](https://e.com/warm); then [Reading DMARC "
                       "reports](https://e.com/dmarc) explains them.")));
}

void ArticleAssemblerTest::chains_assembleAsPasted_data()
{
    QTest::addColumn<QString>("chain");
    QTest::newRow("python-gil") << "python-gil";
    QTest::newRow("raised-beds") << "raised-beds";
    QTest::newRow("email-auth") << "email-auth";
}

// The raw answers, wrappers and all: every marker of the body is replaced,
// every link with a URL is in its sentence, the introduction comes first
// and the conclusion last.
void ArticleAssemblerTest::chains_assembleAsPasted()
{
    QFETCH(QString, chain);
    auto answer = [&](const char *file) {
        return readData(QStringLiteral("chains/%1/%2").arg(chain, QLatin1String(file)));
    };
    const QString introduction = answer("03-introduction.md");
    const QString bodyAnswer = answer("04-body.md");
    const QString conclusionAnswer = answer("07-conclusion.md");
    const QString plan = answer("08-links.md");
    const AssembledArticle article = ArticleAssembler::assemble(
        {{introduction, bodyAnswer, answer("06-faq.md"), conclusionAnswer},
         answer("05-examples.md"),
         plan,
         1});
    const QString &draft = article.markdown;
    QVERIFY2(article.unplaced.isEmpty(), qPrintable(article.unplaced.join(QLatin1Char('\n'))));

    static const QRegularExpression marker(QStringLiteral("\\[EXAMPLE:[^\\]]*\\]"));
    QVERIFY(bodyAnswer.contains(marker));
    QVERIFY2(!draft.contains(marker), qPrintable(marker.match(draft).captured()));
    QVERIFY(!draft.contains(QStringLiteral("Goes in")));
    QVERIFY(!draft.contains(QRegularExpression(QStringLiteral("^#+ Example \\d"),
                                               QRegularExpression::MultilineOption)));

    static const QRegularExpression planLink(
        QStringLiteral("\\[([^\\]]+)\\]\\((https?://[^)]+)\\).*Sentence:\\**\\s*(.*)$"));
    int placed = 0;
    for (const QString &line : plan.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = planLink.match(line);
        if (!m.hasMatch())
            continue;
        const QString link = QStringLiteral("[%1](%2)").arg(m.captured(1), m.captured(2));
        const qsizetype at = draft.indexOf(link, 0, Qt::CaseInsensitive);
        QVERIFY2(at >= 0, qPrintable(link));
        // In its sentence: the words of the sentence around the link.
        const QString sentence = m.captured(3);
        const QString before = sentence.left(sentence.indexOf(m.captured(1))).trimmed();
        QVERIFY2(QStringView(draft).left(at).trimmed().endsWith(before.right(20)),
                 qPrintable(link));
        ++placed;
    }
    QCOMPARE(placed, chain == QLatin1String("python-gil")   ? 0
                     : chain == QLatin1String("email-auth") ? 2
                                                            : 4);

    const QString h1 =
        introduction.mid(introduction.indexOf(QLatin1Char('#'))).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(draft.indexOf(h1) >= 0 && draft.indexOf(h1) < 100, qPrintable(h1));
    const QString lastLine = conclusionAnswer.trimmed().section(QLatin1Char('\n'), -1);
    QVERIFY(draft.trimmed().endsWith(lastLine));
}

QTEST_GUILESS_MAIN(ArticleAssemblerTest)
#include "tst_articleassembler.moc"
