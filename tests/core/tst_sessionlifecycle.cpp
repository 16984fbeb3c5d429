// The session lifecycle without a window: every kind of start, opening,
// saving, a file changed on disk, a crash's recovery file and a map
// article, on temporary folders (the data folder too, so the untitled and
// recovery folders are this test's own).
#include "bundledsessioncontent.h"
#include "map/maploader.h"
#include "session/sessionautosaver.h"
#include "session/sessiondocument.h"
#include "session/sessionfile.h"
#include "session/sessionlifecycle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Core;

class SessionLifecycleTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void bundled_startsAnUntitledSessionOnTheDefaultKitAndBrief();
    void fromFiles_data();
    void fromFiles();
    void fromBrief_recordsWhereTheBriefCameFrom_data();
    void fromBrief_recordsWhereTheBriefCameFrom();
    void mapArticle_isWrittenNextToTheMapWithTheMapAsOrigin();
    void waitingText_namesTheMissingAnswers_data();
    void waitingText_namesTheMissingAnswers();
    void open_plansThenAdopts();
    void saveAs_thenSave_writeTheFileAndDropTheUntitledAutosave();
    void saveBrief_writesABriefThatLoads();
    void settle_saysWhatIsLeftToDecide();
    void changedOnDisk_data();
    void changedOnDisk();
    void recovery_isOfferedAndRecovered();
    void recovery_deferredIsNotOfferedAgainOnOpen();
    void reopenAtStartup_lastThenNewestUntitled();
    void lock_isHeldWhileTheFileIsTheDocuments();
    void lock_heldElsewhere_refusesOpenAndSaveAs();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    QString saveNamedSession(const QString &name);

    QTemporaryDir m_data;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionDocument> m_document;
    std::unique_ptr<SessionAutosaver> m_autosaver;
    std::unique_ptr<SessionLifecycle> m_lifecycle;
};

void SessionLifecycleTest::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral("PromptDeckLifecycleTest"));
    QVERIFY(SessionAutosaver::untitledFolder().startsWith(m_data.path()));
    QVERIFY(SessionRecovery::folder().startsWith(m_data.path()));
}

void SessionLifecycleTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir(SessionAutosaver::untitledFolder()).removeRecursively();
    QDir(SessionRecovery::folder()).removeRecursively();
    m_document = std::make_unique<SessionDocument>();
    m_autosaver = std::make_unique<SessionAutosaver>(m_document.get());
    m_lifecycle = std::make_unique<SessionLifecycle>(bundledSessionContent(), m_document.get(),
                                                     m_autosaver.get());
}

void SessionLifecycleTest::cleanup()
{
    m_autosaver->release();
    m_lifecycle.reset();
    m_autosaver.reset();
    m_document.reset();
}

QString SessionLifecycleTest::saveNamedSession(const QString &name)
{
    const PreparedStart prepared = m_lifecycle->bundled();
    QString path = file(name);
    if (!prepared ||
        !SessionLifecycle::create(SessionLifecycle::build(prepared.start, m_document->now()), path,
                                  m_document->now()))
        return QString();
    return path;
}

void SessionLifecycleTest::bundled_startsAnUntitledSessionOnTheDefaultKitAndBrief()
{
    QSignalSpy adopted(m_lifecycle.get(), &SessionLifecycle::adopted);
    const PreparedStart prepared = m_lifecycle->bundled();
    QVERIFY2(prepared, qPrintable(prepared.errorText()));
    QVERIFY(m_lifecycle->start(prepared.start).ok());
    QVERIFY(m_document->hasSession());
    QVERIFY(m_document->filePath().isEmpty());
    QCOMPARE(m_document->session().kitOrigin, QStringLiteral("bundled:seo-article"));
    QCOMPARE(m_document->session().briefOrigin, QStringLiteral("bundled:python-gil"));
    QCOMPARE(adopted.size(), 1);
    QCOMPARE(adopted.at(0).at(0).toString(), QString());
    QCOMPARE(adopted.at(0).at(1).toBool(), true);
}

