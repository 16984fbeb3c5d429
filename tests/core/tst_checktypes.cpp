// Every check type through AnswerChecker's public API, one table per type:
// answers that pass, warn and fail, and the edge cases of each type. A row
// gives one `checks:` entry as a kit writes it, the brief, the answer, and
// every result in order as "level | label | message", compared whole, so a
// changed word, number or level shows. The last table reads check entries
// as the kit loader does and gives every diagnostic with its position.
#include "checks/answerchecker.h"
#include "kit/briefloader.h"
#include "kit/kitloader.h"

#include <QTest>

using namespace PromptDeck::Core;

namespace {

// The card's one check is the entry on line 21, starting at column 9.
QByteArray kitText(const QString &check)
{
    return QStringLiteral("kit: types\n"
                          "name: Check types\n"
                          "version: 1\n"
                          "fields:\n"
                          "  - {key: keyword, label: Focus keyword, type: text}\n"
                          "  - {key: tags, label: Tags, type: list}\n"
                          "  - {key: target, label: Target words, type: number}\n"
                          "  - {key: related, label: Related pages, type: links}\n"
                          "  - {key: notes, label: Notes, type: paragraph}\n"
                          "phases:\n"
                          "  - {id: all, name: All}\n"
                          "cards:\n"
                          "  - id: only\n"
                          "    phase: all\n"
                          "    title: Only\n"
                          "    summary: one check\n"
                          "    prompt: Write.\n"
                          "    extract:\n"
                          "      title: [Meta title, Title]\n"
                          "    checks:\n"
                          "      - %1\n")
        .arg(check)
        .toUtf8();
}

const char *const fullBrief = "keyword: python GIL\n"
                              "tags: [reference counting, bytecode]\n"
                              "target: 100\n"
                              "related:\n"
                              "  - {title: Pillar Page, url: 'https://example.com/pillar/', "
                              "pillar: true}\n"
                              "  - Other Page\n"
                              "notes: Python GIL\n";

// No keyword, no tags, no target, no pillar among the related pages.
const char *const blankBrief = "keyword: ''\n"
                               "related:\n"
                               "  - Other Page\n";

QString words(int n, const QString &word = QStringLiteral("word"))
{
    QStringList list;
    for (int i = 0; i < n; ++i)
        list.append(word);
    return list.join(QLatin1Char(' '));
}

QString post(int number, int total, int weightedLength)
{
    const QString prefix = QStringLiteral("%1/%2 ").arg(number).arg(total);
    return prefix + QString(weightedLength - prefix.size(), QLatin1Char('x'));
}

QString shown(const Diagnostic &d)
{
    return QStringLiteral("%1 %2:%3: %4")
        .arg(d.severity == Diagnostic::Severity::Error ? QStringLiteral("error")
                                                       : QStringLiteral("warning"))
        .arg(d.line)
        .arg(d.column)
        .arg(d.message);
}

void addColumns()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QByteArray>("brief");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("results");
}

QStringList lines(std::initializer_list<QAnyStringView> texts)
{
    QStringList list;
    for (const QAnyStringView text : texts)
        list.append(text.toString());
    return list;
}

void addRow(const char *name, QAnyStringView check, const QString &answer,
            std::initializer_list<QAnyStringView> results, const char *brief = fullBrief)
{
    QTest::newRow(name) << check.toString() << QByteArray(brief) << answer << lines(results);
}

} // namespace

class CheckTypesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data();
    void words() { verifyResults(); }
    void characters_data();
    void characters() { verifyResults(); }
    void headings_data();
    void headings() { verifyResults(); }
    void questions_data();
    void questions() { verifyResults(); }
    void listItems_data();
    void listItems() { verifyResults(); }
    void links_data();
    void links() { verifyResults(); }
    void keyword_data();
    void keyword() { verifyResults(); }
    void keywords_data();
    void keywords() { verifyResults(); }
    void slug_data();
    void slug() { verifyResults(); }
    void xThread_data();
    void xThread() { verifyResults(); }
    void linkedIn_data();
    void linkedIn() { verifyResults(); }
    void internalLinks_data();
    void internalLinks() { verifyResults(); }
    void runOne_equalsCheck();
    void read_data();
    void read();

private:
    static void verifyResults();
};

void CheckTypesTest::verifyResults()
{
    QFETCH(QString, check);
    QFETCH(QByteArray, brief);
    QFETCH(QString, answer);
    QFETCH(QStringList, results);

    const Result<KitPtr> kit =
        KitLoader::load(SourceText(QStringLiteral("types.yaml"), kitText(check)));
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    const Result<Brief> loaded =
        BriefLoader::load(SourceText(QStringLiteral("brief.yaml"), brief), *kit.value());
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));

    const AnswerChecker checker(*kit.value(), loaded.value());
    QStringList actual;
    for (const CheckResult &r : checker.check(0, answer))
        actual.append(
            QStringLiteral("%1 | %2 | %3").arg(checkLevelId(r.level), r.label, r.message));
    QCOMPARE(actual, results);
}

