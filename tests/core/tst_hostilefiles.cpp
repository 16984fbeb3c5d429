// Hostile paths and the small things a hand-made input can get wrong: what
// is not a regular file (a named pipe, a socket, a device, a folder, a loop
// of symbolic links) is refused by every loader with a message, before an
// open that could block; a map's session paths stay inside the map's
// folder; a page's lines end at CR as at LF; a size just over a cap does not
// read as the cap. A reader that blocks on a pipe hangs this test, and the
// test's timeout makes that a failure.
#include "base/inputlimits.h"
#include "base/regularfile.h"
#include "base/sourcetext.h"
#include "bundledcontent.h"
#include "import/pageimporter.h"
#include "io/outputtarget.h"
#include "kit/briefloader.h"
#include "kit/kitloader.h"
#include "map/maploader.h"
#include "session/sessionfile.h"
#include "session/sessionrecovery.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace PromptDeck::Core;
using PromptDeck::Tests::readAll;

namespace {

using Loader = std::function<QString(const QString &path, const Kit &kit)>; // error or empty

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// A listening Unix socket bound at path; its descriptor, or -1.
int bindSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || name.size() >= qsizetype(sizeof address.sun_path))
        return -1;
    std::copy(name.cbegin(), name.cend(), address.sun_path);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QByteArray mapHead = "map: M\ngroups:\n  - name: G\n    articles:\n";

} // namespace

class HostileFilesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readFile_refusesWhatIsNotARegularFile_data();
    void readFile_refusesWhatIsNotARegularFile();
    void readFile_followsALinkToARegularFile();
    void loaders_refuseANamedPipe_data();
    void loaders_refuseANamedPipe();
    void sessionSave_checksTheTargetWithoutOpeningAPipe();
    void mapSession_outsideTheMapsFolderIsRefused_data();
    void mapSession_outsideTheMapsFolderIsRefused();
    void mapSession_insideTheMapsFolderIsKept();
    void outputConflict_tellsTheSameFileByWhatItIs();
    void pageText_everyLineEndIsALineEnd_data();
    void pageText_everyLineEndIsALineEnd();
    void byteSize_justOverACapDiffersFromTheCap_data();
    void byteSize_justOverACapDiffersFromTheCap();
    void sizeMessage_readsRightForEveryKind_data();
    void sizeMessage_readsRightForEveryKind();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    KitPtr m_kit;
    QTemporaryDir m_dir;
};

void HostileFilesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<KitPtr> kit = BundledContent::loadKit(BundledContent::defaultKit.toString());
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    m_kit = kit.value();
}

void HostileFilesTest::readFile_refusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    QVERIFY(makeFifo(path(QStringLiteral("pipe"))));
    QVERIFY(bindSocket(path(QStringLiteral("socket"))) >= 0);
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder")));
    QVERIFY(QFile::link(path(QStringLiteral("pipe")), path(QStringLiteral("link-to-pipe"))));
    QVERIFY(QFile::link(path(QStringLiteral("loop-b")), path(QStringLiteral("loop-a"))));
    QVERIFY(QFile::link(path(QStringLiteral("loop-a")), path(QStringLiteral("loop-b"))));
    QVERIFY(QFile::link(path(QStringLiteral("gone")), path(QStringLiteral("dangling"))));

    QTest::newRow("named pipe") << path(QStringLiteral("pipe"))
                                << QStringLiteral("is a named pipe (FIFO), not a regular file");
    QTest::newRow("link to a named pipe")
        << path(QStringLiteral("link-to-pipe"))
        << QStringLiteral("is a named pipe (FIFO), not a regular file");
    QTest::newRow("socket") << path(QStringLiteral("socket"))
                            << QStringLiteral("is a socket, not a regular file");
    // A device that never ends: read, it would fill the cap for nothing.
    QTest::newRow("device") << QStringLiteral("/dev/zero")
                            << QStringLiteral("is a device, not a regular file");
    QTest::newRow("folder") << path(QStringLiteral("folder"))
                            << QStringLiteral("is a folder, not a file");
    QTest::newRow("symlink loop") << path(QStringLiteral("loop-a"))
                                  << QStringLiteral("no such file: the name is a loop of "
                                                    "symbolic links");
    QTest::newRow("dangling symlink")
        << path(QStringLiteral("dangling"))
        << QStringLiteral("no such file: it is a symbolic link to %1, which does not exist")
               .arg(path(QStringLiteral("gone")));
    QTest::newRow("missing") << path(QStringLiteral("missing")) << QStringLiteral("no such file");
}

