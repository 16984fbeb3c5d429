// Guards the bundled SEO article kit and the python-gil brief: the kit loads
// without warnings, all 12 prompts render, the dependency shape is the one a
// writer relies on, and every item of the brief reaches the prompts where it
// matters.
#include "bundledcontent.h"
#include "checks/answerchecker.h"
#include "kit/briefloader.h"
#include "session/session.h"
#include "text/textstats.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace PromptDeck::Core;

class BundledKitTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kit_loadsWithoutWarnings();
    void kit_has12CardsIn4Phases();
    void brief_matchesTheSeedPage();
    void everyCardAfterTheFirst_usesAnEarlierAnswer();
    void dependencies_areTheRightOnes_data();
    void dependencies_areTheRightOnes();
    void prompts_renderCompletelyOnceAnswered();
    void prompts_areAtLeast120Words();
    void prompts_haveNoPlaceholdersOrToolSyntax();
    void briefItems_reachThePromptsWhereTheyMatter_data();
    void briefItems_reachThePromptsWhereTheyMatter();
    void everyBriefItem_appearsInSomePrompt();
    void limits_areStatedWhereWritersNeedThem_data();
    void limits_areStatedWhereWritersNeedThem();
    void chain_withWrittenAnswers_fillsEveryLaterPrompt();
    void linksPrompt_marksArticlesWithoutAUrl();
    void linksCheck_realAnswers_data();
    void linksCheck_realAnswers();
    void linksCheck_brokenLinks_data();
    void linksCheck_brokenLinks();

private:
    QString prompt(const QString &cardId) const;

    KitPtr m_kit;
    Brief m_brief;
    Session m_answered; // every card answered with a distinct marker text
};

void BundledKitTest::initTestCase()
{
    Diagnostics warnings;
    const Result<KitPtr> kit =
        BundledContent::loadKit(QStringLiteral("seo-article"), nullptr, &warnings);
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    m_kit = kit.value();
    const Result<Brief> brief =
        BundledContent::loadBrief(QStringLiteral("python-gil"), *m_kit, nullptr, &warnings);
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    m_brief = brief.value();
    m_answered = Session(m_kit, m_brief, QDateTime::currentDateTimeUtc());
    for (int i = 0; i < m_kit->cards.size(); ++i) {
        m_answered.setAnswer(i, QStringLiteral("<<ANSWER OF %1>>").arg(m_kit->cards.at(i).id),
                             AnswerVersion::Origin::Pasted, QDateTime::currentDateTimeUtc());
    }
}

QString BundledKitTest::prompt(const QString &cardId) const
{
    const Result<RenderedText> rendered = m_answered.renderPrompt(m_kit->cardIndex(cardId));
    return rendered ? rendered.value().text : QString();
}

void BundledKitTest::kit_loadsWithoutWarnings()
{
    Diagnostics warnings;
    QVERIFY(BundledContent::loadKit(QStringLiteral("seo-article"), nullptr, &warnings).ok());
    QVERIFY(
        BundledContent::loadBrief(QStringLiteral("python-gil"), *m_kit, nullptr, &warnings).ok());
    QVERIFY2(warnings.isEmpty(), qPrintable(formatDiagnostics(warnings)));
}

void BundledKitTest::kit_has12CardsIn4Phases()
{
    QCOMPARE(m_kit->cards.size(), 12);
    QCOMPARE(m_kit->phases.size(), 4);
    QCOMPARE(m_kit->phases.first().name, QStringLiteral("Planning"));
    QCOMPARE(m_kit->cards.first().title, QStringLiteral("Article Outline"));
    QCOMPARE(m_kit->cards.first().summary,
             QStringLiteral("Full structural blueprint with H2/H3 headings and per-section notes"));
    for (const PhaseDef &phase : m_kit->phases) {
        const auto inPhase = std::count_if(m_kit->cards.cbegin(), m_kit->cards.cend(),
                                           [&](const CardDef &c) { return c.phase == phase.id; });
        QVERIFY2(inPhase >= 2, qPrintable(phase.id));
    }
    for (const CardDef &card : m_kit->cards) {
        QVERIFY(!card.title.isEmpty());
        QVERIFY2(card.summary.size() >= 20, qPrintable(card.id));
    }
}

