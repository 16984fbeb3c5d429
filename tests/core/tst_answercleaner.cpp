// AnswerCleaner: each rule with the variants chat models produce and the
// content it must leave alone, then the bundled answer sets of three whole
// chains (tests/data/chains), whose cleaned answers must hold no wrapper
// and lose nothing but wrapper text.
#include "session/answercleaner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace PromptDeck::Core;
using Kind = SetAside::Kind;
using namespace Qt::StringLiterals;

namespace {

const QString article = QStringLiteral("# The title\n\nThe first paragraph of the article.\n\n"
                                       "## A section\n\nMore prose.\n");

QString nonSpace(const QString &text)
{
    QString kept;
    for (const QChar c : text) {
        if (!c.isSpace())
            kept += c;
    }
    return kept;
}

// Every piece set aside stands at its position, and the cleaned text plus
// the pieces hold every visible character of the answer.
void verifyAccounting(const QString &answer, const CleanedAnswer &cleaned)
{
    qsizetype removed = 0;
    for (const SetAside &item : cleaned.setAside) {
        QCOMPARE(answer.mid(item.position, item.text.size()), item.text);
        removed += nonSpace(item.text).size();
    }
    QCOMPARE(nonSpace(cleaned.text).size() + removed, nonSpace(answer).size());
    // Cleaning again finds nothing more: no wrapper is left.
    QVERIFY2(!AnswerCleaner::clean(cleaned.text).changed(),
             qPrintable(AnswerCleaner::describe(AnswerCleaner::clean(cleaned.text).setAside)));
}

QStringList texts(const CleanedAnswer &cleaned)
{
    QStringList list;
    for (const SetAside &item : cleaned.setAside)
        list.append(item.text);
    return list;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class AnswerCleanerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opening_isSetAside_data();
    void opening_isSetAside();
    void closingOffer_isSetAside_data();
    void closingOffer_isSetAside();
    void closingOffer_keepsAHeadingsUnderline();
    void fence_aroundTheWholeAnswer_isSetAside_data();
    void fence_aroundTheWholeAnswer_isSetAside();
    void wordCount_atTheEnd_isSetAside_data();
    void wordCount_atTheEnd_isSetAside();
    void characterCounts_ofLabelledLines_areSetAside_data();
    void characterCounts_ofLabelledLines_areSetAside();
    void content_isNeverSetAside_data();
    void content_isNeverSetAside();
    void everyWrapperAtOnce_keepsWindowsLineEndings();
    void describe_namesWhatWasSetAside();
    void bundledAnswerSets_loseOnlyWrappers_data();
    void bundledAnswerSets_loseOnlyWrappers();

private:
    void addRows(const QList<std::pair<QString, QStringList>> &rows, const char *prefix);
};

// Each answer is a wrapper (the list: what is set aside) around article.
void AnswerCleanerTest::addRows(const QList<std::pair<QString, QStringList>> &rows,
                                const char *prefix)
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("setAside");
    int n = 0;
    for (const auto &[answer, aside] : rows)
        QTest::addRow("%s %d", prefix, ++n) << answer << aside;
}

void AnswerCleanerTest::opening_isSetAside_data()
{
    const QList<std::pair<QString, QStringList>> rows{
        {u"Sure! Here's the outline:\n\n"_s + article, {u"Sure! Here's the outline:"_s}},
        {u"Certainly — here is the evidence pack for your article.\n\n"_s + article,
         {u"Certainly — here is the evidence pack for your article."_s}},
        {u"Here's the H1 and introduction:\n\n"_s + article,
         {u"Here's the H1 and introduction:"_s}},
        {u"Absolutely! Below is the revised draft.\n\n"_s + article,
         {u"Absolutely! Below is the revised draft."_s}},
        {u"Of course. Here are the meta tags:\n\n"_s + article,
         {u"Of course. Here are the meta tags:"_s}},
        {u"Great question!\n\n"_s + article, {u"Great question!"_s}},
        {u"Here's the final, publication-ready article:\n\n"_s + article,
         {u"Here's the final, publication-ready article:"_s}},
        {u"Here is the edited article.\n\n"_s + article, {u"Here is the edited article."_s}},
        {u"Okay, here’s your outline:\n\n"_s + article, {u"Okay, here’s your outline:"_s}},
        {u"Sure – neither article has a URL yet, so there is nothing to link today. Both are "
         "named in the next steps:\n\n"_s +
             article,
         {u"Sure – neither article has a URL yet, so there is nothing to link today. Both are "
          "named in the next steps:"_s}},
        // No blank line: the heading starts a block of its own.
        {u"Sure! Here's the outline:\n"_s + article, {u"Sure! Here's the outline:"_s}},
        // Soft-wrapped over two lines.
        {u"Certainly! Here is the introduction,\nwritten for beginners:\n\n"_s + article,
         {u"Certainly! Here is the introduction,\nwritten for beginners:"_s}},
        {u"Below is the FAQ section.\n\n"_s + article, {u"Below is the FAQ section."_s}},
    };
    addRows(rows, "opening");
}

