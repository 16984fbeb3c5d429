// One writer at a time from the command line: the real promptdeck binary,
// many at once on one session, and against a lock this test holds (a
// process of its own, so the holder is a live process other than the
// command's).
#include "clitest.h"
#include "commandcontext.h"
#include "session/sessionfile.h"
#include "session/sessionlock.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace PromptDeck::Core;
using namespace PromptDeck::Tests;

class SessionLockCliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void answer_twelveAtOnce_everyAnswerStoredOrRefused();
    void writer_whileAnotherProcessHoldsTheLock_refusesAndNamesIt_data();
    void writer_whileAnotherProcessHoldsTheLock_refusesAndNamesIt();
    void answer_lockLetGoWhileWaiting_isStored();
    void answer_leavesNoLockBehind();
    void saveLoadedSession_fileChangedSinceRead_writesNothing();

private:
    QString session() const { return m_dir->filePath(QStringLiteral("s.promptdeck")); }
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void SessionLockCliTest::initTestCase()
{
    // The commands look for a window's recovery lock in the data folder:
    // this run's own.
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
}

void SessionLockCliTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Run created = promptdeck({QStringLiteral("new"), QStringLiteral("-o"), session()});
    QCOMPARE(created.exitCode, 0);
}

void SessionLockCliTest::answer_twelveAtOnce_everyAnswerStoredOrRefused()
{
    const int cards = SessionFile::load(session()).value().cardCount();
    QCOMPARE(cards, 12);
    // Each answer in a file of its own, large enough that reading and
    // writing the session takes a while, so that the commands overlap.
    auto answerText = [](int card) {
        return QStringLiteral("The answer to card %1\n").arg(card) +
               QString(qsizetype{256} * 1024, QLatin1Char('x'));
    };
    for (int card = 1; card <= cards; ++card) {
        QFile file(m_dir->filePath(QStringLiteral("answer%1.md").arg(card)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(answerText(card).toUtf8());
    }
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int card = 1; card <= cards; ++card) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(PROMPTDECK_BINARY),
                       {QStringLiteral("answer"), session(), QString::number(card),
                        m_dir->filePath(QStringLiteral("answer%1.md").arg(card))});
        processes.push_back(std::move(process));
    }
    QList<int> stored;
    for (int card = 1; card <= cards; ++card) {
        QProcess &process = *processes.at(card - 1);
        QVERIFY(process.waitForFinished(120000));
        const QByteArray out = process.readAllStandardOutput();
        const QString err = QString::fromUtf8(process.readAllStandardError());
        if (process.exitCode() == 0) {
            QVERIFY2(out.startsWith("Stored the answer"), out.constData());
            stored.append(card - 1);
        } else {
            // Refused: it says so, and says it stored nothing.
            QCOMPARE(process.exitCode(), 1);
            QVERIFY2(!out.contains("Stored"), out.constData());
            QVERIFY2(err.contains(QStringLiteral("nothing was written"), Qt::CaseInsensitive),
                     qPrintable(err));
        }
    }
    const Session after = SessionFile::load(session()).value();
    for (int card = 0; card < cards; ++card) {
        if (stored.contains(card))
            QVERIFY(after.answerText(card) == answerText(card + 1));
        else
            QVERIFY(!after.hasAnswer(card));
    }
    qInfo("%lld of %d answers stored, the rest refused with a message", qint64(stored.size()),
          cards);
    QVERIFY(!QFileInfo::exists(SessionLock::lockPathFor(session())));
}

void SessionLockCliTest::writer_whileAnotherProcessHoldsTheLock_refusesAndNamesIt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("fileExists");
    QTest::newRow("answer") << QStringList{QStringLiteral("answer"), QStringLiteral("SESSION"),
                                           QStringLiteral("1"), QStringLiteral("-")}
                            << true;
    QTest::newRow("new -o") << QStringList{QStringLiteral("new"), QStringLiteral("-o"),
                                           QStringLiteral("NEW")}
                            << false;
    QTest::newRow("export -o --force")
        << QStringList{QStringLiteral("export"),   QStringLiteral("SESSION"),
                       QStringLiteral("--format"), QStringLiteral("md"),
                       QStringLiteral("-o"),       QStringLiteral("SESSION"),
                       QStringLiteral("--force")}
        << true;
}

