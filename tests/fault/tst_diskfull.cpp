// A full disk from outside the process (docs/RELIABILITY.md, matrix row 2):
// the real promptdeck stores an answer while its file-size limit (what a
// full disk looks like to a writer; SIGXFSZ ignored, as a shell's
// "trap '' XFSZ; ulimit -f" would) stops the save. It must fail with a
// message that names the file, leave the previous file byte-identical, and
// leave no temporary file behind.
#include "session/sessionfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace PromptDeck::Core;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class DiskFullTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answer_onAFullDisk_failsAndKeepsTheFile_data();
    void answer_onAFullDisk_failsAndKeepsTheFile();
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
    const QByteArray before = readAll(file);
    QVERIFY(before.size() > 4096);
    QVERIFY(before.size() < room || room < 4096);

    const QString answer = dir.filePath(QStringLiteral("answer.md"));
    QFile out(answer);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(2 * 1024 * 1024, 'x'));
    out.close();

    QProcess process;
    const rlim_t limit = rlim_t(room);
    process.setChildProcessModifier([limit] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit r{};
        getrlimit(RLIMIT_FSIZE, &r);
        r.rlim_cur = limit;
        setrlimit(RLIMIT_FSIZE, &r);
    });
    process.start(binary, {QStringLiteral("answer"), file, QStringLiteral("1"), answer});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(file) && err.contains(expected), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("unchanged")), qPrintable(err));

    QCOMPARE(readAll(file), before);
    QVERIFY(SessionFile::load(file).ok());
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    left.removeAll(QStringLiteral("answer.md"));
    left.removeAll(QStringLiteral("full.promptdeck"));
    left.removeAll(QStringLiteral("full.promptdeck.bak")); // the previous version, whole
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    QCOMPARE(readAll(file + QStringLiteral(".bak")), before);
}

QTEST_GUILESS_MAIN(DiskFullTest)
#include "tst_diskfull.moc"
