// promptdeck cards: a session's cards as a table, one line each, or the
// stale ones in the order to re-run them.
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"

#include <QCommandLineParser>

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

using enum CommandLine::ExitCode;

class CardsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static int run(CommandContext &context, const QStringList &args);
    static QCommandLineOption rerunOption();

private:
    static QString table(const Session &session);
    static QString rerunList(const Session &session);
};

QCommandLineOption CardsCommand::rerunOption()
{
    return {QStringLiteral("rerun"),
            tr("list only the stale cards, in the order to re-run them, each with why it is "
               "stale")};
}

int CardsCommand::run(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption rerun = rerunOption();
    parser.addOption(rerun);
    if (!parser.parse(QStringList{QStringLiteral("cards")} + args))
        return context.usageError(QStringLiteral("cards"), parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("cards"), tr("give one session file"));
    const QString path = parser.positionalArguments().first();
    const std::optional<Session> session = context.loadSession(path);
    if (!session)
        return Failure;
    if (!parser.isSet(rerun)) {
        context.write(table(*session));
    } else if (session->staleCards().isEmpty()) {
        context.err() << tr("%1: no card is stale; there is nothing to re-run").arg(path) << '\n';
    } else {
        context.write(rerunList(*session));
    }
    return Success;
}

QString CardsCommand::rerunList(const Session &session)
{
    const Kit &kit = session.kit();
    const QList<int> stale = session.staleCards();
    qsizetype idWidth = 0;
    for (int i : stale)
        idWidth = std::max(idWidth, kit.cards.at(i).id.size());
    const int numberWidth = int(QString::number(kit.cards.size()).size());
    QString text;
    for (int i : stale) {
        text += QStringLiteral("%1  %2  %3: %4\n")
                    .arg(i + 1, numberWidth)
                    .arg(kit.cards.at(i).id, -int(idWidth))
                    .arg(kit.cards.at(i).title, session.staleReason(i));
    }
    return text;
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
        QString line = QStringLiteral("%1  %2  %3  %4  %5  %6")
                           .arg(i + 1, numberWidth)
                           .arg(card.id, -int(idWidth))
                           .arg(card.phase, -int(phaseWidth))
                           .arg(cardStateId(session.status(i).state), -8)
                           .arg(depends, -int(dependsWidth))
                           .arg(card.title);
        if (const QString reason = session.staleReason(i); !reason.isEmpty())
            line += QStringLiteral("  (") + reason + QLatin1Char(')');
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace

Command cardsCommand()
{
    return {
        QStringLiteral("cards"),
        {{QStringLiteral("cards FILE"),
          CardsCommand::tr("list cards: number, id, phase, state, depends on, title")},
         {QStringLiteral("cards --rerun FILE"),
          CardsCommand::tr("list the stale cards in the order to re-run them")}},
        CardsCommand::tr(
            "Lists the cards of the session FILE, one line each: the card's number, its id,\n"
            "its phase, its state (waiting, ready, answered, stale), the cards it depends\n"
            "on, and its title; a stale card then says why, in brackets.\n"
            "\n"
            "A card is stale when the content of an input (a brief field, an earlier answer)\n"
            "differs from what its answer was made from, or when a card it uses is stale\n"
            "itself. Putting the old text back makes it fresh again.\n"
            "\n"
            "With --rerun, lists only the stale cards, each after the cards it is made from:\n"
            "the order to copy their prompts again. Each line: number, id, title, and why."),
        {CardsCommand::rerunOption()},
        &CardsCommand::run,
    };
}

} // namespace PromptDeck::Cli
