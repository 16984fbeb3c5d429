// The window under faults, each test named after its row of
// docs/RELIABILITY.md's matrix: a full disk and an unwritable folder during
// saves, the recovery offer after a crash (and not for a second running
// instance), a session file changed by another program, huge pastes.
#include "answeredit.h"
#include "base/inputlimits.h"
#include "bundledcontent.h"
#include "carddeck.h"
#include "cardwidget.h"
#include "filesizelimit.h"
#include "guitest.h"
#include "mainwindow.h"
#include "recoverydialog.h"
#include "session/sessionfile.h"
#include "session/sessionrecovery.h"
#include "testfiles.h"
#include "testseams.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck;
using namespace PromptDeck::Core;
using namespace PromptDeck::Gui;
using PromptDeck::Tests::FakeClipboard;
using PromptDeck::Tests::FileSizeLimit;
using PromptDeck::Tests::readAll;
using PromptDeck::Tests::ScriptedDialogs;

namespace {

// Makes a file or folder immutable (root ignores permissions, not this) or,
// for a user, a folder read-only; undone when it goes out of scope.
class Unwritable final
{
public:
    explicit Unwritable(const QString &path)
        : m_path(path)
    {
        if (geteuid() == 0) {
            m_immutable =
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        } else {
            m_permissions = QFile::permissions(path);
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        }
    }
    ~Unwritable()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        else if (m_permissions)
            QFile::setPermissions(m_path, *m_permissions);
    }
    bool isInEffect() const { return m_immutable || m_permissions.has_value(); }

private:
    QString m_path;
    bool m_immutable = false;
    std::optional<QFileDevice::Permissions> m_permissions;
};

} // namespace

class ReliabilityTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void row02_diskFullDuringAutosave_keepsFileAndSaysWhere();
    void row03_unwritableFile_saysWhyAndSaveAsWorks_data();
    void row03_unwritableFile_saysWhyAndSaveAsWorks();
    void row05_recoveryAfterACrash_showDifferencesThenRecover();
    void row05_recoveryAfterACrash_isKeptUntilTheUserDecides();
    void row05_recoveryDiscarded_isGone();
    void row05_secondRunningInstance_isNotACrash();
    void row08_fileChangedOnDisk_askBeforeOverwriting_data();
    void row08_fileChangedOnDisk_askBeforeOverwriting();
    void row16_hugePaste_storedExactlyOrRefused_data();
    void row16_hugePaste_storedExactlyOrRefused();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString &file = QString());
    CardWidget *card(int row) const { return m_window->deck()->card(row); }
    void paste(int row, const QString &text)
    {
        m_clipboard.contents = text;
        m_window->pasteAnswer(row);
        // The paste's autosave runs on the next pass of the event loop.
        QCoreApplication::processEvents();
    }
    // A named session with one answer, open in the window.
    QString openNamedSession();
    // Leaves the work of a "crashed" instance: a recovery file for file
    // whose lock nobody holds.
    QString leaveCrashRecovery(const QString &file, const QString &answer);
    QStringList temporaryFiles() const;
    static QString recoveryFolderState();
    static QString firstSlotOf(const QString &sessionFile);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClipboard m_clipboard;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

std::unique_ptr<MainWindow> ReliabilityTest::makeWindow(const QString &file)
{
    auto window = std::make_unique<MainWindow>(&m_clipboard, &m_dialogs);
    window->autosaver()->setDelay(50);
    window->resize(1400, 900);
    window->startup(file);
    window->show();
    return window;
}