void AnswerCleanerTest::opening_isSetAside()
{
    QFETCH(QString, answer);
    QFETCH(QStringList, setAside);
    const CleanedAnswer cleaned = AnswerCleaner::clean(answer);
    QCOMPARE(texts(cleaned), setAside);
    QCOMPARE(cleaned.setAside.first().kind, Kind::Opening);
    QCOMPARE(cleaned.text, article);
    verifyAccounting(answer, cleaned);
}

void AnswerCleanerTest::closingOffer_isSetAside_data()
{
    const QList<std::pair<QString, QStringList>> rows{
        {article + u"\nLet me know if you'd like a different split.\n"_s,
         {u"Let me know if you'd like a different split."_s}},
        {article + u"\nI hope this helps!\n"_s, {u"I hope this helps!"_s}},
        {article + u"\nWould you like me to add a comparison table?\n"_s,
         {u"Would you like me to add a comparison table?"_s}},
        {article + u"\nFeel free to ask if you need any changes.\n"_s,
         {u"Feel free to ask if you need any changes."_s}},
        {article + u"\nWant me to tighten the introduction?\n"_s,
         {u"Want me to tighten the introduction?"_s}},
        {article + u"\n---\n\nLet me know if you’d like a shorter version.\n"_s,
         {u"---\n\nLet me know if you’d like a shorter version."_s}},
        {article + u"\n***\n\n*Hope this helps! Let me know if you want any tweaks.*\n"_s,
         {u"***\n\n*Hope this helps! Let me know if you want any tweaks.*"_s}},
        {article + u"\nWould you like a shorter version as well?\n"_s,
         {u"Would you like a shorter version as well?"_s}},
        {article + u"\nIf you'd like, I can also write the meta description.\n"_s,
         {u"If you'd like, I can also write the meta description."_s}},
        // Two offers, one after the other.
        {article + u"\nI hope this helps!\n\nLet me know if anything should change.\n"_s,
         {u"I hope this helps!"_s, u"Let me know if anything should change."_s}},
        // Right under the content's last line.
        {article + u"Let me know if you want more detail.\n"_s,
         {u"Let me know if you want more detail."_s}},
    };
    addRows(rows, "offer");
}

void AnswerCleanerTest::closingOffer_isSetAside()
{
    QFETCH(QString, answer);
    QFETCH(QStringList, setAside);
    const CleanedAnswer cleaned = AnswerCleaner::clean(answer);
    QCOMPARE(texts(cleaned), setAside);
    for (const SetAside &item : cleaned.setAside)
        QCOMPARE(item.kind, Kind::ClosingOffer);
    QCOMPARE(cleaned.text, article);
    verifyAccounting(answer, cleaned);
}

void AnswerCleanerTest::closingOffer_keepsAHeadingsUnderline()
{
    // "---" right under a line makes that line a heading: it is no rule.
    const QString content = u"Prose.\n\nThe last section\n---\n"_s;
    const CleanedAnswer cleaned = AnswerCleaner::clean(content + u"\nI hope this helps!\n"_s);
    QCOMPARE(texts(cleaned), QStringList{u"I hope this helps!"_s});
    QCOMPARE(cleaned.text, content);
}

