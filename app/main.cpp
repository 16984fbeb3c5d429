// promptdeck: subcommands run without a display on QCoreApplication; with
// no subcommand the window opens.
#include "commandline.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PromptDeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("PromptDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROMPTDECK_VERSION));

    QFile in;
    QFile out;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    QTextStream err(stderr);

    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h")) {
        QTextStream(stdout) << PromptDeck::Cli::CommandLine::usage();
        return arguments.isEmpty() ? PromptDeck::Cli::CommandLine::UsageError
                                   : PromptDeck::Cli::CommandLine::Success;
    }
    if (arguments.first() == QLatin1String("--version")) {
        QTextStream(stdout) << "PromptDeck " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    PromptDeck::Cli::CommandLine commandLine(&in, &out, err);
    return commandLine.run(arguments);
}
