// SessionRecovery and the external-change check of SessionDocument: a
// recovery file holds the session with a header, is never written over
// while a crash's work waits for the user, tells a crash from a running
// instance by its lock; a file another program changed is not overwritten
// unless the user says so. Rows of docs/RELIABILITY.md's matrix are named.
#include "kit/briefloader.h"
#include "kit/kitloader.h"
#include "session/sessionautosaver.h"
#include "session/sessiondocument.h"
#include "session/sessionfile.h"
#include "session/sessionrecovery.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Core;
using namespace std::chrono_literals;

class SessionRecoveryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void write_thenLoad_givesTheSessionAndHeader();
    void discard_removesTheFile();
    void orphans_aCrashedWritersFileIsOne();
    void orphans_aRunningInstancesFileIsNot();
    void attach_neverWritesOverAnOrphan();
    void isOpenElsewhere_followsTheLock();
    void load_notARecoveryFile_isRefused();
    void differences_data();
    void differences();
    void sweep_removesOnlyOurOldTemporaries();
    void document_changedOnDisk_refusesToOverwrite();
    void autosaver_pasteWritesTheFileAndLeavesNoRecovery();
    void autosaver_failedSave_keepsTheRecoveryFile();
    void autosaver_externalChange_isReportedOnceAndNotWritten();

private:
    Session makeSession() const { return Session(m_kit, m_brief, m_now); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QStringList recoveryFiles()
    {
        return QDir(SessionRecovery::folder())
            .entryList({QStringLiteral("*.recovery")}, QDir::Files);
    }
    // Another program writes the file: different bytes, a later time.
    static void touchFromOutside(const QString &file);

    KitPtr m_kit;
    Brief m_brief;
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void SessionRecoveryTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("PromptDeckRecoveryTest"));
    const Result<KitPtr> kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/blog-post.yaml"));
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    m_kit = kit.value();
    const Result<Brief> brief = BriefLoader::loadFile(
        QStringLiteral(PROMPTDECK_TEST_DATA "/briefs/blog-brief.yaml"), *m_kit);
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    m_brief = brief.value();
}

void SessionRecoveryTest::init()
{
    QDir(SessionRecovery::folder()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
}

void SessionRecoveryTest::touchFromOutside(const QString &file)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::Append));
    f.write(" ");
    f.close();
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5),
                          QFileDevice::FileModificationTime));
}

void SessionRecoveryTest::write_thenLoad_givesTheSessionAndHeader()
{
    Session session = makeSession();
    session.setAnswer(0, QStringLiteral("An answer with {{x}} and \\1"),
                      AnswerVersion::Origin::Pasted, m_now);
    const QString file = path(QStringLiteral("a.promptdeck"));
    SessionRecovery recovery;
    recovery.attach(file);
    QVERIFY(recovery.isAttached());
    DiskState based;
    based.exists = true;
    based.size = 1234;
    based.modified = m_now.addSecs(-60);
    QVERIFY(recovery.write(session, false, based, m_now).ok());
    QVERIFY(recovery.hasRecoveryFile());
    QVERIFY(recovery.recoveryFile().startsWith(SessionRecovery::folder()));

    SessionRecovery::Header header;
    const Result<Session> loaded = SessionRecovery::load(recovery.recoveryFile(), &header);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QCOMPARE(loaded.value().answerText(0), session.answerText(0));
    QCOMPARE(header.formatVersion, SessionRecovery::formatVersion);
    QCOMPARE(header.sessionPath, file);
    QCOMPARE(header.untitled, false);
    QCOMPARE(header.time, m_now);
    QCOMPARE(header.basedOn, based);
}

void SessionRecoveryTest::discard_removesTheFile()
{
    SessionRecovery recovery;
    recovery.attach(path(QStringLiteral("b.promptdeck")));
    QVERIFY(recovery.write(makeSession(), false, {}, m_now).ok());
    QCOMPARE(recoveryFiles().size(), 1);
    recovery.discard();
    QVERIFY(recoveryFiles().isEmpty());
}

