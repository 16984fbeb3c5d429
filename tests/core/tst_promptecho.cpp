// PromptEcho: a filled prompt pasted as an answer is recognised, as it is
// and nearly (whitespace, a line added, the last paragraph cut, a few words
// changed), and named by its card; a real answer never is, not even one
// that is most of a later card's prompt or nearly all of its own card's.
#include "base/inputlimits.h"
#include "bundledcontent.h"
#include "kit/briefloader.h"
#include "kit/kitloader.h"
#include "session/promptecho.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace PromptDeck::Core;

namespace {

QString whitespaceChanged(const QString &text)
{
    QString changed = text;
    changed.replace(QLatin1Char('\n'), QStringLiteral(" \r\n  "));
    changed.replace(QLatin1Char(' '), QStringLiteral("  "));
    return QStringLiteral("\n\n") + changed + QStringLiteral("\t \n");
}

QString lineAdded(const QString &text)
{
    return text + QStringLiteral("\nPlease answer in British English.\n");
}

QString lastParagraphCut(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.left(trimmed.lastIndexOf(QStringLiteral("\n\n")));
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

class PromptEchoTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameText_data();
    void sameText();
    void bundledKit_data();
    void bundledKit();
    void bundledAnswers_pastedIntoTheirCardsInOrder_areAccepted();
    void newOutline_thatIsMostOfTheNextPrompt_isAccepted();
    void shortTemplates_data();
    void shortTemplates();
    void hugePaste_isNoPrompt();
    void describe_namesTheCardByNumberAndTitle();

private:
    static constexpr int outline = 0;
    static constexpr int research = 1;
    static constexpr int introduction = 2;
    static constexpr int body = 3;
    static constexpr int plan = 0;
    static constexpr int draft = 1;
    static constexpr int proofread = 2;
    static constexpr int publish = 3;

    static QString prompt(const Session &session, int card)
    {
        return session.renderPrompt(card).value().text;
    }
    QDateTime now() const { return QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC); }

    KitPtr m_kit;
    Brief m_brief;
    QStringList m_answers; // the written python-gil answers, card by card
    Session m_seo;         // the bundled kit with the outline and the research answered
    Session m_echo;        // the prompt-echo kit, answered up to the proofreading
    QString m_fixedDraft;  // the draft with its typos fixed: the proofreading card's answer
};

void PromptEchoTest::initTestCase()
{
    m_kit = BundledContent::loadKit(QStringLiteral("seo-article")).value();
    m_brief = BundledContent::loadBrief(QStringLiteral("python-gil"), *m_kit).value();
    const QDir dir(QStringLiteral(PROMPTDECK_TEST_DATA "/answers/python-gil"));
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        m_answers.append(readFile(dir.filePath(name)));
    QCOMPARE(m_answers.size(), 12);
    m_seo = Session(m_kit, m_brief, now());
    QVERIFY(m_seo.setAnswer(outline, m_answers.at(0), AnswerVersion::Origin::Pasted, now()));
    QVERIFY(m_seo.setAnswer(research, m_answers.at(1), AnswerVersion::Origin::Pasted, now()));
    // The slip the rule is for: this prompt is thousands of characters.
    QVERIFY(prompt(m_seo, introduction).size() > 6000);

    const Result<KitPtr> echoKit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/prompt-echo.yaml"));
    QVERIFY2(echoKit.ok(), qPrintable(echoKit.errorText()));
    const Result<Brief> echoBrief = BriefLoader::load(
        SourceText(QStringLiteral("brief.yaml"), "topic: Our on-call rota\n"), *echoKit.value());
    QVERIFY2(echoBrief.ok(), qPrintable(echoBrief.errorText()));
    m_echo = Session(echoKit.value(), echoBrief.value(), now());
    const QString planText =
        QStringLiteral("## Who is on call\nThe rota, one week each, and how to swap.\n"
                       "## What to do first\nThe three checks before anything else.\n"
                       "## When to wake someone\nThe two cases that cannot wait.\n");
    QString draftText;
    for (int i = 0; i < 20; ++i) {
        draftText += QStringLiteral("Paragraph %1 of the note explains teh rota in plain words, "
                                    "with one example from last winter.\n\n")
                         .arg(i + 1);
    }
    QVERIFY(m_echo.setAnswer(plan, planText, AnswerVersion::Origin::Pasted, now()));
    QVERIFY(m_echo.setAnswer(draft, draftText, AnswerVersion::Origin::Pasted, now()));
    m_fixedDraft = QString(draftText).replace(QStringLiteral("teh"), QStringLiteral("the"));
    // The publishing card's prompt is then this text and nothing else.
    QVERIFY(m_echo.setAnswer(proofread, m_fixedDraft, AnswerVersion::Origin::Pasted, now()));
}

