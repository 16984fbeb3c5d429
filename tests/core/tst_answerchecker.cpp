// Every check type, data-driven: answers exactly on each limit, one over,
// one under, empty, and odd text (emoji, CJK, URLs, Windows line endings).
// Each row gives the card (one check type each in tests/data/kits/checks.yaml),
// the answer, the levels of the results in order, and words the message of
// the first non-passing result (or the first result) must hold.
#include "checks/answerchecker.h"
#include "kit/briefloader.h"
#include "kit/kitloader.h"

#include <QTest>

using namespace PromptDeck::Core;

namespace {

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

} // namespace

class AnswerCheckerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void check_data();
    void check();
    void emptyAnswer_hasNoResults();
    void bundledKit_flagsAnOverlongMetaDescriptionWithItsCount();
    void bundledKit_namesThePostThatIsTooLong();

private:
    KitPtr m_kit;
    Brief m_brief;
};

void AnswerCheckerTest::initTestCase()
{
    const Result<KitPtr> kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/checks.yaml"));
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    m_kit = kit.value();
    const Result<Brief> brief = BriefLoader::loadFile(
        QStringLiteral(PROMPTDECK_TEST_DATA "/briefs/checks-brief.yaml"), *m_kit);
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    m_brief = brief.value();
}

void AnswerCheckerTest::check_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("levels");
    QTest::addColumn<QString>("message");
    const QStringList pass{QStringLiteral("pass")};
    const QStringList warn{QStringLiteral("warn")};
    const QStringList fail{QStringLiteral("fail")};

    // words: 10–12
    QTest::newRow("words: on the lower limit")
        << "words" << words(10) << pass << "Words: 10 words (the whole answer) — within 10–12";
    QTest::newRow("words: on the upper limit") << "words" << words(12) << pass << "within 10–12";
    QTest::newRow("words: one under")
        << "words" << words(9) << warn << "Words: 9 words (the whole answer) — fewer than 10";
    QTest::newRow("words: one over")
        << "words" << words(13) << warn << "13 words (the whole answer) — more than 12";
    QTest::newRow("words: emoji and CJK")
        << "words" << words(8) + QStringLiteral(" 🐍 漢字") << pass << "10 words";
    QTest::newRow("words: CRLF") << "words"
                                 << words(10).replace(QLatin1Char(' '), QStringLiteral("\r\n"))
                                 << pass << "10 words";
    QTest::newRow("words: Markdown marks are not words")
        << "words" << QStringLiteral("## ") + words(9) + QStringLiteral(" -") << warn << "9 words";

    // prose: 100 ± 10% (90–110), code left out
    QTest::newRow("prose: on target") << "prose" << words(100) << pass
                                      << "Words: 100 words (prose; headings, tables and code left "
                                         "out) — within 90–110 (the brief's 100 ± 10%)";
    QTest::newRow("prose: on the lower limit") << "prose" << words(90) << pass << "within 90–110";
    QTest::newRow("prose: one under")
        << "prose" << words(89) << warn
        << "89 words (prose; headings, tables and code left out) — fewer than 90 (the "
           "brief's 100 ± 10%) (a convention, not a rule)";
    QTest::newRow("prose: one over") << "prose" << words(111) << warn << "more than 110";
    QTest::newRow("prose: code is not counted")
        << "prose"
        << words(95) + QStringLiteral("\n\n```\n") + words(50) + QStringLiteral("\n```\n") << pass
        << "95 words";
    // What a budget counts: the prose a reader reads, not the headings
    // above it, the cells of a table or the lines that stand for text to come.
    QTest::newRow("prose: headings are not counted")
        << "prose" << QStringLiteral("# ") + words(12) + QStringLiteral("\n\n") + words(95) << pass
        << "95 words";
    QTest::newRow("prose: table cells are not counted")
        << "prose"
        << words(95) + QStringLiteral("\n\n| workload | GIL |\n|---|---|\n| web server | no |\n")
        << pass << "95 words";
    QTest::newRow("prose: placeholders are not counted")
        << "prose"
        << words(90) + QStringLiteral("\n\n[EXAMPLE: a table of workloads and mitigations]\n\n"
                                      "[ASSET: a one-page PDF cheat sheet]\n")
        << pass << "90 words";
    QTest::newRow("prose: a bracket inside a paragraph is prose")
        << "prose" << words(88) + QStringLiteral(" [see the table] below") << pass << "92 words";
    QTest::newRow("prose: list items are prose")
        << "prose" << words(50) + QStringLiteral("\n\n- ") + words(45) + QStringLiteral("\n")
        << pass << "95 words";

    // chars: 5–10, a failure above 15
    QTest::newRow("chars: on the lower limit")
        << "chars" << QStringLiteral("abcde") << pass
        << "Characters: 5 characters (the whole answer) — within 5–10";
    QTest::newRow("chars: on the upper limit")
        << "chars" << QStringLiteral("abcdefghij") << pass << "10 characters";
    QTest::newRow("chars: one under") << "chars" << QStringLiteral("abcd") << warn
                                      << "4 characters (the whole answer) — shorter than 5";
    QTest::newRow("chars: one over") << "chars" << QStringLiteral("abcdefghijk") << warn
                                     << "11 characters (the whole answer) — longer than 10";
    QTest::newRow("chars: on the failure limit")
        << "chars" << QString(15, QLatin1Char('a')) << warn << "15 characters";
    QTest::newRow("chars: over the failure limit")
        << "chars" << QString(16, QLatin1Char('a')) << fail
        << "16 characters (the whole answer) — longer than 10";
    QTest::newRow("chars: emoji count one each")
        << "chars" << QStringLiteral("🐍🐍🐍🐍🐍") << pass << "5 characters";
    QTest::newRow("chars: CJK") << "chars" << QStringLiteral("全局解释器锁") << pass
                                << "6 characters";
    QTest::newRow("chars: CRLF inside")
        << "chars" << QStringLiteral("ab\r\ncd") << pass << "6 characters";

    // headings: 2–3 H2
    QTest::newRow("headings: two") << "headings" << QStringLiteral("## A\n\n## B\n") << pass
                                   << "H2 headings: 2 (lines starting with “## ”) — within 2–3";
    QTest::newRow("headings: one") << "headings" << QStringLiteral("## A\n### not H2\n") << warn
                                   << "H2 headings: 1 (lines starting with “## ”) — fewer than 2";
    QTest::newRow("headings: four") << "headings" << QStringLiteral("## A\n## B\n## C\n## D\n")
                                    << warn << "4 (lines starting with “## ”) — more than 3";
    QTest::newRow("headings: CRLF")
        << "headings" << QStringLiteral("## A\r\n\r\n## B\r\n") << pass << "2";
    QTest::newRow("headings: in a code block they do not count")
        << "headings" << QStringLiteral("## A\n\n```\n## B\n```\n") << warn << "1";

    // questions: 2–3 "###" ending in "?"
    QTest::newRow("questions: two")
        << "questions" << QStringLiteral("### Why?\nBecause.\n### How?\nSo.") << pass
        << "Questions: 2 (“### ” headings ending in “?”) — within 2–3";
    QTest::newRow("questions: a statement does not count")
        << "questions" << QStringLiteral("### Why?\n### A statement\n") << warn << "Questions: 1";
    QTest::newRow("questions: full-width question mark")
        << "questions" << QStringLiteral("### 为什么？\n### How?\n") << pass << "2";

    // list items: 1–2
    QTest::newRow("list: one") << "list" << QStringLiteral("- a\n") << pass
                               << "List items: 1 (Markdown list items) — within 1–2";
    QTest::newRow("list: three") << "list" << QStringLiteral("- a\n- b\n1. c\n") << warn
                                 << "more than 2";
    QTest::newRow("list: none") << "list" << QStringLiteral("No list here.") << warn
                                << "fewer than 1";

    // links: exactly one, a failure otherwise
    QTest::newRow("links: one") << "links" << QStringLiteral("See [x](https://x.io).") << pass
                                << "Links: 1 (Markdown links)";
    QTest::newRow("links: none") << "links" << QStringLiteral("No links.") << fail
                                 << "Links: 0 (Markdown links) — fewer than 1";
    QTest::newRow("links: two") << "links" << QStringLiteral("[a](x) [b](y)") << fail
                                << "more than 1";

    // keyword in headings
    QTest::newRow("keyword in a heading")
        << "keyword-headings" << QStringLiteral("# All about Python GIL\n\ntext") << pass
        << "Keyword “python GIL” appears in 1 of 1 headings";
    QTest::newRow("keyword with other punctuation")
        << "keyword-headings" << QStringLiteral("## The Python-GIL, explained") << pass
        << "appears in 1 of 1";
    QTest::newRow("keyword only in the text")
        << "keyword-headings" << QStringLiteral("## Intro\n\npython GIL") << warn
        << "Keyword “python GIL” appears in none of the 1 headings";
    QTest::newRow("keyword as part of a word does not count")
        << "keyword-headings" << QStringLiteral("## Pythonic GILs") << warn << "none";

    // keyword in the first 5 words, a failure otherwise
    QTest::newRow("keyword at word 2")
        << "keyword-first" << QStringLiteral("The python GIL is here") << pass
        << "Keyword “python GIL” is in the first 5 words (at word 2)";
    QTest::newRow("keyword ending at word 5")
        << "keyword-first" << QStringLiteral("one two three python GIL") << pass << "at word 4";
    QTest::newRow("keyword starting at word 5")
        << "keyword-first" << QStringLiteral("one two three four python GIL") << fail
        << "Keyword “python GIL” is not in the first 5 words";

    // every tag used
    QTest::newRow("tags: all") << "tags" << QStringLiteral("Bytecode, and Reference counting.")
                               << pass << "Tags: 2 of 2 used in the answer";
    QTest::newRow("tags: one missing")
        << "tags" << QStringLiteral("Only bytecode here.") << warn
        << "Tags: 1 of 2 used in the answer — missing: “reference counting”";

    // meta: a labelled title of 50–60 characters with the keyword, a slug of 2–4 words
    const QString title50 = QStringLiteral("Python GIL ") + QString(39, QLatin1Char('x'));
    QTest::newRow("meta: title on the lower limit")
        << "meta" << QStringLiteral("Meta title: %1\nSlug: python-gil").arg(title50)
        << QStringList{QStringLiteral("pass"), QStringLiteral("pass"), QStringLiteral("pass")}
        << "Meta title: 50 characters (text after “Meta title:”) — within 50–60";
    QTest::newRow("meta: title one under")
        << "meta" << QStringLiteral("**Meta title:** %1\nSlug: python-gil").arg(title50.chopped(1))
        << QStringList{QStringLiteral("warn"), QStringLiteral("pass"), QStringLiteral("pass")}
        << "Meta title: 49 characters (text after “Meta title:”) — shorter than 50 (a convention, "
           "not a rule)";
    QTest::newRow("meta: title on the upper limit")
        << "meta"
        << QStringLiteral("Meta title: %1\nSlug: python-gil")
               .arg(title50 + QString(10, QLatin1Char('y')))
        << QStringList{QStringLiteral("pass"), QStringLiteral("pass"), QStringLiteral("pass")}
        << "60 characters";
    QTest::newRow("meta: title one over")
        << "meta"
        << QStringLiteral("Title: %1\r\nSlug: python-gil\r\n")
               .arg(title50 + QString(11, QLatin1Char('y')))
        << QStringList{QStringLiteral("warn"), QStringLiteral("pass"), QStringLiteral("pass")}
        << "Meta title: 61 characters (text after “Meta title:”) — longer than 60";
    QTest::newRow("meta: no title line")
        << "meta" << QStringLiteral("Headline: something\nSlug: python-gil")
        << QStringList{QStringLiteral("fail"), QStringLiteral("fail"), QStringLiteral("pass")}
        << "Meta title: no line starting with “Meta title:” found";
    QTest::newRow("meta: keyword missing from the title")
        << "meta" << QStringLiteral("Meta title: %1\nSlug: gil").arg(QString(55, QLatin1Char('z')))
        << QStringList{QStringLiteral("pass"), QStringLiteral("warn"), QStringLiteral("warn")}
        << "Meta title does not contain “python GIL”";
    QTest::newRow("meta: slug with odd characters")
        << "meta" << QStringLiteral("Meta title: %1\nSlug: Python_GIL explained").arg(title50)
        << QStringList{QStringLiteral("pass"), QStringLiteral("pass"), QStringLiteral("warn"),
                       QStringLiteral("warn")}
        << "Slug: 1 words (Python_GIL explained) — fewer than 2";

    // thread: 2–3 posts, each at most 280 weighted characters
    QTest::newRow("thread: posts on the limit")
        << "thread" << post(1, 2, 280) + QStringLiteral("\n\n") + post(2, 2, 280)
        << QStringList{QStringLiteral("pass"), QStringLiteral("pass")}
        << "Posts: 2 (numbered “1/N”, or separated by blank lines) — within 2–3";
    QTest::newRow("thread: one post over")
        << "thread"
        << post(1, 3, 200) + QStringLiteral("\n\n") + post(2, 3, 281) + QStringLiteral("\n\n") +
               post(3, 3, 100)
        << QStringList{QStringLiteral("pass"), QStringLiteral("fail")}
        << "Post 2 of 3: 281 weighted characters — over 280";
    QTest::newRow("thread: a URL counts 23")
        << "thread"
        << QStringLiteral("1/2 ") + QString(252, QLatin1Char('a')) +
               QStringLiteral(" https://example.com/") + QString(80, QLatin1Char('p')) +
               QStringLiteral("\n\n2/2 bye")
        << QStringList{QStringLiteral("pass"), QStringLiteral("pass")}
        << "the longest is post 1 with 280";
    QTest::newRow("thread: CJK counts 2")
        << "thread"
        << QStringLiteral("1/2 ") + QString(139, QChar(0x6F22)) + QStringLiteral("\n\n2/2 ok")
        << QStringList{QStringLiteral("pass"), QStringLiteral("fail")}
        << "Post 1 of 2: 282 weighted characters — over 280";
    QTest::newRow("thread: the LINK placeholder counts 23")
        << "thread"
        << QStringLiteral("1/2 ") + QString(253, QLatin1Char('a')) +
               QStringLiteral(" LINK\n\n2/2 ok")
        << QStringList{QStringLiteral("pass"), QStringLiteral("fail")}
        << "Post 1 of 2: 281 weighted characters";
    QTest::newRow("thread: too many posts")
        << "thread" << QStringLiteral("1/4 a\n\n2/4 b\n\n3/4 c\n\n4/4 d")
        << QStringList{QStringLiteral("warn"), QStringLiteral("pass")}
        << "Posts: 4 (numbered “1/N”, or separated by blank lines) — more than 3";

    // LinkedIn: 3000 characters, hook 140, 200–250 words
    const QString hook140 = QString(140, QLatin1Char('h'));
    const QString body200 = words(199, QStringLiteral("w"));
    QTest::newRow("linkedin: within everything")
        << "linkedin" << hook140 + QStringLiteral("\n\n") + body200
        << QStringList{QStringLiteral("pass"), QStringLiteral("pass"), QStringLiteral("pass")}
        << "Length: 539 characters — within LinkedIn's limit of 3,000";
    QTest::newRow("linkedin: hook one over")
        << "linkedin" << hook140 + QStringLiteral("h\n\n") + body200
        << QStringList{QStringLiteral("pass"), QStringLiteral("warn"), QStringLiteral("pass")}
        << "Hook (first line): 141 characters — longer than the 140 LinkedIn shows before “…see "
           "more”";
    QTest::newRow("linkedin: 3000 characters exactly")
        << "linkedin" << QStringLiteral("Hook\n") + QString(2995, QLatin1Char('x'))
        << QStringList{QStringLiteral("pass"), QStringLiteral("pass"), QStringLiteral("warn")}
        << "Length: 3,000 characters";
    QTest::newRow("linkedin: one over 3000")
        << "linkedin" << QStringLiteral("Hook\n") + QString(2996, QLatin1Char('x'))
        << QStringList{QStringLiteral("fail"), QStringLiteral("pass"), QStringLiteral("warn")}
        << "Length: 3,001 characters — over LinkedIn's limit of 3,000";
    QTest::newRow("linkedin: too few words")
        << "linkedin" << QStringLiteral("A hook.\n\n") + words(148)
        << QStringList{QStringLiteral("pass"), QStringLiteral("pass"), QStringLiteral("warn")}
        << "Words: 150 — fewer than 200 (a convention, not a rule)";

    // internal links: 2–3 to the listed URLs (here only the pillar has one),
    // one to the pillar, no repeated anchor, nothing else linked
    const QStringList passes{QStringLiteral("pass"), QStringLiteral("pass"),
                             QStringLiteral("pass")};
    QTest::newRow("internal: the one article with a URL, the other suggested")
        << "internal"
        << QStringLiteral("1. [the pillar](https://example.com/pillar) — x\n\n"
                          "Suggested links (no URL yet):\n- Other Page — Sentence: y")
        << passes
        << "Internal links: 1 (different links to the listed URLs; only 1 listed article has a "
           "URL) — within 1–3";
    QTest::newRow("internal: a title in angle brackets fails")
        << "internal" << QStringLiteral("[a](https://example.com/pillar/) [b](<Other Page>)")
        << QStringList{QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("pass"),
                       QStringLiteral("pass")}
        << "Links to an article's title instead of its URL: “Other Page”";
    QTest::newRow("internal: no pillar link")
        << "internal" << QStringLiteral("Suggested links (no URL yet): Other Page")
        << QStringList{QStringLiteral("warn"), QStringLiteral("warn")}
        << "No link goes to the pillar article “Pillar Page”";
    QTest::newRow("internal: an unlisted URL fails")
        << "internal"
        << QStringLiteral("[a](https://example.com/pillar) [b](https://elsewhere.example)")
        << QStringList{QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("pass"),
                       QStringLiteral("pass")}
        << "Links to a page the brief does not list: “https://elsewhere.example”";
    QTest::newRow("internal: repeated anchor")
        << "internal"
        << QStringLiteral(
               "[read more](https://example.com/pillar) [Read more](https://example.com/pillar/)")
        << QStringList{QStringLiteral("pass"), QStringLiteral("pass"), QStringLiteral("warn")}
        << "Anchor texts repeated: “read more” (2 times)";
    QTest::newRow("internal: the same link twice is one")
        << "internal"
        << QStringLiteral("[pillar](https://example.com/pillar/) — Sentence: see "
                          "[pillar](https://example.com/pillar/).")
        << passes << "Internal links: 1 (different links to the listed URLs";
}