void AnswerCleanerTest::fence_aroundTheWholeAnswer_isSetAside_data()
{
    const QString code = QStringLiteral("```python\nprint('hi')\n```\n");
    const QList<std::pair<QString, QStringList>> rows{
        {u"```markdown\n"_s + article + u"```\n"_s, {u"```markdown"_s, u"```"_s}},
        {u"```md\n"_s + article + u"```"_s, {u"```md"_s, u"```"_s}},
        {u"```\n"_s + article + u"```\n"_s, {u"```"_s, u"```"_s}},
        {u"~~~\n"_s + article + u"~~~\n"_s, {u"~~~"_s, u"~~~"_s}},
        {u"````markdown\n"_s + article + u"````\n"_s, {u"````markdown"_s, u"````"_s}},
        {u"```Markdown\n"_s + article + u"```\n\n"_s, {u"```Markdown"_s, u"```"_s}},
        // The wrapper lines outside it go too.
        {u"Sure! Here's the outline:\n\n```markdown\n"_s + article +
             u"```\n\nLet me know if you'd like changes.\n"_s,
         {u"Sure! Here's the outline:"_s, u"```markdown"_s, u"```"_s,
          u"Let me know if you'd like changes."_s}},
        // Code blocks inside, paired up, stay.
        {u"```markdown\n"_s + article + code + u"```\n"_s, {u"```markdown"_s, u"```"_s}},
    };
    addRows(rows, "fence");
}

void AnswerCleanerTest::fence_aroundTheWholeAnswer_isSetAside()
{
    QFETCH(QString, answer);
    QFETCH(QStringList, setAside);
    const CleanedAnswer cleaned = AnswerCleaner::clean(answer);
    QCOMPARE(texts(cleaned), setAside);
    QVERIFY(std::any_of(cleaned.setAside.cbegin(), cleaned.setAside.cend(),
                        [](const SetAside &item) { return item.kind == Kind::Fence; }));
    QVERIFY(cleaned.text.startsWith(article));
    verifyAccounting(answer, cleaned);
}

void AnswerCleanerTest::wordCount_atTheEnd_isSetAside_data()
{
    const QList<std::pair<QString, QStringList>> rows{
        {article + u"\n*Word count: ~1,500 words*\n"_s, {u"*Word count: ~1,500 words*"_s}},
        {article + u"\n(Word count: 1,512)\n"_s, {u"(Word count: 1,512)"_s}},
        {article + u"\nWord count: approximately 1,480\n"_s,
         {u"Word count: approximately 1,480"_s}},
        {article + u"\n**Total: ~1,500 words**\n"_s, {u"**Total: ~1,500 words**"_s}},
        {article + u"\n_Total word count: 1 512 words_\n"_s,
         {u"_Total word count: 1 512 words_"_s}},
        {article + u"\n(~1,500 words)\n"_s, {u"(~1,500 words)"_s}},
        {article + u"\n---\n\n*Word count: 1,498*\n"_s, {u"---\n\n*Word count: 1,498*"_s}},
        {article + u"*Word count: 1,498*"_s, {u"*Word count: 1,498*"_s}},
        // A note and then an offer, the last lines both.
        {article + u"\n*Word count: ~1,500*\n\nLet me know if you'd like it shorter.\n"_s,
         {u"*Word count: ~1,500*"_s, u"Let me know if you'd like it shorter."_s}},
    };
    addRows(rows, "words");
}

void AnswerCleanerTest::wordCount_atTheEnd_isSetAside()
{
    QFETCH(QString, answer);
    QFETCH(QStringList, setAside);
    const CleanedAnswer cleaned = AnswerCleaner::clean(answer);
    QCOMPARE(texts(cleaned), setAside);
    QCOMPARE(cleaned.setAside.first().kind, Kind::WordCount);
    QCOMPARE(cleaned.text, article);
    verifyAccounting(answer, cleaned);
}