void PromptEchoTest::sameText_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("equal") << QStringLiteral("a b") << QStringLiteral("a b") << true;
    QTest::newRow("runs and ends")
        << QStringLiteral("  a \r\n\t b\n") << QStringLiteral("a b") << true;
    QTest::newRow("space inside a word") << QStringLiteral("ab") << QStringLiteral("a b") << false;
    QTest::newRow("case counts") << QStringLiteral("A b") << QStringLiteral("a b") << false;
    QTest::newRow("a prefix") << QStringLiteral("a b") << QStringLiteral("a b c") << false;
    QTest::newRow("both blank") << QStringLiteral(" \n") << QString() << true;
}

void PromptEchoTest::sameText()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(PromptEcho::sameText(a, b), same);
    QCOMPARE(PromptEcho::sameText(b, a), same);
}

void PromptEchoTest::bundledKit_data()
{
    QTest::addColumn<int>("card");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // the card named, or -1: no prompt
    QTest::addColumn<bool>("exact");

    const QString own = prompt(m_seo, introduction);
    QTest::newRow("own prompt") << introduction << own << introduction << true;
    QTest::newRow("own prompt, whitespace changed")
        << introduction << whitespaceChanged(own) << introduction << true;
    QTest::newRow("own prompt, a line added")
        << introduction << lineAdded(own) << introduction << false;
    QTest::newRow("own prompt, last paragraph cut")
        << introduction << lastParagraphCut(own) << introduction << false;
    QString edited = own;
    edited.replace(QStringLiteral("experienced"), QStringLiteral("seasoned"))
        .replace(QStringLiteral("busy"), QStringLiteral("hurried"))
        .replace(QStringLiteral("naturally"), QStringLiteral("in a natural way"))
        .replace(QStringLiteral("TASK"), QStringLiteral("YOUR TASK"));
    QTest::newRow("own prompt, a few words changed")
        << introduction << edited << introduction << false;
    QTest::newRow("the first card's prompt")
        << introduction << prompt(m_seo, outline) << outline << true;
    QTest::newRow("the first card's prompt, last paragraph cut")
        << introduction << lastParagraphCut(prompt(m_seo, outline)) << outline << false;
    QTest::newRow("the next card's prompt, a line added")
        << introduction << lineAdded(prompt(m_seo, body)) << body << false;
    // Copied from a card still waiting: its markers stand where answers go.
    QTest::newRow("a waiting card's prompt") << introduction << prompt(m_seo, 8) << 8 << true;

    QTest::newRow("the real introduction") << introduction << m_answers.at(2) << -1 << false;
    QTest::newRow("a short answer") << introduction << QStringLiteral("Yes.") << -1 << false;
    QTest::newRow("an answer quoting one sentence of the prompt")
        << introduction
        << m_answers.at(2) +
               QStringLiteral("\nClose with one sentence on what the reader will be able to do "
                              "by the end.\n")
        << -1 << false;
    QTest::newRow("an answer restating the constraints")
        << introduction
        << QStringLiteral("You asked for this:\n") +
               own.mid(own.indexOf(QStringLiteral("CONSTRAINTS")),
                       own.indexOf(QStringLiteral("OUTPUT FORMAT")) -
                           own.indexOf(QStringLiteral("CONSTRAINTS"))) +
               m_answers.at(2)
        << -1 << false;
    // The research answer follows the outline's headings, which card 2's
    // prompt quotes.
    QTest::newRow("the real research notes again, edited")
        << research
        << QString(m_answers.at(1)).replace(QStringLiteral("GIL"), QStringLiteral("lock")) << -1
        << false;
}

void PromptEchoTest::bundledKit()
{
    QFETCH(int, card);
    QFETCH(QString, text);
    QFETCH(int, expected);
    QFETCH(bool, exact);
    const std::optional<PromptEchoMatch> match = PromptEcho::find(m_seo, card, text);
    QVERIFY2(
        match.has_value() == (expected >= 0),
        match
            ? qPrintable(
                  QStringLiteral("card %1, coverage %2").arg(match->card + 1).arg(match->coverage))
            : "no match");
    if (!match)
        return;
    QCOMPARE(match->card, expected);
    QCOMPARE(match->exact, exact);
    QVERIFY(match->coverage >= PromptEcho::minCoverage);
}