void HostileFilesTest::readFile_refusesWhatIsNotARegularFile()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Result<SourceText> read = SourceText::readFile(file, 1024, QStringLiteral("kit"));
    QVERIFY(!read);
    QCOMPARE(read.error().file, file);
    QVERIFY2(read.error().message.startsWith(message), qPrintable(read.errorText()));

    QFile opened;
    QVERIFY(!RegularFile::open(opened, file, file));
    QVERIFY(!opened.isOpen());
}

void HostileFilesTest::readFile_followsALinkToARegularFile()
{
    QVERIFY(writeFile(path(QStringLiteral("real.yaml")), "a: 1\n"));
    QVERIFY(QFile::link(path(QStringLiteral("real.yaml")), path(QStringLiteral("link.yaml"))));
    const Result<SourceText> read =
        SourceText::readFile(path(QStringLiteral("link.yaml")), 1024, QStringLiteral("kit"));
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    QCOMPARE(read.value().bytes(), QByteArray("a: 1\n"));
}

void HostileFilesTest::loaders_refuseANamedPipe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Loader>("load");

    QTest::newRow("kit") << QStringLiteral("kit.yaml") << Loader([](const QString &p, const Kit &) {
        return KitLoader::loadFile(p).errorText();
    });
    QTest::newRow("brief") << QStringLiteral("brief.yaml")
                           << Loader([](const QString &p, const Kit &kit) {
                                  return BriefLoader::loadFile(p, kit).errorText();
                              });
    QTest::newRow("map") << QStringLiteral("map.yaml") << Loader([](const QString &p, const Kit &) {
        return MapLoader::loadFile(p).errorText();
    });
    QTest::newRow("session") << QStringLiteral("s.promptdeck")
                             << Loader([](const QString &p, const Kit &) {
                                    return SessionFile::load(p).errorText();
                                });
    QTest::newRow("page") << QStringLiteral("page.txt")
                          << Loader([](const QString &p, const Kit &kit) {
                                 return PageImporter::importFile(p, kit).errorText();
                             });
    QTest::newRow("recovery file")
        << QStringLiteral("s.recovery") << Loader([](const QString &p, const Kit &) {
               return SessionRecovery::load(p).errorText();
           });
    // A map article's brief file, read when the article's brief is built.
    QTest::newRow("map's brief file")
        << QStringLiteral("article-brief.yaml") << Loader([](const QString &p, const Kit &kit) {
               const QByteArray yaml =
                   mapHead + "      - title: A\n        brief_file: " + QFile::encodeName(p) + '\n';
               const Result<TopicalMap> map =
                   MapLoader::load(SourceText(QStringLiteral("map.yaml"), yaml), p);
               if (!map)
                   return map.errorText();
               return map.value().briefFor(0, kit).errorText();
           });
}

void HostileFilesTest::loaders_refuseANamedPipe()
{
    QFETCH(QString, name);
    QFETCH(Loader, load);
    const QString pipe = path(QStringLiteral("loader-") + name);
    QVERIFY(makeFifo(pipe));
    const QString error = load(pipe, *m_kit);
    QVERIFY2(error.contains(QStringLiteral("is a named pipe (FIFO), not a regular file")),
             qPrintable(error));
    QVERIFY2(error.contains(pipe), qPrintable(error));
}

