// The promptdeck subcommands (new, cards, prompt, answer, validate,
// template, …): the same core as the window, without a display, for
// scripting and for tests. Output goes to the streams it is given, so tests
// can run it in-process; exit codes: 0 success, 1 invalid input or failed
// checks, 2 usage error.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace PromptDeck::Cli {

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    CommandLine(QIODevice *in, QIODevice *out, QTextStream &err);

    // True when arguments (without the program name) start with a
    // subcommand, so the caller can run without a display.
    static bool isSubcommand(const QStringList &arguments);
    static QStringList subcommands();

    // arguments without the program name.
    int run(const QStringList &arguments);

    // The clock used for answer times; tests replace it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Every subcommand with a line on what it does, for --help.
    static QString commandsHelp();

private:
    int runNew(const QStringList &args);
    int runCards(const QStringList &args);
    int runPrompt(const QStringList &args);
    int runAnswer(const QStringList &args);
    int runValidate(const QStringList &args);
    int runTemplate(const QStringList &args);
    int runCheck(const QStringList &args);
    int runExport(const QStringList &args);
    int runImportBrief(const QStringList &args);
    int runLibrary(const QStringList &args);
    int newFromMap(const QString &mapPath, const QString &article, const QString &output);

    int usageError(const QString &command, const QString &message);
    void write(const QString &text);
    void writeBytes(const QByteArray &bytes);

    QIODevice *m_in;
    QIODevice *m_out;
    QTextStream &m_err;
    std::function<QDateTime()> m_clock;
};

} // namespace PromptDeck::Cli
