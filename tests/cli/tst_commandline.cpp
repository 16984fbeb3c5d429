// The promptdeck command line, run as the real binary: a kit, brief and
// answers that are not the bundled ones go end to end; exit codes are 0, 1
// and 2 as documented; the template command passes the Mustache spec from
// outside the process. Usage errors and each command's --help:
// tst_commandhelp.cpp.
#include "base/sourcetext.h"
#include "bundledsessioncontent.h"
#include "clitest.h"
#include "commandline.h"
#include "map/maploader.h"
#include "session/promptmeasure.h"
#include "session/sessionlifecycle.h"
#include "yaml/yamlreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Core;
using PromptDeck::Cli::Command;
using PromptDeck::Cli::CommandForm;
using PromptDeck::Cli::CommandLine;
using namespace PromptDeck::Tests;

class CommandLineTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void foreignKit_goesEndToEnd();
    void answers_areStoredVerbatim_data();
    void answers_areStoredVerbatim();
    void answer_fromStandardInput();
    void cards_printsTheDocumentedColumns();
    void cards_showsEachPromptsSizeAndTheTotal();
    void new_bundledContent_gives12Cards();
    void new_neverReplacesAFile();
    void prompt_ofAWaitingCard_marksTheGapAndSaysSo();
    void validate_reportsEveryFile();
    void badKits_areRefusedQuickly_data();
    void badKits_areRefusedQuickly();
    void invalidInput_exitsWith1_data();
    void invalidInput_exitsWith1();
    void template_passesTheSpecFromOutside();
    void check_printsEveryResultAndExitsWith1OnAWarning();
    void check_allPassing_exitsWith0();
    void export_writesEachFormat();
    void export_htmlPageRunsNoAnswerLink();
    void importBrief_writesABriefThatLoads();
    void importBrief_badPage_createsNothing();
    void library_andNewFromMap();
    void newFromMap_recordsTheOriginsTheWindowRecords();
    void new_printsTheKitsAndBriefsWarnings_data();
    void new_printsTheKitsAndBriefsWarnings();
    void template_promptModeDoesNotEscape();