void CheckTypesTest::words_data()
{
    addColumns();
    const QString range = QStringLiteral("{type: words, min: 10, max: 12}");
    addRow("on the lower limit", range, ::words(10),
           {"pass | Words | Words: 10 words (the whole answer) — within 10–12"});
    addRow("on the upper limit", range, ::words(12),
           {"pass | Words | Words: 12 words (the whole answer) — within 10–12"});
    addRow("one under", range, ::words(9),
           {"warn | Words | Words: 9 words (the whole answer) — fewer than 10"});
    addRow("one over", range, ::words(13),
           {"warn | Words | Words: 13 words (the whole answer) — more than 12"});
    addRow("only a minimum", "{type: words, min: 3}", ::words(3),
           {"pass | Words | Words: 3 words (the whole answer) — at least 3"});
    addRow("only a maximum", "{type: words, max: 3}", ::words(3),
           {"pass | Words | Words: 3 words (the whole answer) — within 3"});
    addRow("no range", "{type: words}", ::words(3),
           {"pass | Words | Words: 3 words (the whole answer)"});
    const QString failBelow = QStringLiteral("{type: words, min: 5, fail_below: 3}");
    addRow("under the minimum, on the failure limit", failBelow, ::words(3),
           {"warn | Words | Words: 3 words (the whole answer) — fewer than 5"});
    addRow("under the failure limit", failBelow, ::words(2),
           {"fail | Words | Words: 2 words (the whole answer) — fewer than 5"});
    const QString failAbove = QStringLiteral("{type: words, max: 5, fail_above: 8}");
    addRow("over the maximum, on the failure limit", failAbove, ::words(8),
           {"warn | Words | Words: 8 words (the whole answer) — more than 5"});
    addRow("over the failure limit", failAbove, ::words(9),
           {"fail | Words | Words: 9 words (the whole answer) — more than 5"});
    addRow("severity fail", "{type: words, min: 5, severity: fail}", ::words(4),
           {"fail | Words | Words: 4 words (the whole answer) — fewer than 5"});
    addRow("a convention", "{type: words, min: 5, convention: true}", ::words(4),
           {"warn | Words | Words: 4 words (the whole answer) — fewer than 5 (a convention, not "
            "a rule)"});
    addRow("a convention, within", "{type: words, min: 5, convention: true}", ::words(5),
           {"pass | Words | Words: 5 words (the whole answer) — at least 5"});
    addRow("an own label", "{type: words, label: Length, max: 2}", ::words(3),
           {"warn | Length | Length: 3 words (the whole answer) — more than 2"});
    addRow("emoji and CJK", range, ::words(8) + QStringLiteral(" 🐍 漢字"),
           {"pass | Words | Words: 10 words (the whole answer) — within 10–12"});
    addRow(
        "prose leaves code out", "{type: words, of: prose, max: 3}",
        QStringLiteral("one two\n\n```\nthree four five\n```\n\nsix `seven`"),
        {"pass | Words | Words: 3 words (prose; headings, tables and code left out) — within 3"});
    addRow("an extract", "{type: words, of: title, max: 3}",
           QStringLiteral("Intro\nMeta title: The Python GIL\nBody"),
           {"pass | Meta title | Meta title: 3 words (text after “Meta title:”) — within 3"});
    addRow("an extract by its second label", "{type: words, of: title, min: 4}",
           QStringLiteral("**Title:** The Python GIL"),
           {"warn | Meta title | Meta title: 3 words (text after “Meta title:”) — fewer than 4"});
    addRow("an extract with an own label", "{type: words, of: title, label: Heading, max: 1}",
           QStringLiteral("Title: The Python GIL"),
           {"warn | Heading | Heading: 3 words (text after “Heading:”) — more than 1"});
    addRow("an extract that is missing", "{type: words, of: title, max: 3}",
           QStringLiteral("No title here"),
           {"fail | Meta title | Meta title: no line starting with “Meta title:” found"});
    const QString target = QStringLiteral("{type: words, target: brief.target, tolerance: 20}");
    addRow("a target, on its lower limit", target, ::words(80),
           {"pass | Words | Words: 80 words (the whole answer) — within 80–120 (the brief's 100 "
            "± 20%)"});
    addRow("a target, one over", target, ::words(121),
           {"warn | Words | Words: 121 words (the whole answer) — more than 120 (the brief's 100 "
            "± 20%)"});
    addRow("a target as a convention", "{type: words, target: brief.target, convention: true}",
           ::words(89),
           {"warn | Words | Words: 89 words (the whole answer) — fewer than 90 (the brief's 100 "
            "± 10%) (a convention, not a rule)"});
    addRow("a target the brief lacks", target, ::words(7),
           {"warn | Words | Words: 7 (the whole answer) — the brief has no Target words to "
            "compare with"},
           blankBrief);
}