void HostileFilesTest::sessionSave_checksTheTargetWithoutOpeningAPipe()
{
    // The newer-format check before a save reads the file it replaces; a
    // pipe there is not read. Whether the save then goes ahead is the
    // writer's business: it must only come back.
    const QString pipe = path(QStringLiteral("target.promptdeck"));
    QVERIFY(makeFifo(pipe));
    const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    const Session session(m_kit, Brief(), now);
    const Status saved = SessionFile::save(session, pipe, now);
    QVERIFY2(saved.ok() || !saved.errorText().isEmpty(), "the save must say why it failed");
}

void HostileFilesTest::mapSession_outsideTheMapsFolderIsRefused_data()
{
    QTest::addColumn<QByteArray>("session");
    QTest::newRow("parent") << QByteArray("../s.promptdeck");
    QTest::newRow("far up") << QByteArray("../../../../tmp/s.promptdeck");
    QTest::newRow("down then up") << QByteArray("sessions/../../s.promptdeck");
    QTest::newRow("absolute") << QByteArray("/tmp/s.promptdeck");
}

void HostileFilesTest::mapSession_outsideTheMapsFolderIsRefused()
{
    QFETCH(QByteArray, session);
    const QByteArray yaml = mapHead + "      - title: A\n        session: " + session + '\n';
    const QString mapFile = path(QStringLiteral("maps/map.yaml"));
    const Result<TopicalMap> map =
        MapLoader::load(SourceText(QStringLiteral("map.yaml"), yaml), mapFile);
    QVERIFY(!map);
    QCOMPARE(map.error().file, QStringLiteral("map.yaml"));
    QCOMPARE(map.error().line, 6);
    QVERIFY(map.error().column > 0);
    QVERIFY2(map.error().message.contains(QStringLiteral("is outside the map's folder")),
             qPrintable(map.errorText()));
    QVERIFY2(map.error().message.contains(QString::fromUtf8(session)), qPrintable(map.errorText()));
}

void HostileFilesTest::mapSession_insideTheMapsFolderIsKept()
{
    const QByteArray yaml = mapHead +
                            "      - title: A\n        session: sessions/./a.promptdeck\n" +
                            "      - title: B\n        session: b..c.promptdeck\n";
    const QString mapFile = path(QStringLiteral("maps/map.yaml"));
    const Result<TopicalMap> map =
        MapLoader::load(SourceText(QStringLiteral("map.yaml"), yaml), mapFile);
    QVERIFY2(map.ok(), qPrintable(map.errorText()));
    QCOMPARE(map.value().articles.at(0).sessionFile,
             path(QStringLiteral("maps/sessions/a.promptdeck")));
    QCOMPARE(map.value().articles.at(1).sessionFile, path(QStringLiteral("maps/b..c.promptdeck")));
}

void HostileFilesTest::outputConflict_tellsTheSameFileByWhatItIs()
{
    const QString input = path(QStringLiteral("in.txt"));
    QVERIFY(writeFile(input, "page"));
    QVERIFY(QFile::link(input, path(QStringLiteral("in-link.txt"))));
    QVERIFY(::link(QFile::encodeName(input).constData(),
                   QFile::encodeName(path(QStringLiteral("in-hard.txt"))).constData()) == 0);
    QVERIFY(writeFile(path(QStringLiteral("other.promptdeck")), "{}"));
    QVERIFY(QFile::link(path(QStringLiteral("other.promptdeck")),
                        path(QStringLiteral("session-link.md"))));
    QVERIFY(writeFile(path(QStringLiteral("ordinary.md")), "old"));

    using Kind = OutputConflict::Kind;
    auto kindOf = [&](const QString &output) -> std::optional<Kind> {
        const std::optional<OutputConflict> conflict = outputConflict(output, {input});
        return conflict ? std::optional(conflict->kind) : std::nullopt;
    };
    QCOMPARE(kindOf(input), std::optional(Kind::Input));
    QCOMPARE(kindOf(m_dir.path() + QStringLiteral("/./in.txt")), std::optional(Kind::Input));
    QCOMPARE(kindOf(path(QStringLiteral("folder/../in.txt"))), std::optional(Kind::Input));
    QCOMPARE(kindOf(path(QStringLiteral("in-link.txt"))), std::optional(Kind::Input));
    QCOMPARE(kindOf(path(QStringLiteral("in-hard.txt"))), std::optional(Kind::Input));
    QCOMPARE(kindOf(path(QStringLiteral("other.promptdeck"))), std::optional(Kind::Session));
    QCOMPARE(kindOf(path(QStringLiteral("session-link.md"))), std::optional(Kind::Session));
    QCOMPARE(kindOf(path(QStringLiteral("ordinary.md"))), std::nullopt);
    QCOMPARE(kindOf(path(QStringLiteral("new.promptdeck"))), std::nullopt);
}

