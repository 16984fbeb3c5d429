// One writer at a time, with the window: it holds its session file's lock
// while the file is open and lets it go when the session is replaced, saved
// under another name or closed; a command and a second running PromptDeck
// (the real binary, a process of its own) are refused and told who holds
// it; a killed window's lock is taken over.
#include "guitest.h"
#include "session/sessionfile.h"
#include "session/sessionlifecycle.h"
#include "session/sessionlock.h"
#include "session/sessionrecovery.h"
#include "testfiles.h"
#include "windowfixture.h"

#include <QFileInfo>
#include <QLockFile>
#include <QProcess>

using namespace PromptDeck;
using namespace PromptDeck::Core;
using namespace PromptDeck::Tests;

namespace {

struct Answered
{
    int exitCode = -1;
    QString err;
};

// The command line stores an answer, as a user runs it.
Answered answerFromCommandLine(const QString &file, int card, const QByteArray &text)
{
    QProcess process;
    process.start(QStringLiteral(PROMPTDECK_BINARY),
                  {QStringLiteral("answer"), file, QString::number(card), QStringLiteral("-")});
    if (!process.waitForStarted())
        return {};
    process.write(text);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class SessionLockWindowTest final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDownWindow(); }
    void window_holdsTheLockWhileOpen_commandIsRefusedAtOnce();
    void window_saveAsAndNewSession_moveAndReleaseTheLock();
    void secondInstance_isToldWhoHoldsTheSession();
    void killedWindow_itsLockIsTakenOver();

private:
    // A named session with one answer, open in the window.
    QString openNamedSession(const QString &name);
    // The real program with file open in a window of its own; waits until it
    // holds the file's lock.
    bool startOtherInstance(QProcess &other, const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void SessionLockWindowTest::init()
{
    QDir(SessionRecovery::folder()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    setUpWindow();
}

QString SessionLockWindowTest::openNamedSession(const QString &name)
{
    paste(0, QStringLiteral("# The outline"));
    const QString file = m_dir->filePath(name);
    m_dialogs.saveNames = {file};
    return m_window->saveAs() ? file : QString();
}

bool SessionLockWindowTest::startOtherInstance(QProcess &other, const QString &file)
{
    other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    other.start(QStringLiteral(PROMPTDECK_BINARY), {file});
    if (!other.waitForStarted())
        return false;
    // Its window has the session once its recovery slot's lock names it
    // (taken after the file's lock, as the session became the window's).
    // Only read: taking a lock to look would get in its way.
    const SessionLock lock(file);
    auto holdsARecoverySlot = [&other] {
        const QDir folder(SessionRecovery::folder());
        for (const QString &name :
             folder.entryList({QStringLiteral("*.recovery.lock")}, QDir::Files | QDir::Hidden)) {
            qint64 pid = 0;
            QString host;
            QString program;
            if (QLockFile(folder.filePath(name)).getLockInfo(&pid, &host, &program) &&
                pid == other.processId())
                return true;
        }
        return false;
    };
    for (int tries = 0; tries < 1200; ++tries) {
        const std::optional<SessionLock::Holder> holder = lock.holder();
        if (holder && holder->pid == other.processId() && holdsARecoverySlot())
            return true;
        QTest::qWait(50);
    }
    return false;
}

void SessionLockWindowTest::window_holdsTheLockWhileOpen_commandIsRefusedAtOnce()
{
    const QString file = openNamedSession(QStringLiteral("article.promptdeck"));
    QVERIFY(!file.isEmpty());
    QVERIFY(QFileInfo::exists(SessionLock::lockPathFor(file)));
    const QByteArray before = readAll(file);

    const Answered refused = answerFromCommandLine(file, 2, "From the command line");
    QCOMPARE(refused.exitCode, 1);
    const QString pid = QString::number(QCoreApplication::applicationPid());
    QVERIFY2(refused.err.contains(
                 QStringLiteral("open in another PromptDeck window (process %1").arg(pid)),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("Nothing was written")), qPrintable(refused.err));
    QCOMPARE(readAll(file), before);

    // Closed: the lock goes, and the command stores its answer.
    QVERIFY(m_window->close());
    QVERIFY(!QFileInfo::exists(SessionLock::lockPathFor(file)));
    const Answered stored = answerFromCommandLine(file, 2, "From the command line");
    QCOMPARE(stored.exitCode, 0);
    QCOMPARE(SessionFile::load(file).value().answerText(1),
             QStringLiteral("From the command line"));
}

void SessionLockWindowTest::window_saveAsAndNewSession_moveAndReleaseTheLock()
{
    const QString first = openNamedSession(QStringLiteral("first.promptdeck"));
    const QString second = m_dir->filePath(QStringLiteral("second.promptdeck"));
    m_dialogs.saveNames = {second};
    QVERIFY(m_window->saveAs());
    QVERIFY(!QFileInfo::exists(SessionLock::lockPathFor(first)));
    QVERIFY(QFileInfo::exists(SessionLock::lockPathFor(second)));
    QCOMPARE(answerFromCommandLine(first, 2, "To the first").exitCode, 0);
    // The window has the second open, and says so at once.
    const Answered refused = answerFromCommandLine(second, 2, "To the second");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("open in another PromptDeck window")),
             qPrintable(refused.err));