void CheckTypesTest::characters_data()
{
    addColumns();
    const QString range = QStringLiteral("{type: characters, min: 5, max: 10, fail_above: 15}");
    addRow("on the lower limit", range, QStringLiteral("abcde"),
           {"pass | Characters | Characters: 5 characters (the whole answer) — within 5–10"});
    addRow("on the upper limit", range, QStringLiteral("abcdefghij"),
           {"pass | Characters | Characters: 10 characters (the whole answer) — within 5–10"});
    addRow("one under", range, QStringLiteral("abcd"),
           {"warn | Characters | Characters: 4 characters (the whole answer) — shorter than 5"});
    addRow("one over", range, QStringLiteral("abcdefghijk"),
           {"warn | Characters | Characters: 11 characters (the whole answer) — longer than 10"});
    addRow("on the failure limit", range, QString(15, QLatin1Char('a')),
           {"warn | Characters | Characters: 15 characters (the whole answer) — longer than 10"});
    addRow("over the failure limit", range, QString(16, QLatin1Char('a')),
           {"fail | Characters | Characters: 16 characters (the whole answer) — longer than 10"});
    addRow("spaces around are not counted", range, QStringLiteral("  \n abcde \r\n"),
           {"pass | Characters | Characters: 5 characters (the whole answer) — within 5–10"});
    addRow("emoji and CJK count one each", range, QStringLiteral("🐍🐍漢字漢"),
           {"pass | Characters | Characters: 5 characters (the whole answer) — within 5–10"});
    addRow("under the failure limit below",
           "{type: characters, min: 10, fail_below: 5, convention: true}", QStringLiteral("abcd"),
           {"fail | Characters | Characters: 4 characters (the whole answer) — shorter than 10 (a "
            "convention, not a rule)"});
    addRow("an extract", "{type: characters, of: title, max: 20}",
           QStringLiteral("Meta title: Python GIL\nbody text that is long"),
           {"pass | Meta title | Meta title: 10 characters (text after “Meta title:”) — within "
            "20"});
    addRow("an extract that is missing", "{type: characters, of: title, label: SEO title}",
           QStringLiteral("Headline: Python GIL"),
           {"fail | SEO title | SEO title: no line starting with “SEO title:” found"});
}

void CheckTypesTest::headings_data()
{
    addColumns();
    const QString range = QStringLiteral("{type: headings, min: 2, max: 3}");
    addRow("two", range, QStringLiteral("## A\n\n## B\n"),
           {"pass | H2 headings | H2 headings: 2 (lines starting with “## ”) — within 2–3"});
    addRow("one, and one of another level", range, QStringLiteral("## A\n### B\n# C\n"),
           {"warn | H2 headings | H2 headings: 1 (lines starting with “## ”) — fewer than 2"});
    addRow("four", range, QStringLiteral("## A\n## B\n## C\n## D\n"),
           {"warn | H2 headings | H2 headings: 4 (lines starting with “## ”) — more than 3"});
    addRow("none in a code block", range, QStringLiteral("## A\n\n```\n## B\n```\n"),
           {"warn | H2 headings | H2 headings: 1 (lines starting with “## ”) — fewer than 2"});
    addRow("level 4, a failure", "{type: headings, level: 4, min: 1, severity: fail}",
           QStringLiteral("## A\n"),
           {"fail | H4 headings | H4 headings: 0 (lines starting with “#### ”) — fewer than 1"});
    addRow("an own label", "{type: headings, level: 1, label: Titles, max: 1}",
           QStringLiteral("# A\r\n\r\n# B\r\n"),
           {"warn | Titles | Titles: 2 (lines starting with “# ”) — more than 1"});
}

void CheckTypesTest::questions_data()
{
    addColumns();
    const QString range = QStringLiteral("{type: questions, min: 2, max: 3}");
    addRow("two", range, QStringLiteral("### Why?\nBecause.\n### How?\nSo."),
           {"pass | Questions | Questions: 2 (“### ” headings ending in “?”) — within 2–3"});
    addRow("a statement does not count", range, QStringLiteral("### Why?\n### A statement\n"),
           {"warn | Questions | Questions: 1 (“### ” headings ending in “?”) — fewer than 2"});
    addRow("a full-width question mark", range, QStringLiteral("### 为什么？\n### How?\n"),
           {"pass | Questions | Questions: 2 (“### ” headings ending in “?”) — within 2–3"});
    addRow("another level does not count", range, QStringLiteral("## Why?\n### How?\n"),
           {"warn | Questions | Questions: 1 (“### ” headings ending in “?”) — fewer than 2"});
    addRow("level 2", "{type: questions, level: 2, max: 1}", QStringLiteral("## Why?\n## How?\n"),
           {"warn | Questions | Questions: 2 (“## ” headings ending in “?”) — more than 1"});
}

void CheckTypesTest::listItems_data()
{
    addColumns();
    const QString range = QStringLiteral("{type: list_items, min: 1, max: 2}");
    addRow("one", range, QStringLiteral("- a\n"),
           {"pass | List items | List items: 1 (Markdown list items) — within 1–2"});
    addRow("three, numbered too", range, QStringLiteral("- a\n- b\n1. c\n"),
           {"warn | List items | List items: 3 (Markdown list items) — more than 2"});
    addRow("none", range, QStringLiteral("No list here."),
           {"warn | List items | List items: 0 (Markdown list items) — fewer than 1"});
    addRow("a failure above", "{type: list_items, max: 1, fail_above: 2, label: Steps}",
           QStringLiteral("* a\n* b\n* c\n"),
           {"fail | Steps | Steps: 3 (Markdown list items) — more than 1"});
}