void SessionLifecycleTest::fromFiles_data()
{
    QTest::addColumn<QString>("kit");
    QTest::addColumn<QString>("brief");
    QTest::addColumn<PreparedStart::Failure>("failure");
    const QString data = QStringLiteral(PROMPTDECK_TEST_DATA);
    QTest::newRow("kit and brief files")
        << data + QStringLiteral("/kits/blog-post.yaml")
        << data + QStringLiteral("/briefs/blog-brief.yaml") << PreparedStart::Failure::None;
    QTest::newRow("bundled names") << QStringLiteral("seo-article") << QStringLiteral("python-gil")
                                   << PreparedStart::Failure::None;
    QTest::newRow("no such kit") << data + QStringLiteral("/kits/none.yaml")
                                 << data + QStringLiteral("/briefs/blog-brief.yaml")
                                 << PreparedStart::Failure::Kit;
    QTest::newRow("no such brief")
        << data + QStringLiteral("/kits/blog-post.yaml")
        << data + QStringLiteral("/briefs/none.yaml") << PreparedStart::Failure::Brief;
}

void SessionLifecycleTest::fromFiles()
{
    QFETCH(QString, kit);
    QFETCH(QString, brief);
    QFETCH(PreparedStart::Failure, failure);
    const PreparedStart prepared = SessionLifecycle::fromFiles(m_lifecycle->content(), kit, brief);
    QCOMPARE(prepared.failure, failure);
    QCOMPARE(bool(prepared), failure == PreparedStart::Failure::None);
    if (!prepared) {
        QVERIFY(!prepared.errorText().isEmpty());
        return;
    }
    QVERIFY(m_lifecycle->start(prepared.start).ok());
    const bool bundled = !kit.contains(QLatin1Char('/'));
    QCOMPARE(m_document->session().kitOrigin,
             bundled ? QStringLiteral("bundled:") + kit : QFileInfo(kit).absoluteFilePath());
    QCOMPARE(m_document->session().briefOrigin,
             bundled ? QStringLiteral("bundled:") + brief : QFileInfo(brief).absoluteFilePath());
}

void SessionLifecycleTest::fromBrief_recordsWhereTheBriefCameFrom_data()
{
    QTest::addColumn<SessionLifecycle::BriefSource>("source");
    QTest::addColumn<QString>("origin");
    QTest::newRow("page text") << SessionLifecycle::BriefSource::PageText
                               << QStringLiteral("imported from page text");
    QTest::newRow("blank brief") << SessionLifecycle::BriefSource::BlankBrief
                                 << QStringLiteral("written in PromptDeck");
}

void SessionLifecycleTest::fromBrief_recordsWhereTheBriefCameFrom()
{
    QFETCH(SessionLifecycle::BriefSource, source);
    QFETCH(QString, origin);
    // No session yet: the default kit.
    QString kitOrigin;
    const Result<KitPtr> kit = m_lifecycle->kitForNewBrief(&kitOrigin);
    QVERIFY(kit);
    QCOMPARE(kitOrigin, QStringLiteral("bundled:seo-article"));
    const PreparedStart bundled = m_lifecycle->bundled();
    QVERIFY(m_lifecycle
                ->start(SessionLifecycle::fromBrief(kit.value(), kitOrigin, bundled.start.brief,
                                                    source))
                .ok());
    QCOMPARE(m_document->session().briefOrigin, origin);
    QVERIFY(m_document->filePath().isEmpty());
    // With a session: its kit, so a writer keeps the kit they chose.
    QString again;
    const Result<KitPtr> current = m_lifecycle->kitForNewBrief(&again);
    QVERIFY(current);
    QCOMPARE(current.value(), m_document->session().kitPtr());
    QCOMPARE(again, kitOrigin);
}

void SessionLifecycleTest::mapArticle_isWrittenNextToTheMapWithTheMapAsOrigin()
{
    const QDir source(QStringLiteral(PROMPTDECK_TEST_DATA "/maps"));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("briefs")));
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("python-performance.yaml")),
                        file(QStringLiteral("map.yaml"))));
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("briefs/python-gil.yaml")),
                        file(QStringLiteral("briefs/python-gil.yaml"))));
    const Result<TopicalMap> map = MapLoader::loadFile(file(QStringLiteral("map.yaml")));
    QVERIFY2(map, qPrintable(map.errorText()));
    int complete = -1;
    int incomplete = -1;
    for (int i = 0; i < map.value().articles.size(); ++i) {
        const PreparedStart prepared =
            SessionLifecycle::forMapArticle(m_lifecycle->content(), map.value(), i);
        QVERIFY2(prepared, qPrintable(prepared.errorText()));
        (prepared.start.missingRequired().isEmpty() ? complete : incomplete) = i;
    }
    QVERIFY(complete >= 0 && incomplete >= 0);

    PreparedStart prepared =
        SessionLifecycle::forMapArticle(m_lifecycle->content(), map.value(), complete);
    const QString origin = QStringLiteral("map ") + file(QStringLiteral("map.yaml"));
    QCOMPARE(prepared.start.briefOrigin, origin);
    QCOMPARE(SessionLifecycle::mapOrigin(map.value()), origin);
    QCOMPARE(prepared.start.file, map.value().articles.at(complete).sessionFile);
    QVERIFY(m_lifecycle->start(prepared.start).ok());
    QCOMPARE(m_document->filePath(), prepared.start.file);
    const Result<Session> written = SessionFile::load(prepared.start.file);
    QVERIFY(written);
    QCOMPARE(written.value().briefOrigin, origin);
    QCOMPARE(written.value().kitOrigin, QStringLiteral("bundled:seo-article"));
}

