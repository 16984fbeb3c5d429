#include "commandcontext.h"

#include "commandline.h"
#include "io/filekind.h"
#include "io/outputtarget.h"
#include "io/safefilewriter.h"
#include "session/sessionlifecycle.h"

#include <QFileInfo>

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

CommandContext::CommandContext(QIODevice *in, QIODevice *out, QTextStream &err,
                               std::function<QDateTime()> clock)
    : m_in(in)
    , m_out(out)
    , m_err(err)
    , m_clock(std::move(clock))
{}

void CommandContext::write(const QString &text)
{
    writeBytes(text.toUtf8());
}

void CommandContext::writeBytes(const QByteArray &bytes)
{
    m_out->write(bytes);
}

int CommandContext::usageError(const QString &command, const QString &message)
{
    m_err << QStringLiteral("promptdeck %1: ").arg(command) << message << '\n'
          << tr("Run 'promptdeck --help' for usage.") << '\n';
    m_err.flush();
    return CommandLine::UsageError;
}

void CommandContext::printDiagnostics(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        m_err << d.toString() << '\n';
    m_err.flush();
}

std::optional<Session> CommandContext::loadSession(const QString &path)
{
    Diagnostics warnings;
    Result<Session> loaded = SessionLifecycle::load(path, &warnings);
    printDiagnostics(warnings);
    if (!succeeded(loaded))
        return std::nullopt;
    return std::move(loaded).value();
}

std::unique_ptr<SessionLock> CommandContext::lockSession(const QString &path)
{
    auto lock = std::make_unique<SessionLock>(path);
    const SessionLifecycle::LockAttempt attempt = SessionLifecycle::acquire(*lock);
    if (attempt.outcome != SessionLock::Outcome::Busy)
        return lock;
    m_err << SessionLifecycle::lockRefusal(path, attempt).toString() << '\n'
          << tr("Nothing was written.") << '\n';
    m_err.flush();
    return nullptr;
}

bool CommandContext::saveLoadedSession(const Session &session, const QString &path,
                                       const DiskState &read)
{
    // The same rule as the window's: a file changed since it was read is
    // never written over. Under the lock only a program that takes no lock
    // can have changed it.
    if (DiskState::of(path) != read) {
        m_err << tr("%1: the file changed on disk while this command worked on it (another "
                    "program wrote it); nothing was written. Run the command again.")
                     .arg(path)
              << '\n';
        m_err.flush();
        return false;
    }
    return succeeded(SessionLifecycle::saveLoaded(session, path, now()));
}

std::optional<int> CommandContext::findCard(const Kit &kit, const QString &file,
                                            const QString &card)
{
    bool isNumber = false;
    const int number = card.toInt(&isNumber);
    const int index = !isNumber                                     ? kit.cardIndex(card)
                      : (number >= 1 && number <= kit.cards.size()) ? number - 1
                                                                    : -1;
    if (index >= 0)
        return index;
    QStringList ids;
    for (int i = 0; i < kit.cards.size(); ++i)
        ids.append(QStringLiteral("%1 %2").arg(i + 1).arg(kit.cards.at(i).id));
    m_err
        << tr("%1: no card '%2'; the cards are: %3").arg(file, card, ids.join(QStringLiteral(", ")))
        << '\n';
    return std::nullopt;
}

bool CommandContext::mayWriteOutput(const QCommandLineParser &parser,
                                    const QCommandLineOption &output, const QStringList &inputs,
                                    bool force)
{
    if (!parser.isSet(output) || force)
        return true;
    const QString file = parser.value(output);
    const std::optional<OutputConflict> conflict = outputConflict(file, inputs);
    if (!conflict)
        return true;
    const QString what =
        conflict->kind == OutputConflict::Kind::Input
            ? tr("%1: this is %2, which the command reads; writing there would replace it")
                  .arg(file, conflict->input)
            : tr("%1: this is a PromptDeck session; writing there would replace it").arg(file);
    m_err << what << '\n'
          << tr("Nothing was written. Give -o another file, or add --force to replace it.") << '\n';
    m_err.flush();
    return false;
}

QCommandLineOption CommandContext::forceOption()
{
    return QCommandLineOption(QStringLiteral("force"),
                              tr("Write OUT even over the file read or a session."));
}

int CommandContext::writeOutput(const QCommandLineParser &parser, const QCommandLineOption &output,
                                const QByteArray &bytes)
{
    if (!parser.isSet(output)) {
        writeBytes(bytes);
        return CommandLine::Success;
    }
    const QString file = parser.value(output);
    // Writing over a session (--force) waits for its other writers as a
    // session's own commands do, and never replaces one open in a window.
    std::unique_ptr<SessionLock> lock;
    if (hasSessionSuffix(file) && QFileInfo::exists(file)) {
        lock = lockSession(file);
        if (!lock)
            return CommandLine::Failure;
    }
    if (!succeeded(SafeFileWriter::write(file, bytes)))
        return CommandLine::Failure;
    m_err << tr("Wrote %1.").arg(parser.value(output)) << '\n';
    return CommandLine::Success;
}

} // namespace PromptDeck::Cli