void AnswerCheckerTest::check()
{
    QFETCH(QString, card);
    QFETCH(QString, answer);
    QFETCH(QStringList, levels);
    QFETCH(QString, message);

    const AnswerChecker checker(*m_kit, m_brief);
    const int index = m_kit->cardIndex(card);
    QVERIFY(index >= 0);
    const QList<CheckResult> results = checker.check(index, answer);
    QStringList actual;
    for (const CheckResult &r : results)
        actual.append(checkLevelId(r.level));
    QStringList messages;
    for (const CheckResult &r : results)
        messages.append(r.message);
    QVERIFY2(actual == levels, qPrintable(actual.join(QLatin1Char(',')) + QStringLiteral(" | ") +
                                          messages.join(QStringLiteral(" | "))));
    QString shown = results.first().message;
    for (const CheckResult &r : results) {
        if (r.level != CheckResult::Level::Pass) {
            shown = r.message;
            break;
        }
    }
    QVERIFY2(shown.contains(message) || messages.join(QLatin1Char('\n')).contains(message),
             qPrintable(messages.join(QStringLiteral(" | "))));
}

void AnswerCheckerTest::emptyAnswer_hasNoResults()
{
    const AnswerChecker checker(*m_kit, m_brief);
    for (int i = 0; i < m_kit->cards.size(); ++i) {
        QVERIFY(checker.check(i, QString()).isEmpty());
        QVERIFY(checker.check(i, QStringLiteral(" \r\n\t")).isEmpty());
    }
}