void BundledKitTest::brief_matchesTheSeedPage()
{
    QCOMPARE(
        m_brief.value(QStringLiteral("title")).text(),
        QStringLiteral(
            "Understanding Python performance basics: interpreter, object model, and the GIL"));
    QCOMPARE(m_brief.value(QStringLiteral("primary_keyword")).text(),
             QStringLiteral("python GIL explained"));
    QCOMPARE(m_brief.value(QStringLiteral("map")).text(),
             QStringLiteral("Performance Tuning & Profiling Python Code"));
    QCOMPARE(m_brief.value(QStringLiteral("content_group")).text(),
             QStringLiteral("Profiling & Performance Fundamentals"));
    QCOMPARE(m_brief.value(QStringLiteral("intent")).text(), QStringLiteral("Informational"));
    QCOMPARE(m_brief.value(QStringLiteral("word_count")).number(), std::optional<qint64>(1500));
    QCOMPARE(m_brief.value(QStringLiteral("tone")).text(),
             QStringLiteral("authoritative, conversational, evidence-based"));
    QCOMPARE(m_brief.value(QStringLiteral("secondary_keywords")).items().size(), 6);
    QCOMPARE(m_brief.value(QStringLiteral("mistakes")).items().size(), 7);
    QCOMPARE(m_brief.value(QStringLiteral("tips")).items().size(), 8);
    const QList<BriefLink> siblings = m_brief.value(QStringLiteral("siblings")).links();
    QCOMPARE(siblings.size(), 2);
    QVERIFY(siblings.at(0).pillar);
    QCOMPARE(siblings.at(1).title, QStringLiteral("Profiling in production"));
    for (const BriefLink &link : siblings)
        QVERIFY2(link.url.isEmpty(), "the seed gives no URLs; none may be invented");
}

void BundledKitTest::everyCardAfterTheFirst_usesAnEarlierAnswer()
{
    QVERIFY(m_kit->cards.first().dependsOn.isEmpty());
    for (int i = 1; i < m_kit->cards.size(); ++i)
        QVERIFY2(!m_kit->cards.at(i).dependsOn.isEmpty(), qPrintable(m_kit->cards.at(i).id));
}

void BundledKitTest::dependencies_areTheRightOnes_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QStringList>("mustUse");
    QTest::newRow("research uses the outline")
        << "research" << QStringList{QStringLiteral("outline")};
    QTest::newRow("the body uses outline and research")
        << "body" << QStringList{QStringLiteral("outline"), QStringLiteral("research")};
    QTest::newRow("the editorial pass assembles every part")
        << "edit" << QStringList{QStringLiteral("introduction"), QStringLiteral("body"),
                                 QStringLiteral("examples"),     QStringLiteral("faq"),
                                 QStringLiteral("conclusion"),   QStringLiteral("links")};
    QTest::newRow("meta tags use the finished draft")
        << "meta" << QStringList{QStringLiteral("edit")};
    QTest::newRow("the X thread uses draft and meta")
        << "x-thread" << QStringList{QStringLiteral("edit"), QStringLiteral("meta")};
    QTest::newRow("LinkedIn uses draft and meta")
        << "linkedin" << QStringList{QStringLiteral("edit"), QStringLiteral("meta")};
}

void BundledKitTest::dependencies_areTheRightOnes()
{
    QFETCH(QString, card);
    QFETCH(QStringList, mustUse);
    const CardDef *def = m_kit->card(card);
    QVERIFY(def);
    for (const QString &id : mustUse)
        QVERIFY2(def->dependsOn.contains(id),
                 qPrintable(card + QStringLiteral(" does not use ") + id));
    // And the answers really are in the rendered prompt.
    for (const QString &id : mustUse)
        QVERIFY(prompt(card).contains(QStringLiteral("<<ANSWER OF %1>>").arg(id)));
}

