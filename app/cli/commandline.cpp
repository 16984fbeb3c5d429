#include "commandline.h"

#include "bundledcontent.h"
#include "commandcontext.h"
#include "commands/commands.h"

#include <algorithm>

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

// The column where the descriptions of synopses start, in the command list
// and in a command's help.
constexpr qsizetype synopsisColumn = 42;

// A left side as long as column or longer puts its description on the next
// line.
QString row(const QString &left, const QString &description, qsizetype column)
{
    const QString line = left.size() < column
                             ? left.leftJustified(column) + description
                             : left + QLatin1Char('\n') + QString(column, u' ') + description;
    return line + QLatin1Char('\n');
}

QString synopsisRows(const Command &command)
{
    QString text;
    for (const CommandForm &form : command.forms)
        text += row(QStringLiteral("  promptdeck ") + form.synopsis, form.summary, synopsisColumn);
    return text;
}

// "-o, --output <FILE>", as QCommandLineParser writes an option.
QString optionLabel(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString label = QStringLiteral("  ") + names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        label += QStringLiteral(" <%1>").arg(option.valueName());
    return label;
}

// --help or -h anywhere among a command's arguments asks for its help,
// except after "--", where QCommandLineParser reads only file names.
bool asksForHelp(const QStringList &arguments)
{
    const QStringList options = arguments.mid(0, arguments.indexOf(QStringLiteral("--")));
    return options.contains(QStringLiteral("--help")) || options.contains(QStringLiteral("-h"));
}

} // namespace

CommandLine::CommandLine(QIODevice *in, QIODevice *out, QTextStream &err)
    : m_context(in, out, err, [] { return QDateTime::currentDateTimeUtc(); })
{}

QList<Command> CommandLine::commands()
{
    return {newCommand(),     cardsCommand(),   promptCommand(),   answerCommand(),
            checkCommand(),   exportCommand(),  validateCommand(), importBriefCommand(),
            libraryCommand(), templateCommand()};
}

QStringList CommandLine::subcommands()
{
    QStringList names;
    for (const Command &command : commands())
        names.append(command.name);
    return names;
}

bool CommandLine::isSubcommand(const QStringList &arguments)
{
    return !arguments.isEmpty() && subcommands().contains(arguments.first());
}

QString CommandLine::commandsHelp()
{
    // The syntax stays as typed; each description is translated on its own,
    // and the columns are laid out here, whatever the language.
    QString text = tr("Commands (they need no display):") + QLatin1Char('\n');
    for (const Command &command : commands())
        text += synopsisRows(command);
    text += tr("CARD is a card's id or its number. Bundled kits: %1. Bundled briefs: %2.")
                .arg(BundledContent::kitNames().join(QStringLiteral(", ")),
                     BundledContent::briefNames().join(QStringLiteral(", ")));
    text += QLatin1Char('\n');
    text += tr("Exit codes: 0 success, 1 invalid input (or, for check, a warning or failure), 2 "
               "usage error.");
    return text + QLatin1Char('\n');
}

QString CommandLine::commandHelp(const Command &command)
{
    QString text = tr("Usage:") + QLatin1Char('\n') + synopsisRows(command) + QLatin1Char('\n');
    text += command.help + QStringLiteral("\n\n") + tr("Options:") + QLatin1Char('\n');
    QList<std::pair<QString, QString>> options;
    for (const QCommandLineOption &option : command.options)
        options.append({optionLabel(option), option.description()});
    options.append({QStringLiteral("  -h, --help"), tr("Show this help.")});
    qsizetype column = 0;
    for (const auto &[label, description] : std::as_const(options))
        column = std::max(column, label.size() + 2);
    for (const auto &[label, description] : std::as_const(options))
        text += row(label, description, column);
    return text;
}

int CommandLine::run(const QStringList &arguments)
{
    const QList<Command> table = commands();
    const QString name = arguments.value(0);
    const auto command = std::find_if(table.cbegin(), table.cend(),
                                      [&](const Command &c) { return c.name == name; });
    if (command == table.cend()) {
        m_context.err() << (name.isEmpty() ? tr("no command given")
                                           : tr("unknown command '%1'").arg(name))
                        << "\n\n"
                        << commandsHelp();
        m_context.err().flush();
        return UsageError;
    }
    const QStringList args = arguments.mid(1);
    if (asksForHelp(args)) {
        m_context.write(commandHelp(*command));
        return Success;
    }
    return command->run(m_context, args);
}

} // namespace PromptDeck::Cli
