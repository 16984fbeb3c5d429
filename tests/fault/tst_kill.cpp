// Faults from outside the process (docs/RELIABILITY.md, matrix row 4):
// promptdeck is killed with SIGKILL at random moments, many times, while it
// saves a large session from the command line and while a user pastes and
// types in the window with autosave. After every kill each session file
// on disk must load, and nothing stored by a save that completed may be
// lost; after the window's kills, a restart must bring back the newest
// autosave (from the session's file, or offered from a recovery file).
#include "session/sessionautosaver.h"
#include "session/sessionfile.h"
#include "session/sessionrecovery.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Core;

namespace {

int highestMarker(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("(?:marker|typed)-(\\d+)"));
    int highest = -1;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        highest = std::max(highest, match.captured(1).toInt());
    return highest;
}

} // namespace

class KillTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandLine_killedWhileSaving_losesNothingSaved_data();
    void commandLine_killedWhileSaving_losesNothingSaved();
    void window_killedWhileWorking_restartBringsBackTheNewestAutosave_data();
    void window_killedWhileWorking_restartBringsBackTheNewestAutosave();

private:
    // Every session, backup and recovery file under folder loads.
    void verifyEverySessionFileLoads(const QString &folder);
    QProcessEnvironment environment() const;

    QTemporaryDir m_home;
    QRandomGenerator m_random;
    // Fewer rounds where every run is slow (the sanitizer build sets it).
    int m_rounds = qEnvironmentVariableIsSet("PROMPTDECK_KILL_ROUNDS")
                       ? qEnvironmentVariableIntValue("PROMPTDECK_KILL_ROUNDS")
                       : 10;
};

