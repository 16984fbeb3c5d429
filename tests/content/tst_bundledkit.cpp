// Guards the bundled SEO article kit and the python-gil brief: the kit loads
// without warnings, all 12 prompts render, the dependency shape is the one a
// writer relies on, and every item of the brief reaches the prompts where it
// matters.
#include "bundledcontent.h"
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
    void budget_givesEachWritingCardItsShare_data();
    void budget_givesEachWritingCardItsShare();
    void budget_sharesAddUpToTheTarget();
    void sources_carryTheirUrlsIntoTheText();
    void assets_areMarkedNeverClaimed();
    void structure_isTheSameInEveryCard();
    void whatRanksNow_showsOnlyWhenTheBriefHasIt();
    void chain_withWrittenAnswers_fillsEveryLaterPrompt();

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
             QStringLiteral("Full structural blueprint with H2/H3 headings, per-section notes and "
                            "each part's word target"));
    QCOMPARE(m_kit->version, 2);
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
    QTest::newRow("the examples follow the outline's notes and the body's markers")
        << "examples"
        << QStringList{QStringLiteral("outline"), QStringLiteral("research"),
                       QStringLiteral("body")};
    QTest::newRow("the FAQ draws on the research")
        << "faq"
        << QStringList{QStringLiteral("outline"), QStringLiteral("research"),
                       QStringLiteral("body")};
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
    QTest::newRow("word target in outline, every writing card and the editorial pass")
        << "word_count" << QStringList{QStringLiteral("outline"), QStringLiteral("introduction"),
                                       QStringLiteral("body"),    QStringLiteral("examples"),
                                       QStringLiteral("faq"),     QStringLiteral("conclusion"),
                                       QStringLiteral("edit")};
    QTest::newRow("primary keyword in outline, intro, meta")
        << "primary_keyword"
        << QStringList{QStringLiteral("outline"), QStringLiteral("introduction"),
                       QStringLiteral("meta")};
    QTest::newRow("secondary keywords in outline, body, editorial pass")
        << "secondary_keywords"
        << QStringList{QStringLiteral("outline"), QStringLiteral("body"), QStringLiteral("edit")};
    QTest::newRow("mistakes to avoid in outline, body, FAQ, editorial pass")
        << "mistakes"
        << QStringList{QStringLiteral("outline"), QStringLiteral("body"), QStringLiteral("faq"),
                       QStringLiteral("edit")};
    QTest::newRow("pro tips in outline, body, examples, editorial pass")
        << "tips"
        << QStringList{QStringLiteral("outline"), QStringLiteral("body"),
                       QStringLiteral("examples"), QStringLiteral("edit")};
    QTest::newRow("siblings in outline, conclusion and links")
        << "siblings"
        << QStringList{QStringLiteral("outline"), QStringLiteral("conclusion"),
                       QStringLiteral("links")};
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
                                        QStringLiteral("\"###\""),
                                        QStringLiteral("About 225 words in all")};
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

void BundledKitTest::budget_givesEachWritingCardItsShare_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("share");
    // 1,500 words at 10/50/15/15/10.
    QTest::newRow("introduction") << "introduction"
                                  << "About 150 words";
    QTest::newRow("body") << "body"
                          << "about 750 words of prose in all";
    QTest::newRow("examples") << "examples"
                              << "About 225 words of prose in all";
    QTest::newRow("FAQ") << "faq"
                         << "About 225 words in all";
    QTest::newRow("conclusion") << "conclusion"
                                << "About 150 words";
}

void BundledKitTest::budget_givesEachWritingCardItsShare()
{
    QFETCH(QString, card);
    QFETCH(QString, share);
    const QString text = prompt(card);
    QVERIFY2(text.contains(share), qPrintable(card + QStringLiteral(" lacks: ") + share));
    QVERIFY2(text.contains(QStringLiteral("1500-word budget")), qPrintable(card));
    // The card is checked against the same share, in words of prose.
    const CardDef *def = m_kit->card(card);
    const auto check = std::find_if(def->checks.cbegin(), def->checks.cend(),
                                    [&](const CheckDef &c) { return c.budgetPart == card; });
    QVERIFY2(check != def->checks.cend(), qPrintable(card));
    QCOMPARE(check->of, QStringLiteral("prose"));
}

void BundledKitTest::budget_sharesAddUpToTheTarget()
{
    QCOMPARE(m_kit->budget.totalField, QStringLiteral("word_count"));
    int percent = 0;
    for (const BudgetPart &part : m_kit->budget.parts)
        percent += part.percent;
    QCOMPARE(percent, 100);
    // The outline plans every part to its share, and the shares to the target.
    const QString outline = prompt(QStringLiteral("outline"));
    for (const char *line :
         {"- Introduction: about 150 words", "- Body sections: about 750 words in all",
          "- Examples: about 225 words", "- FAQ: about 225 words in all",
          "- Conclusion: about 150 words", "- The whole article: about 1500 words",
          "The targets add up to 1500 words"})
        QVERIFY2(outline.contains(QLatin1String(line)), line);
    // The article check counts prose as the parts' checks do.
    const CardDef *edit = m_kit->card(u"edit");
    const auto length =
        std::find_if(edit->checks.cbegin(), edit->checks.cend(),
                     [](const CheckDef &c) { return c.type == CheckDef::Type::Words; });
    QVERIFY(length != edit->checks.cend());
    QCOMPARE(length->of, QStringLiteral("prose"));
    QCOMPARE(length->field, QStringLiteral("word_count"));
}