void HostileFilesTest::pageText_everyLineEndIsALineEnd_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("CR") << QByteArray("\r");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("LF, CR and CRLF mixed") << QByteArray();
}

void HostileFilesTest::pageText_everyLineEndIsALineEnd()
{
    QFETCH(QByteArray, lineEnd);
    const QByteArray page =
        readAll(QStringLiteral(PROMPTDECK_TEST_DATA "/pages/labelled-02-espresso.txt"));
    QVERIFY(!page.isEmpty() && !page.contains('\r'));
    const Result<ImportedBrief> expected =
        PageImporter::import(SourceText(QStringLiteral("lf.txt"), page), *m_kit);
    QVERIFY2(expected.ok(), qPrintable(expected.errorText()));

    QByteArray converted;
    const QList<QByteArray> lines = page.split('\n');
    static const QByteArray mixed[] = {"\n", "\r", "\r\n"};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        converted += lines.at(i);
        if (i + 1 < lines.size())
            converted += lineEnd.isEmpty() ? mixed[i % 3] : lineEnd;
    }
    const Result<ImportedBrief> imported =
        PageImporter::import(SourceText(QStringLiteral("converted.txt"), converted), *m_kit);
    QVERIFY2(imported.ok(), qPrintable(imported.errorText()));
    QVERIFY(imported.value().brief == expected.value().brief);
    QCOMPARE(imported.value().notFound, expected.value().notFound);
}

void HostileFilesTest::byteSize_justOverACapDiffersFromTheCap_data()
{
    QTest::addColumn<qint64>("cap");
    QTest::newRow("page") << Limits::maxPageTextBytes;
    QTest::newRow("YAML") << Limits::maxYamlFileBytes;
    QTest::newRow("session") << Limits::maxSessionFileBytes;
}

void HostileFilesTest::byteSize_justOverACapDiffersFromTheCap()
{
    QFETCH(qint64, cap);
    const QString limit = formatByteSize(cap);
    const QString over = formatByteSize(cap + 1);
    QCOMPARE(limit, QStringLiteral("%1 MiB").arg(cap / (qint64{1024} * 1024)));
    QVERIFY2(over != limit && !over.startsWith(limit + QLatin1Char(' ')), qPrintable(over));
    QVERIFY2(over.contains(QLocale().toString(cap + 1) + QStringLiteral(" bytes")),
             qPrintable(over));
}

void HostileFilesTest::sizeMessage_readsRightForEveryKind_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"answer", "kit", "session", "data", "recovery", "YAML", "page"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void HostileFilesTest::sizeMessage_readsRightForEveryKind()
{
    QFETCH(QString, kind);
    const QString file = path(QStringLiteral("big-") + kind);
    {
        QFile big(file);
        QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(2049));
    }
    const Result<SourceText> read = SourceText::readFile(file, 2048, kind);
    QVERIFY(!read);
    QCOMPARE(read.error().message,
             QStringLiteral("the %1 file is %2 bytes, larger than the 2 KiB limit; it was not read")
                 .arg(kind, QLocale().toString(2049)));
}

QTEST_GUILESS_MAIN(HostileFilesTest)
#include "tst_hostilefiles.moc"
