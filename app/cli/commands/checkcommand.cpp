// promptdeck check: runs the kit's answer checks on a session's answers and
// prints every result; any warning or failure makes the exit code 1.
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

using enum CommandLine::ExitCode;

class CheckCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static int run(CommandContext &context, const QStringList &args);

private:
    struct Counts
    {
        int pass = 0;
        int warn = 0;
        int fail = 0;
    };
    static QString results(const Session &session, const QList<int> &cards, Counts &counts);
};

int CheckCommand::run(CommandContext &context, const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return context.usageError(QStringLiteral("check"),
                                  tr("give a session file and, if you like, a card"));
    const std::optional<Session> session = context.loadSession(args.first());
    if (!session)
        return Failure;
    QList<int> cards;
    if (args.size() == 2) {
        const std::optional<int> index = context.findCard(session->kit(), args.first(), args.at(1));
        if (!index)
            return Failure;
        cards.append(*index);
    } else {
        for (int i = 0; i < session->kit().cards.size(); ++i)
            cards.append(i);
    }
    Counts counts;
    const QString text = results(*session, cards, counts);
    context.write(
        text +
        tr("pass: %1, warn: %2, fail: %3\n").arg(counts.pass).arg(counts.warn).arg(counts.fail));
    return counts.warn + counts.fail == 0 ? Success : Failure;
}

QString CheckCommand::results(const Session &session, const QList<int> &cards, Counts &counts)
{
    const Kit &kit = session.kit();
    qsizetype idWidth = 0;
    for (int i : cards)
        idWidth = std::max(idWidth, kit.cards.at(i).id.size());
    QString text;
    for (int i : cards) {
        const QString prefix =
            QStringLiteral("%1  %2  ").arg(i + 1, 2).arg(kit.cards.at(i).id, -int(idWidth));
        if (!session.hasAnswer(i)) {
            text += prefix + tr("-     no answer yet") + QLatin1Char('\n');
            continue;
        }
        const QList<CheckResult> checks = session.checkResults(i);
        if (checks.isEmpty())
            text += prefix + tr("-     this card has no checks") + QLatin1Char('\n');
        for (const CheckResult &result : checks) {
            int &count = result.level == CheckResult::Level::Pass   ? counts.pass
                         : result.level == CheckResult::Level::Warn ? counts.warn
                                                                    : counts.fail;
            ++count;
            text += prefix + QStringLiteral("%1  ").arg(checkLevelId(result.level), -4) +
                    result.message + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace

Command checkCommand()
{
    return {
        QStringLiteral("check"),
        {{QStringLiteral("check FILE [CARD]"),
          CheckCommand::tr("run the answer checks, print the results")}},
        CheckCommand::tr(
            "Runs the kit's checks on the answers in the session FILE, or on the answer to\n"
            "CARD alone, and prints each result (pass, warn or fail) with its measure, then\n"
            "the counts. The exit code is 1 when any check warns or fails, so a script can\n"
            "stop there."),
        {},
        &CheckCommand::run,
    };
}

} // namespace PromptDeck::Cli