void AnswerCleanerTest::characterCounts_ofLabelledLines_areSetAside_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("setAside");
    QTest::newRow("parentheses")
        << u"Meta title: Python GIL Explained (55 characters)\n"
           "Meta description: What the GIL does. (153 characters)\nSlug: python-gil\n"_s
        << u"Meta title: Python GIL Explained\nMeta description: What the GIL does.\n"
           "Slug: python-gil\n"_s
        << QStringList{u" (55 characters)"_s, u" (153 characters)"_s};
    QTest::newRow("chars") << u"Meta title: SPF, DKIM, DMARC Explained (58 chars)\nSlug: spf\n"_s
                           << u"Meta title: SPF, DKIM, DMARC Explained\nSlug: spf\n"_s
                           << QStringList{u" (58 chars)"_s};
    QTest::newRow("dash") << u"Meta title: Raised Beds — 57 characters\n"_s
                             u"Meta description: Build one bed. – 153 characters\n"_s
                          << u"Meta title: Raised Beds\nMeta description: Build one bed.\n"_s
                          << QStringList{u" — 57 characters"_s, u" – 153 characters"_s};
    QTest::newRow("bold label, bullet")
        << u"- **Meta title:** Raised Beds (about 57 characters)\n"_s
        << u"- **Meta title:** Raised Beds\n"_s << QStringList{u" (about 57 characters)"_s};
    QTest::newRow("including spaces")
        << u"SEO title: Raised Beds (57 characters, including spaces)"_s
        << u"SEO title: Raised Beds"_s << QStringList{u" (57 characters, including spaces)"_s};
}

void AnswerCleanerTest::characterCounts_ofLabelledLines_areSetAside()
{
    QFETCH(QString, answer);
    QFETCH(QString, text);
    QFETCH(QStringList, setAside);
    const CleanedAnswer cleaned = AnswerCleaner::clean(answer);
    QCOMPARE(cleaned.text, text);
    QCOMPARE(texts(cleaned), setAside);
    for (const SetAside &item : cleaned.setAside)
        QCOMPARE(item.kind, Kind::CharacterCount);
    verifyAccounting(answer, cleaned);
}

void AnswerCleanerTest::content_isNeverSetAside_data()
{
    QTest::addColumn<QString>("answer");
    const QString more = QStringLiteral("\n\nMore prose of the article.\n");
    // Openings that are the content's own first sentence.
    QTest::newRow("here's why, same paragraph")
        << u"Here's why the GIL exists: CPython counts references on every object, and the "
           "lock keeps those counts right. Without it every object would need a lock of its "
           "own, which is slow."_s +
               more;
    QTest::newRow("here's why, alone") << u"Here's why the GIL exists:"_s + more;
    QTest::newRow("here's what I learned") << u"Here's what I learned building 50 beds:"_s + more;
    QTest::newRow("here are three links") << u"Here are three links every gardener needs:"_s + more;
    QTest::newRow("here's the thing") << u"Here's the thing about SPF."_s + more;
    QTest::newRow("possessive") << u"Here's the article's premise: the GIL is rarely the "_s
                                   u"bottleneck. Measure first."_s +
                                       more;
    QTest::newRow("sure, comma") << u"Sure, Python is slow. But it is rarely the GIL."_s + more;
    QTest::newRow("of course, comma") << u"Of course, not every bed needs a liner."_s + more;
    QTest::newRow("great question, then content")
        << u"Great question! The GIL is a lock inside CPython."_s + more;
    QTest::newRow("yes") << u"Yes.\n\nA raised bed can sit on a patio.\n"_s;
    QTest::newRow("heading") << u"# Here's the outline\n\nProse.\n"_s;
    QTest::newRow("list item") << u"- Sure! Here's the outline:\n- and more\n\nProse.\n"_s;
    QTest::newRow("opening alone") << u"Sure! Here's the outline:\n"_s;
    QTest::newRow("long opening") << u"Sure! "_s + QString(500, QLatin1Char('x')) +
                                         u":\n\nProse of the article.\n"_s;
    QTest::newRow("three sentences")
        << u"Sure! Here is the outline. It has five sections. Each has a budget. The last "
           "one is short.\n\nProse.\n"_s;
    // Closing lines that are the content's own.
    QTest::newRow("let me know in the comments")
        << u"A post.\n\nLet me know in the comments what you grow.\n"_s;
    QTest::newRow("let me know if you've tried")
        << u"A post.\n\nLet me know if you've tried a raised bed.\n"_s;
    QTest::newRow("I'd love to hear")
        << u"A post.\n\nIf you're planning your first bed this spring, I'd love to hear what "
           "you're growing.\n"_s;
    QTest::newRow("would you like, no revision")
        << u"A post.\n\nWould you like a garden that feeds you all summer?\n"_s;
    QTest::newRow("feel free to plant") << u"A post.\n\nFeel free to plant more lettuce.\n"_s;
    QTest::newRow("note of its own")
        << u"## Sources\n\n1. A source\n\nNote: frost dates vary by region.\n"_s;
    QTest::newRow("offer alone") << u"Let me know if you'd like changes.\n"_s;
    // Fences that hold only part of the answer.
    QTest::newRow("code block and prose") << u"```python\nprint(1)\n```\n\nThe output is 1.\n"_s;
    QTest::newRow("two code blocks")
        << u"```\nfirst\n```\n\nBetween the blocks.\n\n```\nsecond\n```\n"_s;
    QTest::newRow("python fence around it all") << u"```python\nprint(1)\nprint(2)\n```\n"_s;
    QTest::newRow("fence not closed") << u"```markdown\n# Title\n\nProse.\n"_s;
    // Counts that are content.
    QTest::newRow("word count in prose")
        << u"Prose.\n\nWord count matters less than you think.\n"_s;
    QTest::newRow("total of beds") << u"Prose.\n\nTotal: 12 beds\n"_s;
    QTest::newRow("budget list item") << u"## Body\n- Total: 1,500 words\n"_s;
    QTest::newRow("word count mid-answer")
        << u"Intro.\n\n*Word count: 120*\n\n## Body\n\nMore prose.\n"_s;
    QTest::newRow("characters in prose")
        << u"An X post holds 280 characters (about 50 words), so keep it short.\n"_s;
    QTest::newRow("characters in a code block")
        << u"Prose.\n\n```\nMeta title: Example (58 characters)\n```\n"_s;
}

