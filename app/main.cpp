// promptdeck: a subcommand runs without a display on QCoreApplication;
// anything else opens the window.
#include "commandline.h"
#include "guiapplication.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    using PromptDeck::Cli::CommandLine;
    if (!arguments.isEmpty() && (arguments.first() == QLatin1String("--help") ||
                                 arguments.first() == QLatin1String("-h"))) {
        QTextStream(stdout) << CommandLine::usage();
        return CommandLine::Success;
    }
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("--version")) {
        QTextStream(stdout) << "PromptDeck " << PROMPTDECK_VERSION << '\n';
        return CommandLine::Success;
    }
    // A first word that is neither a subcommand nor a session to open is a
    // mistyped command: say so instead of opening the window.
    const bool opensWindow = arguments.isEmpty() ||
                             arguments.first().startsWith(QLatin1Char('-')) ||
                             arguments.first().endsWith(QLatin1String(".promptdeck")) ||
                             QFileInfo::exists(arguments.first());
    if (!CommandLine::isSubcommand(arguments) && opensWindow)
        return PromptDeck::Gui::runGui(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PromptDeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("PromptDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROMPTDECK_VERSION));

    QFile in;
    QFile out;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    QTextStream err(stderr);
    CommandLine commandLine(&in, &out, err);
    return commandLine.run(arguments);
}
