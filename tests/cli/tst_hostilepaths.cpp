// The command line against hostile paths, run as the real binary: an -o that
// is the command's own input or a session is refused unless --force (by
// what the file is, so "./x", a symbolic or a hard link do not get round
// it); a named pipe given for any input is refused, not waited on (each run
// has a deadline, so a hang fails); a map's session paths stay in its
// folder; a name that is not UTF-8, a loop of symbolic links and a size just
// over a cap are each said as they are.
#include "base/inputlimits.h"
#include "base/sourcetext.h"
#include "clitest.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace PromptDeck::Core;
using namespace PromptDeck::Tests;

namespace {

// Long enough for a loaded machine; a run that blocks on a pipe never ends.
constexpr int deadlineMs = 30000;

struct TimedRun
{
    bool finished = false;
    Run run;
};

TimedRun runProcess(const QString &program, const QStringList &arguments,
                    const QString &workingDirectory = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted())
        qFatal("cannot start %s", qPrintable(program));
    process.closeWriteChannel();
    TimedRun timed;
    timed.finished = process.waitForFinished(deadlineMs);
    if (!timed.finished) {
        process.kill();
        process.waitForFinished();
    }
    timed.run = {process.exitCode(), process.readAllStandardOutput(),
                 QString::fromUtf8(process.readAllStandardError())};
    return timed;
}

} // namespace

class HostilePathsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void output_neverReplacesAnInputOrASession_data();
    void output_neverReplacesAnInputOrASession();
    void output_forceReplacesASession_data();
    void output_forceReplacesASession();
    void output_anOrdinaryFileIsReplaced_data();
    void output_anOrdinaryFileIsReplaced();
    void namedPipe_isRefusedForEveryInput_data();
    void namedPipe_isRefusedForEveryInput();
    void mapSession_outsideTheMapsFolder_isRefused();
    void mapSession_aNamedPipeIsNotWaitedOn();
    void newFromMap_makesNoFolderOutsideTheMapsFolder();
    void nonUtf8Name_isSaidAndNothingIsCreated_data();
    void nonUtf8Name_isSaidAndNothingIsCreated();
    void symlinkLoop_isSaid();
    void answerJustOverTheCap_isSaidInASentence();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString session() const { return path(QStringLiteral("post.promptdeck")); }
    QString page() const { return path(QStringLiteral("page.txt")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void HostilePathsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Run made = promptdeck({QStringLiteral("new"), QStringLiteral("-o"), session()});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY(QFile::copy(data(QStringLiteral("pages/labelled-02-espresso.txt")), page()));
    QVERIFY(QFile::copy(session(), path(QStringLiteral("other.promptdeck"))));
    QVERIFY(
        QFile::copy(data(QStringLiteral("kits/blog-post.yaml")), path(QStringLiteral("kit.yaml"))));
    QVERIFY(QFile::link(session(), path(QStringLiteral("session-link.md"))));
    QVERIFY(QFile::link(page(), path(QStringLiteral("page-link.yaml"))));
    QVERIFY(::link(QFile::encodeName(session()).constData(),
                   QFile::encodeName(path(QStringLiteral("session-hard.md"))).constData()) == 0);
    QVERIFY(writeFile(path(QStringLiteral("ordinary.out")), "old\n"));
}

// Arguments are relative to the test's folder, where the command runs;
// "DIR/" stands for that folder's absolute path.
void HostilePathsTest::output_neverReplacesAnInputOrASession_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("message");

    const QString reads = QStringLiteral("which the command reads; writing there would replace it");
    const QString aSession =
        QStringLiteral("this is a PromptDeck session; writing there would replace it");
    const QStringList exportMd{QStringLiteral("export"), QStringLiteral("post.promptdeck"),
                               QStringLiteral("--format"), QStringLiteral("md"),
                               QStringLiteral("-o")};
    const QStringList importPage{QStringLiteral("import-brief"), QStringLiteral("page.txt"),
                                 QStringLiteral("-o")};

    QTest::newRow("export: the session itself")
        << exportMd + QStringList{QStringLiteral("post.promptdeck")}
        << QStringLiteral("post.promptdeck") << reads;
    QTest::newRow("export: ./ and the session")
        << exportMd + QStringList{QStringLiteral("./post.promptdeck")}
        << QStringLiteral("post.promptdeck") << reads;
    QTest::newRow("export: the session by its absolute path")
        << exportMd + QStringList{QStringLiteral("DIR/post.promptdeck")}
        << QStringLiteral("post.promptdeck") << reads;
    QTest::newRow("export: a symbolic link to the session")
        << exportMd + QStringList{QStringLiteral("session-link.md")}
        << QStringLiteral("post.promptdeck") << reads;
    QTest::newRow("export: a hard link to the session")
        << exportMd + QStringList{QStringLiteral("session-hard.md")}
        << QStringLiteral("post.promptdeck") << reads;
    QTest::newRow("export: another session")
        << exportMd + QStringList{QStringLiteral("other.promptdeck")}
        << QStringLiteral("other.promptdeck") << aSession;
    QTest::newRow("export json: the session itself")
        << QStringList{QStringLiteral("export"),   QStringLiteral("post.promptdeck"),
                       QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("-o"),       QStringLiteral("post.promptdeck")}
        << QStringLiteral("post.promptdeck") << reads;
    QTest::newRow("import-brief: the page itself")
        << importPage + QStringList{QStringLiteral("page.txt")} << QStringLiteral("page.txt")
        << reads;
    QTest::newRow("import-brief: a symbolic link to the page")
        << importPage + QStringList{QStringLiteral("page-link.yaml")} << QStringLiteral("page.txt")
        << reads;
    QTest::newRow("import-brief: the kit file")
        << QStringList{QStringLiteral("import-brief"), QStringLiteral("page.txt"),
                       QStringLiteral("--kit"),        QStringLiteral("kit.yaml"),
                       QStringLiteral("-o"),           QStringLiteral("./kit.yaml")}
        << QStringLiteral("kit.yaml") << reads;
    QTest::newRow("import-brief: a session")
        << importPage + QStringList{QStringLiteral("post.promptdeck")}
        << QStringLiteral("post.promptdeck") << aSession;
    QTest::newRow("import-brief: a symbolic link to a session")
        << importPage + QStringList{QStringLiteral("session-link.md")}
        << QStringLiteral("post.promptdeck") << aSession;
}