void AnswerCleanerTest::content_isNeverSetAside()
{
    QFETCH(QString, answer);
    const CleanedAnswer cleaned = AnswerCleaner::clean(answer);
    QVERIFY2(!cleaned.changed(), qPrintable(texts(cleaned).join(QStringLiteral(" | "))));
    QCOMPARE(cleaned.text, answer);
}

void AnswerCleanerTest::everyWrapperAtOnce_keepsWindowsLineEndings()
{
    const QString answer = QStringLiteral(
        "Sure! Here's the outline:\r\n\r\n```markdown\r\n# Title\r\n\r\nMeta title: A title "
        "(7 characters)\r\n```\r\n\r\n*Word count: 12*\r\n\r\n---\r\n\r\nI hope this helps!\r\n");
    const CleanedAnswer cleaned = AnswerCleaner::clean(answer);
    QCOMPARE(cleaned.text, QStringLiteral("# Title\r\n\r\nMeta title: A title\r\n"));
    QCOMPARE(texts(cleaned),
             (QStringList{u"Sure! Here's the outline:"_s, u"```markdown"_s, u" (7 characters)"_s,
                          u"```"_s, u"*Word count: 12*"_s, u"---\r\n\r\nI hope this helps!"_s}));
    verifyAccounting(answer, cleaned);
}

void AnswerCleanerTest::describe_namesWhatWasSetAside()
{
    const CleanedAnswer cleaned =
        AnswerCleaner::clean(u"Sure! Here's the outline:\n\n```markdown\n"_s + article +
                             u"```\n\nLet me know if you'd "_s
                             u"like changes.\n"_s);
    QCOMPARE(AnswerCleaner::describe(cleaned.setAside),
             QStringLiteral("Set aside: the opening \"Sure! Here's…\", the ```markdown fence, "
                            "the closing offer"));
    const CleanedAnswer meta = AnswerCleaner::clean(
        u"Meta title: A (1 characters)\nMeta description: B (1 characters)\n\n*Word count: 4*\n"_s);
    QCOMPARE(AnswerCleaner::describe(meta.setAside),
             QStringLiteral("Set aside: the word-count note, 2 character counts"));
    QCOMPARE(AnswerCleaner::describe(AnswerCleaner::clean(article).setAside), QString());
    QCOMPARE(
        AnswerCleaner::describe(AnswerCleaner::clean(u"Great question!\n\n"_s + article).setAside),
        QStringLiteral("Set aside: the opening \"Great question!\""));
}