// Answers written the way an AI might, run against the bundled kit.
void AnswerCheckerTest::bundledKit_flagsAnOverlongMetaDescriptionWithItsCount()
{
    const KitPtr kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_SOURCE_DIR "/content/kits/seo-article.yaml"))
            .value();
    const Brief brief =
        BriefLoader::loadFile(
            QStringLiteral(PROMPTDECK_SOURCE_DIR "/content/briefs/python-gil.yaml"), *kit)
            .value();
    const QString answer = QStringLiteral(
        "Here are your meta tags:\n\n"
        "**SEO Title:** Python GIL Explained: What It Is and When It Actually Matters\n"
        "**Meta Description:** \"Python GIL explained for engineers who profile: how the "
        "interpreter, the object model "
        "and the lock fit together, and the exact commands to find out what slows you down.\"\n"
        "**URL Slug:** /python-gil-explained/\n");
    const QList<CheckResult> results =
        AnswerChecker(*kit, brief).check(kit->cardIndex(u"meta"), answer);
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0).level, CheckResult::Level::Warn);
    QCOMPARE(results.at(0).message,
             QStringLiteral("Meta title: 61 characters (text after “Meta title:”) — longer than 60 "
                            "(a convention, not a rule)"));
    QCOMPARE(results.at(2).level, CheckResult::Level::Warn);
    QCOMPARE(results.at(2).message, QStringLiteral("Meta description: 168 characters (text after "
                                                   "“Meta description:”) — longer than 160 (a "
                                                   "convention, not a rule)"));
    QCOMPARE(results.at(3).level, CheckResult::Level::Pass);
    QCOMPARE(results.at(4).message,
             QStringLiteral("Slug: 3 words (python-gil-explained) — within 3–6"));
}

