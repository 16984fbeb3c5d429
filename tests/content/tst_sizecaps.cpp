// Matrix row 11 of docs/RELIABILITY.md: every kind of file PromptDeck reads
// (kits, briefs, maps, sessions, pages) is read when it is just under its
// cap and refused before parsing, with a message that says the limit, when
// it is just over. The files are valid up to the cap: what loads is then
// refused or accepted only for what it says.
#include "base/inputlimits.h"
#include "base/sourcetext.h"
#include "bundledcontent.h"
#include "import/pageimporter.h"
#include "kit/briefloader.h"
#include "kit/kitloader.h"
#include "map/maploader.h"
#include "session/sessionfile.h"
#include "session/sessionserializer.h"
#include "testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace PromptDeck::Core;
using PromptDeck::Tests::readAll;

namespace {

// A file of exactly size bytes: head, then filler up to the size.
bool writePadded(const QString &path, const QByteArray &head, char filler, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(head) != head.size())
        return false;
    const QByteArray block(qsizetype{1024} * 1024, filler);
    for (qint64 left = size - head.size(); left > 0; left -= block.size()) {
        if (file.write(block.constData(), std::min<qint64>(left, block.size())) < 0)
            return false;
    }
    return file.size() == size;
}

} // namespace

class SizeCapsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void file_underTheCapLoads_overIsRefused_data();
    void file_underTheCapLoads_overIsRefused();
    void sessionKit_underTheCapLoads_overIsRefused();

private:
    KitPtr m_kit;
    QTemporaryDir m_dir;
};

using Loader = std::function<QString(const QString &path, const Kit &kit)>; // error or empty

void SizeCapsTest::initTestCase()
{
    Result<KitPtr> kit = BundledContent::loadKit(BundledContent::defaultKit.toString());
    QVERIFY(kit.ok());
    m_kit = kit.value();
}

void SizeCapsTest::file_underTheCapLoads_overIsRefused_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<char>("filler");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Loader>("load");

    const QByteArray comment = "\n# ";
    QTest::newRow("kit") << readAll(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/blog-post.yaml")) +
                                comment
                         << 'x' << Limits::maxYamlFileBytes
                         << QStringLiteral("the kit file is %1, larger than the 2 MiB limit")
                                .arg(formatByteSize(Limits::maxYamlFileBytes + 1))
                         << Loader([](const QString &path, const Kit &) {
                                return KitLoader::loadFile(path).errorText();
                            });
    QTest::newRow("brief") << readAll(QStringLiteral(PROMPTDECK_SOURCE_DIR
                                                     "/content/briefs/python-gil.yaml")) +
                                  comment
                           << 'x' << Limits::maxYamlFileBytes
                           << QStringLiteral("the brief file is %1, larger than the 2 MiB limit")
                                  .arg(formatByteSize(Limits::maxYamlFileBytes + 1))
                           << Loader([](const QString &path, const Kit &kit) {
                                  return BriefLoader::loadFile(path, kit).errorText();
                              });
    QTest::newRow("map") << QByteArray(
                                "map: M\ngroups:\n  - name: G\n    articles:\n      - title: A\n# ")
                         << 'x' << Limits::maxYamlFileBytes
                         << QStringLiteral("the map file is %1, larger than the 2 MiB limit")
                                .arg(formatByteSize(Limits::maxYamlFileBytes + 1))
                         << Loader([](const QString &path, const Kit &) {
                                return MapLoader::loadFile(path).errorText();
                            });
    QTest::newRow("session")
        << readAll(QStringLiteral(PROMPTDECK_SOURCE_DIR
                                  "/tests/fuzz/corpus/fuzz_session/blog-answered.promptdeck"))
        << ' ' << Limits::maxSessionFileBytes
        << QStringLiteral("the session file is %1, larger than the 256 MiB limit")
               .arg(formatByteSize(Limits::maxSessionFileBytes + 1))
        << Loader([](const QString &path, const Kit &) {
               return SessionFile::load(path).errorText();
           });
    QTest::newRow("page") << readAll(QStringLiteral(PROMPTDECK_TEST_DATA
                                                    "/pages/labelled-02-espresso.txt"))
                          << '\n'
                          << Limits::maxPageTextBytes
                          << QStringLiteral("the page file is %1, larger than the 4 MiB limit")
                                 .arg(formatByteSize(Limits::maxPageTextBytes + 1))
                          << Loader([](const QString &path, const Kit &kit) {
                                 return PageImporter::importFile(path, kit).errorText();
                             });
}

void SizeCapsTest::file_underTheCapLoads_overIsRefused()
{
    QFETCH(QByteArray, head);
    QFETCH(char, filler);
    QFETCH(qint64, cap);
    QFETCH(QString, message);
    QFETCH(Loader, load);
    QVERIFY(!head.isEmpty());
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));

    QVERIFY(writePadded(path, head, filler, cap));
    const QString under = load(path, *m_kit);
    QVERIFY2(under.isEmpty(), qPrintable(under.left(500)));

    QVERIFY(writePadded(path, head, filler, cap + 1));
    const QString over = load(path, *m_kit);
    QVERIFY2(over.contains(message), qPrintable(over.left(500)));
    QFile::remove(path);
}

// The kit a session carries is held to the cap of a kit file, though the
// session's own cap is far larger: past it, the session is refused at the
// kit's position, before its YAML is read.
void SizeCapsTest::sessionKit_underTheCapLoads_overIsRefused()
{
    const QByteArray session = readAll(QStringLiteral(
        PROMPTDECK_SOURCE_DIR "/tests/fuzz/corpus/fuzz_session/blog-answered.promptdeck"));
    const Result<Session> original =
        SessionSerializer::fromJson(SourceText(QStringLiteral("s.promptdeck"), session));
    QVERIFY2(original.ok(), qPrintable(original.errorText()));
    const qsizetype kitBytes = original.value().kit().source.toUtf8().size();
    // The kit is the session's last member: its source ends at the last quote.
    const qsizetype sourceEnd = session.lastIndexOf('"');
    QVERIFY(sourceEnd > 0);
    const auto withKitOf = [&](qint64 size) {
        // "\n# " is three bytes of the kit, then comment up to the size.
        QByteArray json = session;
        json.insert(sourceEnd, "\\n# " + QByteArray(size - kitBytes - 3, 'x'));
        return SessionSerializer::fromJson(SourceText(QStringLiteral("s.promptdeck"), json));
    };

    const Result<Session> under = withKitOf(Limits::maxYamlFileBytes);
    QVERIFY2(under.ok(), qPrintable(under.errorText().left(500)));
    QCOMPARE(under.value().kit().source.toUtf8().size(), Limits::maxYamlFileBytes);

    const Result<Session> over = withKitOf(Limits::maxYamlFileBytes + 1);
    QVERIFY(!over.ok());
    const QString message = over.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("the session's kit (kit.source) is ")) &&
                 message.contains(QStringLiteral("larger than the 2 MiB limit of a kit")),
             qPrintable(over.errorText().left(500)));
    QCOMPARE(over.error().file, QStringLiteral("s.promptdeck"));
    QVERIFY(over.error().line > 1);
}

QTEST_GUILESS_MAIN(SizeCapsTest)
#include "tst_sizecaps.moc"