void CheckTypesTest::links_data()
{
    addColumns();
    const QString exactlyOne = QStringLiteral("{type: links, min: 1, max: 1, severity: fail}");
    addRow("one", exactlyOne, QStringLiteral("See [x](https://x.io)."),
           {"pass | Links | Links: 1 (Markdown links) — exactly 1"});
    addRow("none", exactlyOne, QStringLiteral("No links here."),
           {"fail | Links | Links: 0 (Markdown links) — fewer than 1"});
    addRow("two", exactlyOne, QStringLiteral("[a](x) [b](y)"),
           {"fail | Links | Links: 2 (Markdown links) — more than 1"});
    addRow("a bare URL is a link", exactlyOne, QStringLiteral("See https://x.io."),
           {"pass | Links | Links: 1 (Markdown links) — exactly 1"});
    addRow("no range", "{type: links}", QStringLiteral("[a](x) [a](x)"),
           {"pass | Links | Links: 2 (Markdown links)"});
}

void CheckTypesTest::keyword_data()
{
    addColumns();
    const QString headings =
        QStringLiteral("{type: keyword, keyword: brief.keyword, in: headings}");
    addRow("in a heading", headings, QStringLiteral("# All about Python GIL\n\n## Other\n\ntext"),
           {"pass | Focus keyword | Focus keyword “python GIL” appears in 1 of 2 headings"});
    addRow("in a heading, other punctuation", headings,
           QStringLiteral("## The Python-GIL, explained"),
           {"pass | Focus keyword | Focus keyword “python GIL” appears in 1 of 1 headings"});
    addRow("only in the text", headings, QStringLiteral("## Intro\n\npython GIL"),
           {"warn | Focus keyword | Focus keyword “python GIL” appears in none of the 1 "
            "headings"});
    addRow("part of a word does not count", headings, QStringLiteral("## Pythonic GILs"),
           {"warn | Focus keyword | Focus keyword “python GIL” appears in none of the 1 "
            "headings"});
    addRow("no headings", headings, QStringLiteral("python GIL"),
           {"warn | Focus keyword | Focus keyword “python GIL” appears in none of the 0 "
            "headings"});
    const QString first =
        QStringLiteral("{type: keyword, keyword: brief.keyword, in: first_words, words: 5, "
                       "severity: fail}");
    addRow("at word 2", first, QStringLiteral("The python GIL is here"),
           {"pass | Focus keyword | Focus keyword “python GIL” is in the first 5 words (at word "
            "2)"});
    addRow("ending at word 5", first, QStringLiteral("one two three python GIL"),
           {"pass | Focus keyword | Focus keyword “python GIL” is in the first 5 words (at word "
            "4)"});
    addRow("starting at word 5", first, QStringLiteral("one two three four python GIL"),
           {"fail | Focus keyword | Focus keyword “python GIL” is not in the first 5 words"});
    addRow("the first words leave code out", first,
           QStringLiteral("```\nx y z\n```\n\nPython, GIL!"),
           {"pass | Focus keyword | Focus keyword “python GIL” is in the first 5 words (at word "
            "1)"});
    addRow("the first 100 words by default",
           "{type: keyword, keyword: brief.keyword, in: first_words}",
           ::words(99) + QStringLiteral(" python GIL"),
           {"warn | Focus keyword | Focus keyword “python GIL” is not in the first 100 words"});
    const QString text = QStringLiteral("{type: keyword, keyword: brief.keyword}");
    addRow("in the text", text, QStringLiteral("About the PYTHON gil."),
           {"pass | Focus keyword | the answer contains “python GIL”"});
    addRow("not in the text", text, QStringLiteral("About the GIL."),
           {"warn | Focus keyword | the answer does not contain “python GIL”"});
    addRow("a paragraph field", "{type: keyword, keyword: brief.notes}",
           QStringLiteral("python gil"), {"pass | Notes | the answer contains “Python GIL”"});
    addRow("a keyword of the kit", "{type: keyword, keyword: bytecode, in: headings}",
           QStringLiteral("## Bytecode\n"),
           {"pass | Keyword | Keyword “bytecode” appears in 1 of 1 headings"});
    addRow("an own label", "{type: keyword, keyword: brief.keyword, label: Focus}",
           QStringLiteral("python GIL"), {"pass | Focus | the answer contains “python GIL”"});
    const QString extract = QStringLiteral("{type: keyword, keyword: brief.keyword, in: title}");
    addRow("in an extract", extract, QStringLiteral("Meta title: Python GIL explained"),
           {"pass | Focus keyword in Meta title | Meta title contains “python GIL”"});
    addRow("not in an extract", extract,
           QStringLiteral("Meta title: Threads explained\n\nPython GIL"),
           {"warn | Focus keyword in Meta title | Meta title does not contain “python GIL”"});
    addRow("an extract that is missing", extract, QStringLiteral("Python GIL"),
           {"fail | Meta title | Meta title: no line starting with “Meta title:” found"});
    addRow("an extract, an own label",
           "{type: keyword, keyword: brief.keyword, in: title, label: Title keyword}",
           QStringLiteral("Title: GIL"),
           {"warn | Title keyword | Title keyword does not contain “python GIL”"});
    addRow("the brief has none", headings, QStringLiteral("## Python GIL"),
           {"warn | Focus keyword | Focus keyword: the brief has none to look for"}, blankBrief);
}