void SessionLockCliTest::writer_whileAnotherProcessHoldsTheLock_refusesAndNamesIt()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, fileExists);
    const QString target = fileExists ? session() : m_dir->filePath(QStringLiteral("n.promptdeck"));
    arguments.replaceInStrings(QStringLiteral("SESSION"), target);
    arguments.replaceInStrings(QStringLiteral("NEW"), target);
    const QByteArray before = readAll(target);

    // This test is the other writer: a live process with the lock.
    SessionLock held(target);
    QCOMPARE(held.lock(), SessionLock::Outcome::Locked);
    const Run run = promptdeck(arguments, "An answer");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QString pid = QString::number(QCoreApplication::applicationPid());
    QVERIFY2(run.err.contains(QStringLiteral("process %1").arg(pid)), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("another PromptDeck is writing the session")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(SessionLock::lockPathFor(target)), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was written")), qPrintable(run.err));
    QCOMPARE(QFileInfo::exists(target), fileExists);
    QCOMPARE(readAll(target), before);
    QVERIFY(held.isLocked());
}

void SessionLockCliTest::answer_lockLetGoWhileWaiting_isStored()
{
    auto held = std::make_unique<SessionLock>(session());
    QCOMPARE(held->lock(), SessionLock::Outcome::Locked);
    QProcess process;
    process.start(QStringLiteral(PROMPTDECK_BINARY),
                  {QStringLiteral("answer"), session(), QStringLiteral("1"), QStringLiteral("-")});
    QVERIFY(process.waitForStarted());
    process.write("Waited for");
    process.closeWriteChannel();
    // A command writing the session: it lets go after a moment, well within
    // the waiting time, and the waiting command goes on.
    QTest::qWait(300);
    held.reset();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(SessionFile::load(session()).value().answerText(0), QStringLiteral("Waited for"));
}

void SessionLockCliTest::answer_leavesNoLockBehind()
{
    const Run run = promptdeck(
        {QStringLiteral("answer"), session(), QStringLiteral("2"), QStringLiteral("-")}, "Yes");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!QFileInfo::exists(SessionLock::lockPathFor(session())));
    // A refused command neither.
    const Run refused = promptdeck(
        {QStringLiteral("answer"), session(), QStringLiteral("99"), QStringLiteral("-")}, "No");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!QFileInfo::exists(SessionLock::lockPathFor(session())));
}

void SessionLockCliTest::saveLoadedSession_fileChangedSinceRead_writesNothing()
{
    QBuffer in;
    QBuffer out;
    QString errText;
    QTextStream err(&errText);
    PromptDeck::Cli::CommandContext context(&in, &out, err,
                                            [] { return QDateTime::currentDateTimeUtc(); });
    const DiskState read = DiskState::of(session());
    Session mine = SessionFile::load(session()).value();
    QVERIFY(mine.setAnswer(0, QStringLiteral("Mine"), AnswerVersion::Origin::Imported,
                           QDateTime::currentDateTimeUtc()));

    // Another program, one that takes no lock, writes the file in between.
    Session theirs = SessionFile::load(session()).value();
    QVERIFY(theirs.setAnswer(1, QStringLiteral("Theirs, and longer"),
                             AnswerVersion::Origin::Imported, QDateTime::currentDateTimeUtc()));
    QVERIFY(SessionFile::save(theirs, session(), QDateTime::currentDateTimeUtc()));
    QVERIFY(DiskState::of(session()) != read);
    const QByteArray changed = readAll(session());

    QVERIFY(!context.saveLoadedSession(mine, session(), read));
    err.flush();
    QVERIFY2(errText.contains(QStringLiteral("changed on disk")), qPrintable(errText));
    QVERIFY2(errText.contains(session()), qPrintable(errText));
    QCOMPARE(readAll(session()), changed);

    // Read again, it is written.
    QVERIFY(context.saveLoadedSession(mine, session(), DiskState::of(session())));
    QCOMPARE(SessionFile::load(session()).value().answerText(0), QStringLiteral("Mine"));
}

QTEST_GUILESS_MAIN(SessionLockCliTest)
#include "tst_sessionlock.moc"
