// The command line never writes what it could not read again: revision
// numbers stay within what load accepts, a session that would pass the
// size cap is refused with the file unchanged, and a newer format is
// detected wherever its format_version stands.
#include "clitest.h"
#include "largesession.h"
#include "session/sessionfile.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Core;
using PromptDeck::Tests::digestOf;
using PromptDeck::Tests::promptdeck;
using PromptDeck::Tests::readAll;
using PromptDeck::Tests::Run;
using PromptDeck::Tests::writeFile;

namespace {} // namespace

class SaveLimitsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void answer_afterAHighNextRevision_leavesALoadableFile_data();
    void answer_afterAHighNextRevision_leavesALoadableFile();
    void answer_withNoRevisionLeft_isRefused();
    void answer_pastTheSizeCap_isRefusedAndTheFileKept();
    void answer_toANewerFormat_isRefused_data();
    void answer_toANewerFormat_isRefused();

private:
    // A new session's file with text replaced (a regular expression).
    QByteArray edited(const QString &pattern, const QString &replacement);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void SaveLimitsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("s.promptdeck"));
    const Run created = promptdeck({QStringLiteral("new"), QStringLiteral("-o"), m_file});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
}

QByteArray SaveLimitsTest::edited(const QString &pattern, const QString &replacement)
{
    QString text = QString::fromUtf8(readAll(m_file));
    text.replace(QRegularExpression(pattern), replacement);
    return text.toUtf8();
}

// Finding: next_revision 1500000000 loaded, took an answer, and from then
// on every command said "an answer's revision must be a positive whole
// number".
void SaveLimitsTest::answer_afterAHighNextRevision_leavesALoadableFile_data()
{
    QTest::addColumn<QString>("next");
    QTest::newRow("1500000000") << QStringLiteral("1500000000");
    QTest::newRow("2^53 - 2") << QStringLiteral("9007199254740990");
}

void SaveLimitsTest::answer_afterAHighNextRevision_leavesALoadableFile()
{
    QFETCH(QString, next);
    QVERIFY(writeFile(m_file, edited(QStringLiteral("\"next_revision\": \\d+"),
                                     QStringLiteral("\"next_revision\": ") + next)));
    for (const char *card : {"1", "2"}) {
        const Run answered = promptdeck(
            {QStringLiteral("answer"), m_file, QString::fromLatin1(card), QStringLiteral("-")},
            "An answer\n");
        QVERIFY2(answered.exitCode == 0, qPrintable(answered.err));
    }
    const Run cards = promptdeck({QStringLiteral("cards"), m_file});
    QVERIFY2(cards.exitCode == 0, qPrintable(cards.err));
    const Result<Session> loaded = SessionFile::load(m_file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QCOMPARE(loaded.value().record(1).answer->revision, next.toLongLong() + 1);
}

void SaveLimitsTest::answer_withNoRevisionLeft_isRefused()
{
    QVERIFY(writeFile(m_file, edited(QStringLiteral("\"next_revision\": \\d+"),
                                     QStringLiteral("\"next_revision\": 9007199254740992"))));
    const QByteArray before = readAll(m_file);
    const Run answered =
        promptdeck({QStringLiteral("answer"), m_file, QStringLiteral("1"), QStringLiteral("-")},
                   "An answer\n");
    QCOMPARE(answered.exitCode, 1);
    QVERIFY2(answered.err.contains(m_file) &&
                 answered.err.contains(QStringLiteral("used every revision number")),
             qPrintable(answered.err));
    QCOMPARE(readAll(m_file), before);
}

// Finding: a session whose history grew past 256 MiB was saved, success
// reported, and refused on the next load.
void SaveLimitsTest::answer_pastTheSizeCap_isRefusedAndTheFileKept()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        const Result<Session> start = SessionFile::load(m_file);
        QVERIFY(start.ok());
        const Session big = PromptDeck::Tests::sessionNearTheCap(start.value(), 0, 64, now);
        QVERIFY(SessionFile::save(big, m_file, now).ok());
    }
    QCOMPARE(QFileInfo(m_file).size(), Limits::maxSessionFileBytes - 64);
    const QByteArray digest = digestOf(m_file);
    const QByteArray backupDigest = digestOf(m_file + QStringLiteral(".bak"));
    const Run answered =
        promptdeck({QStringLiteral("answer"), m_file, QStringLiteral("2"), QStringLiteral("-")},
                   QByteArray(200, 'r'));
    QCOMPARE(answered.exitCode, 1);
    QVERIFY2(answered.err.contains(m_file) &&
                 answered.err.contains(
                     QStringLiteral("larger than the 256 MiB a session file may have")) &&
                 answered.err.contains(QStringLiteral("The file is unchanged")) &&
                 answered.err.contains(QStringLiteral("Most of it is card 1, ")),
             qPrintable(answered.err));
    QVERIFY(!answered.out.contains("Stored"));
    QCOMPARE(digestOf(m_file), digest);
    QCOMPARE(digestOf(m_file + QStringLiteral(".bak")), backupDigest);
    QVERIFY(SessionFile::load(m_file).ok());
}

// Finding: format_version was looked for only as the first key; and one too
// large for an integer was "must be a positive whole number".
void SaveLimitsTest::answer_toANewerFormat_isRefused_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("7") << QStringLiteral("7");
    QTest::newRow("99999999999999999999") << QStringLiteral("99999999999999999999");
}

void SaveLimitsTest::answer_toANewerFormat_isRefused()
{
    QFETCH(QString, number);
    QByteArray json = edited(QStringLiteral("\"format_version\": 2,\\n  "), QString());
    json.insert(json.lastIndexOf('}'), ",\n  \"format_version\": " + number.toUtf8() + '\n');
    QVERIFY(writeFile(m_file, json));
    const Run answered =
        promptdeck({QStringLiteral("answer"), m_file, QStringLiteral("1"), QStringLiteral("-")},
                   "An answer\n");
    QCOMPARE(answered.exitCode, 1);
    QVERIFY2(answered.err.contains(QStringLiteral("newer PromptDeck (file format %1;").arg(number)),
             qPrintable(answered.err));
    QCOMPARE(readAll(m_file), json);
}

QTEST_GUILESS_MAIN(SaveLimitsTest)
#include "tst_savelimits.moc"