    // A new untitled session has no file and holds no lock.
    m_window->newBundledSession();
    QVERIFY(m_window->document()->filePath().isEmpty());
    QVERIFY(!QFileInfo::exists(SessionLock::lockPathFor(second)));
    QCOMPARE(answerFromCommandLine(second, 2, "To the second").exitCode, 0);
    QVERIFY(m_window->lifecycle()->lock() == nullptr);
}

void SessionLockWindowTest::secondInstance_isToldWhoHoldsTheSession()
{
    const QString file = openNamedSession(QStringLiteral("article.promptdeck"));
    m_window->newBundledSession(); // this window lets it go
    QProcess other;
    QVERIFY(startOtherInstance(other, file));
    const QString otherPid = QString::number(other.processId());

    // Opening it here is refused, naming the other instance.
    QVERIFY(!m_window->openFile(file));
    QVERIFY(m_window->document()->filePath().isEmpty());
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY2(m_dialogs.warnings.first().startsWith(QStringLiteral("Session Open Elsewhere")),
             qPrintable(m_dialogs.warnings.first()));
    QVERIFY2(m_dialogs.warnings.first().contains(
                 QStringLiteral("process %1 (promptdeck)").arg(otherPid)),
             qPrintable(m_dialogs.warnings.first()));

    // So is saving this window's session over it.
    paste(1, QStringLiteral("Mine"));
    const QByteArray before = readAll(file);
    m_dialogs.saveNames = {file};
    QVERIFY(!m_window->saveAs());
    QCOMPARE(m_dialogs.warnings.size(), 2);
    QVERIFY2(m_dialogs.warnings.last().startsWith(QStringLiteral("Could Not Save")),
             qPrintable(m_dialogs.warnings.last()));
    QVERIFY2(m_dialogs.warnings.last().contains(QStringLiteral("process %1").arg(otherPid)),
             qPrintable(m_dialogs.warnings.last()));
    QCOMPARE(readAll(file), before);
    QVERIFY(m_window->document()->filePath().isEmpty());

    // And the command line, at once, naming the same process.
    const Answered refused = answerFromCommandLine(file, 3, "Theirs");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("process %1").arg(otherPid)),
             qPrintable(refused.err));

    other.terminate();
    QVERIFY(other.waitForFinished(30000));
}

void SessionLockWindowTest::killedWindow_itsLockIsTakenOver()
{
    const QString file = openNamedSession(QStringLiteral("article.promptdeck"));
    m_window->newBundledSession();
    QProcess other;
    QVERIFY(startOtherInstance(other, file));
    other.kill(); // SIGKILL: its lock file stays, naming a process that is gone
    QVERIFY(other.waitForFinished());
    QVERIFY(QFileInfo::exists(SessionLock::lockPathFor(file)));

    const Answered stored = answerFromCommandLine(file, 2, "After the crash");
    QCOMPARE(stored.exitCode, 0);
    QCOMPARE(SessionFile::load(file).value().answerText(1), QStringLiteral("After the crash"));
    // The window opens it too, and holds it.
    QVERIFY(m_window->openFile(file));
    QCOMPARE(m_window->document()->filePath(), file);
    QVERIFY(m_window->lifecycle()->lock()->isLocked());
}

int main(int argc, char **argv)
{
    return PromptDeck::Tests::runGuiTest<SessionLockWindowTest>(argc, argv);
}

#include "tst_sessionlock.moc"