// Matrix row 5: a recovery file whose writer is gone is offered after a
// crash (a released lock is what a dead process leaves: QLockFile knows a
// dead owner's lock) ...
void SessionRecoveryTest::orphans_aCrashedWritersFileIsOne()
{
    QString written;
    {
        SessionRecovery crashed;
        crashed.attach(path(QStringLiteral("c.promptdeck")));
        QVERIFY(crashed.write(makeSession(), false, {}, m_now).ok());
        written = crashed.recoveryFile();
    } // the process "dies": the lock goes, the file stays
    const QList<SessionRecovery::Entry> orphans = SessionRecovery::orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().recoveryFile, written);
    QCOMPARE(orphans.first().header.sessionPath, path(QStringLiteral("c.promptdeck")));
    QVERIFY(SessionRecovery::orphanFor(path(QStringLiteral("c.promptdeck"))).has_value());
    QVERIFY(!SessionRecovery::orphanFor(path(QStringLiteral("other.promptdeck"))).has_value());
}

// ... and a running instance's is not mistaken for one.
void SessionRecoveryTest::orphans_aRunningInstancesFileIsNot()
{
    SessionRecovery running;
    running.attach(path(QStringLiteral("d.promptdeck")));
    QVERIFY(running.write(makeSession(), false, {}, m_now).ok());
    QVERIFY(SessionRecovery::orphans().isEmpty());
    // Once the instance lets go (it closed, or it died: QLockFile takes a
    // dead owner's lock for stale), the file is left for the user to decide.
    running.detach();
    QFile lock(running.recoveryFile() + QStringLiteral(".lock"));
    QVERIFY(!lock.exists());
    QCOMPARE(SessionRecovery::orphans().size(), 1);
}

void SessionRecoveryTest::attach_neverWritesOverAnOrphan()
{
    const QString file = path(QStringLiteral("e.promptdeck"));
    QString orphan;
    {
        SessionRecovery crashed;
        crashed.attach(file);
        Session session = makeSession();
        session.setAnswer(0, QStringLiteral("the crash's work"), AnswerVersion::Origin::Pasted,
                          m_now);
        QVERIFY(crashed.write(session, false, {}, m_now).ok());
        orphan = crashed.recoveryFile();
    }
    SessionRecovery next;
    next.attach(file);
    QVERIFY(next.recoveryFile() != orphan);
    QVERIFY(next.write(makeSession(), false, {}, m_now).ok());
    const Result<Session> kept = SessionRecovery::load(orphan);
    QVERIFY(kept.ok());
    QCOMPARE(kept.value().answerText(0), QStringLiteral("the crash's work"));
}

void SessionRecoveryTest::isOpenElsewhere_followsTheLock()
{
    const QString file = path(QStringLiteral("f.promptdeck"));
    QVERIFY(!SessionRecovery::isOpenElsewhere(file));
    SessionRecovery open;
    open.attach(file);
    QVERIFY(SessionRecovery::isOpenElsewhere(file));
    open.detach();
    QVERIFY(!SessionRecovery::isOpenElsewhere(file));
}

void SessionRecoveryTest::load_notARecoveryFile_isRefused()
{
    QDir().mkpath(SessionRecovery::folder());
    const QString bogus = SessionRecovery::folder() + QStringLiteral("/0000.recovery");
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format_version\": 1}\n");
    file.close();
    const Result<Session> loaded = SessionRecovery::load(bogus);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(QStringLiteral("not a PromptDeck recovery file")));
    // Still offered, so that nothing is removed without the user's word.
    QCOMPARE(SessionRecovery::orphans().size(), 1);
}