private:
    QString session() const { return m_dir->filePath(QStringLiteral("post.promptdeck")); }
    QString writeTemp(const QString &name, const QByteArray &bytes) const
    {
        QString path = m_dir->filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }
    void newForeignSession()
    {
        const Run run = promptdeck(
            {QStringLiteral("new"), QStringLiteral("--kit"),
             data(QStringLiteral("kits/blog-post.yaml")), QStringLiteral("--brief"),
             data(QStringLiteral("briefs/blog-brief.yaml")), QStringLiteral("-o"), session()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // The card's prompt as `promptdeck prompt` prints it, measured.
    PromptMeasure promptSize(const char *card)
    {
        const Run run =
            promptdeck({QStringLiteral("prompt"), session(), QString::fromLatin1(card)});
        return PromptMeasure::of(QString::fromUtf8(run.out));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void CommandLineTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void CommandLineTest::foreignKit_goesEndToEnd()
{
    newForeignSession();
    auto states = [&] { return cardTable(promptdeck({QStringLiteral("cards"), session()}).out); };
    QCOMPARE(states().value(QStringLiteral("plan")).first, QStringLiteral("ready"));
    QCOMPARE(states().value(QStringLiteral("draft")).first, QStringLiteral("waiting"));
    QCOMPARE(states().value(QStringLiteral("draft")).second, QStringLiteral("plan"));
    QCOMPARE(states().value(QStringLiteral("tweet")).second, QStringLiteral("draft"));

    Run run = promptdeck({QStringLiteral("prompt"), session(), QStringLiteral("plan")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
             QStringLiteral("Plan a blog post about Why our build got 40% faster.\n"
                            "Readers: Engineers at other companies who fight slow CI.\n"
                            "Make these points:\n"
                            "* We measured before changing anything\n"
                            "* Caching beat parallelism\n"));

    run = promptdeck({QStringLiteral("answer"), session(), QStringLiteral("plan"),
                      writeTemp(QStringLiteral("plan.md"), "1. Measure\n2. Cache\n")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Card 2 (draft): waiting → ready"), run.out.constData());
    QCOMPARE(states().value(QStringLiteral("plan")).first, QStringLiteral("answered"));
    QCOMPARE(states().value(QStringLiteral("draft")).first, QStringLiteral("ready"));

    run = promptdeck({QStringLiteral("prompt"), session(), QStringLiteral("2")});
    QVERIFY(
        run.out.contains("following this plan:\n1. Measure\n2. Cache\n\nLink to How we run CI"));

    promptdeck({QStringLiteral("answer"), session(), QStringLiteral("draft"),
                writeTemp(QStringLiteral("draft.md"), "The draft.\n")});
    promptdeck({QStringLiteral("answer"), session(), QStringLiteral("tweet"),
                writeTemp(QStringLiteral("tweet.md"), "Read it!\n")});
    QCOMPARE(states().value(QStringLiteral("tweet")).first, QStringLiteral("answered"));

    // Replacing the plan makes the draft stale, and the tweet through it.
    run = promptdeck({QStringLiteral("answer"), session(), QStringLiteral("plan"),
                      writeTemp(QStringLiteral("plan2.md"), "1. Cache first\n")});
    QVERIFY2(run.out.contains("Card 2 (draft): answered → stale"), run.out.constData());
    QVERIFY2(run.out.contains("Card 3 (tweet): answered → stale"), run.out.constData());
    QCOMPARE(states().value(QStringLiteral("draft")).first, QStringLiteral("stale"));
    QCOMPARE(states().value(QStringLiteral("tweet")).first, QStringLiteral("stale"));
    QVERIFY(QFile::exists(session() + QStringLiteral(".bak")));
}

void CommandLineTest::answers_areStoredVerbatim_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("brief tag") << QByteArray("Use {{brief.title}} here");
    QTest::newRow("partial tag") << QByteArray("{{> p}} and {{> audience}}");
    QTest::newRow("back-reference") << QByteArray("group \\1 and \\0");
    QTest::newRow("replace pattern") << QByteArray("whole $& match $1");
    QTest::newRow("answers tag") << QByteArray("{{answers.plan}} {{#answers}}x{{/answers}}");
    QTest::newRow("CRLF and emoji") << QByteArray("line 1\r\nline 2 \xF0\x9F\x90\x8D\r\n");
}

void CommandLineTest::answers_areStoredVerbatim()
{
    QFETCH(QByteArray, answer);
    newForeignSession();
    QCOMPARE(promptdeck({QStringLiteral("answer"), session(), QStringLiteral("plan"),
                         writeTemp(QStringLiteral("a.md"), answer)})
                 .exitCode,
             0);
    const Run run = promptdeck({QStringLiteral("prompt"), session(), QStringLiteral("draft")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("following this plan:\n" + answer + "\n"), run.out.constData());
}

void CommandLineTest::answer_fromStandardInput()
{
    newForeignSession();
    const Run run =
        promptdeck({QStringLiteral("answer"), session(), QStringLiteral("1"), QStringLiteral("-")},
                   "From a pipe.\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(promptdeck({QStringLiteral("prompt"), session(), QStringLiteral("draft")})
                .out.contains("From a pipe."));
    // Without a path, standard input is read too.
    QCOMPARE(
        promptdeck({QStringLiteral("answer"), session(), QStringLiteral("2")}, "Draft.\n").exitCode,
        0);
}

void CommandLineTest::cards_printsTheDocumentedColumns()
{
    newForeignSession();
    const Run run = promptdeck({QStringLiteral("cards"), session()});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const QLocale locale;
    auto size = [&](const char *card) {
        const PromptMeasure m = promptSize(card);
        return QStringLiteral("%1 words ~%2 tokens")
            .arg(locale.toString(m.words), locale.toString(m.tokens));
    };
    QCOMPARE(lines.at(0).simplified(),
             QStringLiteral("1 plan plan ready - %1 Plan").arg(size("1")));
    QCOMPARE(lines.at(1).simplified(),
             QStringLiteral("2 draft draft waiting plan %1 Draft").arg(size("2")));
    QCOMPARE(lines.at(2).simplified(),
             QStringLiteral("3 tweet announce waiting draft %1 Announcement").arg(size("3")));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("total: 3 prompts, ")), qPrintable(lines.at(3)));
}

// Each card's filled prompt in words and estimated tokens (characters / 4,
// rounded up), the chain's total, and the advice for a prompt over 6,000.
void CommandLineTest::cards_showsEachPromptsSizeAndTheTotal()
{
    newForeignSession();
    // A plan of 25,000 characters: the draft quotes it, the tweet does not.
    QVERIFY(promptdeck(
                {QStringLiteral("answer"), session(), QStringLiteral("plan"), QStringLiteral("-")},
                QStringLiteral("plan ").repeated(5000).toUtf8())
                .exitCode == 0);
    const Run run = promptdeck({QStringLiteral("cards"), session()});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const QLocale locale;
    ChainMeasure chain;
    for (int card = 1; card <= 3; ++card) {
        const PromptMeasure m = promptSize(QByteArray::number(card).constData());
        chain.add(m);
        const QString line = lines.at(card - 1).simplified();
        QVERIFY2(line.contains(QStringLiteral(" %1 words ~%2 tokens ")
                                   .arg(locale.toString(m.words), locale.toString(m.tokens))),
                 qPrintable(line));
        QCOMPARE(line.endsWith(QStringLiteral("[new chat advised]")), card == 2);
        QCOMPARE(m.newChatAdvised(), card == 2);
    }
    QCOMPARE(lines.at(3), QStringLiteral("total: 3 prompts, %1 words, ~%2 tokens; a new chat is "
                                         "advised for 1 of them (over %3 tokens each)")
                              .arg(locale.toString(chain.words), locale.toString(chain.tokens),
                                   locale.toString(6000)));
}

void CommandLineTest::new_bundledContent_gives12Cards()
{
    const Run run = promptdeck({QStringLiteral("new"), QStringLiteral("--kit"),
                                QStringLiteral("seo-article"), QStringLiteral("--brief"),
                                QStringLiteral("python-gil"), QStringLiteral("-o"), session()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const auto table = cardTable(promptdeck({QStringLiteral("cards"), session()}).out);
    QCOMPARE(table.size(), 12);
}

void CommandLineTest::new_neverReplacesAFile()
{
    const QString existing = writeTemp(QStringLiteral("post.promptdeck"), "precious");
    const Run run = promptdeck({QStringLiteral("new"), QStringLiteral("-o"), existing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("already exists")));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
}

void CommandLineTest::prompt_ofAWaitingCard_marksTheGapAndSaysSo()
{
    newForeignSession();
    const Run run = promptdeck({QStringLiteral("prompt"), session(), QStringLiteral("draft")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("[MISSING: the answer to card 1, \"Plan\""));
    QVERIFY2(run.err.contains(QStringLiteral("card 2 is waiting for the answer to card 1, Plan")),
             qPrintable(run.err));
}

void CommandLineTest::validate_reportsEveryFile()
{
    newForeignSession();
    const Run run = promptdeck({QStringLiteral("validate"), QStringLiteral("--kit"),
                                data(QStringLiteral("kits/blog-post.yaml")),
                                data(QStringLiteral("kits/blog-post.yaml")),
                                data(QStringLiteral("briefs/blog-brief.yaml")), session(),
                                data(QStringLiteral("kits/bad/unknown-card-reference.yaml"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("blog-post.yaml: ok (kit 'blog-post', cards: 3, phases: 3)"));
    QVERIFY(run.out.contains(
        "blog-brief.yaml: ok (brief 'Why our build got 40% faster' for kit 'blog-post')"));
    QVERIFY(
        run.out.contains("post.promptdeck: ok (session with kit 'blog-post', answered: 0 of 3)"));
    QVERIFY2(run.err.contains(QStringLiteral("unknown-card-reference.yaml:24:27: card 'draft' uses "
                                             "answers.outlne, but no card has the id 'outlne'")),
             qPrintable(run.err));

    const Run good =
        promptdeck({QStringLiteral("validate"), data(QStringLiteral("kits/blog-post.yaml"))});
    QCOMPARE(good.exitCode, 0);
}

void CommandLineTest::badKits_areRefusedQuickly_data()
{
    QTest::addColumn<QByteArray>("kit");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown card") << QByteArray() << QStringLiteral("no card has the id 'outlne'");
    QTest::newRow("YAML syntax") << QByteArray("kit: x\ncards: [\n  - a\n")
                                 << QStringLiteral("invalid YAML");
    QTest::newRow("100,000 levels") << QByteArray("kit: x\ncards: ") + QByteArray(100000, '[')
                                    << QStringLiteral("nesting is deeper than 64 levels");
    QByteArray ladder = "kit: x\na0: &a0 [x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 12; ++i)
        ladder += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                      .arg(i)
                      .arg(i - 1)
                      .toUtf8();
    QTest::newRow("alias ladder") << ladder << QStringLiteral("expand to more than");
}

void CommandLineTest::badKits_areRefusedQuickly()
{
    QFETCH(QByteArray, kit);
    QFETCH(QString, message);
    const QString kitPath = kit.isEmpty()
                                ? data(QStringLiteral("kits/bad/unknown-card-reference.yaml"))
                                : writeTemp(QStringLiteral("bad.yaml"), kit);
    QElapsedTimer timer;
    timer.start();
    const Run run = promptdeck(
        {QStringLiteral("new"), QStringLiteral("--kit"), kitPath, QStringLiteral("-o"), session()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.startsWith(kitPath + QLatin1Char(':')), qPrintable(run.err));
    QVERIFY(!QFile::exists(session()));
    qInfo("%s refused in %lld ms", QTest::currentDataTag(), timer.elapsed());
}

void CommandLineTest::invalidInput_exitsWith1_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing session")
        << QStringList{QStringLiteral("cards"), QStringLiteral("/nonexistent.promptdeck")}
        << QStringLiteral("/nonexistent.promptdeck: no such file");
    QTest::newRow("unknown card") << QStringList{QStringLiteral("prompt"),
                                                 QStringLiteral("SESSION"), QStringLiteral("12")}
                                  << QStringLiteral(
                                         "no card '12'; the cards are: 1 plan, 2 draft, 3 tweet");
    QTest::newRow("missing answer file")
        << QStringList{QStringLiteral("answer"), QStringLiteral("SESSION"), QStringLiteral("plan"),
                       QStringLiteral("/nonexistent.md")}
        << QStringLiteral("no such file");
    QTest::newRow("empty answer") << QStringList{QStringLiteral("answer"),
                                                 QStringLiteral("SESSION"), QStringLiteral("plan"),
                                                 QStringLiteral("EMPTY")}
                                  << QStringLiteral("the answer is empty");
    QTest::newRow("invalid UTF-8 answer")
        << QStringList{QStringLiteral("answer"), QStringLiteral("SESSION"), QStringLiteral("plan"),
                       QStringLiteral("LATIN1")}
        << QStringLiteral("latin1.md:1:4: the file is not valid UTF-8 (byte 0xe9)");
    QTest::newRow("validate broken YAML")
        << QStringList{QStringLiteral("validate"), QStringLiteral("BROKEN")}
        << QStringLiteral("broken.yaml:2:1: invalid YAML");
    QTest::newRow("bad brief") << QStringList{QStringLiteral("new"),
                                              QStringLiteral("--kit"),
                                              data(QStringLiteral("kits/blog-post.yaml")),
                                              QStringLiteral("--brief"),
                                              data(QStringLiteral("briefs/bad/bad-number.yaml")),
                                              QStringLiteral("-o"),
                                              QStringLiteral("OUT")}
                               << QStringLiteral(
                                      "bad-number.yaml:2:9: 'length' must be a whole number");
}

void CommandLineTest::invalidInput_exitsWith1()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    newForeignSession();
    const QByteArray before = [&] {
        QFile f(session());
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    for (QString &argument : arguments) {
        if (argument == QLatin1String("SESSION"))
            argument = session();
        else if (argument == QLatin1String("EMPTY"))
            argument = writeTemp(QStringLiteral("empty.md"), "  \n");
        else if (argument == QLatin1String("LATIN1"))
            argument = writeTemp(QStringLiteral("latin1.md"), "caf\xe9 au lait\n");
        else if (argument == QLatin1String("BROKEN"))
            argument = writeTemp(QStringLiteral("broken.yaml"), "title: [\n");
        else if (argument == QLatin1String("OUT"))
            argument = m_dir->filePath(QStringLiteral("out.promptdeck"));
    }
    const Run run = promptdeck(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QFile after(session());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void CommandLineTest::template_passesTheSpecFromOutside()
{
    int count = 0;
    for (const QString &module :
         {QStringLiteral("comments"), QStringLiteral("delimiters"), QStringLiteral("interpolation"),
          QStringLiteral("inverted"), QStringLiteral("partials"), QStringLiteral("sections")}) {
        const Result<SourceText> source =
            SourceText::readFile(data(QStringLiteral("mustache-spec/%1.yml").arg(module)),
                                 qint64(1024) * 1024, QStringLiteral("spec"));
        QVERIFY(source.ok());
        const Result<YamlNode> root = YamlReader::parse(source.value());
        QVERIFY(root.ok());
        for (const YamlNode &test : root.value().find(u"tests")->items()) {
            const QString name = test.find(u"name")->scalar();
            QTemporaryDir dir;
            const QString tpl = dir.filePath(QStringLiteral("template.mustache"));
            QFile tplFile(tpl);
            QVERIFY(tplFile.open(QIODevice::WriteOnly));
            tplFile.write(test.find(u"template")->scalar().toUtf8());
            tplFile.close();
            const QString dataPath = dir.filePath(QStringLiteral("data.json"));
            QFile dataFile(dataPath);
            QVERIFY(dataFile.open(QIODevice::WriteOnly));
            // Some spec data is a bare string or number: write it as the one
            // item of an array and drop the brackets.
            const QByteArray wrapped =
                QJsonDocument(QJsonArray{QJsonValue::fromVariant(test.find(u"data")->toVariant())})
                    .toJson(QJsonDocument::Compact);
            dataFile.write(wrapped.mid(1, wrapped.size() - 2));
            dataFile.close();
            QDir(dir.path()).mkdir(QStringLiteral("partials"));
            if (const YamlNode *partials = test.find(u"partials")) {
                for (qsizetype i = 0; i < partials->size(); ++i) {
                    QFile partial(dir.filePath(
                        QStringLiteral("partials/%1.mustache").arg(partials->keyAt(i).scalar())));
                    QVERIFY(partial.open(QIODevice::WriteOnly));
                    partial.write(partials->valueAt(i).scalar().toUtf8());
                }
            }
            const Run run =
                promptdeck({QStringLiteral("template"), tpl, QStringLiteral("--data"), dataPath,
                            QStringLiteral("--partials"), dir.filePath(QStringLiteral("partials")),
                            QStringLiteral("--escape"), QStringLiteral("html")});
            QVERIFY2(run.exitCode == 0, qPrintable(module + QStringLiteral(": ") + name + run.err));
            QVERIFY2(QString::fromUtf8(run.out) == test.find(u"expected")->scalar(),
                     qPrintable(module + QStringLiteral(": ") + name));
            ++count;
        }
    }
    QCOMPARE(count, 136);
}

void CommandLineTest::template_promptModeDoesNotEscape()
{
    const QString tpl = writeTemp(QStringLiteral("t.mustache"), "<{{x}}> {{> missing}}\n");
    const QString json = writeTemp(QStringLiteral("d.json"), "{\"x\": \"a & b {{y}}\"}");
    const Run run = promptdeck({QStringLiteral("template"), tpl, QStringLiteral("--data"), json});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("<a & b {{y}}> \n"));

    const QString broken = writeTemp(QStringLiteral("b.mustache"), "line\n{{#open}}\n");
    const Run bad =
        promptdeck({QStringLiteral("template"), broken, QStringLiteral("--data"), json});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(
        bad.err.startsWith(broken + QStringLiteral(":2:1: the section 'open' is never closed")),
        qPrintable(bad.err));

    const QString badJson = writeTemp(QStringLiteral("bad.json"), "{\n  \"x\": [1, 2,\n}");
    const Run badData =
        promptdeck({QStringLiteral("template"), tpl, QStringLiteral("--data"), badJson});
    QCOMPARE(badData.exitCode, 1);
    QVERIFY2(badData.err.startsWith(badJson + QStringLiteral(":3:")), qPrintable(badData.err));
    QVERIFY2(badData.err.contains(QStringLiteral("not valid JSON")), qPrintable(badData.err));

    const QString scalar = writeTemp(QStringLiteral("s.json"), "\"just text\"");
    const QString dot = writeTemp(QStringLiteral("dot.mustache"), "({{.}})");
    const Run scalarRun =
        promptdeck({QStringLiteral("template"), dot, QStringLiteral("--data"), scalar});
    QCOMPARE(scalarRun.exitCode, 0);
    QCOMPARE(scalarRun.out, QByteArray("(just text)"));
}

void CommandLineTest::check_printsEveryResultAndExitsWith1OnAWarning()
{
    const QString file = session();
    QCOMPARE(promptdeck({QStringLiteral("new"), QStringLiteral("-o"), file}).exitCode, 0);
    const QString dir = data(QStringLiteral("answers/python-gil"));
    for (const QString &name :
         QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        const Run run =
            promptdeck({QStringLiteral("answer"), file, QString::number(name.left(2).toInt()),
                        QDir(dir).filePath(name)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const Run run = promptdeck({QStringLiteral("check"), file});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(
        lines.contains(QStringLiteral("10  meta          pass  Meta description: 142 characters "
                                      "(text after “Meta description:”) — within 140–160")));
    QVERIFY(lines.contains(QStringLiteral(" 2  research      -     this card has no checks")));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(QStringLiteral(" 9  edit          warn  Article length:"));
    }));
    QVERIFY2(lines.last().startsWith(QStringLiteral("pass: ")), qPrintable(lines.last()));

    // One card; a card that passes everything exits with 0.
    const Run meta = promptdeck({QStringLiteral("check"), file, QStringLiteral("meta")});
    QCOMPARE(meta.exitCode, 0);
    QCOMPARE(QString::fromUtf8(meta.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 6);

    // An over-long meta description fails the card, with its count.
    QVERIFY(
        promptdeck({QStringLiteral("answer"), file, QStringLiteral("meta"), QStringLiteral("-")},
                   "Meta title: Python GIL Explained: The Interpreter, Objects, Profiling\n"
                   "Meta description: Python GIL explained for engineers who profile: how the "
                   "interpreter, the "
                   "object model and the lock fit together, and the exact commands to find out "
                   "what slows you down.\n"
                   "Slug: python-gil-explained\n")
            .exitCode == 0);
    const Run over = promptdeck({QStringLiteral("check"), file, QStringLiteral("10")});
    QCOMPARE(over.exitCode, 1);
    QVERIFY2(over.out.contains("warn  Meta description: 168 characters (text after “Meta "
                               "description:”) — longer than 160"),
             over.out.constData());
}

void CommandLineTest::check_allPassing_exitsWith0()
{
    newForeignSession();
    QVERIFY(promptdeck(
                {QStringLiteral("answer"), session(), QStringLiteral("draft"), QStringLiteral("-")},
                QByteArray("word ").repeated(120))
                .exitCode == 0);
    const Run run = promptdeck({QStringLiteral("check"), session(), QStringLiteral("draft")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("pass  Words: 120 words (the whole answer) — at least 100"),
             run.out.constData());
    QVERIFY(promptdeck({QStringLiteral("check"), session(), QStringLiteral("nope")}).exitCode == 1);
    QVERIFY(promptdeck({QStringLiteral("check")}).exitCode == 2);
}

void CommandLineTest::export_writesEachFormat()
{
    newForeignSession();
    QVERIFY(promptdeck(
                {QStringLiteral("answer"), session(), QStringLiteral("plan"), QStringLiteral("-")},
                "Plan\n")
                .exitCode == 0);
    QVERIFY(promptdeck(
                {QStringLiteral("answer"), session(), QStringLiteral("draft"), QStringLiteral("-")},
                "The draft, with {{tags}} & <b>.\n")
                .exitCode == 0);
    const Run md = promptdeck(
        {QStringLiteral("export"), session(), QStringLiteral("--format"), QStringLiteral("md")});
    QCOMPARE(md.exitCode, 0);
    QCOMPARE(md.out,
             QByteArray("# Why our build got 40% faster\nThe draft, with {{tags}} & <b>.\n\n"));

    const QString out = m_dir->filePath(QStringLiteral("session.json"));
    const Run json = promptdeck({QStringLiteral("export"), session(), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("-o"), out});
    QCOMPARE(json.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("cards")).toArray().size(), 3);

    const Run html = promptdeck(
        {QStringLiteral("export"), session(), QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(html.exitCode, 1);
    QVERIFY2(html.err.contains(QStringLiteral("the kit has no such export; it has: post (md)")),
             qPrintable(html.err));
    QCOMPARE(promptdeck({QStringLiteral("export"), session(), QStringLiteral("--format"),
                         QStringLiteral("pdf")})
                 .exitCode,
             2);
    QCOMPARE(promptdeck({QStringLiteral("export"), session(), QStringLiteral("--export"),
                         QStringLiteral("post")})
                 .exitCode,
             0);
}

// Matrix row 18, end to end.

void CommandLineTest::export_htmlPageRunsNoAnswerLink()
{
    QCOMPARE(promptdeck({QStringLiteral("new"), QStringLiteral("--kit"),
                         QStringLiteral("seo-article"), QStringLiteral("--brief"),
                         QStringLiteral("python-gil"), QStringLiteral("-o"), session()})
                 .exitCode,
             0);
    const Run answer = promptdeck(
        {QStringLiteral("answer"), session(), QStringLiteral("edit"), QStringLiteral("-")},
        "# Title\n\nRead [the guide](JaVa&#x53;cript&colon;alert(1)), "
        "<javascript:alert(2)> and [the FAQ](https://example.com/faq).\n\n"
        "![chart](data:image/svg+xml;base64,PHN2Zz4=)\n");
    QVERIFY2(answer.exitCode == 0, qPrintable(answer.err));
    const Run html = promptdeck(
        {QStringLiteral("export"), session(), QStringLiteral("--format"), QStringLiteral("html")});
    QVERIFY2(html.exitCode == 0, qPrintable(html.err));
    const QString page = QString::fromUtf8(html.out);
    QVERIFY2(page.contains(QStringLiteral("<p>Read the guide, javascript:alert(2) and "
                                          "<a href=\"https://example.com/faq\">the FAQ</a>.</p>\n"
                                          "<p>chart</p>")),
             qPrintable(page));
    QVERIFY(!page.contains(QStringLiteral("<img")));
    QCOMPARE(page.count(QStringLiteral("<a ")), 1);
}

void CommandLineTest::importBrief_writesABriefThatLoads()
{
    const QString out = m_dir->filePath(QStringLiteral("brief.yaml"));
    const Run run = promptdeck({QStringLiteral("import-brief"),
                                data(QStringLiteral("pages/labelled-02-espresso.txt")),
                                QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 0);
    const Run validate = promptdeck({QStringLiteral("validate"), out});
    QCOMPARE(validate.exitCode, 0);
    QVERIFY(validate.out.contains(
        "brief 'Dialing in espresso at home: a grind-first method for consistent shots'"));
    // From standard input, to standard output; what is missing is said.
    QFile seed(data(QStringLiteral("pages/values-01-python-gil.txt")));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const Run piped =
        promptdeck({QStringLiteral("import-brief"), QStringLiteral("-")}, seed.readAll());
    QCOMPARE(piped.exitCode, 0);
    QVERIFY(piped.out.contains("primary_keyword: \"python GIL explained\"\n"));
    QVERIFY(piped.out.contains("word_count:\n"));
    QVERIFY(piped.err.contains(QStringLiteral("not found on the page: word_count")));
    QVERIFY(piped.err.contains(QStringLiteral("21 bullets were split")));
}

void CommandLineTest::importBrief_badPage_createsNothing()
{
    const QString out = m_dir->filePath(QStringLiteral("never.yaml"));
    const Run empty = promptdeck(
        {QStringLiteral("import-brief"), QStringLiteral("-"), QStringLiteral("-o"), out}, "");
    QCOMPARE(empty.exitCode, 1);
    QVERIFY(empty.err.contains(QStringLiteral("the page is empty")));
    const Run notes = promptdeck({QStringLiteral("import-brief"),
                                  writeTemp(QStringLiteral("notes.txt"), "Just notes.\n"),
                                  QStringLiteral("-o"), out});
    QCOMPARE(notes.exitCode, 1);
    QVERIFY(notes.err.contains(QStringLiteral("no article brief found")));
    QVERIFY(!QFile::exists(out));
}

void CommandLineTest::library_andNewFromMap()
{
    QVERIFY(copyMap(QDir(m_dir->path())));
    const QString map = m_dir->filePath(QStringLiteral("map.yaml"));

    Run run = promptdeck({QStringLiteral("library"), map});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("7 articles: 7 not started"));

    run = promptdeck({QStringLiteral("new"), QStringLiteral("--map"), map,
                      QStringLiteral("--article"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    const QString gil = m_dir->filePath(QStringLiteral(
        "understanding-python-performance-basics-interpreter-object-model-and-the-gil.promptdeck"));
    QVERIFY(QFile::exists(gil));
    run = promptdeck({QStringLiteral("new"), QStringLiteral("--map"), map,
                      QStringLiteral("--article"),
                      QStringLiteral("Threads vs processes vs asyncio")});
    QCOMPARE(run.exitCode, 1); // its brief is incomplete
    QVERIFY2(run.err.contains(QStringLiteral("lacks Primary keyword, Unique angle")),
             qPrintable(run.err));
    run = promptdeck({QStringLiteral("new"), QStringLiteral("--map"), map,
                      QStringLiteral("--article"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 1); // never replaces a session

    // The internal-links prompt lists the map's articles, the group's pillar first.
    const Run links = promptdeck({QStringLiteral("prompt"), gil, QStringLiteral("links")});
    QVERIFY(links.out.contains(
        "- Performance Tuning & Profiling Python Code (the pillar article of this content group) — "
        "https://example.com/python-performance/\n- Profiling in production — "
        "https://example.com/profiling-in-production/\n"));
    QVERIFY(promptdeck({QStringLiteral("answer"), gil, QStringLiteral("1"), QStringLiteral("-")},
                       "# Outline\n")
                .exitCode == 0);
    run = promptdeck({QStringLiteral("library"), map});
    QVERIFY(run.out.contains("1 of 12 answered"));
    QVERIFY(run.out.contains("7 articles: 1 in progress, 6 not started"));
    QVERIFY(promptdeck({QStringLiteral("validate"), map})
                .out.contains("map 'Performance Tuning & Profiling Python Code', "
                              "groups: 3, articles: 7, complete briefs: 4"));

    // validate reads every article's brief: a wrong type in a brief file is
    // an error that names that file.
    QFile brief(m_dir->filePath(QStringLiteral("briefs/python-gil.yaml")));
    QVERIFY(brief.open(QIODevice::Append));
    brief.write("siblings: 7\n");
    brief.close();
    const Run bad = promptdeck({QStringLiteral("validate"), map});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("python-gil.yaml:")), qPrintable(bad.err));
}

void CommandLineTest::newFromMap_recordsTheOriginsTheWindowRecords()
{
    // The map named relative to the working folder: the origin is still the
    // map's absolute path, as the window records it.
    const QDir dir(QDir(m_dir->path()).canonicalPath());
    QVERIFY(copyMap(dir));
    const Run run =
        promptdeck({QStringLiteral("new"), QStringLiteral("--map"), QStringLiteral("map.yaml"),
                    QStringLiteral("--article"), QStringLiteral("2")},
                   {}, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const Result<TopicalMap> map = MapLoader::loadFile(dir.filePath(QStringLiteral("map.yaml")));
    QVERIFY2(map, qPrintable(map.errorText()));
    const PreparedStart window =
        SessionLifecycle::forMapArticle(bundledSessionContent(), map.value(), 1);
    QVERIFY2(window, qPrintable(window.errorText()));
    const Result<Session> written = SessionLifecycle::load(window.start.file);
    QVERIFY2(written, qPrintable(written.errorText()));
    QCOMPARE(written.value().kitOrigin, window.start.kitOrigin);
    QCOMPARE(written.value().briefOrigin, window.start.briefOrigin);
}

void CommandLineTest::new_printsTheKitsAndBriefsWarnings_data()
{
    QTest::addColumn<bool>("fromMap");
    QTest::newRow("kit and brief files") << false;
    QTest::newRow("map article") << true;
}

void CommandLineTest::new_printsTheKitsAndBriefsWarnings()
{
    QFETCH(bool, fromMap);
    QVERIFY(QFile::copy(data(QStringLiteral("kits/warnings.yaml")),
                        m_dir->filePath(QStringLiteral("kit.yaml"))));
    const QString brief = writeTemp(QStringLiteral("brief.yaml"), "title: Hello\ntitel: typo\n");
    const QString map = writeTemp(QStringLiteral("map.yaml"), "map: Warnings\n"
                                                              "kit: kit.yaml\n"
                                                              "groups:\n"
                                                              "  - name: Only\n"
                                                              "    pillar:\n"
                                                              "      title: Hello\n"
                                                              "      brief_file: brief.yaml\n");
    const QStringList arguments =
        fromMap ? QStringList{QStringLiteral("new"), QStringLiteral("--map"), map,
                              QStringLiteral("--article"), QStringLiteral("1")}
                : QStringList{QStringLiteral("new"),
                              QStringLiteral("--kit"),
                              m_dir->filePath(QStringLiteral("kit.yaml")),
                              QStringLiteral("--brief"),
                              brief,
                              QStringLiteral("-o"),
                              session()};
    const Run run = promptdeck(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("phase 'empty' has no cards")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("brief.yaml:2:1: warning: unknown key 'titel'")),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