void BundledKitTest::sources_carryTheirUrlsIntoTheText()
{
    const QString research = prompt(QStringLiteral("research"));
    QVERIFY(research.contains(QStringLiteral("Source: publisher, title, year, URL")));
    QVERIFY(research.contains(QStringLiteral("\"URL unknown\"")));
    for (const char *card : {"introduction", "body"}) {
        const QString text = prompt(QLatin1String(card));
        QVERIFY2(text.contains(QStringLiteral("inline")) &&
                     text.contains(QStringLiteral("Markdown link to the URL the notes give")),
                 card);
        QVERIFY2(text.contains(QStringLiteral("\"URL unknown\" is named without a link")), card);
    }
}

void BundledKitTest::assets_areMarkedNeverClaimed()
{
    // The brief's tip asks for a PDF cheat sheet, which no chat model can make.
    QVERIFY(m_brief.value(QStringLiteral("tips")).items().join(u' ').contains(u"(PDF)"));
    for (const char *card : {"outline", "body", "examples"}) {
        const QString text = prompt(QLatin1String(card));
        QVERIFY2(text.contains(QStringLiteral("[ASSET: what to make]")), card);
        QVERIFY2(text.contains(QStringLiteral("never \"download it below\"")), card);
    }
}

void BundledKitTest::structure_isTheSameInEveryCard()
{
    const QString rules = QStringLiteral("6 to 8 H2 sections in the article: 4 to 6 body "
                                         "sections, then \"Frequently asked questions\", then "
                                         "the conclusion.");
    for (const char *card : {"outline", "introduction", "body"})
        QVERIFY2(prompt(QLatin1String(card)).contains(rules), card);
    // And the checks count what the prompts ask for.
    auto range = [this](const char *card, int level) -> QPair<double, double> {
        for (const CheckDef &c : m_kit->card(QString::fromLatin1(card))->checks) {
            if (c.type == CheckDef::Type::Headings && c.level == level)
                return {c.min.value_or(-1), c.max.value_or(-1)};
        }
        return {-2, -2};
    };
    QCOMPARE(range("outline", 2), (QPair<double, double>(6, 8)));
    QCOMPARE(range("edit", 2), (QPair<double, double>(6, 8)));
    QCOMPARE(range("body", 2), (QPair<double, double>(4, 6)));
    QCOMPARE(range("faq", 2), (QPair<double, double>(1, 1)));
    QCOMPARE(range("conclusion", 2), (QPair<double, double>(1, 1)));
    QCOMPARE(range("introduction", 2), (QPair<double, double>(-1, 0)));
    QCOMPARE(range("introduction", 1), (QPair<double, double>(1, 1)));
    QCOMPARE(range("edit", 1), (QPair<double, double>(1, 1)));
    QCOMPARE(range("body", 1), (QPair<double, double>(-1, 0)));
    for (const char *card : {"faq", "edit"}) {
        const auto &checks = m_kit->card(QString::fromLatin1(card))->checks;
        const auto faq = std::find_if(checks.cbegin(), checks.cend(), [](const CheckDef &c) {
            return c.type == CheckDef::Type::Questions;
        });
        QVERIFY2(faq != checks.cend() && faq->min == 4 && faq->max == 6, card);
    }
}

void BundledKitTest::whatRanksNow_showsOnlyWhenTheBriefHasIt()
{
    // The bundled brief has neither: no line of them shows.
    for (const char *card : {"outline", "faq"}) {
        const QString text = prompt(QLatin1String(card));
        QVERIFY2(!text.contains(QStringLiteral("A page ranking now")), card);
        QVERIFY2(!text.contains(QStringLiteral("Searchers also ask")), card);
    }
    const Result<Brief> brief = BundledContent::loadBrief(
        QStringLiteral(PROMPTDECK_TEST_DATA "/chains/email-auth/brief.yaml"), *m_kit, nullptr,
        nullptr);
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    const Session session(m_kit, brief.value(), QDateTime::currentDateTimeUtc());
    const QString outline = session.renderPrompt(m_kit->cardIndex(u"outline")).value().text;
    const QList<BriefLink> ranking = brief.value().value(QStringLiteral("ranking")).links();
    QCOMPARE(ranking.size(), 3);
    for (const BriefLink &page : ranking) {
        QVERIFY2(outline.contains(
                     QStringLiteral("- A page ranking now: %1 — %2.").arg(page.title, page.url)),
                 qPrintable(page.title));
    }
    const QStringList questions = brief.value().value(QStringLiteral("questions")).items();
    QCOMPARE(questions.size(), 5);
    const QString faq = session.renderPrompt(m_kit->cardIndex(u"faq")).value().text;
    for (const QString &question : questions) {
        const QString line = QStringLiteral("Searchers also ask: \"%1\"").arg(question);
        QVERIFY2(outline.contains(line), qPrintable(question));
        QVERIFY2(faq.contains(line), qPrintable(question));
    }
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

QTEST_GUILESS_MAIN(BundledKitTest)
#include "tst_bundledkit.moc"