void HostilePathsTest::output_neverReplacesAnInputOrASession()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QFETCH(QString, message);
    const QByteArray before = readAll(path(output));
    QVERIFY(!before.isEmpty());
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DIR/")),
                               m_dir->path() + QLatin1Char('/'));
    const Run run = promptdeck(arguments, {}, m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Give -o another file, or add --force")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(readAll(path(output)), before);
}

void HostilePathsTest::output_forceReplacesASession_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("export") << QStringList{QStringLiteral("export"),
                                           QStringLiteral("post.promptdeck"),
                                           QStringLiteral("--format"),
                                           QStringLiteral("md"),
                                           QStringLiteral("-o"),
                                           QStringLiteral("other.promptdeck"),
                                           QStringLiteral("--force")}
                            << QByteArray("[MISSING");
    QTest::newRow("import-brief") << QStringList{QStringLiteral("import-brief"),
                                                 QStringLiteral("page.txt"), QStringLiteral("-o"),
                                                 QStringLiteral("other.promptdeck"),
                                                 QStringLiteral("--force")}
                                  << QByteArray("primary_keyword:");
}

void HostilePathsTest::output_forceReplacesASession()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, written);
    const Run run = promptdeck(arguments, {}, m_dir->path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(readAll(path(QStringLiteral("other.promptdeck"))).contains(written),
             readAll(path(QStringLiteral("other.promptdeck"))).left(300).constData());
}

void HostilePathsTest::output_anOrdinaryFileIsReplaced_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("export") << QStringList{QStringLiteral("export"),
                                           QStringLiteral("post.promptdeck"),
                                           QStringLiteral("--format"),
                                           QStringLiteral("md"),
                                           QStringLiteral("-o"),
                                           QStringLiteral("ordinary.out")}
                            << QByteArray("[MISSING");
    QTest::newRow("import-brief") << QStringList{QStringLiteral("import-brief"),
                                                 QStringLiteral("page.txt"), QStringLiteral("-o"),
                                                 QStringLiteral("ordinary.out")}
                                  << QByteArray("primary_keyword:");
}

void HostilePathsTest::output_anOrdinaryFileIsReplaced()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, written);
    const Run run = promptdeck(arguments, {}, m_dir->path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(readAll(path(QStringLiteral("ordinary.out"))).contains(written));
}

