// promptdeck: a subcommand runs without a display on QCoreApplication, and
// so do --help, --version and usage errors; anything else opens the window.
#include "commandline.h"
#include "guiapplication.h"
#include "programoptions.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("PromptDeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("PromptDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROMPTDECK_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef SIGXFSZ
    // A file-size limit (ulimit -f) would kill the process in the middle of
    // a save; ignored, the write fails with EFBIG and is reported like a
    // full disk, the file unchanged. First, before anything is written.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    using PromptDeck::Cli::CommandLine;
    using PromptDeck::Cli::ProgramOptions;

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (!CommandLine::isSubcommand(arguments.mid(1))) {
        ProgramOptions options;
        if (options.parse(arguments) == ProgramOptions::Action::OpenWindow)
            return PromptDeck::Gui::runGui(argc, argv, options.screenshotPath(), options.file());
    }

    QCoreApplication app(argc, argv);
    setApplicationNames();
    PromptDeck::installTranslations(app);
    QTextStream err(stderr);
    if (!CommandLine::isSubcommand(arguments.mid(1))) {
        // Parsed again now that the translation is in: the texts are the user's language.
        ProgramOptions options;
        switch (options.parse(arguments)) {
        case ProgramOptions::Action::ShowHelp:
            QTextStream(stdout) << options.helpText();
            return CommandLine::Success;
        case ProgramOptions::Action::ShowVersion:
            QTextStream(stdout) << ProgramOptions::versionText();
            return CommandLine::Success;
        default:
            err << QStringLiteral("promptdeck: ") << options.errorText() << '\n'
                << CommandLine::tr("Run 'promptdeck --help' for usage.") << '\n';
            return CommandLine::UsageError;
        }
    }

    QFile in;
    QFile out;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    CommandLine commandLine(&in, &out, err);
    return commandLine.run(arguments.mid(1));
}