void AnswerCheckerTest::bundledKit_namesThePostThatIsTooLong()
{
    const KitPtr kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_SOURCE_DIR "/content/kits/seo-article.yaml"))
            .value();
    const Brief brief =
        BriefLoader::loadFile(
            QStringLiteral(PROMPTDECK_SOURCE_DIR "/content/briefs/python-gil.yaml"), *kit)
            .value();
    QString thread;
    for (int i = 1; i <= 6; ++i) {
        thread += QStringLiteral("%1/6 ").arg(i);
        thread += i == 4
                      ? QStringLiteral(
                            "The GIL lets one thread run bytecode at a time 🧵. It hurts "
                            "CPU-bound threads, "
                            "but not code waiting on the network, not single-threaded scripts, and "
                            "not NumPy "
                            "work that releases it while it crunches numbers in C. Measure before "
                            "you blame "
                            "it: https://docs.python.org/3/library/sys.html#sys.setswitchinterval "
                            "explains the "
                            "switch interval in detail.")
                      : QStringLiteral("A short post about Python performance.");
        thread += QStringLiteral("\n\n");
    }
    const QList<CheckResult> results =
        AnswerChecker(*kit, brief).check(kit->cardIndex(u"x-thread"), thread);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).level, CheckResult::Level::Pass);
    QCOMPARE(results.at(1).level, CheckResult::Level::Fail);
    QCOMPARE(results.at(1).label, QStringLiteral("Post 4"));
    QVERIFY2(results.at(1).message.startsWith(QStringLiteral("Post 4 of 6: ")),
             qPrintable(results.at(1).message));
    QVERIFY(results.at(1).message.endsWith(QStringLiteral(" weighted characters — over 280")));
}

QTEST_GUILESS_MAIN(AnswerCheckerTest)
#include "tst_answerchecker.moc"