void BundledKitTest::prompts_renderCompletelyOnceAnswered()
{
    for (const CardDef &card : m_kit->cards) {
        const QString text = prompt(card.id);
        QVERIFY2(!text.isEmpty(), qPrintable(card.id));
        QVERIFY2(!text.contains(QStringLiteral("[MISSING")), qPrintable(card.id));
        QVERIFY2(!text.contains(QStringLiteral("{{")), qPrintable(card.id));
    }
    // Before any answer, every prompt still renders, with markers where they go.
    const Session fresh(m_kit, m_brief, QDateTime::currentDateTimeUtc());
    for (int i = 0; i < m_kit->cards.size(); ++i) {
        const Result<RenderedText> rendered = fresh.renderPrompt(i);
        QVERIFY(rendered.ok());
        QCOMPARE(rendered.value().text.contains(QStringLiteral("[MISSING")), i > 0);
    }
}

void BundledKitTest::prompts_areAtLeast120Words()
{
    const Session fresh(m_kit, m_brief, QDateTime::currentDateTimeUtc());
    for (int i = 0; i < m_kit->cards.size(); ++i) {
        const qsizetype words = countWords(fresh.renderPrompt(i).value().text);
        QVERIFY2(
            words >= 120,
            qPrintable(QStringLiteral("%1 has %2 words").arg(m_kit->cards.at(i).id).arg(words)));
    }
}

void BundledKitTest::prompts_haveNoPlaceholdersOrToolSyntax()
{
    static const QRegularExpression forbidden(
        QStringLiteral(
            "\\[insert|\\bTODO\\b|TBD|lorem ipsum|<insert|\\{\\{|@chatgpt|/imagine|\\[your "),
        QRegularExpression::CaseInsensitiveOption);
    for (const CardDef &card : m_kit->cards) {
        const QString text = prompt(card.id);
        const QRegularExpressionMatch match = forbidden.match(text);
        QVERIFY2(!match.hasMatch(), qPrintable(card.id + QStringLiteral(": ") + match.captured()));
    }
}

void BundledKitTest::briefItems_reachThePromptsWhereTheyMatter_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("cards");
    const QStringList writing{
        QStringLiteral("introduction"), QStringLiteral("body"),       QStringLiteral("examples"),
        QStringLiteral("faq"),          QStringLiteral("conclusion"), QStringLiteral("edit"),
        QStringLiteral("meta"),         QStringLiteral("x-thread"),   QStringLiteral("linkedin")};
    QTest::newRow("tone wherever text is written") << "tone" << writing;
    QTest::newRow("audience wherever text is written") << "audience" << writing;
    QTest::newRow("angle in outline and introduction")
        << "angle" << QStringList{QStringLiteral("outline"), QStringLiteral("introduction")};
    QTest::newRow("word target in outline and body")
        << "word_count"
        << QStringList{QStringLiteral("outline"), QStringLiteral("body"), QStringLiteral("edit")};
    QTest::newRow("primary keyword in outline, intro, meta")
        << "primary_keyword"
        << QStringList{QStringLiteral("outline"), QStringLiteral("introduction"),
                       QStringLiteral("meta")};
    QTest::newRow("secondary keywords in outline, body, editorial pass")
        << "secondary_keywords"
        << QStringList{QStringLiteral("outline"), QStringLiteral("body"), QStringLiteral("edit")};
    QTest::newRow("mistakes to avoid in outline, body, editorial pass")
        << "mistakes"
        << QStringList{QStringLiteral("outline"), QStringLiteral("body"), QStringLiteral("edit")};
    QTest::newRow("pro tips in outline, body, editorial pass")
        << "tips"
        << QStringList{QStringLiteral("outline"), QStringLiteral("body"), QStringLiteral("edit")};
    QTest::newRow("siblings in conclusion and links")
        << "siblings" << QStringList{QStringLiteral("conclusion"), QStringLiteral("links")};
}

