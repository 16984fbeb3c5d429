// The promptdeck subcommands (new, cards, prompt, answer, validate,
// template, …): the same core as the window, without a display, for
// scripting and for tests. Each command lives in commands/, behind one
// table (commands()) that dispatching, `promptdeck --help` and
// `promptdeck COMMAND --help` all read. Output goes to the streams it is
// given, so tests can run it in-process; exit codes: 0 success, 1 invalid
// input or failed checks, 2 usage error.
#pragma once

#include "command.h"
#include "commandcontext.h"

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

    // The command table, in the order --help lists it. Built on each call,
    // so its texts are in the language installed at that time.
    static QList<Command> commands();

    // True when arguments (without the program name) start with a
    // subcommand, so the caller can run without a display.
    static bool isSubcommand(const QStringList &arguments);
    static QStringList subcommands();

    // arguments without the program name.
    int run(const QStringList &arguments);

    // The clock used for answer times; tests replace it.
    void setClock(std::function<QDateTime()> clock) { m_context.setClock(std::move(clock)); }

    // Every subcommand with a line on what it does, for --help.
    static QString commandsHelp();
    // What `promptdeck COMMAND --help` prints: the synopses, the help text
    // and the options.
    static QString commandHelp(const Command &command);

private:
    CommandContext m_context;
};

} // namespace PromptDeck::Cli