void AnswerCleanerTest::bundledAnswerSets_loseOnlyWrappers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<int>>("kinds");
    // What each answer's README says it has (tests/data/chains/*/README.md).
    const auto o = int(Kind::Opening);
    const auto f = int(Kind::Fence);
    const auto c = int(Kind::ClosingOffer);
    const auto w = int(Kind::WordCount);
    const auto n = int(Kind::CharacterCount);
    const QMap<QString, QList<int>> expected{
        {u"email-auth/01-outline.md"_s, {c}},
        {u"email-auth/02-research.md"_s, {o, f, f}},
        {u"email-auth/06-faq.md"_s, {o}},
        {u"email-auth/07-conclusion.md"_s, {w}},
        {u"email-auth/09-edit.md"_s, {o, c}},
        {u"email-auth/10-meta.md"_s, {n}},
        {u"python-gil/01-outline.md"_s, {o, f, f, c}},
        {u"python-gil/02-research.md"_s, {o}},
        {u"python-gil/03-introduction.md"_s, {o}},
        {u"python-gil/08-links.md"_s, {o}},
        {u"python-gil/09-edit.md"_s, {o, w}},
        {u"python-gil/10-meta.md"_s, {n, n}},
        {u"raised-beds/03-introduction.md"_s, {c}},
        {u"raised-beds/04-body.md"_s, {f, f}},
        {u"raised-beds/08-links.md"_s, {o}},
        {u"raised-beds/09-edit.md"_s, {c}},
        {u"raised-beds/10-meta.md"_s, {n, n}},
    };
    const QDir chains(QStringLiteral(PROMPTDECK_TEST_DATA "/chains"));
    int files = 0;
    for (const QString &set : chains.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(chains.filePath(set));
        for (const QString &name :
             dir.entryList({QStringLiteral("[0-9][0-9]-*.md")}, QDir::Files, QDir::Name)) {
            const QString key = set + QLatin1Char('/') + name;
            QTest::newRow(qPrintable(key)) << dir.filePath(name) << expected.value(key);
            ++files;
        }
    }
    QCOMPARE(files, 36);
}

void AnswerCleanerTest::bundledAnswerSets_loseOnlyWrappers()
{
    QFETCH(QString, path);
    QFETCH(QList<int>, kinds);
    const QString answer = readFile(path);
    QVERIFY(!answer.isEmpty());
    const CleanedAnswer cleaned = AnswerCleaner::clean(answer);
    QList<int> found;
    for (const SetAside &item : cleaned.setAside)
        found.append(int(item.kind));
    QCOMPARE(found, kinds);
    verifyAccounting(answer, cleaned);
    // Nothing but wrapper text: each piece is of its kind's shape.
    static const QRegularExpression shapes[] = {
        QRegularExpression(QStringLiteral("^(Sure|Certainly|Absolutely|Here)")),
        QRegularExpression(QStringLiteral("^(```|~~~)\\w*$")),
        QRegularExpression(QStringLiteral("^(---\\n\\n)?(Let me know|I hope|Would you like)")),
        QRegularExpression(QStringLiteral("^[*(]?Word count: ~?[\\d,]+( words)?[*)]?$")),
        QRegularExpression(QStringLiteral("^ (\\(\\d+ (characters|chars)\\)|— \\d+ characters)$")),
    };
    for (const SetAside &item : cleaned.setAside) {
        QVERIFY2(shapes[int(item.kind)].match(item.text).hasMatch(), qPrintable(item.text));
        // A wrapper is short: no section of the content went with it.
        QVERIFY2(item.text.size() < 300, qPrintable(item.text));
    }
    // What the cards after it read starts where the content does.
    const QString name = QFileInfo(path).fileName();
    if (name.startsWith(QLatin1String("01-")) || name.startsWith(QLatin1String("03-")) ||
        name.startsWith(QLatin1String("09-")))
        QVERIFY2(cleaned.text.startsWith(QLatin1String("# ")), qPrintable(cleaned.text.left(80)));
    if (name.startsWith(QLatin1String("02-")) || name.startsWith(QLatin1String("04-")))
        QVERIFY2(cleaned.text.startsWith(QLatin1String("## ")), qPrintable(cleaned.text.left(80)));
    if (name.startsWith(QLatin1String("10-")))
        QVERIFY(!cleaned.text.contains(QLatin1String("characters")) &&
                !cleaned.text.contains(QLatin1String("chars)")));
}

QTEST_GUILESS_MAIN(AnswerCleanerTest)
#include "tst_answercleaner.moc"
