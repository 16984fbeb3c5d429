// promptdeck answer: stores the answer to a card (from a file or standard
// input) in a session and saves it, then says which cards changed state.
// A text that is a filled prompt of the session is refused unless --force.
#include "base/inputlimits.h"
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"
#include "session/promptecho.h"
#include "text/textstats.h"

#include <QCommandLineParser>
#include <QLocale>

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

using enum CommandLine::ExitCode;

class AnswerCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit AnswerCommand(CommandContext &context)
        : m_context(context)
    {}

    static QCommandLineOption forceOption();
    static QCommandLineOption asPastedOption();
    int run(const QStringList &args);

private:
    int store(const QStringList &args, bool force, bool asPasted);
    std::optional<QString> readAnswer(const QString &source);
    // True (and why is printed) when the answer is a filled prompt of the
    // session: the slip of pasting what was copied to the AI chat.
    bool isPrompt(const Session &session, int index, const QString &source, const QString &answer);
    Result<SourceText> readSource(const QString &source);
    static QString report(const Session &session, int index, const QString &answer, bool changed,
                          bool useChanged, const QList<CardState> &before);
    static QString setAsideLine(const Session &session, int index);

    CommandContext &m_context;
};

QCommandLineOption AnswerCommand::forceOption()
{
    return QCommandLineOption(QStringLiteral("force"),
                              tr("Store the text even when it is a filled prompt of the session."));
}

QCommandLineOption AnswerCommand::asPastedOption()
{
    return QCommandLineOption(QStringLiteral("as-pasted"),
                              tr("Later prompts, checks and exports read the answer exactly as "
                                 "given, its chat wrappers too."));
}

int AnswerCommand::run(const QStringList &args)
{
    const QCommandLineOption force = forceOption();
    const QCommandLineOption asPasted = asPastedOption();
    QCommandLineParser parser;
    parser.addOption(force);
    parser.addOption(asPasted);
    if (!parser.parse(QStringList{QStringLiteral("answer")} + args))
        return m_context.usageError(QStringLiteral("answer"), parser.errorText());
    return store(parser.positionalArguments(), parser.isSet(force), parser.isSet(asPasted));
}

int AnswerCommand::store(const QStringList &args, bool force, bool asPasted)
{
    if (args.size() < 2 || args.size() > 3)
        return m_context.usageError(QStringLiteral("answer"),
                                    tr("give a session file, a card, and a file to read (or - for "
                                       "standard input)"));
    const QString &path = args.at(0);
    // The answer is read before the lock is taken: standard input may take
    // its time, and the lock is held only while the session is worked on.
    const QString source = args.size() == 3 ? args.at(2) : QStringLiteral("-");
    const std::optional<QString> answer = readAnswer(source);
    if (!answer)
        return Failure;
    const std::unique_ptr<SessionLock> lock = m_context.lockSession(path);
    if (!lock)
        return Failure;
    const DiskState read = DiskState::of(path);
    std::optional<Session> session = m_context.loadSession(path);
    if (!session)
        return Failure;
    const std::optional<int> index = m_context.findCard(session->kit(), path, args.at(1));
    if (!index)
        return Failure;
    if (const Status room = session->checkRevisionRoom(); !room) {
        m_context.err() << path << ": " << room.error().message << '\n';
        return Failure;
    }
    // The answer it already is was stored before, so it is no slip now.
    if (!force && session->answerText(*index) != *answer &&
        isPrompt(*session, *index, source, *answer))
        return Failure;

    QList<CardState> before;
    for (int i = 0; i < session->cardCount(); ++i)
        before.append(session->status(i).state);
    const bool changed =
        session->setAnswer(*index, *answer, AnswerVersion::Origin::Imported, m_context.now());
    // How the chain reads it is given with every answer: cleaned, or as pasted.
    const bool useChanged = session->setUseAsPasted(*index, asPasted);
    if ((changed || useChanged) && !m_context.saveLoadedSession(*session, path, read))
        return Failure;
    m_context.write(report(*session, *index, *answer, changed, useChanged, before));
    return Success;
}

// The answer's text, or nothing when it cannot be stored (and then why is
// printed).
std::optional<QString> AnswerCommand::readAnswer(const QString &source)
{
    const Result<SourceText> text = readSource(source);
    if (!m_context.succeeded(text) || !m_context.succeeded(text.value().checkEncoding()))
        return std::nullopt;
    QString answer = text.value().text();
    if (const Status size = Session::checkAnswerSize(answer.size()); !size) {
        m_context.err() << text.value().name() << ": " << size.error().message << '\n';
        return std::nullopt;
    }
    if (answer.trimmed().isEmpty()) {
        m_context.err()
            << tr("%1: the answer is empty; nothing was stored").arg(text.value().name()) << '\n';
        return std::nullopt;
    }
    return answer;
}