void PromptEchoTest::bundledAnswers_pastedIntoTheirCardsInOrder_areAccepted()
{
    // Card 9's answer is the article its prompt holds, edited; card 2's
    // prompt is mostly card 1's answer: none of them is a prompt.
    Session session(m_kit, m_brief, now());
    for (int card = 0; card < session.cardCount(); ++card) {
        const std::optional<PromptEchoMatch> match =
            PromptEcho::find(session, card, m_answers.at(card));
        QVERIFY2(!match, qPrintable(QStringLiteral("card %1 taken for the prompt of card %2")
                                        .arg(card + 1)
                                        .arg(match ? match->card + 1 : 0)));
        QVERIFY(session.setAnswer(card, m_answers.at(card), AnswerVersion::Origin::Pasted, now()));
    }
    // Pasted again over themselves, with the session complete.
    for (int card = 0; card < session.cardCount(); ++card)
        QVERIFY(!PromptEcho::find(session, card, lineAdded(m_answers.at(card))));
}

void PromptEchoTest::newOutline_thatIsMostOfTheNextPrompt_isAccepted()
{
    // An outline long enough to be most of card 2's prompt, so that the
    // two are of a length: only the template's own words tell them apart.
    QString longOutline;
    for (int part = 1; part <= 5; ++part)
        longOutline +=
            QString(m_answers.at(0))
                .replace(QStringLiteral("## "), QStringLiteral("## Part %1: ").arg(part));
    Session session(m_kit, m_brief, now());
    QVERIFY(session.setAnswer(outline, longOutline, AnswerVersion::Origin::Pasted, now()));
    const QString next = prompt(session, research);
    QVERIFY(longOutline.size() > next.size() * 3 / 4);

    QString renamed = longOutline;
    renamed.replace(QStringLiteral("Part 2"), QStringLiteral("Section 2"));
    QVERIFY(!PromptEcho::find(session, outline, renamed));
    QVERIFY(!PromptEcho::find(session, outline, lineAdded(renamed)));
    // While the prompt itself is still refused.
    QCOMPARE(PromptEcho::find(session, outline, next)->card, research);
}

void PromptEchoTest::shortTemplates_data()
{
    QTest::addColumn<int>("card");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    const QString proofreadPrompt = prompt(m_echo, proofread);
    QTest::newRow("the proofread note, nearly its prompt's text")
        << proofread << m_fixedDraft << -1;
    QTest::newRow("the note unchanged") << proofread << m_echo.answerText(draft) << -1;
    QTest::newRow("the proofreading prompt") << proofread << proofreadPrompt << proofread;
    QTest::newRow("the proofreading prompt, a line added")
        << proofread << lineAdded(proofreadPrompt) << proofread;
    QTest::newRow("a new plan, most of the draft's prompt")
        << plan << m_echo.answerText(plan) + QStringLiteral("## Where the runbook is\nThe link.\n")
        << -1;
    QTest::newRow("the draft's prompt") << plan << prompt(m_echo, draft) << draft;
    QTest::newRow("a prompt that is nothing but a value")
        << publish << prompt(m_echo, publish) << -1;
}

void PromptEchoTest::shortTemplates()
{
    QFETCH(int, card);
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<PromptEchoMatch> match = PromptEcho::find(m_echo, card, text);
    QCOMPARE(match ? match->card : -1, expected);
}

void PromptEchoTest::hugePaste_isNoPrompt()
{
    const QString own = prompt(m_seo, introduction);
    QString huge;
    huge.reserve(Limits::maxAnswerChars);
    while (huge.size() + own.size() <= Limits::maxAnswerChars)
        huge += own;
    QVERIFY(!PromptEcho::find(m_seo, introduction, huge));
    huge.fill(QLatin1Char('w'));
    QVERIFY(!PromptEcho::find(m_seo, introduction, huge));
}

void PromptEchoTest::describe_namesTheCardByNumberAndTitle()
{
    QCOMPARE(PromptEcho::describe(m_seo, {introduction, true, 1.0}),
             QStringLiteral("the filled prompt of card 3 (\"Introduction\"), not the AI's answer"));
    QVERIFY(
        PromptEcho::describe(m_seo, {outline, false, 0.9})
            .contains(QStringLiteral("nearly the filled prompt of card 1 (\"Article Outline\")")));
}

QTEST_GUILESS_MAIN(PromptEchoTest)
#include "tst_promptecho.moc"
