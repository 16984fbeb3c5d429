// promptdeck prompt: the filled prompt of one card, as the window copies it.
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"
#include "session/sessionlifecycle.h"

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

using enum CommandLine::ExitCode;

class PromptCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static int run(CommandContext &context, const QStringList &args);

private:
    static void noteWaiting(CommandContext &context, const Session &session, int index);
};

int PromptCommand::run(CommandContext &context, const QStringList &args)
{
    if (args.size() != 2)
        return context.usageError(QStringLiteral("prompt"), tr("give a session file and a card"));
    const std::optional<Session> session = context.loadSession(args.at(0));
    if (!session)
        return Failure;
    const std::optional<int> index = context.findCard(session->kit(), args.at(0), args.at(1));
    if (!index)
        return Failure;
    Result<RenderedText> prompt = session->renderPrompt(*index);
    if (!context.succeeded(prompt))
        return Failure;
    noteWaiting(context, *session, *index);
    context.write(prompt.value().text);
    return Success;
}

// A waiting card's prompt is printed all the same, with its gaps marked;
// standard error says which answers it waits for.
void PromptCommand::noteWaiting(CommandContext &context, const Session &session, int index)
{
    const QString waiting =
        SessionLifecycle::waitingText(session, index, SessionLifecycle::WaitingStyle::Note);
    if (waiting.isEmpty())
        return;
    context.err() << waiting << '\n';
    context.err().flush();
}

} // namespace

Command promptCommand()
{
    return {
        QStringLiteral("prompt"),
        {{QStringLiteral("prompt FILE CARD"),
          PromptCommand::tr("print the filled prompt of a card")}},
        PromptCommand::tr(
            "Prints the prompt of CARD (its id or its number) in the session FILE, filled\n"
            "in with the brief and the answers it uses, exactly as the window copies it.\n"
            "The prompt of a card that waits for an answer marks the gap, and standard\n"
            "error says which answer is missing."),
        {},
        &PromptCommand::run,
    };
}

} // namespace PromptDeck::Cli
