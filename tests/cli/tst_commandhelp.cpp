// The promptdeck command line's table, run as the real binary: the
// documented commands, usage errors that exit with 2, and every command's
// --help and -h.

#include "clitest.h"
#include "commandline.h"

#include <QTest>

using PromptDeck::Cli::Command;
using PromptDeck::Cli::CommandForm;
using PromptDeck::Cli::CommandLine;
using namespace PromptDeck::Tests;

class CommandHelpTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_exitWith2_data();
    void usageErrors_exitWith2();
    void commands_areTheDocumentedOnes();
    void commandHelp_isPrintedForEveryCommand_data();
    void commandHelp_isPrintedForEveryCommand();
    void commandHelp_afterDoubleDash_isAnArgument();
    void unknownOption_isAUsageError_data();
    void unknownOption_isAUsageError();
    void programHelp_listsEveryCommand();
};

void CommandHelpTest::usageErrors_exitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("new without -o") << QStringList{QStringLiteral("new")};
    QTest::newRow("new with unknown option")
        << QStringList{QStringLiteral("new"), QStringLiteral("--colour"), QStringLiteral("-o"),
                       QStringLiteral("x")};
    QTest::newRow("cards without file") << QStringList{QStringLiteral("cards")};
    QTest::newRow("prompt without card")
        << QStringList{QStringLiteral("prompt"), QStringLiteral("x")};
    QTest::newRow("validate nothing") << QStringList{QStringLiteral("validate")};
    QTest::newRow("template without data")
        << QStringList{QStringLiteral("template"), QStringLiteral("t")};
    QTest::newRow("template bad escape") << QStringList{
        QStringLiteral("template"), QStringLiteral("t"),        QStringLiteral("--data"),
        QStringLiteral("d"),        QStringLiteral("--escape"), QStringLiteral("xml")};
}

void CommandHelpTest::usageErrors_exitWith2()
{
    QFETCH(QStringList, arguments);
    const Run run = promptdeck(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

void CommandHelpTest::commands_areTheDocumentedOnes()
{
    QCOMPARE(CommandLine::subcommands(),
             QStringLiteral("new cards prompt answer check export validate import-brief library "
                            "template")
                 .split(QLatin1Char(' ')));
}

void CommandHelpTest::commandHelp_isPrintedForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QStringList>("synopses");
    for (const Command &command : CommandLine::commands()) {
        QStringList synopses;
        for (const CommandForm &form : command.forms)
            synopses.append(QStringLiteral("promptdeck ") + form.synopsis);
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            QTest::addRow("%s %s", qPrintable(command.name), qPrintable(option))
                << command.name << option << synopses;
        }
    }
}

void CommandHelpTest::commandHelp_isPrintedForEveryCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    QFETCH(QStringList, synopses);
    QVERIFY(!synopses.isEmpty());
    // Help comes before any other argument is looked at, even a wrong one.
    for (const QStringList &arguments :
         {QStringList{command, option}, QStringList{command, QStringLiteral("x"), option}}) {
        const Run run = promptdeck(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("promptdeck ") + command), qPrintable(out));
        for (const QString &synopsis : std::as_const(synopses))
            QVERIFY2(out.contains(synopsis), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("-h, --help")), qPrintable(out));
    }
}

void CommandHelpTest::commandHelp_afterDoubleDash_isAnArgument()
{
    const Run run =
        promptdeck({QStringLiteral("validate"), QStringLiteral("--"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("--help: no such file")), qPrintable(run.err));
}

void CommandHelpTest::unknownOption_isAUsageError_data()
{
    QTest::addColumn<QString>("command");
    for (const Command &command : CommandLine::commands()) {
        if (!command.options.isEmpty())
            QTest::newRow(qPrintable(command.name)) << command.name;
    }
}

void CommandHelpTest::unknownOption_isAUsageError()
{
    QFETCH(QString, command);
    const Run run = promptdeck({command, QStringLiteral("--colour")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(
        run.err.startsWith(QStringLiteral("promptdeck %1: Unknown option 'colour'.").arg(command)),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Run 'promptdeck --help' for usage.")),
             qPrintable(run.err));
}

void CommandHelpTest::programHelp_listsEveryCommand()
{
    const Run run = promptdeck({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    for (const Command &command : CommandLine::commands()) {
        for (const CommandForm &form : command.forms) {
            QVERIFY2(out.contains(QStringLiteral("  promptdeck ") + form.synopsis),
                     qPrintable(form.synopsis));
            QVERIFY2(out.contains(form.summary), qPrintable(form.summary));
        }
    }
}

QTEST_GUILESS_MAIN(CommandHelpTest)
#include "tst_commandhelp.moc"