void ReliabilityTest::init()
{
    QSettings().clear();
    QDir(SessionAutosaver::untitledFolder()).removeRecursively();
    QDir(SessionRecovery::folder()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    m_clipboard = FakeClipboard();
    m_dialogs = ScriptedDialogs();
    m_window = makeWindow();
}

void ReliabilityTest::cleanup()
{
    m_window.reset();
}

QString ReliabilityTest::openNamedSession()
{
    paste(0, QStringLiteral("# The outline"));
    const QString file = m_dir->filePath(QStringLiteral("article.promptdeck"));
    m_dialogs.saveNames = {file};
    if (!m_window->saveAs())
        return {};
    return file;
}

QString ReliabilityTest::leaveCrashRecovery(const QString &file, const QString &answer)
{
    Result<Session> session = SessionFile::load(file);
    Session crashed = session.value();
    crashed.setAnswer(1, answer, AnswerVersion::Origin::Pasted, QDateTime::currentDateTimeUtc());
    SessionRecovery recovery;
    recovery.attach(file);
    const Status written =
        recovery.write(crashed, false, DiskState::of(file), QDateTime::currentDateTimeUtc());
    return written ? recovery.recoveryFile() : QString();
}

// The recovery file a window working on the session uses when no other
// slot of it is taken: the one a fresh recovery takes while nothing holds it.
QString ReliabilityTest::firstSlotOf(const QString &sessionFile)
{
    SessionRecovery probe;
    probe.attach(sessionFile);
    return probe.recoveryFile();
}

// What the recovery folder holds, with each lock's content: what a failing
// recovery test shows.
QString ReliabilityTest::recoveryFolderState()
{
    QStringList lines;
    const QDir dir(SessionRecovery::folder());
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QString line = info.fileName() + QStringLiteral(" (%1 bytes)").arg(info.size());
        if (info.fileName().endsWith(QStringLiteral(".lock")))
            line += QStringLiteral(": ") +
                    QString::fromUtf8(readAll(info.absoluteFilePath())).simplified();
        lines.append(line);
    }
    QStringList orphans;
    for (const SessionRecovery::Entry &entry : SessionRecovery::orphans())
        orphans.append(QFileInfo(entry.recoveryFile).fileName());
    return QStringLiteral("recovery folder: %1; orphans: %2")
        .arg(lines.join(QStringLiteral("; ")), orphans.join(QStringLiteral(", ")));
}

QStringList ReliabilityTest::temporaryFiles() const
{
    QStringList found;
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden)) {
        // The session's lock is no temporary: it is held while the file is open.
        if (!name.endsWith(QStringLiteral(".promptdeck")) &&
            !name.endsWith(QStringLiteral(".bak")) &&
            !name.endsWith(QStringLiteral(".promptdeck.lock")))
            found.append(name);
    }
    return found;
}

void ReliabilityTest::row02_diskFullDuringAutosave_keepsFileAndSaysWhere()
{
    const QString file = openNamedSession();
    QVERIFY(!file.isEmpty());
    const QByteArray before = readAll(file);
    {
        const FileSizeLimit full(before.size() + 4096);
        paste(1, QString(256 * 1024, QLatin1Char('r')));
    }
    auto *problem = m_window->findChild<QLabel *>(QStringLiteral("saveProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(file), qPrintable(problem->text()));
    QCOMPARE(readAll(file), before);
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("*")));
    QVERIFY2(temporaryFiles().isEmpty(), qPrintable(temporaryFiles().join(u' ')));
    const QStringList recoveryFolder = QDir(SessionRecovery::folder()).entryList(QDir::Files);
    for (const QString &name : recoveryFolder)
        QVERIFY2(name.endsWith(QStringLiteral(".recovery")) ||
                     name.endsWith(QStringLiteral(".lock")),
                 qPrintable(name));

    // With room again, the next save goes through and the warning goes.
    QVERIFY(m_window->save());
    QVERIFY(!problem->isVisible());
    QCOMPARE(SessionFile::load(file).value().answerText(1).size(), 256 * 1024);
}

void ReliabilityTest::row03_unwritableFile_saysWhyAndSaveAsWorks_data()
{
    QTest::addColumn<bool>("folder");
    QTest::newRow("read-only folder") << true;
    // A commit failure: the temporary file is written, renaming it over the
    // (immutable) session file fails.
    QTest::newRow("commit failure") << false;
}