void KillTest::initTestCase()
{
    // A different sequence every run, printed so that a failure can be
    // replayed with PROMPTDECK_KILL_SEED.
    const quint32 seed = qEnvironmentVariableIsSet("PROMPTDECK_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("PROMPTDECK_KILL_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("kill seed: %u", seed);
    m_random.seed(seed);
}

QProcessEnvironment KillTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

void KillTest::verifyEverySessionFileLoads(const QString &folder)
{
    QDirIterator it(folder, {QStringLiteral("*.promptdeck"), QStringLiteral("*.promptdeck.bak")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const Result<Session> loaded = SessionFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(path + QStringLiteral(": ") + loaded.errorText()));
    }
    QDirIterator recovery(folder, {QStringLiteral("*.recovery")}, QDir::Files,
                          QDirIterator::Subdirectories);
    while (recovery.hasNext()) {
        const QString path = recovery.next();
        const Result<Session> loaded = SessionRecovery::load(path);
        QVERIFY2(loaded.ok(), qPrintable(path + QStringLiteral(": ") + loaded.errorText()));
    }
}

void KillTest::commandLine_killedWhileSaving_losesNothingSaved_data()
{
    QTest::addColumn<QString>("kit");
    QTest::addColumn<QString>("brief");
    QTest::addColumn<int>("answerBytes");
    QTest::newRow("bundled kit, 2 MB answers")
        << QStringLiteral("seo-article") << QStringLiteral("python-gil") << 2 * 1024 * 1024;
    QTest::newRow("another kit, 1 MB answers")
        << QStringLiteral(PROMPTDECK_TEST_DATA "/kits/blog-post.yaml")
        << QStringLiteral(PROMPTDECK_TEST_DATA "/briefs/blog-brief.yaml") << 1024 * 1024;
}

void KillTest::commandLine_killedWhileSaving_losesNothingSaved()
{
    QFETCH(QString, kit);
    QFETCH(QString, brief);
    QFETCH(int, answerBytes);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("big.promptdeck"));
    auto run = [&](const QStringList &args, int killAfterMs = -1) {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(PROMPTDECK_BINARY), args);
        if (!process.waitForStarted())
            return -2;
        if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
            process.kill(); // SIGKILL
            process.waitForFinished();
            return -1;
        }
        process.waitForFinished(60000);
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    QCOMPARE(run({QStringLiteral("new"), QStringLiteral("--kit"), kit, QStringLiteral("--brief"),
                  brief, QStringLiteral("-o"), file}),
             0);
    const int cards = SessionFile::load(file).value().cardCount();
    auto writeAnswer = [&](int marker) {
        const QString path = dir.filePath(QStringLiteral("answer.md"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return QString();
        out.write(QStringLiteral("marker-%1\n").arg(marker).toUtf8());
        out.write(QByteArray(answerBytes, char('a' + marker % 26)));
        return path;
    };

    // Fill the session first, then time one whole run on the full session:
    // the kills are spread over a run like it (reading, storing, saving).
    for (int card = 0; card < cards; ++card)
        QCOMPARE(
            run({QStringLiteral("answer"), file, QString::number(card + 1), writeAnswer(card)}), 0);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(run({QStringLiteral("answer"), file, QStringLiteral("1"), writeAnswer(99)}), 0);
    const qint64 longest = timer.elapsed();
    QList<int> expected(cards);
    for (int card = 0; card < cards; ++card)
        expected[card] = card == 0 ? 99 : card;

    int killed = 0;
    const int rounds = 2 * m_rounds;
    for (int round = 0; round < rounds; ++round) {
        const int card = int(m_random.bounded(cards));
        const int marker = 100 + round;
        const int killAfter = int(m_random.bounded(quint32(longest * 16 / 10 + 1)));
        const int exit =
            run({QStringLiteral("answer"), file, QString::number(card + 1), writeAnswer(marker)},
                killAfter);
        killed += exit == -1 ? 1 : 0;
        verifyEverySessionFileLoads(dir.path());
        const Result<Session> loaded = SessionFile::load(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        for (int c = 0; c < cards; ++c) {
            const int found = highestMarker(loaded.value().answerText(c));
            // A completed save is never lost; a killed one left the old
            // answer or the new one, never anything else.
            if (c == card && exit == 0)
                QCOMPARE(found, marker);
            else if (c == card)
                QVERIFY2(found == marker || found == expected.at(c),
                         qPrintable(QStringLiteral("card %1: %2").arg(c).arg(found)));
            else
                QCOMPARE(found, expected.at(c));
            expected[c] = found;
        }
    }
    qInfo("%d of %d runs killed (a whole run took %lld ms)", killed, rounds, longest);
    QVERIFY2(killed >= rounds / 4, "the kills should land during most runs");
}

void KillTest::window_killedWhileWorking_restartBringsBackTheNewestAutosave_data()
{
    QTest::addColumn<bool>("named");
    QTest::newRow("named session") << true;
    QTest::newRow("untitled session") << false;
}

void KillTest::window_killedWhileWorking_restartBringsBackTheNewestAutosave()
{
    QFETCH(bool, named);
    QDir(m_home.filePath(QStringLiteral("data"))).removeRecursively();
    QDir(m_home.filePath(QStringLiteral("config"))).removeRecursively();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("article.promptdeck"));
    if (named) {
        QProcess create;
        create.setProcessEnvironment(environment());
        create.start(QStringLiteral(PROMPTDECK_BINARY),
                     {QStringLiteral("new"), QStringLiteral("-o"), file});
        QVERIFY(create.waitForFinished(30000));
        QCOMPARE(create.exitCode(), 0);
    }

    QMap<int, int> reported; // card → highest marker an autosave reported
    int kills = 0;
    for (int round = 0; round < m_rounds; ++round) {
        QProcess worker;
        worker.setProcessEnvironment(environment());
        QStringList args{QStringLiteral("work")};
        if (named)
            args.append(file);
        args.append(QString::number(round + 1));
        worker.start(QStringLiteral(PROMPTDECK_FAULT_DRIVER), args);
        QVERIFY(worker.waitForStarted());
        QByteArray output;
        if (m_random.bounded(4) == 0) {
            // While it starts (and perhaps recovers the last round's work).
            QVERIFY(!worker.waitForFinished(int(m_random.bounded(500))));
        } else {
            // While it works: after its first autosave, at a random moment.
            QElapsedTimer waited;
            waited.start();
            while (!output.contains("saved ") && waited.elapsed() < 60000) {
                QVERIFY(worker.state() == QProcess::Running);
                worker.waitForReadyRead(100);
                output += worker.readAllStandardOutput();
            }
            QVERIFY(!worker.waitForFinished(int(m_random.bounded(1500))));
        }
        worker.kill();
        worker.waitForFinished();
        ++kills;
        output += worker.readAllStandardOutput();
        const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() == 3 && parts.first() == QLatin1String("saved"))
                reported[parts.at(1).toInt()] =
                    std::max(reported.value(parts.at(1).toInt(), -1), parts.at(2).toInt());
        }
        verifyEverySessionFileLoads(m_home.path());
        verifyEverySessionFileLoads(dir.path());

        // Restart as the user would: whatever is offered is recovered.
        QProcess restart;
        restart.setProcessEnvironment(environment());
        restart.start(QStringLiteral(PROMPTDECK_FAULT_DRIVER), {QStringLiteral("restart")});
        QVERIFY(restart.waitForFinished(60000));
        QCOMPARE(restart.exitCode(), 0);
        QMap<int, int> restored;
        const QStringList restartLines =
            QString::fromUtf8(restart.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : restartLines) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() == 3 && parts.first() == QLatin1String("card"))
                restored[parts.at(1).toInt()] = parts.at(2).toInt();
        }
        QVERIFY2(restored.size() == 12, qPrintable(restartLines.join(u'|')));
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            QVERIFY2(
                restored.value(it.key()) >= it.value(),
                qPrintable(QStringLiteral("round %1, card %2: autosaved marker %3, restart has %4")
                               .arg(round)
                               .arg(it.key())
                               .arg(it.value())
                               .arg(restored.value(it.key()))));
            reported[it.key()] = restored.value(it.key());
        }
        // What the restart kept is the baseline for the next round.
        for (auto it = restored.cbegin(); it != restored.cend(); ++it) {
            if (it.value() >= 0)
                reported[it.key()] = it.value();
        }
    }
    QCOMPARE(kills, m_rounds);
    QVERIFY2(!reported.isEmpty(), "the worker should have saved something");
}

QTEST_GUILESS_MAIN(KillTest)
#include "tst_kill.moc"