void BundledKitTest::briefItems_reachThePromptsWhereTheyMatter()
{
    QFETCH(QString, field);
    QFETCH(QStringList, cards);
    const FieldValue value = m_brief.value(field);
    QStringList items;
    switch (value.type()) {
    case FieldType::List:
        items = value.items();
        break;
    case FieldType::Links:
        for (const BriefLink &link : value.links())
            items.append(link.title);
        break;
    default:
        items.append(value.displayText());
    }
    QVERIFY(!items.isEmpty());
    for (const QString &card : cards) {
        const QString text = prompt(card);
        for (const QString &item : items)
            QVERIFY2(text.contains(item), qPrintable(card + QStringLiteral(" lacks: ") + item));
    }
}

void BundledKitTest::everyBriefItem_appearsInSomePrompt()
{
    QString all;
    for (const CardDef &card : m_kit->cards)
        all += prompt(card.id);
    for (const FieldDef &field : m_kit->fields) {
        const FieldValue value = m_brief.value(field.key);
        QStringList items =
            value.type() == FieldType::List ? value.items() : QStringList{value.displayText()};
        if (value.type() == FieldType::Links) {
            items.clear();
            for (const BriefLink &link : value.links())
                items.append(link.title);
        }
        for (const QString &item : items)
            QVERIFY2(all.contains(item), qPrintable(field.key + QStringLiteral(": ") + item));
    }
}

void BundledKitTest::limits_areStatedWhereWritersNeedThem_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("outline") << "outline"
                             << QStringList{QStringLiteral("6 to 8 H2"), QStringLiteral("# ")};
    QTest::newRow("FAQ") << "faq"
                         << QStringList{QStringLiteral("4 to 6 questions"),
                                        QStringLiteral("\"###\"")};
    QTest::newRow("links") << "links"
                           << QStringList{QStringLiteral("4 to 6 internal links"),
                                          QStringLiteral("pillar article")};
    QTest::newRow("meta") << "meta"
                          << QStringList{QStringLiteral("50 to 60 characters"),
                                         QStringLiteral("140 to 160 characters"),
                                         QStringLiteral("Meta title: …"),
                                         QStringLiteral("Meta description: …"),
                                         QStringLiteral("Slug: …"),
                                         QStringLiteral("3 to 6 words")};
    QTest::newRow("X thread") << "x-thread"
                              << QStringList{QStringLiteral("5 to 7 posts"),
                                             QStringLiteral("280 characters"),
                                             QStringLiteral("23 characters"),
                                             QStringLiteral("separated by one blank line")};
    QTest::newRow("LinkedIn") << "linkedin"
                              << QStringList{QStringLiteral("140 characters"),
                                             QStringLiteral("3,000 characters"),
                                             QStringLiteral("200 to 250 words")};
}

void BundledKitTest::limits_areStatedWhereWritersNeedThem()
{
    QFETCH(QString, card);
    QFETCH(QStringList, phrases);
    const QString text = prompt(card);
    for (const QString &phrase : phrases)
        QVERIFY2(text.contains(phrase), qPrintable(card + QStringLiteral(" lacks: ") + phrase));
}

