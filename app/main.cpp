// promptdeck: a subcommand runs without a display on QCoreApplication, and
// so do --help, --version and usage errors; anything else opens the window.
#include "base/sourcetext.h"
#include "commandline.h"
#include "guiapplication.h"
#include "programoptions.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <optional>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("PromptDeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("PromptDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROMPTDECK_VERSION));
}

// The first argument that no QString holds as it is: Qt takes file names
// and text for UTF-8, so other bytes would come back as another name (an
// existing file "not found", a new one made under a different name).
std::optional<int> firstUndecodableArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray bytes(argv[i]);
        if (QFile::encodeName(QFile::decodeName(bytes)) != bytes)
            return i;
    }
    return std::nullopt;
}

int refuseUndecodableArgument(int argc, char *argv[], int index)
{
    using PromptDeck::Cli::CommandLine;
    QCoreApplication app(argc, argv);
    setApplicationNames();
    PromptDeck::installTranslations(app);
    const QByteArray bytes(argv[index]);
    const qsizetype at = PromptDeck::Core::firstInvalidUtf8(bytes);
    QTextStream err(stderr);
    err << QStringLiteral("promptdeck: ")
        << CommandLine::tr("argument %1 (%2) is not valid UTF-8 (byte 0x%3); PromptDeck reads "
                           "file names and text as UTF-8 and would take it for another name. "
                           "Rename the file, or give the text as UTF-8.")
               .arg(QString::number(index), QFile::decodeName(bytes),
                    QStringLiteral("%1").arg(static_cast<unsigned char>(bytes.at(at)), 2, 16,
                                             QLatin1Char('0')))
        << '\n'
        << CommandLine::tr("Run 'promptdeck --help' for usage.") << '\n';
    return CommandLine::UsageError;
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

    if (const std::optional<int> undecodable = firstUndecodableArgument(argc, argv))
        return refuseUndecodableArgument(argc, argv, *undecodable);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QFile::decodeName(argv[i]));

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
