// `promptdeck answer` refuses a text that is a filled prompt of the session
// (what `promptdeck prompt` printed, stored back by mistake): exit 1, the
// card named, nothing stored; --force stores it. Real answers go through.
#include "clitest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Tests;

class AnswerPromptTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void answer_ofTheCardsOwnPrompt_isRefusedAndNothingStored_data();
    void answer_ofTheCardsOwnPrompt_isRefusedAndNothingStored();
    void answer_ofAnotherCardsPrompt_namesThatCard();
    void force_storesThePrompt();
    void realAnswers_areStored();
    void help_offersForce();
    void asPasted_choosesHowTheChainReadsTheAnswer();

private:
    QString session() const { return m_dir->filePath(QStringLiteral("gil.promptdeck")); }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static QString answerFile(const QString &name)
    {
        return data(QStringLiteral("answers/python-gil/") + name);
    }
    QByteArray sessionBytes() const
    {
        QFile file(session());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QByteArray prompt(const QString &card) const
    {
        const Run run = promptdeck({QStringLiteral("prompt"), session(), card});
        if (run.exitCode != 0)
            qFatal("prompt %s failed", qPrintable(card));
        return run.out;
    }
    QString stateOf(const QString &card) const
    {
        return cardTable(promptdeck({QStringLiteral("cards"), session()}).out).value(card).first;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void AnswerPromptTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(promptdeck({QStringLiteral("new"), QStringLiteral("--kit"),
                         QStringLiteral("seo-article"), QStringLiteral("--brief"),
                         QStringLiteral("python-gil"), QStringLiteral("-o"), session()})
                 .exitCode,
             0);
    for (const auto &[card, file] :
         {std::pair{QStringLiteral("1"), QStringLiteral("01-outline.md")},
          std::pair{QStringLiteral("2"), QStringLiteral("02-research.md")}}) {
        const Run run = promptdeck({QStringLiteral("answer"), session(), card, answerFile(file)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

void AnswerPromptTest::answer_ofTheCardsOwnPrompt_isRefusedAndNothingStored_data()
{
    QTest::addColumn<QString>("how"); // from a file, or from standard input
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("what");
    QTest::newRow("file") << QStringLiteral("file") << QByteArray()
                          << QStringLiteral("p.md: this is the filled prompt of card 3");
    QTest::newRow("stdin, a line added")
        << QStringLiteral("-") << QByteArray("\nThanks!\n")
        << QStringLiteral("standard input: this is nearly the filled prompt of card 3");
}

void AnswerPromptTest::answer_ofTheCardsOwnPrompt_isRefusedAndNothingStored()
{
    QFETCH(QString, how);
    QFETCH(QByteArray, extra);
    QFETCH(QString, what);
    const QByteArray text = prompt(QStringLiteral("introduction")) + extra;
    QVERIFY(text.size() > 6000);
    const QByteArray before = sessionBytes();
    const Run run =
        how == QLatin1String("file")
            ? promptdeck({QStringLiteral("answer"), session(), QStringLiteral("3"),
                          write(QStringLiteral("p.md"), text)})
            : promptdeck({QStringLiteral("answer"), session(), QStringLiteral("3"), how}, text);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(what + QStringLiteral(" (\"Introduction\"), not the AI's answer; "
                                                    "nothing was stored.")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("add --force to store this text anyway")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(sessionBytes(), before);
    QCOMPARE(stateOf(QStringLiteral("introduction")), QStringLiteral("ready"));
}

void AnswerPromptTest::answer_ofAnotherCardsPrompt_namesThatCard()
{
    const Run run = promptdeck({QStringLiteral("answer"), session(), QStringLiteral("3"),
                                write(QStringLiteral("p.md"), prompt(QStringLiteral("1")))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("card 1 (\"Article Outline\")")), qPrintable(run.err));
}

void AnswerPromptTest::force_storesThePrompt()
{
    const QByteArray text = prompt(QStringLiteral("introduction"));
    const QString file = write(QStringLiteral("p.md"), text);
    Run run = promptdeck({QStringLiteral("answer"), session(), QStringLiteral("3"), file,
                          QStringLiteral("--force")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains("Stored the answer to card 3, Introduction"));
    QCOMPARE(stateOf(QStringLiteral("introduction")), QStringLiteral("answered"));
    // Stored as it is: card 4's prompt quotes it whole.
    QVERIFY(prompt(QStringLiteral("4")).contains(text));
    // The same text again is no slip: it is the answer already.
    run = promptdeck({QStringLiteral("answer"), session(), QStringLiteral("3"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("already this text"));
}

void AnswerPromptTest::realAnswers_areStored()
{
    // Card 2's prompt is mostly the outline; a new outline is still one.
    QFile outline(answerFile(QStringLiteral("01-outline.md")));
    QVERIFY(outline.open(QIODevice::ReadOnly));
    const QByteArray renamed = outline.readAll().replace("GIL", "lock");
    Run run = promptdeck(
        {QStringLiteral("answer"), session(), QStringLiteral("1"), QStringLiteral("-")}, renamed);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = promptdeck({QStringLiteral("answer"), session(), QStringLiteral("3"),
                      answerFile(QStringLiteral("03-introduction.md"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
}

void AnswerPromptTest::help_offersForce()
{
    const Run run = promptdeck({QStringLiteral("answer"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString help = QString::fromUtf8(run.out);
    QVERIFY2(help.contains(QStringLiteral("--force")), qPrintable(help));
    QVERIFY(help.contains(QStringLiteral("filled prompt of the session")));
}

// The answer is stored as given; later prompts read it without its chat
// wrappers, or as given with --as-pasted, and the cards made from it turn
// stale and fresh again with that choice.
void AnswerPromptTest::asPasted_choosesHowTheChainReadsTheAnswer()
{
    const QString wrapped = data(QStringLiteral("chains/python-gil/01-outline.md"));
    Run run = promptdeck({QStringLiteral("answer"), session(), QStringLiteral("1"), wrapped});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("Set aside: the opening \"Sure! Here's\u2026\", the ```markdown "
                              "fence, the closing offer (--as-pasted keeps them)."),
             run.out.constData());
    QVERIFY(!prompt(QStringLiteral("2")).contains("Sure! Here's"));
    QVERIFY(prompt(QStringLiteral("2")).contains("# Python GIL Explained"));
    QVERIFY(!sessionBytes().contains("as_pasted"));
    // Card 2 made from the cleaned outline.
    run = promptdeck({QStringLiteral("answer"), session(), QStringLiteral("2"),
                      data(QStringLiteral("chains/python-gil/02-research.md"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(stateOf(QStringLiteral("research")), QStringLiteral("answered"));

    run = promptdeck({QStringLiteral("answer"), session(), QStringLiteral("1"), wrapped,
                      QStringLiteral("--as-pasted")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("is already this text; it is now read as pasted."),
             run.out.constData());
    QVERIFY(run.out.contains("Used as pasted, with the opening"));
    QVERIFY2(run.out.contains("Card 2 (research): answered \u2192 stale"), run.out.constData());
    QVERIFY(run.out.contains("is now used as pasted"));
    QVERIFY(prompt(QStringLiteral("2")).contains("Sure! Here's the outline"));
    QVERIFY(sessionBytes().contains("\"as_pasted\": true"));
    QCOMPARE(stateOf(QStringLiteral("research")), QStringLiteral("stale"));

    // Without the option it is read cleaned again: card 2 is fresh.
    run = promptdeck({QStringLiteral("answer"), session(), QStringLiteral("1"), wrapped});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains("it is now read cleaned."));
    QVERIFY(run.out.contains("Card 2 (research): stale \u2192 answered"));
    QCOMPARE(stateOf(QStringLiteral("research")), QStringLiteral("answered"));
    QVERIFY(!sessionBytes().contains("as_pasted"));

    run = promptdeck({QStringLiteral("answer"), QStringLiteral("--help")});
    QVERIFY(run.out.contains("--as-pasted"));
}

QTEST_GUILESS_MAIN(AnswerPromptTest)
#include "tst_answerprompt.moc"
