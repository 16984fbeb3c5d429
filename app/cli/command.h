// One entry of the command table: what `promptdeck --help` lists, what
// `promptdeck NAME --help` prints, and the function that runs the command.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace PromptDeck::Cli {

class CommandContext;

// One way to call a command: its syntax, as typed, and a line on what it does.
struct CommandForm
{
    QString synopsis; // without "promptdeck ": "cards FILE"
    QString summary;
};

struct Command
{
    QString name;
    QList<CommandForm> forms;
    QString help; // what NAME --help says under the synopses
    QList<QCommandLineOption> options;
    // arguments: those after the command's name.
    int (*run)(CommandContext &context, const QStringList &arguments) = nullptr;
};

} // namespace PromptDeck::Cli
