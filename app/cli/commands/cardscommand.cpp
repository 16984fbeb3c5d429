// promptdeck cards: a session's cards as a table, one line each.
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

using enum CommandLine::ExitCode;

class CardsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static int run(CommandContext &context, const QStringList &args);

private:
    static QString table(const Session &session);
};

int CardsCommand::run(CommandContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.usageError(QStringLiteral("cards"), tr("give one session file"));
    const std::optional<Session> session = context.loadSession(args.first());
    if (!session)
        return Failure;
    context.write(table(*session));
    return Success;
}

QString CardsCommand::table(const Session &session)
{
    const Kit &kit = session.kit();
    qsizetype idWidth = 0;
    qsizetype phaseWidth = 0;
    qsizetype dependsWidth = 1;
    for (const CardDef &card : kit.cards) {
        idWidth = std::max(idWidth, card.id.size());
        phaseWidth = std::max(phaseWidth, card.phase.size());
        dependsWidth = std::max(dependsWidth, card.dependsOn.join(QLatin1Char(',')).size());
    }
    const int numberWidth = int(QString::number(kit.cards.size()).size());
    QString text;
    for (int i = 0; i < kit.cards.size(); ++i) {
        const CardDef &card = kit.cards.at(i);
        const QString depends =
            card.dependsOn.isEmpty() ? QStringLiteral("-") : card.dependsOn.join(QLatin1Char(','));
        text += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                    .arg(i + 1, numberWidth)
                    .arg(card.id, -int(idWidth))
                    .arg(card.phase, -int(phaseWidth))
                    .arg(cardStateId(session.status(i).state), -8)
                    .arg(depends, -int(dependsWidth))
                    .arg(card.title);
    }
    return text;
}

} // namespace

Command cardsCommand()
{
    return {
        QStringLiteral("cards"),
        {{QStringLiteral("cards FILE"),
          CardsCommand::tr("list cards: number, id, phase, state, depends on, title")}},
        CardsCommand::tr(
            "Lists the cards of the session FILE, one line each: the card's number, its id,\n"
            "its phase, its state (waiting, ready, answered, stale), the cards it depends\n"
            "on, and its title."),
        {},
        &CardsCommand::run,
    };
}

} // namespace PromptDeck::Cli