// The answers in tests/data/answers/python-gil were written for this kit
// and brief, one per card, in the output formats the prompts ask for.
void BundledKitTest::chain_withWrittenAnswers_fillsEveryLaterPrompt()
{
    Session session(m_kit, m_brief, QDateTime::currentDateTimeUtc());
    const QDir dir(QStringLiteral(PROMPTDECK_TEST_DATA "/answers/python-gil"));
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 12);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const int index = name.left(2).toInt() - 1;
        QVERIFY2(session.status(index).state == CardState::Ready, qPrintable(name));
        session.setAnswer(index, QString::fromUtf8(file.readAll()), AnswerVersion::Origin::Pasted,
                          QDateTime::currentDateTimeUtc());
    }
    for (int i = 0; i < session.cardCount(); ++i) {
        QCOMPARE(session.status(i).state, CardState::Answered);
        const QString text = session.renderPrompt(i).value().text;
        QVERIFY(!text.contains(QStringLiteral("[MISSING")));
        for (const QString &id : m_kit->cards.at(i).dependsOn)
            QVERIFY(text.contains(session.answerText(m_kit->cardIndex(id))));
    }
    const QString meta = session.renderPrompt(m_kit->cardIndex(u"meta")).value().text;
    QVERIFY(meta.contains(QStringLiteral("# Python GIL Explained: Interpreter, Object Model")));
    const QString thread = session.renderPrompt(m_kit->cardIndex(u"x-thread")).value().text;
    QVERIFY(thread.contains(
        QStringLiteral("Meta description: Python GIL explained with the interpreter")));
}