void CheckTypesTest::keywords_data()
{
    addColumns();
    const QString text = QStringLiteral("{type: keywords, keywords: brief.tags}");
    addRow("all used", text, QStringLiteral("Bytecode, and Reference-counting."),
           {"pass | Tags | Tags: 2 of 2 used in the answer"});
    addRow("one missing", text, QStringLiteral("Only bytecode here."),
           {"warn | Tags | Tags: 1 of 2 used in the answer — missing: “reference counting”"});
    addRow("all missing, a failure", "{type: keywords, keywords: brief.tags, severity: fail}",
           QStringLiteral("Nothing."),
           {"fail | Tags | Tags: 0 of 2 used in the answer — missing: “reference counting”, "
            "“bytecode”"});
    const QString headings =
        QStringLiteral("{type: keywords, keywords: brief.tags, in: headings, label: Topics}");
    addRow("in headings", headings, QStringLiteral("## Bytecode\n## Reference counting\n"),
           {"pass | Topics | Topics: 2 of 2 used in headings"});
    addRow("in headings, one only in the text", headings,
           QStringLiteral("## Bytecode\n\nreference counting"),
           {"warn | Topics | Topics: 1 of 2 used in headings — missing: “reference counting”"});
    addRow("the brief lists none", text, QStringLiteral("Anything."),
           {"pass | Tags | Tags: the brief lists none"}, blankBrief);
}

void CheckTypesTest::slug_data()
{
    addColumns();
    const QString range = QStringLiteral("{type: slug, of: title, min: 2, max: 4}");
    addRow("within", range, QStringLiteral("Meta title: python-gil"),
           {"pass | Meta title | Meta title: 2 words (python-gil) — within 2–4"});
    addRow("the last part of a path", range, QStringLiteral("Title: /blog/python-gil-explained/"),
           {"pass | Meta title | Meta title: 3 words (python-gil-explained) — within 2–4"});
    addRow("too many words", range, QStringLiteral("Title: a-b-c-d-e"),
           {"warn | Meta title | Meta title: 5 words (a-b-c-d-e) — more than 4"});
    addRow("odd characters", range, QStringLiteral("Title: Python_GIL explained"),
           {"warn | Meta title | Meta title: 1 words (Python_GIL explained) — fewer than 2",
            "warn | Meta title | Meta title “Python_GIL explained” has characters other than "
            "lowercase letters, digits and single hyphens"});
    addRow("a double hyphen", "{type: slug, of: title, label: Slug}",
           QStringLiteral("Title: python--gil"),
           {"pass | Slug | Slug: 2 words (python--gil)",
            "warn | Slug | Slug “python--gil” has characters other than lowercase letters, "
            "digits and single hyphens"});
    addRow("an extract that is missing", range, QStringLiteral("Slug: python-gil"),
           {"fail | Meta title | Meta title: no line starting with “Meta title:” found"});
}