bool AnswerCommand::isPrompt(const Session &session, int index, const QString &source,
                             const QString &answer)
{
    const std::optional<PromptEchoMatch> match = PromptEcho::find(session, index, answer);
    if (!match)
        return false;
    const QString name = source == QLatin1String("-") ? tr("standard input") : source;
    m_context.err() << tr("%1: this is %2; nothing was stored.")
                           .arg(name, PromptEcho::describe(session, *match))
                    << '\n'
                    << tr("Give the prompt to the AI and store its reply, or add --force to store "
                          "this text anyway.")
                    << '\n';
    return true;
}

Result<SourceText> AnswerCommand::readSource(const QString &source)
{
    const qint64 maxBytes = qint64(Limits::maxAnswerChars) * 3;
    if (source != QLatin1String("-"))
        return SourceText::readFile(source, maxBytes, tr("answer"));
    const QByteArray bytes = m_context.in()->read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Diagnostic::error(tr("standard input"), 0, 0, tr("the answer is too large"));
    return SourceText(tr("standard input"), bytes);
}

// "Set aside: the opening "Sure! Here's…", the closing offer (--as-pasted
// keeps them)." or "Used as pasted, with …"; empty when there is nothing.
QString AnswerCommand::setAsideLine(const Session &session, int index)
{
    const CleanedAnswer &cleaned = session.cleanedAnswer(index);
    if (!cleaned.changed())
        return {};
    const QString list = AnswerCleaner::listOf(cleaned.setAside);
    if (session.usesAsPasted(index))
        return tr("Used as pasted, with %1.\n").arg(list);
    return tr("Set aside: %1 (--as-pasted keeps them).\n").arg(list);
}

QString AnswerCommand::report(const Session &session, int index, const QString &answer,
                              bool changed, bool useChanged, const QList<CardState> &before)
{
    const QLocale locale;
    QString text;
    if (changed) {
        text = tr("Stored the answer to %1 (characters: %2, words: %3).\n")
                   .arg(session.kit().cardLabel(index), locale.toString(countCharacters(answer)),
                        locale.toString(countWords(answer)));
    } else if (useChanged) {
        text = tr("The answer to %1 is already this text; it is now read %2.\n")
                   .arg(session.kit().cardLabel(index),
                        session.usesAsPasted(index) ? tr("as pasted") : tr("cleaned"));
    } else {
        text = tr("The answer to %1 is already this text; nothing changed.\n")
                   .arg(session.kit().cardLabel(index));
    }
    text += setAsideLine(session, index);
    for (int i = 0; i < session.cardCount(); ++i) {
        const CardState now = session.status(i).state;
        if (now != before.at(i)) {
            text +=
                tr("Card %1 (%2): %3 → %4")
                    .arg(i + 1)
                    .arg(session.kit().cards.at(i).id, cardStateId(before.at(i)), cardStateId(now));
            if (const QString reason = session.staleReason(i); !reason.isEmpty())
                text += QStringLiteral(" (") + reason + QLatin1Char(')');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace

Command answerCommand()
{
    return {
        QStringLiteral("answer"),
        {{QStringLiteral("answer FILE CARD [PATH|-] [--as-pasted] [--force]"),
          AnswerCommand::tr("store an answer (from a file or stdin)")}},
        AnswerCommand::tr(
            "Stores the text of PATH (standard input when it is - or not given) as the\n"
            "answer to CARD (its id or its number) in the session FILE, and saves the\n"
            "session; the previous file is kept as FILE.bak. Then it says which cards\n"
            "changed state: the cards that waited for this answer are ready, those built on\n"
            "an older answer are stale. It holds the session's lock (.FILE.lock) while it\n"
            "works, waits a few seconds for another command that holds it, and stores\n"
            "nothing while the session is open in a PromptDeck window.\n"
            "\n"
            "A text that is a filled prompt of the session (this card's or another's, as\n"
            "it is or nearly: whitespace changed, a line added or cut, a few words edited)\n"
            "is the prompt copied for the AI, not its answer: it is refused, nothing is\n"
            "stored and the exit code is 1. --force stores it anyway.\n"
            "\n"
            "Later prompts, checks and exports read the answer without the chat wrappers\n"
            "around it (an opening \"Sure! Here's…\", a fence around the whole answer, a\n"
            "closing offer, word and character counts); the text is stored as given, and\n"
            "what was set aside is listed. With --as-pasted they read it exactly as given;\n"
            "the choice is saved with the card, and the cards made from it turn stale\n"
            "when it changes."),
        {AnswerCommand::asPastedOption(), AnswerCommand::forceOption()},
        [](CommandContext &context, const QStringList &args) {
            return AnswerCommand(context).run(args);
        },
    };
}

} // namespace PromptDeck::Cli