void ReliabilityTest::row03_unwritableFile_saysWhyAndSaveAsWorks()
{
    QFETCH(bool, folder);
    if (!folder && geteuid() != 0)
        QSKIP("an immutable file needs root (chattr +i); the folder row covers users");
    const QString file = openNamedSession();
    QVERIFY(!file.isEmpty());
    const QByteArray before = readAll(file);
    QString answer;
    {
        const Unwritable locked(folder ? m_dir->path() : file);
        if (!locked.isInEffect())
            QSKIP("this file system cannot make the file unwritable");
        answer = QStringLiteral("Research that must not be lost ✓");
        paste(1, answer);
        auto *problem = m_window->findChild<QLabel *>(QStringLiteral("saveProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("could not save")),
                 qPrintable(problem->text()));
        QVERIFY(m_window->document()->isModified());
        QCOMPARE(m_window->document()->session().answerText(1), answer);
        QCOMPARE(readAll(file), before);

        // Save As somewhere else works, and nothing is cleared.
        const QString elsewhere = QTemporaryDir().path() + QStringLiteral("-elsewhere.promptdeck");
        m_dialogs.saveNames = {elsewhere};
        QVERIFY(m_window->saveAs());
        QCOMPARE(SessionFile::load(elsewhere).value().answerText(1), answer);
        QCOMPARE(SessionFile::load(elsewhere).value().answerText(0),
                 QStringLiteral("# The outline"));
        QVERIFY(!m_window->document()->isModified());
        QVERIFY(!problem->isVisible());
        QFile::remove(elsewhere);
        QFile::remove(elsewhere + QStringLiteral(".bak"));
    }
    QVERIFY2(temporaryFiles().isEmpty(), qPrintable(temporaryFiles().join(u' ')));
}

void ReliabilityTest::row05_recoveryAfterACrash_showDifferencesThenRecover()
{
    const QString file = openNamedSession();
    m_window.reset();
    const QString recoveryFile =
        leaveCrashRecovery(file, QStringLiteral("Pasted just before the crash"));
    QVERIFY(!recoveryFile.isEmpty());

    int differences = 0;
    QString recoveredShown;
    m_dialogs.onExec = [&](QDialog *dialog) {
        auto *recovery = qobject_cast<RecoveryDialog *>(dialog);
        if (!recovery)
            return int(QDialog::Rejected);
        differences = recovery->differenceCount();
        recovery->selectDifference(0);
        recoveredShown = recovery->recoveredText();
        return int(QDialog::Rejected);
    };
    m_dialogs.answers = {1, 0}; // Show Differences…, then Recover
    m_window = makeWindow();
    QCOMPARE(m_dialogs.questions.size(), 2);
    QVERIFY(m_dialogs.questions.first().startsWith(QStringLiteral("Recover Unsaved Work?")));
    QVERIFY(m_dialogs.questions.first().contains(
        QStringLiteral("• Card 2, Research & Evidence: an answer of 28 characters only in the "
                       "recovered session.")));
    QCOMPARE(m_dialogs.lastButtons,
             (QStringList{QStringLiteral("Recover"), QStringLiteral("Show Differences…"),
                          QStringLiteral("Discard")}));
    QCOMPARE(differences, 1);
    QCOMPARE(recoveredShown, QStringLiteral("Pasted just before the crash"));

    QCOMPARE(m_window->document()->filePath(), file);
    QCOMPARE(m_window->document()->session().answerText(1),
             QStringLiteral("Pasted just before the crash"));
    // Saved into the session's file at once; the recovery file is gone.
    QCOMPARE(SessionFile::load(file).value().answerText(1),
             QStringLiteral("Pasted just before the crash"));
    QVERIFY(!QFile::exists(recoveryFile));
    QVERIFY(SessionRecovery::orphans().isEmpty());
}

void ReliabilityTest::row05_recoveryAfterACrash_isKeptUntilTheUserDecides()
{
    const QString file = openNamedSession();
    m_window.reset();
    const QString recoveryFile = leaveCrashRecovery(file, QStringLiteral("Kept for later"));
    m_dialogs.answers = {-1}; // closes the question without deciding
    m_window = makeWindow();
    QCOMPARE(m_dialogs.questions.size(), 1);
    QVERIFY(QFile::exists(recoveryFile));
    // The window went on to the last session, and does not write over the
    // recovery file while it works on that session.
    QCOMPARE(m_window->document()->filePath(), file);
    paste(2, QStringLiteral("Intro"));
    QCOMPARE(SessionRecovery::load(recoveryFile).value().answerText(1),
             QStringLiteral("Kept for later"));
    QVERIFY(m_window->close());
    m_window.reset();

    // The next start offers it again.
    m_dialogs.answers = {0};
    m_window = makeWindow();
    QCOMPARE(m_dialogs.questions.size(), 2);
    QCOMPARE(m_window->document()->session().answerText(1), QStringLiteral("Kept for later"));
    QVERIFY(!QFile::exists(recoveryFile));
}

void ReliabilityTest::row05_recoveryDiscarded_isGone()
{
    const QString file = openNamedSession();
    m_window.reset();
    const QByteArray before = readAll(file);
    const QString recoveryFile = leaveCrashRecovery(file, QStringLiteral("Not wanted"));
    m_dialogs.answers = {2}; // Discard
    m_window = makeWindow();
    QVERIFY(!QFile::exists(recoveryFile));
    QCOMPARE(readAll(file), before);
    QVERIFY(!m_window->document()->session().hasAnswer(1));
}

void ReliabilityTest::row05_secondRunningInstance_isNotACrash()
{
    // The real program, running on the same data folder, has the session
    // open and holds its lock.
    const QString file = openNamedSession();
    m_window.reset();
    const QString runningFile = firstSlotOf(file);
    QProcess other;
    other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    other.start(QStringLiteral(PROMPTDECK_BINARY), {file});
    QVERIFY(other.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(SessionRecovery::isOpenElsewhere(file), 20000);

    // A crash left work for the same session; it goes to a slot of its own.
    const QString crashFile = leaveCrashRecovery(file, QStringLiteral("A crash's work"));
    QVERIFY(!crashFile.isEmpty());
    // The running instance has unsaved work in its own (locked) slot, the
    // session's first; the crash's work went to the next one.
    QVERIFY2(crashFile != runningFile && QFileInfo(crashFile).dir() == QFileInfo(runningFile).dir(),
             qPrintable(recoveryFolderState()));
    // The other instance clears its own slot once its session is in place,
    // which a slow machine (or the sanitizers) may do after the copy: copy
    // until the copy stays.
    const auto copyStays = [&] {
        if (!QFile::exists(runningFile) && !QFile::copy(crashFile, runningFile))
            return false;
        QTest::qWait(2000);
        return QFile::exists(runningFile);
    };
    QTRY_VERIFY_WITH_TIMEOUT(copyStays(), 60000);

    m_dialogs.answers = {-1};
    m_window = makeWindow();
    // Only the crash's work is offered.
    QVERIFY2(m_dialogs.questions.size() == 1, qPrintable(m_dialogs.questions.join(u'\n')));
    QVERIFY(m_dialogs.questions.first().startsWith(QStringLiteral("Recover Unsaved Work?")));
    QCOMPARE(SessionRecovery::orphans().size(), 1);
    QCOMPARE(SessionRecovery::orphans().first().recoveryFile, crashFile);
    QVERIFY(QFile::exists(runningFile));
    // The last session is open in the other instance: this one starts anew.
    QVERIFY(m_window->document()->filePath().isEmpty());

    // Once the other instance is gone (killed: it never removed its lock),
    // its work counts as a crash's too.
    other.kill();
    QVERIFY(other.waitForFinished());
    // (A slow instance may have settled its slot after the checks above; the
    // dead one's slot is what is looked at here, so put its work back.)
    QVERIFY(QFile::exists(runningFile) || QFile::copy(crashFile, runningFile));
    // The lock names a process that is gone once the system has reaped it,
    // which a loaded machine may do a moment after waitForFinished().
    QTRY_VERIFY2_WITH_TIMEOUT(SessionRecovery::orphans().size() == 2,
                              qPrintable(recoveryFolderState()), 10000);
}

void ReliabilityTest::row08_fileChangedOnDisk_askBeforeOverwriting_data()
{
    QTest::addColumn<int>("choice");
    QTest::newRow("overwrite") << 1;
    QTest::newRow("reload") << 2;
    QTest::newRow("save as") << 0;
    QTest::newRow("decide later") << -1;
}

void ReliabilityTest::row08_fileChangedOnDisk_askBeforeOverwriting()
{
    QFETCH(int, choice);
    const QString file = openNamedSession();
    // The command line does not write a session open in the window: it
    // takes the session's lock, which the window holds.
    QProcess cli;
    cli.start(QStringLiteral(PROMPTDECK_BINARY),
              {QStringLiteral("answer"), file, QStringLiteral("3"), QStringLiteral("-")});
    cli.write("Their introduction");
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 1);
    // Another program, one that takes no lock, stores an answer in the file.
    Session changed = SessionFile::load(file).value();
    QVERIFY(changed.setAnswer(2, QStringLiteral("Their introduction"),
                              AnswerVersion::Origin::Imported, QDateTime::currentDateTimeUtc()));
    QVERIFY(SessionFile::save(changed, file, QDateTime::currentDateTimeUtc()));
    const QByteArray theirs = readAll(file);
    // Make sure the change is visible in the time stamp, whatever the clock.
    QFile touched(file);
    QVERIFY(touched.open(QIODevice::ReadWrite));
    QVERIFY(touched.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5),
                                QFileDevice::FileModificationTime));
    touched.close();

    const QString elsewhere = m_dir->filePath(QStringLiteral("mine.promptdeck"));
    m_dialogs.saveNames = {elsewhere};
    m_dialogs.answers = {choice};
    paste(1, QStringLiteral("My research"));
    QTRY_COMPARE(m_dialogs.questions.size(), 1);
    QVERIFY(m_dialogs.questions.first().startsWith(QStringLiteral("File Changed on Disk")));
    QCOMPARE(m_dialogs.lastButtons,
             (QStringList{QStringLiteral("Save As…"), QStringLiteral("Overwrite"),
                          QStringLiteral("Reload from Disk")}));
    const Session onDisk = SessionFile::load(file).value();
    switch (choice) {
    case 1: // overwrite: ours wins
        QCOMPARE(onDisk.answerText(1), QStringLiteral("My research"));
        QVERIFY(!onDisk.hasAnswer(2));
        QVERIFY(!m_window->document()->isModified());
        break;
    case 2: // reload: theirs wins
        QCOMPARE(readAll(file), theirs);
        QCOMPARE(m_window->document()->session().answerText(2),
                 QStringLiteral("Their introduction"));
        QVERIFY(!m_window->document()->session().hasAnswer(1));
        break;
    case 0: // save as: both kept
        QCOMPARE(readAll(file), theirs);
        QCOMPARE(m_window->document()->filePath(), elsewhere);
        QCOMPARE(SessionFile::load(elsewhere).value().answerText(1), QStringLiteral("My research"));
        break;
    default: { // undecided: nothing written over, the work in the recovery file
        QCOMPARE(readAll(file), theirs);
        QVERIFY(m_window->document()->isModified());
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("saveProblem"))->isVisible());
        const Result<Session> recovered =
            SessionRecovery::load(m_window->autosaver()->recovery().recoveryFile());
        QCOMPARE(recovered.value().answerText(1), QStringLiteral("My research"));
        // More work is kept too, without a second question.
        paste(3, QStringLiteral("Body"));
        QTest::qWait(50);
        QCOMPARE(m_dialogs.questions.size(), 1);
        QCOMPARE(readAll(file), theirs);
        // An explicit save asks again.
        m_dialogs.answers = {1};
        QVERIFY(m_window->save());
        QCOMPARE(m_dialogs.questions.size(), 2);
        QCOMPARE(SessionFile::load(file).value().answerText(3), QStringLiteral("Body"));
        break;
    }
    }
    QVERIFY(!m_window->autosaver()->isBlockedByExternalChange() || choice == -1);
}

