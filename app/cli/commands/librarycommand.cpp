// promptdeck library: a topical map's articles, by group, and where each
// one's session stands.
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"
#include "map/maploader.h"
#include "models/librarymodel.h"

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

using enum CommandLine::ExitCode;

class LibraryCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static int run(CommandContext &context, const QStringList &args);

private:
    static QString table(const TopicalMap &map);
};

int LibraryCommand::run(CommandContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.usageError(QStringLiteral("library"), tr("give one map file"));
    Diagnostics warnings;
    Result<TopicalMap> map = MapLoader::loadFile(args.first(), &warnings);
    context.printDiagnostics(warnings);
    if (!context.succeeded(map))
        return Failure;
    context.write(table(map.value()));
    return Success;
}

QString LibraryCommand::table(const TopicalMap &map)
{
    LibraryModel model;
    model.setMap(map);
    QString text = map.name + QLatin1Char('\n');
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(LibraryModel::FirstInGroup).toBool())
            text += QStringLiteral("  %1\n").arg(index.data(LibraryModel::Group).toString());
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(row + 1, 3)
                    .arg(index.data(LibraryModel::Pillar).toBool() ? tr("pillar")
                                                                   : QStringLiteral("      "))
                    .arg(index.data(LibraryModel::StatusText).toString(), -24)
                    .arg(index.data(LibraryModel::Title).toString());
    }
    return text + model.summary() + QLatin1Char('\n');
}

} // namespace

Command libraryCommand()
{
    return {
        QStringLiteral("library"),
        {{QStringLiteral("library MAP.yaml"),
          LibraryCommand::tr("a topical map's articles and where each stands")}},
        LibraryCommand::tr(
            "Lists the articles of the topical map MAP.yaml, group by group, each with its\n"
            "number (what 'promptdeck new --map' takes), whether it is the group's pillar,\n"
            "and how far its session is: not started, or how many cards are answered."),
        {},
        &LibraryCommand::run,
    };
}

} // namespace PromptDeck::Cli