// "PIPE" in the arguments is a named pipe of the given name; the rest are
// real files of the test's folder.
void HostilePathsTest::namedPipe_isRefusedForEveryInput_data()
{
    QTest::addColumn<QString>("pipeName");
    QTest::addColumn<QStringList>("arguments");
    const QString pipe = QStringLiteral("PIPE");
    auto row = [](const char *name, const QString &pipeName, const QStringList &arguments) {
        QTest::newRow(name) << pipeName << arguments;
    };
    row("validate a kit", QStringLiteral("kit-pipe.yaml"), {QStringLiteral("validate"), pipe});
    row("validate a session", QStringLiteral("s.promptdeck"), {QStringLiteral("validate"), pipe});
    row("cards", QStringLiteral("s.promptdeck"), {QStringLiteral("cards"), pipe});
    row("prompt", QStringLiteral("s.promptdeck"),
        {QStringLiteral("prompt"), pipe, QStringLiteral("1")});
    row("check", QStringLiteral("s.promptdeck"),
        {QStringLiteral("check"), pipe, QStringLiteral("1")});
    row("export", QStringLiteral("s.promptdeck"),
        {QStringLiteral("export"), pipe, QStringLiteral("--format"), QStringLiteral("md")});
    row("answer: the session", QStringLiteral("s.promptdeck"),
        {QStringLiteral("answer"), pipe, QStringLiteral("1"), QStringLiteral("page.txt")});
    row("answer: the answer file", QStringLiteral("answer.txt"),
        {QStringLiteral("answer"), QStringLiteral("post.promptdeck"), QStringLiteral("1"), pipe});
    row("new: the kit", QStringLiteral("kit-pipe.yaml"),
        {QStringLiteral("new"), QStringLiteral("--kit"), pipe, QStringLiteral("-o"),
         QStringLiteral("new.promptdeck")});
    row("new: the brief", QStringLiteral("brief-pipe.yaml"),
        {QStringLiteral("new"), QStringLiteral("--brief"), pipe, QStringLiteral("-o"),
         QStringLiteral("new.promptdeck")});
    row("new: the map", QStringLiteral("map-pipe.yaml"),
        {QStringLiteral("new"), QStringLiteral("--map"), pipe, QStringLiteral("--article"),
         QStringLiteral("1")});
    row("library", QStringLiteral("map-pipe.yaml"), {QStringLiteral("library"), pipe});
    row("import-brief", QStringLiteral("page-pipe.txt"), {QStringLiteral("import-brief"), pipe});
    row("template", QStringLiteral("template-pipe.mustache"),
        {QStringLiteral("template"), pipe, QStringLiteral("--data"), QStringLiteral("data.json")});
    row("template data", QStringLiteral("data-pipe.json"),
        {QStringLiteral("template"), QStringLiteral("t.mustache"), QStringLiteral("--data"), pipe});
}

void HostilePathsTest::namedPipe_isRefusedForEveryInput()
{
    QFETCH(QString, pipeName);
    QFETCH(QStringList, arguments);
    QVERIFY(writeFile(path(QStringLiteral("data.json")), "{}"));
    QVERIFY(writeFile(path(QStringLiteral("t.mustache")), "x"));
    QVERIFY(::mkfifo(QFile::encodeName(path(pipeName)).constData(), 0600) == 0);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^PIPE$")), pipeName);
    const TimedRun timed = runProcess(QStringLiteral(PROMPTDECK_BINARY), arguments, m_dir->path());
    QVERIFY2(timed.finished, "the command waited on the named pipe");
    QCOMPARE(timed.run.exitCode, 1);
    QVERIFY2(timed.run.err.contains(pipeName + QStringLiteral(": is a named pipe (FIFO), not a "
                                                              "regular file")),
             qPrintable(timed.run.err));
}

void HostilePathsTest::mapSession_outsideTheMapsFolder_isRefused()
{
    QVERIFY(copyMap(QDir(m_dir->path())));
    const QString map = path(QStringLiteral("map.yaml"));
    QByteArray yaml = readAll(map);
    const QByteArray entry = "        session: sessions/threads-processes-asyncio.promptdeck";
    const qsizetype at = yaml.indexOf(entry);
    QVERIFY(at >= 0);
    const int line = int(yaml.left(at).count('\n')) + 1;
    yaml.replace(entry, "        session: ../../elsewhere/threads.promptdeck");
    QVERIFY(writeFile(map, yaml));

    for (const QString &command : {QStringLiteral("library"), QStringLiteral("validate")}) {
        const Run run = promptdeck({command, map});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("%1:%2:").arg(map).arg(line)),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("../../elsewhere/threads.promptdeck is outside "
                                                 "the map's folder")),
                 qPrintable(run.err));
    }
}

