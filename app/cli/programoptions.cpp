#include "programoptions.h"

#include "commandline.h"

#include <QFileInfo>

namespace PromptDeck::Cli {

ProgramOptions::ProgramOptions()
    : m_screenshot(QStringLiteral("screenshot"), tr("Render the window once to a PNG and exit."),
                   QStringLiteral("OUT.png"))
{
    m_parser.setApplicationDescription(
        tr("PromptDeck: prompt cards for writing SEO articles with a chat AI. Without a command "
           "it opens the window, on FILE or on the last session."));
    m_parser.addOption(m_screenshot);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("FILE"), tr("A session (*.promptdeck) to open."),
                                   QStringLiteral("[FILE]"));
}

ProgramOptions::Action ProgramOptions::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Action::UsageError;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        return Action::ShowHelp;
    if (m_parser.isSet(QStringLiteral("version")))
        return Action::ShowVersion;
    const QStringList files = m_parser.positionalArguments();
    if (files.size() > 1) {
        m_error = tr("give at most one session to open");
        return Action::UsageError;
    }
    m_file = files.value(0);
    // A first word that is neither a subcommand nor a session is a mistyped
    // command: say so instead of opening the window on it.
    if (!m_file.isEmpty() && !m_file.endsWith(QStringLiteral(".promptdeck")) &&
        !QFileInfo::exists(m_file)) {
        m_error = tr("unknown command '%1'").arg(m_file);
        return Action::UsageError;
    }
    m_screenshotPath = m_parser.value(m_screenshot);
    return Action::OpenWindow;
}

QString ProgramOptions::helpText() const
{
    return m_parser.helpText() + QLatin1Char('\n') + CommandLine::commandsHelp();
}

QString ProgramOptions::versionText()
{
    return QStringLiteral("PromptDeck %1\n").arg(QStringLiteral(PROMPTDECK_VERSION));
}

} // namespace PromptDeck::Cli