void ReliabilityTest::row16_hugePaste_storedExactlyOrRefused_data()
{
    QTest::addColumn<int>("megabytes");
    QTest::addColumn<bool>("stored");
    QTest::newRow("5 MB") << 5 << true;
    QTest::newRow("50 MB") << 50 << false;
}

void ReliabilityTest::row16_hugePaste_storedExactlyOrRefused()
{
    QFETCH(int, megabytes);
    QFETCH(bool, stored);
    const QString file = openNamedSession();
    // Varied text, not one repeated letter: emoji, CJK, line ends.
    const QString unit = QStringLiteral("Zeile ✓ 漢字 🐍 {{x}} \\1\r\n");
    QString text;
    text.reserve(megabytes * 1024 * 1024);
    while (text.size() * 2 < megabytes * 1024 * 1024)
        text += unit;
    paste(1, text);
    // The event loop turns again (speed is the benchmarks' business).
    QTest::qWait(1);
    if (stored) {
        QVERIFY(m_dialogs.warnings.isEmpty());
        QCOMPARE(SessionFile::load(file).value().answerText(1), text);
        // The box shows it with its line ends as Qt's editor keeps them.
        QVERIFY(card(1)->answerEdit()->toPlainText() ==
                QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    } else {
        QCOMPARE(m_dialogs.warnings.size(), 1);
        QVERIFY2(m_dialogs.warnings.first().contains(QStringLiteral("at most 16,777,216")),
                 qPrintable(m_dialogs.warnings.first().left(300)));
        QVERIFY(!m_window->document()->session().hasAnswer(1));
        QVERIFY(!m_window->document()->isModified());
    }
}

int main(int argc, char **argv)
{
    return PromptDeck::Tests::runGuiTest<ReliabilityTest>(argc, argv);
}

#include "tst_reliability.moc"
