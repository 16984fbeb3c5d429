// The options of the program itself, before any subcommand: `promptdeck
// [--screenshot OUT.png] [FILE]` opens the window; --help lists these
// options and every subcommand; --version says which PromptDeck this is.
// Parsed with QCommandLineParser; needs no display.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace PromptDeck::Cli {

class ProgramOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramOptions)

public:
    ProgramOptions();

    enum class Action
    {
        OpenWindow,
        ShowHelp,
        ShowVersion,
        UsageError
    };
    // arguments: with the program's name first, as QCoreApplication has them.
    Action parse(const QStringList &arguments);

    QString file() const { return m_file; }
    QString screenshotPath() const { return m_screenshotPath; }
    QString errorText() const { return m_error; }

    QString helpText() const;
    static QString versionText();

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_screenshot;
    QString m_file;
    QString m_screenshotPath;
    QString m_error;
};

} // namespace PromptDeck::Cli