void SessionLifecycleTest::waitingText_namesTheMissingAnswers_data()
{
    QTest::addColumn<int>("card");
    QTest::addColumn<SessionLifecycle::WaitingStyle>("style");
    QTest::addColumn<QString>("text");
    using enum SessionLifecycle::WaitingStyle;
    QTest::newRow("ready card") << 0 << Sentences << QString();
    QTest::newRow("sentences, one answer")
        << 1 << Sentences
        << QStringLiteral("Card 2 is waiting for the answer to card 1, Article Outline. Its prompt "
                          "has a marker where that answer goes.");
    QTest::newRow("sentences, two answers")
        << 2 << Sentences
        << QStringLiteral("Card 3 is waiting for the answer to card 1, Article Outline and card 2, "
                          "Research & Evidence. Its prompt has a marker where that answer goes.");
    QTest::newRow("note, two answers")
        << 2 << Note
        << QStringLiteral("note: card 3 is waiting for the answer to card 1, Article Outline; card "
                          "2, Research & Evidence; the prompt marks where it goes.");
}

void SessionLifecycleTest::waitingText_namesTheMissingAnswers()
{
    QFETCH(int, card);
    QFETCH(SessionLifecycle::WaitingStyle, style);
    QFETCH(QString, text);
    const PreparedStart bundled = m_lifecycle->bundled();
    QVERIFY2(bundled, qPrintable(bundled.errorText()));
    const Session session = SessionLifecycle::build(bundled.start, QDateTime::currentDateTimeUtc());
    QCOMPARE(SessionLifecycle::waitingText(session, card, style), text);
}

void SessionLifecycleTest::open_plansThenAdopts()
{
    const QString path = saveNamedSession(QStringLiteral("a.promptdeck"));
    QVERIFY(!path.isEmpty());
    SessionLifecycle::OpenPlan plan = m_lifecycle->planOpen(path);
    QCOMPARE(plan.path, path);
    QVERIFY(!plan.isCurrent);
    QVERIFY(!plan.lockedBy);
    QVERIFY(!plan.recovery);
    Diagnostics warnings;
    Result<Session> loaded = SessionLifecycle::load(path, &warnings);
    QVERIFY(loaded);
    QSignalSpy adopted(m_lifecycle.get(), &SessionLifecycle::adopted);
    QVERIFY(m_lifecycle->adopt(std::move(loaded).value(), path, false));
    QCOMPARE(adopted.size(), 1);
    QCOMPARE(m_document->filePath(), path);
    QVERIFY(m_lifecycle->planOpen(path).isCurrent);

    QVERIFY(!SessionLifecycle::load(file(QStringLiteral("missing.promptdeck"))));

    // The command line's way: load, answer, write back.
    Result<Session> answered = SessionLifecycle::load(path);
    QVERIFY(answered.value().setAnswer(0, QStringLiteral("from the command line"),
                                       AnswerVersion::Origin::Pasted, m_document->now()));
    QVERIFY(SessionLifecycle::saveLoaded(answered.value(), path, m_document->now()).ok());
    QCOMPARE(SessionLifecycle::load(path).value().answerText(0),
             QStringLiteral("from the command line"));
}