void SessionRecoveryTest::differences_data()
{
    QTest::addColumn<QString>("recoveredAnswer");
    QTest::addColumn<QString>("fileAnswer");
    QTest::addColumn<bool>("fileReadable");
    QTest::addColumn<QString>("expected");

    QTest::newRow("same") << QStringLiteral("x") << QStringLiteral("x") << true << QString();
    QTest::newRow("only recovered")
        << QStringLiteral("new") << QString() << true
        << QStringLiteral("an answer of 3 characters only in the recovered session");
    QTest::newRow("only in file")
        << QString() << QStringLiteral("old one") << true
        << QStringLiteral("the answer in the file (7 characters) is not in the recovered session");
    QTest::newRow("both differ")
        << QStringLiteral("a") << QStringLiteral("bc") << true
        << QStringLiteral("the answers differ (recovered: 1 character; file: 2 characters)");
    QTest::newRow("no file") << QStringLiteral("a") << QString() << false
                             << QStringLiteral(
                                    "missing or unreadable; the recovered session has 1 answer");
}

void SessionRecoveryTest::differences()
{
    QFETCH(QString, recoveredAnswer);
    QFETCH(QString, fileAnswer);
    QFETCH(bool, fileReadable);
    QFETCH(QString, expected);
    Session recovered = makeSession();
    Session file = makeSession();
    if (!recoveredAnswer.isEmpty())
        recovered.setAnswer(0, recoveredAnswer, AnswerVersion::Origin::Pasted, m_now);
    if (!fileAnswer.isEmpty())
        file.setAnswer(0, fileAnswer, AnswerVersion::Origin::Pasted, m_now);
    const QList<SessionRecovery::Difference> found =
        SessionRecovery::differences(recovered, fileReadable ? &file : nullptr);
    if (expected.isEmpty()) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().text.contains(expected), qPrintable(found.first().text));
    QCOMPARE(found.first().card, fileReadable ? 0 : -1);
}

void SessionRecoveryTest::sweep_removesOnlyOurOldTemporaries()
{
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
    auto make = [&](const QString &name, const QDateTime &time) {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.flush();
        if (time.isValid())
            QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
    };
    make(QStringLiteral("gil.promptdeck.aB3dE9"), old);     // ours, old: goes
    make(QStringLiteral("gil.promptdeck.bak.Zz0123"), old); // ours, old: goes
    make(QStringLiteral("gil.promptdeck.Qq1234"), {});      // ours, new: a save in progress
    make(QStringLiteral("notes.txt.aB3dE9"), old);          // someone else's
    make(QStringLiteral("gil.promptdeck.toolong1"), old);   // not QSaveFile's pattern
    make(QStringLiteral("gil.promptdeck"), old);            // the session itself
    const int removed = SessionRecovery::sweepStaleTemporaries(
        m_dir->path(), {QStringLiteral(".promptdeck"), QStringLiteral(".promptdeck.bak")}, 10min);
    QCOMPARE(removed, 2);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("gil.promptdeck"), QStringLiteral("gil.promptdeck.Qq1234"),
                          QStringLiteral("gil.promptdeck.toolong1"),
                          QStringLiteral("notes.txt.aB3dE9")}));
}

// Matrix row 8: a file changed on disk while open is noticed before it is
// overwritten.
void SessionRecoveryTest::document_changedOnDisk_refusesToOverwrite()
{
    const QString file = path(QStringLiteral("g.promptdeck"));
    QVERIFY(SessionFile::save(makeSession(), file, m_now).ok());
    SessionDocument document;
    document.reset(SessionFile::load(file).value(), file);
    QVERIFY(!document.changedOnDisk());
    document.setAnswer(0, QStringLiteral("mine"), AnswerVersion::Origin::Pasted);
    QVERIFY(document.saveAs(file).ok());
    QVERIFY(!document.changedOnDisk());

    touchFromOutside(file);
    QVERIFY(document.changedOnDisk());
    QFile before(file);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray theirs = before.readAll();
    document.setAnswer(0, QStringLiteral("mine again"), AnswerVersion::Origin::Pasted);
    const Status refused = document.saveAs(file);
    QVERIFY(!refused.ok());
    QVERIFY2(
        refused.error().message.contains(QStringLiteral("changed or removed by another program")),
        qPrintable(refused.errorText()));
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), theirs);
    QVERIFY(document.isModified());

    QVERIFY(document.saveAs(file, SessionDocument::ExternalChanges::Overwrite).ok());
    QVERIFY(!document.changedOnDisk());
    QCOMPARE(SessionFile::load(file).value().answerText(0), QStringLiteral("mine again"));
    // A removed file counts as changed too.
    QVERIFY(QFile::remove(file));
    QVERIFY(document.changedOnDisk());
}