void CheckTypesTest::xThread_data()
{
    addColumns();
    const QString thread =
        QStringLiteral("{type: x_thread, min: 2, max: 3, limit: 280, placeholders: [LINK]}");
    addRow("posts on the limit", thread, post(1, 2, 280) + QStringLiteral("\n\n") + post(2, 2, 100),
           {"pass | X thread | Posts: 2 (numbered “1/N”, or separated by blank lines) — within "
            "2–3",
            "pass | Post length | Every post is within 280 weighted characters (links count 23, "
            "emoji and CJK characters 2); the longest is post 1 with 280"});
    addRow("one post over", thread,
           post(1, 3, 200) + QStringLiteral("\n\n") + post(2, 3, 281) + QStringLiteral("\n\n") +
               post(3, 3, 290),
           {"pass | X thread | Posts: 3 (numbered “1/N”, or separated by blank lines) — within "
            "2–3",
            "fail | Post 2 | Post 2 of 3: 281 weighted characters — over 280",
            "fail | Post 3 | Post 3 of 3: 290 weighted characters — over 280"});
    addRow("a URL counts 23", thread,
           QStringLiteral("1/2 ") + QString(252, QLatin1Char('a')) +
               QStringLiteral(" https://example.com/") + QString(80, QLatin1Char('p')) +
               QStringLiteral("\n\n2/2 bye"),
           {"pass | X thread | Posts: 2 (numbered “1/N”, or separated by blank lines) — within "
            "2–3",
            "pass | Post length | Every post is within 280 weighted characters (links count 23, "
            "emoji and CJK characters 2); the longest is post 1 with 280"});
    addRow("the placeholder counts 23", thread,
           QStringLiteral("1/2 ") + QString(253, QLatin1Char('a')) +
               QStringLiteral(" LINK\n\n2/2 ok"),
           {"pass | X thread | Posts: 2 (numbered “1/N”, or separated by blank lines) — within "
            "2–3",
            "fail | Post 1 | Post 1 of 2: 281 weighted characters — over 280"});
    addRow("too many posts", thread, QStringLiteral("1/4 a\n\n2/4 b\n\n3/4 c\n\n4/4 d"),
           {"warn | X thread | Posts: 4 (numbered “1/N”, or separated by blank lines) — more "
            "than 3",
            "pass | Post length | Every post is within 280 weighted characters (links count 23, "
            "emoji and CJK characters 2); the longest is post 1 with 5"});
    addRow("blank lines separate posts, a lower limit", "{type: x_thread, limit: 10}",
           QStringLiteral("first post\n\nsecond post is long"),
           {"pass | X thread | Posts: 2 (numbered “1/N”, or separated by blank lines)",
            "fail | Post 2 | Post 2 of 2: 19 weighted characters — over 10"});
    addRow("the default limit is 280", "{type: x_thread, label: Thread}",
           QString(281, QLatin1Char('z')),
           {"pass | Thread | Posts: 1 (numbered “1/N”, or separated by blank lines)",
            "fail | Post 1 | Post 1 of 1: 281 weighted characters — over 280"});
}

void CheckTypesTest::linkedIn_data()
{
    addColumns();
    const QString post = QStringLiteral("{type: linkedin, min: 200, max: 250}");
    const QString hook140 = QString(140, QLatin1Char('h'));
    const QString body199 = ::words(199, QStringLiteral("w"));
    addRow("within everything", post, hook140 + QStringLiteral("\n\n") + body199,
           {"pass | Length | Length: 539 characters — within LinkedIn's limit of 3,000",
            "pass | Hook | Hook (first line): 140 characters — within the 140 LinkedIn shows "
            "before “…see more”",
            "pass | Words | Words: 200 — within 200–250"});
    addRow("the hook one over", post, hook140 + QStringLiteral("h\n\n") + body199,
           {"pass | Length | Length: 540 characters — within LinkedIn's limit of 3,000",
            "warn | Hook | Hook (first line): 141 characters — longer than the 140 LinkedIn shows "
            "before “…see more”",
            "pass | Words | Words: 200 — within 200–250"});
    addRow("the hook is the first line with text", post,
           QStringLiteral("\n  \n  A hook.  \nBody.\n") + body199,
           {"pass | Length | Length: 413 characters — within LinkedIn's limit of 3,000",
            "pass | Hook | Hook (first line): 7 characters — within the 140 LinkedIn shows before "
            "“…see more”",
            "pass | Words | Words: 202 — within 200–250"});
    addRow("one over 3000", post, QStringLiteral("Hook\n") + QString(2996, QLatin1Char('x')),
           {"fail | Length | Length: 3,001 characters — over LinkedIn's limit of 3,000",
            "pass | Hook | Hook (first line): 4 characters — within the 140 LinkedIn shows before "
            "“…see more”",
            "warn | Words | Words: 2 — fewer than 200 (a convention, not a rule)"});
    addRow("too many words", post, QStringLiteral("A hook.\n\n") + ::words(250),
           {"pass | Length | Length: 1,258 characters — within LinkedIn's limit of 3,000",
            "pass | Hook | Hook (first line): 7 characters — within the 140 LinkedIn shows before "
            "“…see more”",
            "warn | Words | Words: 252 — more than 250 (a convention, not a rule)"});
    addRow("own limits, no word range", "{type: linkedin, limit: 20, hook: 5}",
           QStringLiteral("A hook\nand a body text"),
           {"fail | Length | Length: 22 characters — over LinkedIn's limit of 20",
            "warn | Hook | Hook (first line): 6 characters — longer than the 5 LinkedIn shows "
            "before “…see more”"});
}