void SessionLifecycleTest::saveAs_thenSave_writeTheFileAndDropTheUntitledAutosave()
{
    QVERIFY(m_lifecycle->start(m_lifecycle->bundled().start).ok());
    QVERIFY(m_document->setAnswer(0, QStringLiteral("first"), AnswerVersion::Origin::Pasted));
    QVERIFY(m_autosaver->saveNow());
    const QString untitled = m_autosaver->untitledPath();
    QVERIFY(QFileInfo::exists(untitled));

    const QString path = SessionLifecycle::withSuffix(file(QStringLiteral("article")),
                                                      QStringLiteral(".promptdeck"));
    QCOMPARE(path, file(QStringLiteral("article.promptdeck")));
    QVERIFY(m_lifecycle->saveAs(path).ok());
    QCOMPARE(m_document->filePath(), path);
    QVERIFY(!QFileInfo::exists(untitled));
    QVERIFY(m_autosaver->untitledPath().isEmpty());

    QVERIFY(m_document->setAnswer(0, QStringLiteral("second"), AnswerVersion::Origin::Typed));
    QVERIFY(m_lifecycle->save().ok());
    QVERIFY(!m_document->isModified());
    const Result<Session> onDisk = SessionFile::load(path);
    QVERIFY(onDisk);
    QCOMPARE(onDisk.value().answerText(0), QStringLiteral("second"));
}

void SessionLifecycleTest::saveBrief_writesABriefThatLoads()
{
    QVERIFY(m_lifecycle->start(m_lifecycle->bundled().start).ok());
    const QString path = file(QStringLiteral("brief.yaml"));
    QVERIFY(m_lifecycle->saveBrief(path).ok());
    const PreparedStart again =
        SessionLifecycle::fromFiles(m_lifecycle->content(), QStringLiteral("seo-article"), path);
    QVERIFY2(again, qPrintable(again.errorText()));
    QVERIFY(again.start.brief == m_document->session().brief());
}

void SessionLifecycleTest::settle_saysWhatIsLeftToDecide()
{
    // No session: nothing to settle.
    QCOMPARE(m_lifecycle->settle().unsaved, SessionLifecycle::Unsaved::Nothing);
    // An untitled session with nothing in it can go.
    QVERIFY(m_lifecycle->start(m_lifecycle->bundled().start).ok());
    QCOMPARE(m_lifecycle->settle().unsaved, SessionLifecycle::Unsaved::Nothing);
    // With an answer it asks, and says the work is in its autosave.
    QVERIFY(m_document->setAnswer(0, QStringLiteral("kept"), AnswerVersion::Origin::Pasted));
    const SessionLifecycle::Settling untitled = m_lifecycle->settle();
    QCOMPARE(untitled.unsaved, SessionLifecycle::Unsaved::Untitled);
    QVERIFY(untitled.saved);
    const QString autosave = m_autosaver->untitledPath();
    QVERIFY(QFileInfo::exists(autosave));
    // Discarding it removes the autosave.
    m_lifecycle->discardUnsaved();
    QVERIFY(!QFileInfo::exists(autosave));
    // A named session whose file takes the work has nothing left.
    QVERIFY(m_lifecycle->saveAs(file(QStringLiteral("named.promptdeck"))).ok());
    QVERIFY(m_document->setAnswer(0, QStringLiteral("more"), AnswerVersion::Origin::Pasted));
    const SessionLifecycle::Settling named = m_lifecycle->settle();
    QCOMPARE(named.unsaved, SessionLifecycle::Unsaved::Nothing);
    QVERIFY(named.saved);
}

void SessionLifecycleTest::changedOnDisk_data()
{
    QTest::addColumn<bool>("overwrite");
    QTest::newRow("overwrite") << true;
    QTest::newRow("reload") << false;
}

void SessionLifecycleTest::changedOnDisk()
{
    QFETCH(bool, overwrite);
    const QString path = file(QStringLiteral("shared.promptdeck"));
    QVERIFY(m_lifecycle->start(m_lifecycle->bundled().start).ok());
    QVERIFY(m_lifecycle->saveAs(path).ok());
    QVERIFY(!m_lifecycle->hasExternalChange());

    // Another program writes the file.
    Session other = SessionLifecycle::build(m_lifecycle->bundled().start, m_document->now());
    QVERIFY(other.setAnswer(0, QStringLiteral("theirs"), AnswerVersion::Origin::Pasted,
                            m_document->now()));
    QVERIFY(SessionFile::save(other, path, m_document->now(), SessionFile::Overwrite::Trusted));
    QVERIFY(m_lifecycle->hasExternalChange());

    QVERIFY(m_document->setAnswer(0, QStringLiteral("mine"), AnswerVersion::Origin::Pasted));
    const SessionLifecycle::Settling settling = m_lifecycle->settle();
    QCOMPARE(settling.unsaved, SessionLifecycle::Unsaved::ExternalChange);
    QVERIFY(!settling.saved);

    if (overwrite) {
        QVERIFY(m_lifecycle->overwriteExternalChange().ok());
        QCOMPARE(SessionFile::load(path).value().answerText(0), QStringLiteral("mine"));
    } else {
        QSignalSpy adopted(m_lifecycle.get(), &SessionLifecycle::adopted);
        QVERIFY(m_lifecycle->reload().ok());
        QCOMPARE(adopted.size(), 1);
        QCOMPARE(m_document->session().answerText(0), QStringLiteral("theirs"));
    }
    QVERIFY(!m_lifecycle->hasExternalChange());
}