namespace {

QString readData(const QString &path)
{
    QFile file(QStringLiteral(PROMPTDECK_TEST_DATA "/") + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// A chain's brief (tests/data/chains/NAME/brief.yaml), or the bundled one.
Brief chainBrief(const QString &chain, const Kit &kit)
{
    const QString path = QStringLiteral(PROMPTDECK_TEST_DATA "/chains/%1/brief.yaml").arg(chain);
    Result<Brief> brief = QFile::exists(path)
                              ? BriefLoader::loadFile(path, kit)
                              : BundledContent::loadBrief(QStringLiteral("python-gil"), kit);
    if (!brief)
        qFatal("%s", qPrintable(brief.errorText()));
    return brief.value();
}

QStringList shownResults(const QList<CheckResult> &results)
{
    QStringList shown;
    for (const CheckResult &r : results)
        shown.append(checkLevelId(r.level) + QStringLiteral(" | ") + r.message);
    return shown;
}

} // namespace

// The links card lists each sibling with its URL or "no URL yet", and asks
// for suggestions in plain text, never for a title as a destination.
void BundledKitTest::linksPrompt_marksArticlesWithoutAUrl()
{
    const QString gil = prompt(QStringLiteral("links"));
    QVERIFY(gil.contains(QStringLiteral("- Performance Tuning & Profiling Python Code (the pillar "
                                        "article of this content group) — no URL yet\n"
                                        "- Profiling in production — no URL yet\n")));
    QVERIFY(gil.contains(QStringLiteral("Suggested links (no URL yet):")));
    QVERIFY(gil.contains(QStringLiteral("never use a title as a destination")));
    QVERIFY(!gil.contains(QStringLiteral("angle brackets")));

    const Session email(m_kit, chainBrief(QStringLiteral("email-auth"), *m_kit),
                        QDateTime::currentDateTimeUtc());
    const QString mixed = email.renderPrompt(m_kit->cardIndex(u"links")).value().text;
    QVERIFY(mixed.contains(
        QStringLiteral("- Email deliverability for small business: the complete guide (the "
                       "pillar article of this content group) — "
                       "https://mail-guide.example.com/email-deliverability/\n")));
    QVERIFY(mixed.contains(QStringLiteral("- Reading DMARC aggregate reports — no URL yet\n")));
}

// Real chat answers to the links card (tests/data/chains/*/08-links.md) for
// briefs with no, some and all sibling URLs pass every check.
void BundledKitTest::linksCheck_realAnswers_data()
{
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("count");
    QTest::newRow("python-gil: no URLs, two suggestions")
        << "python-gil"
        << "Internal links: 0 (different links to the listed URLs) — no listed article has a URL "
           "yet, so there is nothing to link";
    QTest::newRow("email-auth: two URLs, one suggestion")
        << "email-auth"
        << "Internal links: 2 (different links to the listed URLs; only 2 listed articles have "
           "a URL) — within 2–6";
    QTest::newRow("raised-beds: every sibling has a URL")
        << "raised-beds"
        << "Internal links: 4 (different links to the listed URLs) — within 4–6";
}

void BundledKitTest::linksCheck_realAnswers()
{
    QFETCH(QString, chain);
    QFETCH(QString, count);
    const Brief brief = chainBrief(chain, *m_kit);
    const QString answer = readData(QStringLiteral("chains/%1/08-links.md").arg(chain));
    const QList<CheckResult> results =
        AnswerChecker(*m_kit, brief).check(m_kit->cardIndex(u"links"), answer);
    const QStringList shown = shownResults(results);
    QVERIFY2(!results.isEmpty() && AnswerChecker::worst(results) == CheckResult::Level::Pass,
             qPrintable(shown.join(QLatin1Char('\n'))));
    QCOMPARE(results.first().message, count);
    // The pillar is linked, or (without a URL) named among the suggestions.
    QVERIFY(std::any_of(results.cbegin(), results.cend(),
                        [](const CheckResult &r) { return r.label == u"Pillar link"; }));
}

// What went wrong before: a title in angle brackets as the destination
// (exported as a broken href), and URLs the brief does not list.
void BundledKitTest::linksCheck_brokenLinks_data()
{
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("failure");
    QTest::newRow("python-gil: titles in angle brackets")
        << "python-gil"
        << "1. [Python performance tuning guide](<Performance Tuning & Profiling Python Code>) — "
           "Section: Conclusion and next steps — Sentence: Read the Python performance tuning "
           "guide for the full toolkit.\n"
           "2. [profiling Python in production](<Profiling in production>) — Section: Conclusion "
           "and next steps — Sentence: Then learn profiling Python in production.\n"
        << "fail | Links to an article's title instead of its URL: “Performance Tuning & "
           "Profiling Python Code”, “Profiling in production”";
    QTest::newRow("python-gil: URLs guessed from the titles")
        << "python-gil"
        << "1. [Python performance tuning guide](https://example.com/performance-tuning/) — "
           "Section: Conclusion and next steps — Sentence: Read the guide.\n"
        << "fail | Links to a page the brief does not list: "
           "“https://example.com/performance-tuning/”";
    QString emailAuth = readData(QStringLiteral("chains/email-auth/08-links.md"));
    emailAuth.replace(QStringLiteral("- Reading DMARC aggregate reports – **to:** Reading DMARC "
                                     "aggregate reports –"),
                      QStringLiteral("3. [Reading DMARC aggregate reports](<Reading DMARC "
                                     "aggregate reports>) –"));
    QTest::newRow("email-auth: the article without a URL linked by its title")
        << "email-auth" << emailAuth
        << "fail | Links to an article's title instead of its URL: “Reading DMARC aggregate "
           "reports”";
    QString raisedBeds = readData(QStringLiteral("chains/raised-beds/08-links.md"));
    raisedBeds.replace(QStringLiteral("https://gardening.example.org/watering-vegetables/"),
                       QStringLiteral("https://gardening.example.org/watering-guide/"));
    QTest::newRow("raised-beds: one URL changed")
        << "raised-beds" << raisedBeds
        << "fail | Links to a page the brief does not list: "
           "“https://gardening.example.org/watering-guide/”";
}

void BundledKitTest::linksCheck_brokenLinks()
{
    QFETCH(QString, chain);
    QFETCH(QString, answer);
    QFETCH(QString, failure);
    const QList<CheckResult> results =
        AnswerChecker(*m_kit, chainBrief(chain, *m_kit)).check(m_kit->cardIndex(u"links"), answer);
    const QStringList shown = shownResults(results);
    QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                         [&](const QString &line) { return line.startsWith(failure); }),
             qPrintable(shown.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(BundledKitTest)
#include "tst_bundledkit.moc"
