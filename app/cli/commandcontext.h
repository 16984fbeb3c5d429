// What a command runs with: standard input, output and error, the clock,
// and the steps every command shares: usage errors, diagnostics, loading a
// session, finding a card, writing a result to a file or to standard output.
#pragma once

#include "base/result.h"
#include "io/diskstate.h"
#include "kit/kit.h"
#include "session/session.h"
#include "session/sessionlock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace PromptDeck::Cli {

class CommandContext final
{
    // The commands' texts share one translation context, the one they have
    // always had.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandContext(QIODevice *in, QIODevice *out, QTextStream &err,
                   std::function<QDateTime()> clock);

    QIODevice *in() const { return m_in; }
    QTextStream &err() const { return m_err; }
    QDateTime now() const { return m_clock(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void write(const QString &text);
    void writeBytes(const QByteArray &bytes);

    // Says what is wrong with the command's arguments; returns UsageError.
    int usageError(const QString &command, const QString &message);

    void printDiagnostics(const Core::Diagnostics &diagnostics);
    // True when result holds a value; otherwise prints its errors.
    template<typename T>
    bool succeeded(const Core::Result<T> &result)
    {
        if (result)
            return true;
        printDiagnostics(result.errors());
        return false;
    }

    // The session in path, its warnings printed; nothing when it cannot be
    // loaded, and then the errors are printed too.
    std::optional<Core::Session> loadSession(const QString &path);

    // The lock of the session in path, held by this command until it goes:
    // taken before the session is read, so that no other writer works from
    // the same reading. Waits a few seconds for another command, not for a
    // window that has the session open. Null when another holds it, and then
    // who is printed. (Where no lock file can be made, an unlocked one: the
    // save that follows says why the folder cannot be written.)
    std::unique_ptr<Core::SessionLock> lockSession(const QString &path);
    // Writes a session loaded from path back to it, unless the file changed
    // on disk since it was read (read: its state just before); false when
    // it was not written, and then why is printed.
    bool saveLoadedSession(const Core::Session &session, const QString &path,
                           const Core::DiskState &read);

    // The index of a card named by its id or its 1-based number; nothing
    // when the kit has no such card, and then the cards are listed.
    std::optional<int> findCard(const Core::Kit &kit, const QString &file, const QString &card);

    // Whether the file the option output names may be written, asked before
    // any work: not when it is one of inputs (the files the output is made
    // from) or an existing session, unless force is set; then why not is
    // printed. True when the option is not given.
    bool mayWriteOutput(const QCommandLineParser &parser, const QCommandLineOption &output,
                        const QStringList &inputs, bool force);
    // --force, for the commands that ask mayWriteOutput.
    static QCommandLineOption forceOption();

    // Writes bytes to the file the option output names, and says so, or to
    // standard output when the option is not given; returns the exit code.
    int writeOutput(const QCommandLineParser &parser, const QCommandLineOption &output,
                    const QByteArray &bytes);

private:
    QIODevice *m_in;
    QIODevice *m_out;
    QTextStream &m_err;
    std::function<QDateTime()> m_clock;
};

} // namespace PromptDeck::Cli