void SessionLifecycleTest::recovery_isOfferedAndRecovered()
{
    const QString path = saveNamedSession(QStringLiteral("crashed.promptdeck"));
    QVERIFY(!path.isEmpty());
    Result<Session> work = SessionFile::load(path);
    QVERIFY(work);
    QVERIFY(work.value().setAnswer(0, QStringLiteral("never saved"), AnswerVersion::Origin::Pasted,
                                   m_document->now()));
    {
        // A run that crashed: its recovery file stays, its lock goes.
        SessionRecovery crashed;
        crashed.attach(path);
        QVERIFY(crashed.write(work.value(), false, DiskState::of(path), m_document->now()));
        crashed.detach();
    }
    const QList<SessionRecovery::Entry> orphans = SessionLifecycle::orphans();
    QCOMPARE(orphans.size(), 1);
    SessionLifecycle::RecoveryOffer offer = m_lifecycle->examineRecovery(orphans.first());
    QCOMPARE(offer.kind, SessionLifecycle::RecoveryOffer::Kind::Offer);
    QCOMPARE(offer.header.sessionPath, path);
    QVERIFY(offer.onDisk);
    QVERIFY(!offer.differences.isEmpty());
    QVERIFY(m_lifecycle->planOpen(path).recovery);

    QVERIFY(m_lifecycle->recover(std::move(offer)));
    QCOMPARE(m_document->filePath(), path);
    QCOMPARE(m_document->session().answerText(0), QStringLiteral("never saved"));
    QCOMPARE(SessionFile::load(path).value().answerText(0), QStringLiteral("never saved"));
    QVERIFY(!QFileInfo::exists(orphans.first().recoveryFile));
    QVERIFY(SessionLifecycle::orphans().isEmpty());
}

void SessionLifecycleTest::recovery_deferredIsNotOfferedAgainOnOpen()
{
    const QString path = saveNamedSession(QStringLiteral("later.promptdeck"));
    Result<Session> work = SessionFile::load(path);
    QVERIFY(work.value().setAnswer(0, QStringLiteral("decide later"), AnswerVersion::Origin::Pasted,
                                   m_document->now()));
    {
        SessionRecovery crashed;
        crashed.attach(path);
        QVERIFY(crashed.write(work.value(), false, DiskState::of(path), m_document->now()));
        crashed.detach();
    }
    const SessionRecovery::Entry entry = SessionLifecycle::orphans().value(0);
    QCOMPARE(entry.header.sessionPath, path);
    m_lifecycle->deferRecovery(entry);
    QVERIFY(!m_lifecycle->planOpen(path).recovery);
    // Kept for the next run.
    QVERIFY(QFileInfo::exists(entry.recoveryFile));
    SessionLifecycle::discardRecovery(entry);
    QVERIFY(!QFileInfo::exists(entry.recoveryFile));
}

void SessionLifecycleTest::reopenAtStartup_lastThenNewestUntitled()
{
    QCOMPARE(SessionLifecycle::reopenAtStartup(QString()).kind,
             SessionLifecycle::Reopen::Kind::Nothing);
    const QString path = saveNamedSession(QStringLiteral("last.promptdeck"));
    SessionLifecycle::Reopen reopen = SessionLifecycle::reopenAtStartup(path);
    QCOMPARE(reopen.kind, SessionLifecycle::Reopen::Kind::Load);
    QCOMPARE(reopen.path, path);

    // The last session is gone: the newest untitled one reopens.
    QVERIFY(m_lifecycle->start(m_lifecycle->bundled().start).ok());
    QVERIFY(m_document->setAnswer(0, QStringLiteral("untitled"), AnswerVersion::Origin::Pasted));
    QVERIFY(m_autosaver->saveNow());
    const QString untitled = m_autosaver->untitledPath();
    m_autosaver->release();
    reopen = SessionLifecycle::reopenAtStartup(file(QStringLiteral("gone.promptdeck")));
    QCOMPARE(reopen.kind, SessionLifecycle::Reopen::Kind::Load);
    QCOMPARE(reopen.path, untitled);
}

