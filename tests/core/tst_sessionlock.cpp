// The lock beside a session file: who holds it, every name of one file
// meeting one lock, a dead holder's lock taken over, a folder where no lock
// can be made.
#include "session/sessionlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Core;

class SessionLockTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void lockPath_isHiddenBesideTheFile_data();
    void lockPath_isHiddenBesideTheFile();
    void lock_heldByAnother_isBusyAndNamesTheHolder();
    void lock_symlinkAndTarget_meetOneLock();
    void lock_ofADeadProcess_isTakenOver();
    void lock_noFolder_isUnlockable();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void SessionLockTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void SessionLockTest::lockPath_isHiddenBesideTheFile_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("lock");
    QTest::newRow("plain") << QStringLiteral("a.promptdeck")
                           << QStringLiteral(".a.promptdeck.lock");
    QTest::newRow("in a folder") << QStringLiteral("sub/../b.promptdeck")
                                 << QStringLiteral(".b.promptdeck.lock");
    QTest::newRow("spaces") << QStringLiteral("my article.promptdeck")
                            << QStringLiteral(".my article.promptdeck.lock");
}

void SessionLockTest::lockPath_isHiddenBesideTheFile()
{
    QFETCH(QString, session);
    QFETCH(QString, lock);
    QCOMPARE(SessionLock::lockPathFor(path(session)), QDir::cleanPath(path(lock)));
}

void SessionLockTest::lock_heldByAnother_isBusyAndNamesTheHolder()
{
    const QString file = path(QStringLiteral("a.promptdeck"));
    SessionLock first(file);
    QCOMPARE(first.lock(), SessionLock::Outcome::Locked);
    QVERIFY(first.isLocked());
    QVERIFY(QFileInfo::exists(first.lockPath()));

    SessionLock second(file);
    QCOMPARE(second.lock(), SessionLock::Outcome::Busy);
    QVERIFY(!second.isLocked());
    const std::optional<SessionLock::Holder> holder = second.holder();
    QVERIFY(holder);
    QCOMPARE(holder->pid, QCoreApplication::applicationPid());
    QCOMPARE(holder->host, QSysInfo::machineHostName());
    // Qt records the executable's name (not applicationName()), the name it
    // compares with the running process's to tell a live holder from a
    // reused process id: a live holder is never taken for a dead one.
    QCOMPARE(holder->program, QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    QVERIFY(holder->since.isValid());
    QVERIFY(holder->describe().contains(QString::number(holder->pid)));
    QVERIFY(holder->describe().contains(holder->host));

    first.unlock();
    QVERIFY(!QFileInfo::exists(first.lockPath()));
    QCOMPARE(second.lock(), SessionLock::Outcome::Locked);
}

void SessionLockTest::lock_symlinkAndTarget_meetOneLock()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("real")));
    const QString target = path(QStringLiteral("real/a.promptdeck"));
    QFile created(target);
    QVERIFY(created.open(QIODevice::WriteOnly));
    created.close();
    const QString link = path(QStringLiteral("link.promptdeck"));
    QVERIFY(QFile::link(target, link));

    QCOMPARE(SessionLock::lockPathFor(link), path(QStringLiteral("real/.a.promptdeck.lock")));
    SessionLock viaLink(link);
    QVERIFY(viaLink.guards(target));
    QCOMPARE(viaLink.lock(), SessionLock::Outcome::Locked);
    SessionLock viaTarget(target);
    QCOMPARE(viaTarget.lock(), SessionLock::Outcome::Busy);
}

void SessionLockTest::lock_ofADeadProcess_isTakenOver()
{
    // A process that has ended: its id names no one (a crash, a kill -9).
    QProcess ended;
    ended.start(QStringLiteral("true"));
    QVERIFY(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    QVERIFY(ended.waitForFinished());

    const QString file = path(QStringLiteral("a.promptdeck"));
    // The lock as QLockFile writes it: process id, program, host.
    QFile stale(SessionLock::lockPathFor(file));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray::number(deadPid) + "\npromptdeck\n" +
                QSysInfo::machineHostName().toUtf8() + '\n');
    stale.close();

    SessionLock lock(file);
    QCOMPARE(lock.lock(), SessionLock::Outcome::Locked);
    QCOMPARE(lock.holder()->pid, QCoreApplication::applicationPid());
}

void SessionLockTest::lock_noFolder_isUnlockable()
{
    SessionLock lock(path(QStringLiteral("missing/a.promptdeck")));
    QCOMPARE(lock.lock(), SessionLock::Outcome::Unlockable);
    QVERIFY(!lock.isLocked());
    QVERIFY(!lock.holder());
}

QTEST_GUILESS_MAIN(SessionLockTest)
#include "tst_sessionlock.moc"
