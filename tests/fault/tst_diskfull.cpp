// A full disk from outside the process (docs/RELIABILITY.md, matrix row 2):
// the real promptdeck stores an answer while its file-size limit (what a
// full disk looks like to a writer) stops the save. It must fail with a
// message that names the file, leave the previous file and its backup
// byte-identical, and leave no temporary file behind. The signal a
// file-size limit sends (SIGXFSZ, which kills by default) is left as a
// plain shell's "ulimit -f" leaves it: the program ignores it itself, on
// the command line and in the window.
#include "session/sessionfile.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace PromptDeck::Core;
using PromptDeck::Tests::readAll;

namespace {

// Runs the child under a file-size limit of bytes, with SIGXFSZ at its
// default (killing) action, whatever this process does with it.
void limitFileSize(QProcess &process, rlim_t bytes)
{
    process.setChildProcessModifier([bytes] {
        std::signal(SIGXFSZ, SIG_DFL);
        rlimit r{};
        getrlimit(RLIMIT_FSIZE, &r);
        r.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &r);
    });
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

} // namespace

class DiskFullTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answer_onAFullDisk_failsAndKeepsTheFile_data();
    void answer_onAFullDisk_failsAndKeepsTheFile();
    void window_underAFileSizeLimit_reportsInsteadOfDying();
};

void DiskFullTest::answer_onAFullDisk_failsAndKeepsTheFile_data()
{
    QTest::addColumn<int>("room");
    QTest::addColumn<QString>("expected");
    // The backup of the previous version is a hard link and takes no room;
    // the new file does not fit, in either case.
    QTest::newRow("room for less than the new file")
        << 64 * 1024 << QStringLiteral("could not save");
    QTest::newRow("room for almost nothing") << 1024 << QStringLiteral("could not save");
}

void DiskFullTest::answer_onAFullDisk_failsAndKeepsTheFile()
{
    QFETCH(int, room);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("full.promptdeck"));
    const QString binary = QStringLiteral(PROMPTDECK_BINARY);
    QProcess create;
    create.start(binary, {QStringLiteral("new"), QStringLiteral("-o"), file});
    QVERIFY(create.waitForFinished(30000));
    QCOMPARE(create.exitCode(), 0);
    // A first answer, so that there is a backup to keep as well.
    const QString small = dir.filePath(QStringLiteral("small.md"));
    QVERIFY(writeFile(small, "A first answer\n"));
    QProcess first;
    first.start(binary, {QStringLiteral("answer"), file, QStringLiteral("1"), small});
    QVERIFY(first.waitForFinished(30000));
    QCOMPARE(first.exitCode(), 0);
    const QByteArray before = readAll(file);
    const QByteArray backupBefore = readAll(file + QStringLiteral(".bak"));
    QVERIFY(before.size() > 4096);
    QVERIFY(before.size() < room || room < 4096);
    QVERIFY(!backupBefore.isEmpty() && backupBefore != before);

    const QString answer = dir.filePath(QStringLiteral("answer.md"));
    QVERIFY(writeFile(answer, QByteArray(2 * 1024 * 1024, 'x')));

    QProcess process;
    limitFileSize(process, rlim_t(room));
    process.start(binary, {QStringLiteral("answer"), file, QStringLiteral("1"), answer});
    QVERIFY(process.waitForFinished(60000));
    // Not killed by SIGXFSZ: the write failed with EFBIG and was reported.
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(file) && err.contains(expected), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("The file is unchanged.")), qPrintable(err));

    QCOMPARE(readAll(file), before);
    QCOMPARE(readAll(file + QStringLiteral(".bak")), backupBefore);
    QVERIFY(SessionFile::load(file).ok());
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const char *name : {"answer.md", "small.md", "full.promptdeck", "full.promptdeck.bak"})
        left.removeAll(QString::fromLatin1(name));
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

// The window writes too (its settings, a screenshot, its saves): under a
// file-size limit it reports, and the session it opened stays as it was.
void DiskFullTest::window_underAFileSizeLimit_reportsInsteadOfDying()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("open.promptdeck"));
    const QString binary = QStringLiteral(PROMPTDECK_BINARY);
    QProcess create;
    create.start(binary, {QStringLiteral("new"), QStringLiteral("-o"), file});
    QVERIFY(create.waitForFinished(30000));
    QCOMPARE(create.exitCode(), 0);
    const QByteArray before = readAll(file);

    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    window.setProcessEnvironment(environment);
    limitFileSize(window, 1024); // the screenshot is larger
    const QString screenshot = dir.filePath(QStringLiteral("shot.png"));
    window.start(binary, {QStringLiteral("--screenshot"), screenshot, file});
    QVERIFY(window.waitForFinished(60000));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 1);
    const QString err = QString::fromUtf8(window.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("could not write the screenshot")), qPrintable(err));
    QCOMPARE(readAll(file), before);
}

QTEST_GUILESS_MAIN(DiskFullTest)
#include "tst_diskfull.moc"