void CheckTypesTest::internalLinks_data()
{
    addColumns();
    const QString links = QStringLiteral("{type: internal_links, links: brief.related, min: 2, "
                                         "max: 3}");
    addRow("two, one to the pillar by URL", links,
           QStringLiteral(
               "1. [the pillar](https://example.com/pillar) — x\n2. [other](<Other Page>) — y"),
           {"pass | Internal links | Internal links: 2 (different Markdown links) — within 2–3",
            "pass | Pillar link | Links to the pillar article “Pillar Page”: 1",
            "pass | Anchor texts | Anchor texts: all 2 different"});
    addRow("the pillar by title, in any case", links,
           QStringLiteral("[a](<pillar page/>) [b](<Other Page>) [c](Pillar%20Page)"),
           {"pass | Internal links | Internal links: 3 (different Markdown links) — within 2–3",
            "pass | Pillar link | Links to the pillar article “Pillar Page”: 2",
            "pass | Anchor texts | Anchor texts: all 3 different"});
    addRow("no pillar link", links,
           QStringLiteral("[a](<Other Page>) [b](https://elsewhere.example)"),
           {"pass | Internal links | Internal links: 2 (different Markdown links) — within 2–3",
            "warn | Pillar link | No link goes to the pillar article “Pillar Page”",
            "pass | Anchor texts | Anchor texts: all 2 different"});
    addRow("a repeated anchor, a failure",
           "{type: internal_links, links: brief.related, min: 2, severity: fail}",
           QStringLiteral("[read  more](<Pillar Page>) [Read more](<Other Page>) [x](y) [x](z)"),
           {"pass | Internal links | Internal links: 4 (different Markdown links) — at least 2",
            "pass | Pillar link | Links to the pillar article “Pillar Page”: 1",
            "fail | Anchor texts | Anchor texts repeated: “read more” (2 times), “x” (2 times)"});
    addRow("the same link twice is one", links,
           QStringLiteral("[pillar](<Pillar Page>) — Sentence: see [Pillar](<Pillar Page>)."),
           {"warn | Internal links | Internal links: 1 (different Markdown links) — fewer than 2",
            "pass | Pillar link | Links to the pillar article “Pillar Page”: 1",
            "pass | Anchor texts | Anchor texts: all 1 different"});
    addRow("no pillar in the brief", links, QStringLiteral("[a](<Other Page>)"),
           {"warn | Internal links | Internal links: 1 (different Markdown links) — fewer than 2",
            "pass | Anchor texts | Anchor texts: all 1 different"},
           blankBrief);
}

// run() on one check gives what check() gives for the card's only check.
void CheckTypesTest::runOne_equalsCheck()
{
    const Result<KitPtr> kit = KitLoader::load(SourceText(
        QStringLiteral("types.yaml"), kitText(QStringLiteral("{type: keyword, keyword: "
                                                             "brief.keyword, in: headings}"))));
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    const Result<Brief> brief =
        BriefLoader::load(SourceText(QStringLiteral("brief.yaml"), fullBrief), *kit.value());
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    const AnswerChecker checker(*kit.value(), brief.value());
    const CardDef &card = kit.value()->cards.at(0);
    const QString answer = QStringLiteral("## Python GIL\n");
    const QList<CheckResult> results = checker.run(card, card.checks.at(0), answer);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results, checker.check(0, answer));
}

