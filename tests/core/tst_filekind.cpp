// detectFileKind: what validate reads a file as. A session by its suffix or
// a JSON object; among YAML mappings, a map by groups:, a kit by kit:;
// every other YAML a brief; what is not YAML, unknown.
#include "io/filekind.h"

#include <QFile>
#include <QTest>

using namespace PromptDeck::Core;

namespace {

QString kindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Session:
        return QStringLiteral("session");
    case FileKind::Map:
        return QStringLiteral("map");
    case FileKind::Kit:
        return QStringLiteral("kit");
    case FileKind::Brief:
        return QStringLiteral("brief");
    case FileKind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

} // namespace

class FileKindTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void detect_fixtures_data();
    void detect_fixtures();
    void sessionSuffix_data();
    void sessionSuffix();
};

void FileKindTest::detect_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind");

    QTest::newRow("suffix wins over YAML")
        << QStringLiteral("a.promptdeck") << QByteArray("kit: x\n") << QStringLiteral("session");
    QTest::newRow("suffix, broken content")
        << QStringLiteral("a.promptdeck") << QByteArray("{ not json") << QStringLiteral("session");
    QTest::newRow("JSON object, other name")
        << QStringLiteral("a.json") << QByteArray("{\"kit\": \"x\"}") << QStringLiteral("session");
    QTest::newRow("JSON after blank lines")
        << QStringLiteral("a.txt") << QByteArray("\n  \n{}") << QStringLiteral("session");
    QTest::newRow("JSON after a byte order mark")
        << QStringLiteral("a.txt") << QByteArray("\xEF\xBB\xBF{}") << QStringLiteral("session");
    QTest::newRow("map") << QStringLiteral("m.yaml")
                         << QByteArray("name: M\nkit: seo-article\ngroups: []\n")
                         << QStringLiteral("map");
    QTest::newRow("kit") << QStringLiteral("k.yaml") << QByteArray("kit: blog\ncards: []\n")
                         << QStringLiteral("kit");
    QTest::newRow("kit after a byte order mark")
        << QStringLiteral("k.yaml") << QByteArray("\xEF\xBB\xBFkit: blog\n")
        << QStringLiteral("kit");
    QTest::newRow("brief") << QStringLiteral("b.yaml") << QByteArray("title: A post\n")
                           << QStringLiteral("brief");
    QTest::newRow("kit: deeper down is a brief")
        << QStringLiteral("b.yaml") << QByteArray("notes:\n  kit: x\n") << QStringLiteral("brief");
    QTest::newRow("a list is a brief")
        << QStringLiteral("b.yaml") << QByteArray("- kit\n- groups\n") << QStringLiteral("brief");
    QTest::newRow("JSON array is YAML")
        << QStringLiteral("b.json") << QByteArray("[1, 2]") << QStringLiteral("brief");
    QTest::newRow("YAML syntax error")
        << QStringLiteral("x.yaml") << QByteArray("kit: [\n") << QStringLiteral("unknown");
    QTest::newRow("invalid UTF-8")
        << QStringLiteral("x.yaml") << QByteArray("title: caf\xe9\n") << QStringLiteral("unknown");
}

void FileKindTest::detect()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    QCOMPARE(kindName(detectFileKind(path, bytes)), kind);
}

void FileKindTest::detect_fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::newRow("kit") << QStringLiteral("kits/blog-post.yaml") << QStringLiteral("kit");
    QTest::newRow("bad kit") << QStringLiteral("kits/bad/unknown-card-reference.yaml")
                             << QStringLiteral("kit");
    QTest::newRow("brief") << QStringLiteral("briefs/blog-brief.yaml") << QStringLiteral("brief");
    QTest::newRow("map") << QStringLiteral("maps/python-performance.yaml") << QStringLiteral("map");
    QTest::newRow("map's brief") << QStringLiteral("maps/briefs/python-gil.yaml")
                                 << QStringLiteral("brief");
}

void FileKindTest::detect_fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFile f(QStringLiteral(PROMPTDECK_TEST_DATA "/") + file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QCOMPARE(kindName(detectFileKind(f.fileName(), f.readAll())), kind);
}

void FileKindTest::sessionSuffix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("session");
    QTest::newRow("session") << QStringLiteral("dir/post.promptdeck") << true;
    QTest::newRow("backup") << QStringLiteral("post.promptdeck.bak") << false;
    QTest::newRow("YAML") << QStringLiteral("post.yaml") << false;
    QTest::newRow("suffix in a folder name") << QStringLiteral("x.promptdeck/post.yaml") << false;
}

void FileKindTest::sessionSuffix()
{
    QFETCH(QString, path);
    QFETCH(bool, session);
    QCOMPARE(hasSessionSuffix(path), session);
}

QTEST_GUILESS_MAIN(FileKindTest)
#include "tst_filekind.moc"
