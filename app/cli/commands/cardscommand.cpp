// promptdeck cards: a session's cards as a table, one line each, or the
// stale ones in the order to re-run them.
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"
#include "session/promptmeasure.h"

#include <QCommandLineParser>
#include <QLocale>

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
    static QString totalLine(const ChainMeasure &chain);
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

namespace {

// How wide each column is, so that the table lines up.
struct Widths
{
    int id = 0;
    int phase = 0;
    int depends = 1;
    int words = 0;
    int tokens = 0;
};

Widths widthsOf(const Kit &kit, const QStringList &words, const QStringList &tokens)
{
    Widths widths;
    for (const CardDef &card : kit.cards) {
        widths.id = std::max(widths.id, int(card.id.size()));
        widths.phase = std::max(widths.phase, int(card.phase.size()));
        widths.depends =
            std::max(widths.depends, int(card.dependsOn.join(QLatin1Char(',')).size()));
    }
    for (const QString &w : words)
        widths.words = std::max(widths.words, int(w.size()));
    for (const QString &t : tokens)
        widths.tokens = std::max(widths.tokens, int(t.size()));
    return widths;
}

} // namespace

QString CardsCommand::table(const Session &session)
{
    const Kit &kit = session.kit();
    const QLocale locale;
    QList<PromptMeasure> measures;
    QStringList words;
    QStringList tokens;
    ChainMeasure chain;
    for (int i = 0; i < kit.cards.size(); ++i) {
        measures.append(PromptMeasure::ofCard(session, i));
        chain.add(measures.last());
        words.append(tr("%1 words").arg(locale.toString(measures.last().words)));
        tokens.append(tr("~%1 tokens").arg(locale.toString(measures.last().tokens)));
    }
    const Widths widths = widthsOf(kit, words, tokens);
    const int numberWidth = int(QString::number(kit.cards.size()).size());
    QString text;
    for (int i = 0; i < kit.cards.size(); ++i) {
        const CardDef &card = kit.cards.at(i);
        const QString depends =
            card.dependsOn.isEmpty() ? QStringLiteral("-") : card.dependsOn.join(QLatin1Char(','));
        QString line = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                           .arg(i + 1, numberWidth)
                           .arg(card.id, -widths.id)
                           .arg(card.phase, -widths.phase)
                           .arg(cardStateId(session.status(i).state), -8)
                           .arg(depends, -widths.depends)
                           .arg(words.at(i), widths.words)
                           .arg(tokens.at(i), widths.tokens)
                           .arg(card.title);
        if (const QString reason = session.staleReason(i); !reason.isEmpty())
            line += QStringLiteral("  (") + reason + QLatin1Char(')');
        if (measures.at(i).newChatAdvised())
            line += tr("  [new chat advised]");
        text += line + QLatin1Char('\n');
    }
    return text + totalLine(chain);
}

QString CardsCommand::totalLine(const ChainMeasure &chain)
{
    const QLocale locale;
    QString line = tr("total: %1 prompts, %2 words, ~%3 tokens")
                       .arg(locale.toString(chain.cards), locale.toString(chain.words),
                            locale.toString(chain.tokens));
    if (chain.newChatCards > 0)
        line += tr("; a new chat is advised for %1 of them (over %2 tokens each)")
                    .arg(locale.toString(chain.newChatCards),
                         locale.toString(PromptMeasure::newChatTokens));
    return line + QLatin1Char('\n');
}

} // namespace

Command cardsCommand()
{
    return {
        QStringLiteral("cards"),
        {{QStringLiteral("cards FILE"),
          CardsCommand::tr("list cards: number, id, phase, state, depends on, prompt size, title")},
         {QStringLiteral("cards --rerun FILE"),
          CardsCommand::tr("list the stale cards in the order to re-run them")}},
        CardsCommand::tr(
            "Lists the cards of the session FILE, one line each: the card's number, its id,\n"
            "its phase, its state (waiting, ready, answered, stale), the cards it depends\n"
            "on, the size of its filled prompt (words, and tokens estimated as characters / 4),\n"
            "and its title; a stale card then says why, in brackets. A prompt of over 6,000\n"
            "tokens (the answers it includes counted) ends its line with [new chat advised]:\n"
            "pasted into a chat that holds the earlier cards, it would crowd a smaller\n"
            "model's context. The last line gives every prompt's total.\n"
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