void CheckTypesTest::read_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QStringList>("diagnostics");

    QTest::newRow("every type reads")
        << "{type: words, of: prose, min: 1, max: 2}" << QStringList();
    QTest::newRow("not a mapping")
        << "words"
        << lines({"error 21:9: a check of card 'only' must be a mapping of keys to "
                  "values, not text"});
    QTest::newRow("no type") << "{min: 1}"
                             << lines({"error 21:9: a check of card 'only' has no 'type'; it "
                                       "is required"});
    QTest::newRow("unknown type")
        << "{type: heading}"
        << lines({"error 21:16: a check of card 'only' has the unknown type 'heading' (did "
                  "you mean 'headings'?); the types are: words, characters, headings, "
                  "questions, list_items, links, keyword, keywords, slug, x_thread, linkedin, "
                  "internal_links"});
    QTest::newRow("wrong kinds")
        << "{type: words, label: [a], convention: maybe, min: -1, max: x}"
        << lines({"error 21:30: 'label' of a check of card 'only' must be text, not a list",
                  "error 21:47: 'convention' of a check of card 'only' must be true or false",
                  "error 21:59: 'min' of a check of card 'only' must be a number of 0 or more",
                  "error 21:68: 'max' of a check of card 'only' must be a number of 0 or more"});
    QTest::newRow("min over max, a bad severity")
        << "{type: characters, min: 5, max: 4, severity: error}"
        << lines({"error 21:33: 'min' of a check of card 'only' is larger than its 'max'",
                  "error 21:54: 'severity' of a check of card 'only' is warn or fail"});
    QTest::newRow("a source that is no extract")
        << "{type: words, of: titel}"
        << lines({"error 21:27: 'of' of a check of card 'only' is 'titel', which is neither "
                  "text nor prose nor an extract of the card (did you mean 'title'?)"});
    QTest::newRow("characters are not of prose")
        << "{type: characters, of: prose}"
        << lines({"error 21:32: 'of' of a check of card 'only' is 'prose', which is neither "
                  "text nor an extract of the card"});
    QTest::newRow("a target that is no field")
        << "{type: words, target: 100, tolerance: -5}"
        << lines({"error 21:31: 'target' of a check of card 'only' names a number field, "
                  "like brief.word_count, or a part of the kit's budget, like budget.body",
                  "error 21:47: 'tolerance' of a check of card 'only' must be a number of 0 "
                  "or more"});
    QTest::newRow("a budget target in a kit without a budget")
        << "{type: words, target: budget.body}"
        << lines({"error 21:31: 'target' of a check of card 'only' reads budget.body, but the "
                  "kit has no budget"});
    QTest::newRow("labels to leave out that are no text")
        << "{type: words, of: prose, leave_out: [Goes in, [nested]]}"
        << lines({"error 21:55: 'leave_out' of a check of card 'only' holds labels, like "
                  "[Goes in]; each must be non-empty text"});
    QTest::newRow("a target of the wrong type")
        << "{type: words, target: brief.keyword}"
        << lines({"error 21:31: 'target' of a check of card 'only' reads brief.keyword, a "
                  "text field; it needs one of: brief.target"});
    QTest::newRow("tolerance without a target is unknown")
        << "{type: words, tolerance: 5, hook: 3}"
        << lines({"warning 21:23: unknown key 'tolerance' in a check of card 'only' is "
                  "ignored",
                  "warning 21:37: unknown key 'hook' in a check of card 'only' is ignored"});
    QTest::newRow("a heading level out of range")
        << "{type: headings, level: 7}"
        << lines({"error 21:33: 'level' of a check of card 'only' is a heading level, 1 to 6"});
    QTest::newRow("a heading level of 0")
        << "{type: questions, level: 0}"
        << lines({"error 21:34: 'level' of a check of card 'only' must be a whole number of "
                  "at least 1"});
    QTest::newRow("a keyword is required")
        << "{type: keyword, in: headings}"
        << lines({"error 21:9: a check of card 'only' has no 'keyword'; it is required"});
    QTest::newRow("a keyword field the kit lacks")
        << "{type: keyword, keyword: brief.keywrd, words: 0}"
        << lines({"error 21:34: 'keyword' of a check of card 'only' reads brief.keywrd, but "
                  "the kit has no field 'keywrd' (did you mean 'brief.keyword'?)",
                  "error 21:55: 'words' of a check of card 'only' must be a whole number of "
                  "at least 1"});
    QTest::newRow("keyword in a place that is not one")
        << "{type: keyword, keyword: x, in: heading}"
        << lines({"error 21:41: 'in' of a check of card 'only' is 'heading', which is neither "
                  "headings nor first_words nor text nor an extract of the card (did you mean "
                  "'headings'?)"});
    QTest::newRow("keywords that are no field")
        << "{type: keywords, keywords: python}"
        << lines({"error 21:36: 'keywords' of a check of card 'only' names a list field, "
                  "like brief.secondary_keywords"});
    QTest::newRow("keywords are required")
        << "{type: keywords, in: first_words}"
        << lines({"error 21:9: a check of card 'only' has no 'keywords'; it is required",
                  "error 21:30: 'in' of a check of card 'only' is 'first_words', which is "
                  "neither headings nor text nor an extract of the card"});
    QTest::newRow("a slug needs its extract")
        << "{type: slug, min: 1}"
        << lines({"error 21:9: a check of card 'only' needs 'of': the extract that holds the "
                  "slug"});
    QTest::newRow("a slug of the text")
        << "{type: slug, of: text}"
        << lines({"error 21:26: 'of' of a check of card 'only' is 'text', which is neither  "
                  "nor an extract of the card"});
    QTest::newRow("a thread's limit and placeholders")
        << "{type: x_thread, limit: 0, placeholders: LINK, hook: 3}"
        << lines({"error 21:33: 'limit' of a check of card 'only' must be a whole number of "
                  "at least 1",
                  "warning 21:56: unknown key 'hook' in a check of card 'only' is ignored"});
    QTest::newRow("a LinkedIn hook of 0")
        << "{type: linkedin, hook: 0, placeholders: [LINK]}"
        << lines({"error 21:32: 'hook' of a check of card 'only' must be a whole number of "
                  "at least 1"});
    QTest::newRow("internal links need links")
        << "{type: internal_links, max: 3}"
        << lines({"error 21:9: a check of card 'only' has no 'links'; it is required"});
    QTest::newRow("internal links that are no field")
        << "{type: internal_links, links: siblings}"
        << lines({"error 21:39: 'links' of a check of card 'only' names a links field, like "
                  "brief.siblings"});
    QTest::newRow("an unknown key with a suggestion")
        << "{type: links, maxx: 3}"
        << lines({"warning 21:23: unknown key 'maxx' in a check of card 'only' is ignored "
                  "(did you mean 'max'?)"});
}

void CheckTypesTest::read()
{
    QFETCH(QString, check);
    QFETCH(QStringList, diagnostics);

    Diagnostics warnings;
    const Result<KitPtr> kit =
        KitLoader::load(SourceText(QStringLiteral("types.yaml"), kitText(check)), &warnings);
    QStringList actual;
    if (!kit.ok()) {
        for (const Diagnostic &d : kit.errors())
            actual.append(shown(d));
    }
    for (const Diagnostic &d : std::as_const(warnings)) {
        if (d.line == 21)
            actual.append(shown(d));
    }
    QCOMPARE(actual, diagnostics);
}

QTEST_GUILESS_MAIN(CheckTypesTest)
#include "tst_checktypes.moc"