void SessionLifecycleTest::lock_isHeldWhileTheFileIsTheDocuments()
{
    const QString a = saveNamedSession(QStringLiteral("a.promptdeck"));
    const QString b = file(QStringLiteral("b.promptdeck"));
    QVERIFY(!QFileInfo::exists(SessionLock::lockPathFor(a)));
    QVERIFY(m_lifecycle->adopt(SessionLifecycle::load(a).value(), a, false));
    QVERIFY(m_lifecycle->lock() && m_lifecycle->lock()->isLocked());
    QVERIFY(m_lifecycle->lock()->guards(a));
    QVERIFY(QFileInfo::exists(SessionLock::lockPathFor(a)));
    QVERIFY(!m_lifecycle->lockedElsewhere(a)); // its own
    // Saved under another name: that file's lock is held, the first's goes.
    QVERIFY(m_lifecycle->saveAs(b));
    QVERIFY(m_lifecycle->lock()->guards(b));
    QVERIFY(QFileInfo::exists(SessionLock::lockPathFor(b)));
    QVERIFY(!QFileInfo::exists(SessionLock::lockPathFor(a)));
    // Replaced by an untitled session: no file, no lock.
    const PreparedStart bundled = m_lifecycle->bundled();
    QVERIFY(m_lifecycle->start(bundled.start));
    QVERIFY(!m_lifecycle->lock());
    QVERIFY(!QFileInfo::exists(SessionLock::lockPathFor(b)));
    // Reopened, then let go when the window closes.
    QVERIFY(m_lifecycle->adopt(SessionLifecycle::load(b).value(), b, false));
    QVERIFY(QFileInfo::exists(SessionLock::lockPathFor(b)));
    m_lifecycle->release();
    QVERIFY(!QFileInfo::exists(SessionLock::lockPathFor(b)));
}

void SessionLifecycleTest::lock_heldElsewhere_refusesOpenAndSaveAs()
{
    const QString a = saveNamedSession(QStringLiteral("a.promptdeck"));
    const QString b = saveNamedSession(QStringLiteral("b.promptdeck"));
    // Another window has a open: it holds the file's lock and its recovery
    // slot.
    SessionLock theirs(a);
    QCOMPARE(theirs.lock(), SessionLock::Outcome::Locked);
    SessionRecovery theirRecovery;
    theirRecovery.attach(a);

    const SessionLifecycle::OpenPlan plan = m_lifecycle->planOpen(a);
    QVERIFY(plan.lockedBy);
    QCOMPARE(plan.lockedBy->pid, QCoreApplication::applicationPid());
    const Status adopted = m_lifecycle->adopt(SessionLifecycle::load(a).value(), a, false);
    QVERIFY(!adopted);
    QVERIFY2(adopted.errorText().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(adopted.errorText()));
    QVERIFY(!m_document->hasSession());

    QVERIFY(m_lifecycle->adopt(SessionLifecycle::load(b).value(), b, false));
    const QByteArray before = [&] {
        QFile f(a);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const Status saved = m_lifecycle->saveAs(a);
    QVERIFY(!saved);
    QVERIFY2(saved.errorText().contains(QStringLiteral("open in another PromptDeck window")),
             qPrintable(saved.errorText()));
    QFile after(a);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    // Still b's, and still holding b.
    QCOMPARE(m_document->filePath(), b);
    QVERIFY(m_lifecycle->lock()->guards(b) && m_lifecycle->lock()->isLocked());

    // Once they let go, a opens here.
    theirRecovery.detach();
    theirs.unlock();
    QVERIFY(!m_lifecycle->planOpen(a).lockedBy);
    QVERIFY(m_lifecycle->adopt(SessionLifecycle::load(a).value(), a, false));
    QVERIFY(!QFileInfo::exists(SessionLock::lockPathFor(b)));
}

QTEST_GUILESS_MAIN(SessionLifecycleTest)
#include "tst_sessionlifecycle.moc"