void HostilePathsTest::mapSession_aNamedPipeIsNotWaitedOn()
{
    QVERIFY(copyMap(QDir(m_dir->path())));
    const QString map = path(QStringLiteral("map.yaml"));
    QByteArray yaml = readAll(map);
    yaml.replace("session: sessions/threads-processes-asyncio.promptdeck",
                 "session: threads.promptdeck");
    QVERIFY(writeFile(map, yaml));
    QVERIFY(::mkfifo(QFile::encodeName(path(QStringLiteral("threads.promptdeck"))).constData(),
                     0600) == 0);
    const TimedRun library =
        runProcess(QStringLiteral(PROMPTDECK_BINARY), {QStringLiteral("library"), map});
    QVERIFY2(library.finished, "the library waited on the named pipe");
}

void HostilePathsTest::newFromMap_makesNoFolderOutsideTheMapsFolder()
{
    const QDir mapDir(path(QStringLiteral("maps")));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("maps")));
    QVERIFY(copyMap(mapDir));
    const QString map = mapDir.filePath(QStringLiteral("map.yaml"));
    const QString outside = path(QStringLiteral("outside/deep/gil.promptdeck"));
    Run run = promptdeck({QStringLiteral("new"), QStringLiteral("--map"), map,
                          QStringLiteral("--article"), QStringLiteral("2"), QStringLiteral("-o"),
                          outside});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("outside"))));

    // Inside the map's folder the session's folders are made, as for the
    // file the map names.
    const QString inside = mapDir.filePath(QStringLiteral("drafts/gil/gil.promptdeck"));
    run = promptdeck({QStringLiteral("new"), QStringLiteral("--map"), map,
                      QStringLiteral("--article"), QStringLiteral("2"), QStringLiteral("-o"),
                      inside});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo::exists(inside));
}

void HostilePathsTest::nonUtf8Name_isSaidAndNothingIsCreated_data()
{
    // The shell gives the bytes; no QString can carry them to the binary.
    QTest::addColumn<QString>("script");
    QTest::newRow("an existing file")
        << QStringLiteral("exec \"$0\" validate \"$(printf 'a\\377b.yaml')\"");
    QTest::newRow("new -o") << QStringLiteral(
        "exec \"$0\" new -o \"$(printf 'n\\377.promptdeck')\"");
    QTest::newRow("export -o") << QStringLiteral(
        "exec \"$0\" export post.promptdeck --format md -o \"$(printf 'e\\377.md')\"");
}

void HostilePathsTest::nonUtf8Name_isSaidAndNothingIsCreated()
{
    QFETCH(QString, script);
    const QByteArray existing = QFile::encodeName(m_dir->path()) + "/a\xff"
                                                                   "b.yaml";
    const int fd = ::open(existing.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, "a: 1\n", 5), ssize_t(5));
    ::close(fd);
    // QDir cannot remove what it cannot name.
    const auto removeExisting = qScopeGuard([&existing] { ::unlink(existing.constData()); });
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::System);

    const TimedRun timed = runProcess(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), script, QStringLiteral(PROMPTDECK_BINARY)}, m_dir->path());
    QVERIFY(timed.finished);
    QCOMPARE(timed.run.exitCode, 2);
    QVERIFY2(timed.run.err.contains(QStringLiteral("is not valid UTF-8 (byte 0xff)")),
             qPrintable(timed.run.err));
    QVERIFY2(!timed.run.err.contains(QStringLiteral("no such file")), qPrintable(timed.run.err));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::System), before);
}

void HostilePathsTest::symlinkLoop_isSaid()
{
    QVERIFY(QFile::link(path(QStringLiteral("loop-b.yaml")), path(QStringLiteral("loop-a.yaml"))));
    QVERIFY(QFile::link(path(QStringLiteral("loop-a.yaml")), path(QStringLiteral("loop-b.yaml"))));
    const Run run = promptdeck({QStringLiteral("validate"), path(QStringLiteral("loop-a.yaml"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("loop-a.yaml: no such file: the name is a loop of "
                                             "symbolic links")),
             qPrintable(run.err));
}

void HostilePathsTest::answerJustOverTheCap_isSaidInASentence()
{
    const qint64 cap = qint64(Limits::maxAnswerChars) * 3;
    const QString big = path(QStringLiteral("big.txt"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(cap + 1)); // sparse: quick
    }
    const Run run = promptdeck({QStringLiteral("answer"), session(), QStringLiteral("1"), big});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(
                 QStringLiteral("big.txt: the answer file is %1, larger than the 48 MiB limit; "
                                "it was not read")
                     .arg(formatByteSize(cap + 1))),
             qPrintable(run.err));
    QVERIFY(formatByteSize(cap + 1) != QStringLiteral("48 MiB"));
}

QTEST_GUILESS_MAIN(HostilePathsTest)
#include "tst_hostilepaths.moc"