void SessionRecoveryTest::autosaver_pasteWritesTheFileAndLeavesNoRecovery()
{
    const QString file = path(QStringLiteral("h.promptdeck"));
    QVERIFY(SessionFile::save(makeSession(), file, m_now).ok());
    SessionDocument document;
    SessionAutosaver autosaver(&document);
    document.reset(SessionFile::load(file).value(), file);
    QVERIFY(autosaver.recovery().isAttached());
    QVERIFY(SessionRecovery::isOpenElsewhere(file));
    document.setAnswer(0, QStringLiteral("pasted"), AnswerVersion::Origin::Pasted);
    QCoreApplication::processEvents(); // a paste is saved on the next pass
    QVERIFY(!document.isModified());
    QCOMPARE(SessionFile::load(file).value().answerText(0), QStringLiteral("pasted"));
    QVERIFY(recoveryFiles().isEmpty());
}

void SessionRecoveryTest::autosaver_failedSave_keepsTheRecoveryFile()
{
    // A session file whose backup cannot be written (a folder is in the
    // way), so every save of it fails.
    const QString file = path(QStringLiteral("i.promptdeck"));
    QVERIFY(SessionFile::save(makeSession(), file, m_now).ok());
    QVERIFY(QDir().mkpath(file + QStringLiteral(".bak/blocked")));
    SessionDocument document;
    SessionAutosaver autosaver(&document);
    QSignalSpy failed(&autosaver, &SessionAutosaver::saveFailed);
    document.reset(SessionFile::load(file).value(), file);
    document.setAnswer(0, QStringLiteral("only here"), AnswerVersion::Origin::Pasted);
    QCoreApplication::processEvents();
    QCOMPARE(failed.size(), 1);
    QVERIFY(document.isModified());
    QCOMPARE(recoveryFiles().size(), 1);
    const Result<Session> recovered = SessionRecovery::load(autosaver.recovery().recoveryFile());
    QVERIFY(recovered.ok());
    QCOMPARE(recovered.value().answerText(0), QStringLiteral("only here"));
    // Once the file can be written again, the recovery file goes.
    QVERIFY(QDir(file + QStringLiteral(".bak")).removeRecursively());
    QVERIFY(autosaver.saveNow());
    QVERIFY(recoveryFiles().isEmpty());
}

void SessionRecoveryTest::autosaver_externalChange_isReportedOnceAndNotWritten()
{
    const QString file = path(QStringLiteral("j.promptdeck"));
    QVERIFY(SessionFile::save(makeSession(), file, m_now).ok());
    SessionDocument document;
    SessionAutosaver autosaver(&document);
    QSignalSpy found(&autosaver, &SessionAutosaver::externalChangeFound);
    document.reset(SessionFile::load(file).value(), file);
    touchFromOutside(file);
    document.setAnswer(0, QStringLiteral("one"), AnswerVersion::Origin::Pasted);
    document.setAnswer(1, QStringLiteral("two"), AnswerVersion::Origin::Pasted);
    QCoreApplication::processEvents();
    QCOMPARE(found.size(), 1);
    QVERIFY(autosaver.isBlockedByExternalChange());
    QVERIFY(!SessionFile::load(file).value().hasAnswer(0));
    const Result<Session> recovered = SessionRecovery::load(autosaver.recovery().recoveryFile());
    QCOMPARE(recovered.value().answerText(1), QStringLiteral("two"));

    QVERIFY(autosaver.overwriteExternalChanges().ok());
    QVERIFY(!autosaver.isBlockedByExternalChange());
    QCOMPARE(SessionFile::load(file).value().answerText(1), QStringLiteral("two"));
    QVERIFY(recoveryFiles().isEmpty());
}

QTEST_GUILESS_MAIN(SessionRecoveryTest)
#include "tst_sessionrecovery.moc"
