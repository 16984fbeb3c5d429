// SessionFile and SessionSerializer: what is saved comes back identical,
// saving never damages the previous file, and broken or foreign files are
// refused with a position. Rows of docs/RELIABILITY.md's matrix are named.
#include "base/inputlimits.h"
#include "filesizelimit.h"
#include "io/safefilewriter.h"
#include "kit/briefloader.h"
#include "kit/kitloader.h"
#include "largesession.h"
#include "session/sessionfile.h"
#include "session/sessionserializer.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace PromptDeck::Core;
using PromptDeck::Tests::digestOf;
using PromptDeck::Tests::FileSizeLimit;
using PromptDeck::Tests::sessionNearTheCap;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A session's text with its format_version moved: "first" leaves it where
// our writer puts it, "second" after the generator, "last" at the end.
QByteArray withFormatVersion(QByteArray json, const QByteArray &number, const QString &where)
{
    const QByteArray ours = "\"format_version\": 2,";
    if (where == QLatin1String("first"))
        return json.replace(ours, "\"format_version\": " + number + ',');
    json.replace(ours + "\n  ", "");
    if (where == QLatin1String("second")) {
        const qsizetype generator = json.indexOf("\"generator\"");
        const qsizetype next = json.indexOf('\n', generator) + 1;
        return json.insert(next, "  \"format_version\": " + number + ",\n");
    }
    const qsizetype end = json.lastIndexOf('}');
    return json.insert(end, ",\n  \"format_version\": " + number + '\n');
}

} // namespace

class SessionFileTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void roundTrip_hostileText_comesBackIdentical_data();
    void roundTrip_hostileText_comesBackIdentical();
    void roundTrip_keepsHistoryBriefAndView();
    void roundTrip_loneSurrogate_becomesReplacementCharacter();
    void save_writesFormatVersionFirst();
    void peekFormatVersion_findsTheTopLevelKeyAnywhere_data();
    void peekFormatVersion_findsTheTopLevelKeyAnywhere();
    void backup_afterTwoSaves_holdsThePreviousVersion();
    void save_throughSymlink_keepsTheLink();
    void save_diskFull_leavesThePreviousFileIntact();
    void producedWrite_diskFull_stopsTheProducer();
    void save_backupFails_leavesEverythingIntact();
    void save_failsForLackOfRoom_keepsFileAndBackup_data();
    void save_failsForLackOfRoom_keepsFileAndBackup();
    void save_backupLinkedToTheFile_becomesThePreviousVersion();
    void save_unwritableFolder_saysWhere();
    void newerFormat_isRefusedAndNeverOverwritten();
    void newerFormat_anywhereInTheFile_isRefusedAndNeverOverwritten_data();
    void newerFormat_anywhereInTheFile_isRefusedAndNeverOverwritten();
    void revisions_highNextRevision_savesWhatLoads_data();
    void revisions_highNextRevision_savesWhatLoads();
    void revisions_atTheCap_refuseFurtherAnswers();
    void revisions_aboveTheCap_areRefusedOnLoad_data();
    void revisions_aboveTheCap_areRefusedOnLoad();
    void save_overTheSizeCap_isRefusedAndTheFileKept();
    void brokenFile_isRefusedWithPosition_data();
    void brokenFile_isRefusedWithPosition();
    void wrongValue_errorPointsAtIt_data();
    void wrongValue_errorPointsAtIt();
    void unknownKeys_areKeptOnSave();
    void asPasted_isOneCardMemberThatOlderVersionsKeep();
    void oversizedFile_isRefusedBeforeParsing();
    void manyUnknownCards_eachWarnedAtItsCard_data();
    void manyUnknownCards_eachWarnedAtItsCard();

private:
    Session makeSession() const { return Session(m_kit, m_brief, m_now); }
    // A session with a 100 KiB answer, saved to file (so that the next save
    // keeps a backup).
    Session savedWithLongAnswer(const QString &file) const
    {
        Session session = makeSession();
        session.setAnswer(0, QString(100 * 1024, QLatin1Char('y')), AnswerVersion::Origin::Pasted,
                          m_now);
        if (!SessionFile::save(session, file, m_now).ok())
            qFatal("could not save %s", qPrintable(file));
        return session;
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList filesInDir() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    }

    KitPtr m_kit;
    Brief m_brief;
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(10, 30, 15, 250), Qt::UTC);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void SessionFileTest::initTestCase()
{
    const Result<KitPtr> kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/blog-post.yaml"));
    QVERIFY2(kit.ok(), qPrintable(kit.errorText()));
    m_kit = kit.value();
    const Result<Brief> brief = BriefLoader::loadFile(
        QStringLiteral(PROMPTDECK_TEST_DATA "/briefs/blog-brief.yaml"), *m_kit);
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    m_brief = brief.value();
}

void SessionFileTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Matrix row 1: save → load round trip with hostile text.
void SessionFileTest::roundTrip_hostileText_comesBackIdentical_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("emoji") << QStringLiteral("Speed 🚀🐍 and 👩🏽‍💻 (ZWJ)");
    QTest::newRow("CJK") << QStringLiteral("全局解释器锁 グローバル 전역");
    QTest::newRow("RTL") << QStringLiteral("مرحبا بالعالم \u202Eevil\u202C שלום");
    QTest::newRow("combining marks") << QStringLiteral("e\u0301 a\u0308 Z\u0335\u0321\u0336");
    QTest::newRow("NUL") << QStringView(u"before\0after", 12).toString();
    QTest::newRow("CR/LF mix") << QStringLiteral("a\r\nb\nc\rd\r\n\r\ne");
    QTest::newRow("template tags") << QStringLiteral("{{x}} {{{y}}} {{> p}} {{#a}}{{/a}}");
    QTest::newRow("back-references") << QStringLiteral("\\1 $& $1 \\\\");
    QTest::newRow("YAML-ish words") << QStringLiteral("null");
    QTest::newRow("tilde") << QStringLiteral("~");
    QTest::newRow("true") << QStringLiteral("true");
    QTest::newRow("number") << QStringLiteral("3");
    QTest::newRow("control characters") << QStringLiteral("\x01\x02\t\x1f\x7f");
    QTest::newRow("quotes and slashes") << QStringLiteral("\"quoted\" \\ / '");
    QString big;
    big.reserve(10 * 1024 * 1024);
    const QString line = QStringLiteral("Ten megabytes of answer, 🐍 included, line after line.\n");
    while (big.size() < 10 * 1024 * 1024)
        big += line;
    QTest::newRow("10 MB") << big;
}

void SessionFileTest::roundTrip_hostileText_comesBackIdentical()
{
    QFETCH(QString, text);
    Session session = makeSession();
    session.setAnswer(0, text, AnswerVersion::Origin::Pasted, m_now);
    session.setAnswer(1, QStringLiteral("draft ") + text, AnswerVersion::Origin::Pasted, m_now);
    Brief brief = m_brief;
    brief.setValue(QStringLiteral("topic"), FieldValue::text(FieldType::Text, text));
    brief.setValue(QStringLiteral("points"), FieldValue::list({text, QStringLiteral("null")}));
    session.setBrief(brief);

    const QString file = path(QStringLiteral("hostile.promptdeck"));
    const Status saved = SessionFile::save(session, file, m_now);
    QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    const Result<Session> loaded = SessionFile::load(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QCOMPARE(loaded.value().answerText(0), text);
    QCOMPARE(loaded.value().answerText(1), QStringLiteral("draft ") + text);
    QVERIFY(loaded.value().brief() == brief);
    QCOMPARE(loaded.value().status(1).state, session.status(1).state);
}

void SessionFileTest::roundTrip_keepsHistoryBriefAndView()
{
    Session session = makeSession();
    session.setAnswer(0, QStringLiteral("first"), AnswerVersion::Origin::Pasted, m_now);
    session.setAnswer(0, QStringLiteral("second"), AnswerVersion::Origin::Pasted,
                      m_now.addSecs(60));
    session.setAnswer(0, QStringLiteral("second, typed"), AnswerVersion::Origin::Typed,
                      m_now.addSecs(90));
    session.setAnswer(1, QStringLiteral("draft"), AnswerVersion::Origin::Pasted,
                      m_now.addSecs(120));
    session.setAnswer(0, QStringLiteral("third"), AnswerVersion::Origin::Restored,
                      m_now.addSecs(180));
    session.view = {
        QStringLiteral("draft"), {QStringLiteral("plan"), QStringLiteral("draft")}, 420};
    session.kitOrigin = QStringLiteral("bundled:blog-post");
    session.briefOrigin = QStringLiteral("/home/someone/brief.yaml");

    const QString file = path(QStringLiteral("full.promptdeck"));
    QVERIFY(SessionFile::save(session, file, m_now).ok());
    const Result<Session> loaded = SessionFile::load(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    const Session &back = loaded.value();
    // Restoring pushed the typed version into the history as well.
    QCOMPARE(back.record(0).history.size(), 3);
    QCOMPARE(back.record(0).history.at(0).text, QStringLiteral("first"));
    QCOMPARE(back.record(0).history.at(1).text, QStringLiteral("second"));
    QCOMPARE(back.record(0).history.at(2).text, QStringLiteral("second, typed"));
    QCOMPARE(back.record(0).history.at(2).origin, AnswerVersion::Origin::Typed);
    QCOMPARE(back.record(0).history.at(0).time, m_now);
    QCOMPARE(back.record(0).answer->origin, AnswerVersion::Origin::Restored);
    QCOMPARE(back.record(0).answer->basedOn, session.record(0).answer->basedOn);
    QCOMPARE(back.status(1).state, CardState::Stale);
    QCOMPARE(back.status(1).changedInputs, QStringList{QStringLiteral("answers.plan")});
    QCOMPARE(back.view, session.view);
    QCOMPARE(back.created, m_now);
    QCOMPARE(back.kitOrigin, session.kitOrigin);
    QCOMPARE(back.briefOrigin, session.briefOrigin);
    QCOMPARE(back.nextRevision(), session.nextRevision());
    // Saving what was loaded gives the same bytes.
    QCOMPARE(SessionSerializer::toJson(back, m_now), SessionSerializer::toJson(session, m_now));
}

void SessionFileTest::roundTrip_loneSurrogate_becomesReplacementCharacter()
{
    // A lone surrogate cannot be written as UTF-8; like Qt, we write U+FFFD
    // (the documented normalisation of matrix row 1).
    Session session = makeSession();
    const QString lone = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b");
    session.setAnswer(0, lone, AnswerVersion::Origin::Pasted, m_now);
    const QString file = path(QStringLiteral("lone.promptdeck"));
    QVERIFY(SessionFile::save(session, file, m_now).ok());
    const Result<Session> loaded = SessionFile::load(file);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().answerText(0), QStringLiteral("a\uFFFDb"));
}

void SessionFileTest::save_writesFormatVersionFirst()
{
    const QByteArray json = SessionSerializer::toJson(makeSession(), m_now);
    QVERIFY(json.startsWith("{\n  \"format_version\": 2,"));
    const auto peeked = SessionSerializer::peekFormatVersion(json);
    QVERIFY(peeked);
    QCOMPARE(peeked->number, QStringLiteral("2"));
    QVERIFY(!peeked->newer);
}

// Finding: the check looked only at the first key of the first 4 KiB.
void SessionFileTest::peekFormatVersion_findsTheTopLevelKeyAnywhere_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("number"); // empty: none found
    QTest::addColumn<bool>("newer");
    QTest::newRow("first") << QByteArray(R"({"format_version": 3, "a": 1})") << "3" << true;
    QTest::newRow("second") << QByteArray(R"({"a": 1, "format_version": 3})") << "3" << true;
    QTest::newRow("ours") << QByteArray(R"({"a": [], "format_version": 1})") << "1" << false;
    QTest::newRow("after nested values")
        << QByteArray(R"({"a": {"format_version": 1, "b": [1, {"c": "}]"}]}, "format_version": 3})")
        << "3" << true;
    QTest::newRow("only nested") << QByteArray(R"({"a": {"format_version": 3}})") << "" << false;
    QTest::newRow("inside a string")
        << QByteArray(R"({"a": "\", \"format_version\": 3", "format_version": 1})") << "1" << false;
    QTest::newRow("escaped key") << QByteArray(R"({"format\u005fversion": 4})") << "4" << true;
    QTest::newRow("too large for an integer")
        << QByteArray(R"({"kit": {}, "format_version": 99999999999999999999})")
        << "99999999999999999999" << true;
    QTest::newRow("exponent") << QByteArray(R"({"format_version": 1e30})") << "1e30" << true;
    QTest::newRow("whole as a fraction")
        << QByteArray(R"({"format_version": 3.0})") << "3.0" << true;
    QTest::newRow("fraction") << QByteArray(R"({"format_version": 1.5})") << "1.5" << false;
    QTest::newRow("negative") << QByteArray(R"({"format_version": -7})") << "-7" << false;
    QTest::newRow("repeated: the last, as the reader takes it")
        << QByteArray(R"({"format_version": 1, "format_version": 5})") << "5" << true;
    QTest::newRow("byte order mark and spaces")
        << QByteArray("\xEF\xBB\xBF \r\n\t{ \"x\" : null ,\n \"format_version\" :\t6 }") << "6"
        << true;
    QTest::newRow("cut short after it")
        << QByteArray(R"({"a": "x", "format_version": 8, "kit": {"source": "abc)") << "8" << true;
    QTest::newRow("a string") << QByteArray(R"({"format_version": "9"})") << "" << false;
    QTest::newRow("no object") << QByteArray(R"([{"format_version": 9}])") << "" << false;
    QTest::newRow("none") << QByteArray(R"({"a": 1})") << "" << false;
    QTest::newRow("empty") << QByteArray() << "" << false;
}

void SessionFileTest::peekFormatVersion_findsTheTopLevelKeyAnywhere()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, number);
    QFETCH(bool, newer);
    const auto peeked = SessionSerializer::peekFormatVersion(text);
    QCOMPARE(peeked.has_value(), !number.isEmpty());
    if (!peeked)
        return;
    QCOMPARE(peeked->number, number);
    QCOMPARE(peeked->newer, newer);
}

// Matrix row 6: after two saves, FILE.bak holds the previous version.
void SessionFileTest::backup_afterTwoSaves_holdsThePreviousVersion()
{
    const QString file = path(QStringLiteral("s.promptdeck"));
    Session session = makeSession();
    session.setAnswer(0, QStringLiteral("version one"), AnswerVersion::Origin::Pasted, m_now);
    QVERIFY(SessionFile::save(session, file, m_now).ok());
    QVERIFY(!QFile::exists(file + QStringLiteral(".bak")));
    const QByteArray first = readAll(file);
    session.setAnswer(0, QStringLiteral("version two"), AnswerVersion::Origin::Pasted, m_now);
    QVERIFY(SessionFile::save(session, file, m_now).ok());
    QCOMPARE(readAll(file + QStringLiteral(".bak")), first);
    QVERIFY(readAll(file).contains("version two"));
    QCOMPARE(filesInDir(),
             (QStringList{QStringLiteral("s.promptdeck"), QStringLiteral("s.promptdeck.bak")}));
    // A third save replaces the backup; the one it replaces leaves no name
    // behind.
    const QByteArray second = readAll(file);
    session.setAnswer(0, QStringLiteral("version three"), AnswerVersion::Origin::Pasted, m_now);
    QVERIFY(SessionFile::save(session, file, m_now).ok());
    QCOMPARE(readAll(file + QStringLiteral(".bak")), second);
    QVERIFY(readAll(file).contains("version three"));
    QCOMPARE(filesInDir(),
             (QStringList{QStringLiteral("s.promptdeck"), QStringLiteral("s.promptdeck.bak")}));
}

// Matrix row 7: saving through a symlink keeps the link.
void SessionFileTest::save_throughSymlink_keepsTheLink()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("real")));
    const QString target = path(QStringLiteral("real/session.promptdeck"));
    const QString link = path(QStringLiteral("link.promptdeck"));
    Session session = makeSession();
    QVERIFY(SessionFile::save(session, target, m_now).ok());
    QVERIFY(QFile::link(target, link));

    session.setAnswer(0, QStringLiteral("through the link"), AnswerVersion::Origin::Pasted, m_now);
    const Status saved = SessionFile::save(session, link, m_now);
    QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QVERIFY(readAll(target).contains("through the link"));
    QVERIFY(QFile::exists(target + QStringLiteral(".bak")));
    QVERIFY(!QFile::exists(link + QStringLiteral(".bak")));
}

// Matrix row 2: a write error during save (here a file-size limit, as a
// full disk would cause).
void SessionFileTest::producedWrite_diskFull_stopsTheProducer()
{
    const QString file = path(QStringLiteral("produced.txt"));
    writeFile(file, "before\n");
    const QByteArray piece(256 * 1024, 'p');
    int made = 0;
    auto produce = [&](const SafeFileWriter::Sink &sink) {
        for (int i = 0; i < 40; ++i) { // 10 MiB
            ++made;
            if (!sink(piece))
                return false;
        }
        return true;
    };
    Status written = success();
    {
        const FileSizeLimit limit(1024 * 1024);
        written = SafeFileWriter::write(file, produce);
    }
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("The file is unchanged")),
             qPrintable(written.errorText()));
    QCOMPARE(readAll(file), QByteArray("before\n"));
    // The producer learnt of the failure and stopped well before the end.
    QVERIFY2(made < 40, qPrintable(QString::number(made)));
    QCOMPARE(filesInDir(), QStringList{QStringLiteral("produced.txt")});

    // Without the limit, every piece arrives, in order.
    QVERIFY(SafeFileWriter::write(file, [&](const SafeFileWriter::Sink &sink) {
                for (char c = 'a'; c <= 'z'; ++c) {
                    if (!sink(QByteArray(100 * 1024, c)))
                        return false;
                }
                return true;
            }).ok());
    const QByteArray all = readAll(file);
    QCOMPARE(all.size(), 26 * 100 * 1024);
    for (int i = 0; i < 26; ++i)
        QCOMPARE(all.at(i * 100 * 1024 + 50), char('a' + i));
}

void SessionFileTest::save_diskFull_leavesThePreviousFileIntact()
{
    const QString file = path(QStringLiteral("full-disk.promptdeck"));
    Session session = makeSession();
    QVERIFY(SessionFile::save(session, file, m_now).ok());
    const QByteArray before = readAll(file);
    QVERIFY(before.size() < 16 * 1024);

    session.setAnswer(0, QString(200 * 1024, QLatin1Char('x')), AnswerVersion::Origin::Pasted,
                      m_now);
    Status saved = success();
    {
        const FileSizeLimit limit(64 * 1024);
        saved = SessionFile::save(session, file, m_now);
    }
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().file, QDir::toNativeSeparators(file));
    QVERIFY2(saved.error().message.contains(QStringLiteral("The file is unchanged")),
             qPrintable(saved.errorText()));
    QCOMPARE(readAll(file), before);
    // No backup either: there was none before the save that failed.
    QCOMPARE(filesInDir(), QStringList{QStringLiteral("full-disk.promptdeck")});
}

void SessionFileTest::save_backupFails_leavesEverythingIntact()
{
    const QString file = path(QStringLiteral("b.promptdeck"));
    Session session = savedWithLongAnswer(file);
    const QByteArray before = readAll(file);
    session.setAnswer(0, QStringLiteral("short"), AnswerVersion::Origin::Pasted, m_now);
    // The backup's name is taken by a folder: neither the link nor the copy
    // can take its place, and then nothing is saved.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("b.promptdeck.bak")));
    const Status saved = SessionFile::save(session, file, m_now);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(QStringLiteral("could not keep the previous version")),
             qPrintable(saved.errorText()));
    QCOMPARE(readAll(file), before);
    QCOMPARE(filesInDir(), QStringList{QStringLiteral("b.promptdeck")});
}

// Finding: a save that failed for lack of room had already replaced the
// backup with the file. Now the backup moves only once the new version is
// in place: the file and its (older) backup stay byte for byte, however
// early or late the room runs out, and when the save is tried again.
void SessionFileTest::save_failsForLackOfRoom_keepsFileAndBackup_data()
{
    QTest::addColumn<int>("room"); // bytes the new file may grow to
    QTest::newRow("none") << 0;
    QTest::newRow("one byte") << 1;
    QTest::newRow("4 KiB") << 4 * 1024;
    QTest::newRow("half the new file") << 100 * 1024;
    QTest::newRow("all but its last byte") << -1;
}

void SessionFileTest::save_failsForLackOfRoom_keepsFileAndBackup()
{
    QFETCH(int, room);
    const QString file = path(QStringLiteral("c.promptdeck"));
    const QString backup = file + QStringLiteral(".bak");
    Session session = savedWithLongAnswer(file);
    session.setAnswer(0, QStringLiteral("the file now"), AnswerVersion::Origin::Pasted, m_now);
    QVERIFY(SessionFile::save(session, file, m_now).ok());
    const QByteArray fileBefore = readAll(file);
    const QByteArray backupBefore = readAll(backup);
    QVERIFY(backupBefore.contains("yyyy"));
    QVERIFY(fileBefore != backupBefore);

    session.setAnswer(0, QString(200 * 1024, QLatin1Char('z')), AnswerVersion::Origin::Pasted,
                      m_now);
    const qint64 newSize = SessionSerializer::toJson(session, m_now).size();
    const rlim_t limit = room >= 0 ? rlim_t(room) : rlim_t(newSize - 1);
    for (int attempt = 0; attempt < 2; ++attempt) { // again, as autosave does
        Status saved = success();
        {
            const FileSizeLimit full(limit);
            saved = SessionFile::save(session, file, m_now);
        }
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.startsWith(QStringLiteral("could not save: ")) &&
                     saved.error().message.endsWith(QStringLiteral("The file is unchanged.")),
                 qPrintable(saved.errorText()));
        QCOMPARE(readAll(file), fileBefore);
        QCOMPARE(readAll(backup), backupBefore);
        QCOMPARE(filesInDir(),
                 (QStringList{QStringLiteral("c.promptdeck"), QStringLiteral("c.promptdeck.bak")}));
    }
    // With room, the save goes through and the backup is the file before it.
    QVERIFY(SessionFile::save(session, file, m_now).ok());
    QCOMPARE(readAll(file).size(), newSize);
    QCOMPARE(readAll(backup), fileBefore);
}

// A backup that is the file itself (a second name of the same file, as an
// earlier version could leave one) becomes the previous version all the same.
void SessionFileTest::save_backupLinkedToTheFile_becomesThePreviousVersion()
{
    const QString file = path(QStringLiteral("l.promptdeck"));
    const QString backup = file + QStringLiteral(".bak");
    Session session = savedWithLongAnswer(file);
    const QByteArray before = readAll(file);
    QVERIFY(QFile::remove(backup) || !QFile::exists(backup));
    QCOMPARE(::link(QFile::encodeName(file).constData(), QFile::encodeName(backup).constData()), 0);
    session.setAnswer(0, QStringLiteral("newer"), AnswerVersion::Origin::Pasted, m_now);
    QVERIFY(SessionFile::save(session, file, m_now).ok());
    QVERIFY(readAll(file).contains("newer"));
    QCOMPARE(readAll(backup), before);
    QCOMPARE(filesInDir(),
             (QStringList{QStringLiteral("l.promptdeck"), QStringLiteral("l.promptdeck.bak")}));
}

void SessionFileTest::save_unwritableFolder_saysWhere()
{
    // /proc refuses new files even to root.
    const QString file = QStringLiteral("/proc/self/cannot.promptdeck");
    const Status saved = SessionFile::save(makeSession(), file, m_now);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().file, file);
    QVERIFY2(saved.error().message.startsWith(QStringLiteral("could not save: ")),
             qPrintable(saved.errorText()));
}

// Matrix row 12 (newer format version): refused, and never overwritten.
void SessionFileTest::newerFormat_isRefusedAndNeverOverwritten()
{
    const QString file = path(QStringLiteral("future.promptdeck"));
    QByteArray json = SessionSerializer::toJson(makeSession(), m_now);
    json.replace("\"format_version\": 2,", "\"format_version\": 7,");
    writeFile(file, json);

    const Result<Session> loaded = SessionFile::load(file);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(
                 QStringLiteral("newer PromptDeck (file format 7; this version "
                                "reads format 2)")),
             qPrintable(loaded.errorText()));
    QCOMPARE(loaded.error().line, 2);
    QCOMPARE(loaded.error().column, 21);

    const Status saved = SessionFile::save(makeSession(), file, m_now);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().message.contains(QStringLiteral("it was not overwritten")));
    QCOMPARE(readAll(file), json);
    QVERIFY(!QFile::exists(file + QStringLiteral(".bak")));
}

// Finding: a newer file whose format_version was not the first key was
// overwritten; and one too large for an integer was called malformed.
void SessionFileTest::newerFormat_anywhereInTheFile_isRefusedAndNeverOverwritten_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QString>("where");
    for (const char *where : {"first", "second", "last"}) {
        QTest::addRow("7, %s", where) << QByteArray("7") << QString::fromLatin1(where);
        QTest::addRow("99999999999999999999, %s", where)
            << QByteArray("99999999999999999999") << QString::fromLatin1(where);
    }
}

void SessionFileTest::newerFormat_anywhereInTheFile_isRefusedAndNeverOverwritten()
{
    QFETCH(QByteArray, number);
    QFETCH(QString, where);
    const QString file = path(QStringLiteral("future.promptdeck"));
    Session session = makeSession();
    session.setAnswer(0, QStringLiteral("theirs"), AnswerVersion::Origin::Pasted, m_now);
    const QByteArray json =
        withFormatVersion(SessionSerializer::toJson(session, m_now), number, where);
    QCOMPARE(json.count("format_version"), 1);
    writeFile(file, json);

    const Result<Session> loaded = SessionFile::load(file);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(
                 QStringLiteral("newer PromptDeck (file format %1; this version reads format 2)")
                     .arg(QString::fromLatin1(number))),
             qPrintable(loaded.errorText()));
    const qsizetype at = json.indexOf("\"format_version\": ") + 18;
    QCOMPARE(loaded.error().line, json.left(at).count('\n') + 1);

    const Status saved = SessionFile::save(makeSession(), file, m_now);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(
                 QStringLiteral("newer PromptDeck (file format %1); it was not overwritten")
                     .arg(QString::fromLatin1(number))),
             qPrintable(saved.errorText()));
    QCOMPARE(readAll(file), json);
    QCOMPARE(filesInDir(), QStringList{QStringLiteral("future.promptdeck")});
}

// Finding: a session with next_revision 1500000000 loaded, took an answer,
// and was then refused on load. Revisions are 64-bit up to 2^53 - 1.
void SessionFileTest::revisions_highNextRevision_savesWhatLoads_data()
{
    QTest::addColumn<qint64>("next");
    QTest::newRow("1500000000") << qint64(1500000000);
    QTest::newRow("past 32 bits") << (qint64(1) << 33);
    QTest::newRow("the cap less two") << Session::maxRevision - 2;
}

void SessionFileTest::revisions_highNextRevision_savesWhatLoads()
{
    QFETCH(qint64, next);
    const QString file = path(QStringLiteral("revisions.promptdeck"));
    const QByteArray json =
        QString::fromUtf8(SessionSerializer::toJson(makeSession(), m_now))
            .replace(QRegularExpression(QStringLiteral("\"next_revision\": \\d+")),
                     QStringLiteral("\"next_revision\": %1").arg(next))
            .toUtf8();
    writeFile(file, json);
    Result<Session> loaded = SessionFile::load(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    Session session = loaded.value();
    QCOMPARE(session.nextRevision(), next);
    QVERIFY(session.setAnswer(0, QStringLiteral("one"), AnswerVersion::Origin::Pasted, m_now));
    QVERIFY(session.setAnswer(1, QStringLiteral("two"), AnswerVersion::Origin::Pasted, m_now));
    QVERIFY(SessionFile::save(session, file, m_now).ok());

    const Result<Session> again = SessionFile::load(file);
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(again.value().record(0).answer->revision, next);
    QCOMPARE(again.value().record(1).answer->revision, next + 1);
    QCOMPARE(again.value().nextRevision(), next + 2);
    // Fingerprints by revision: card 2 reads card 1's answer and is not stale.
    QCOMPARE(again.value().status(1), session.status(1));
}

void SessionFileTest::revisions_atTheCap_refuseFurtherAnswers()
{
    const QString file = path(QStringLiteral("full.promptdeck"));
    Session session = makeSession();
    QList<CardRecord> records(session.cardCount());
    session.restoreState(records, Session::maxRevision);
    QVERIFY(session.checkRevisionRoom().ok());
    QVERIFY(session.setAnswer(0, QStringLiteral("the last"), AnswerVersion::Origin::Pasted, m_now));
    QCOMPARE(session.record(0).answer->revision, Session::maxRevision);
    const Status room = session.checkRevisionRoom();
    QVERIFY(!room.ok());
    QVERIFY2(room.error().message.contains(QStringLiteral("9007199254740991")) &&
                 room.error().message.contains(QStringLiteral("Nothing was stored")),
             qPrintable(room.errorText()));
    QVERIFY(!session.setAnswer(1, QStringLiteral("refused"), AnswerVersion::Origin::Pasted, m_now));
    QVERIFY(!session.hasAnswer(1));

    QVERIFY(SessionFile::save(session, file, m_now).ok());
    const Result<Session> loaded = SessionFile::load(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QCOMPARE(loaded.value().record(0).answer->revision, Session::maxRevision);
    QVERIFY(!loaded.value().checkRevisionRoom().ok());
}

void SessionFileTest::revisions_aboveTheCap_areRefusedOnLoad_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("an answer's revision")
        << QStringLiteral("\"revision\": 1,") << QStringLiteral("\"revision\": 9007199254740992,")
        << QStringLiteral("an answer's revision must be a whole number from 1 to 9007199254740991");
    QTest::newRow("next_revision")
        << QStringLiteral("\"next_revision\": 2,")
        << QStringLiteral("\"next_revision\": 9007199254740994,")
        << QStringLiteral("next_revision must be a whole number from 1 to 9007199254740992");
}

void SessionFileTest::revisions_aboveTheCap_areRefusedOnLoad()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    Session session = makeSession();
    session.setAnswer(0, QStringLiteral("one"), AnswerVersion::Origin::Pasted, m_now);
    const QString json = QString::fromUtf8(SessionSerializer::toJson(session, m_now));
    QVERIFY2(json.contains(from), qPrintable(json));
    const QString file = path(QStringLiteral("above.promptdeck"));
    writeFile(file, QString(json).replace(from, to).toUtf8());
    const Result<Session> loaded = SessionFile::load(file);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(message), qPrintable(loaded.errorText()));
    QVERIFY(loaded.error().line > 1);
}

// Finding: a session whose history grew past the load cap was written, and
// then refused on load. Now such a save is refused, the file kept as it was.
void SessionFileTest::save_overTheSizeCap_isRefusedAndTheFileKept()
{
    const QString file = path(QStringLiteral("big.promptdeck"));
    // Exactly at the cap: saved (and loads, as the end shows).
    Session session = sessionNearTheCap(makeSession(), 0, 0, m_now);
    QVERIFY(SessionFile::save(session, file, m_now).ok());
    QCOMPARE(QFileInfo(file).size(), Limits::maxSessionFileBytes);
    const QByteArray digest = digestOf(file);

    // One byte more is refused.
    session.setAnswer(2, QStringLiteral("x"), AnswerVersion::Origin::Pasted, m_now);
    const Status saved = SessionFile::save(session, file, m_now);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().file, QDir::toNativeSeparators(file));
    const QString message = saved.error().message;
    QVERIFY2(message.contains(QStringLiteral("larger than the 256 MiB a session file may have")) &&
                 message.contains(QStringLiteral("The file is unchanged")) &&
                 message.contains(QStringLiteral("Most of it is card 1, ")) &&
                 message.contains(QStringLiteral("start a new session")),
             qPrintable(message));
    QCOMPARE(digestOf(file), digest);
    QCOMPARE(filesInDir(), QStringList{QStringLiteral("big.promptdeck")});
    const Result<Session> loaded = SessionFile::load(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QVERIFY(!loaded.value().hasAnswer(2));
}

// Matrix rows 9 and 12: broken input gives a typed error with a position.
void SessionFileTest::brokenFile_isRefusedWithPosition_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    Session session = makeSession();
    session.setAnswer(0, QStringLiteral("an answer"), AnswerVersion::Origin::Pasted, m_now);
    const QByteArray good = SessionSerializer::toJson(session, m_now);

    QTest::newRow("truncated") << good.left(good.size() / 2) << 0 << 0
                               << "not a valid session file (JSON)";
    QTest::newRow("empty") << QByteArray() << 1 << 1 << "not a valid session file";
    QByteArray badUtf8 = good;
    badUtf8.replace("an answer", "an \xff answer");
    QTest::newRow("invalid UTF-8") << badUtf8 << 0 << 0 << "not valid UTF-8";
    QByteArray nul = good;
    nul.replace("an answer", QByteArray("an \0answer", 10));
    QTest::newRow("NUL byte") << nul << 0 << 0 << "NUL byte";
    QByteArray textVersion = good;
    textVersion.replace("\"format_version\": 2,", "\"format_version\": \"1\",");
    QTest::newRow("version is text")
        << textVersion << 2 << 21 << "format_version must be a positive whole number";
    QByteArray numberText = good;
    numberText.replace("\"text\": \"an answer\"", "\"text\": 42");
    QTest::newRow("answer is a number") << numberText << 0 << 0 << "an answer's text must be text";
    QTest::newRow("no version") << QByteArray("{\"kit\": {}}") << 1 << 1 << "has no format_version";
    QTest::newRow("no kit") << QByteArray("{\"format_version\": 1}") << 1 << 1 << "has no kit";
    QTest::newRow("an array") << QByteArray("[1, 2]") << 1 << 1 << "not a JSON object";
    // Sessions nest up to 1024 levels, as QJsonDocument does: 1,000 parses
    // (and the file is refused for what it lacks), deeper is a syntax error
    // at the bracket that opens level 1025.
    const auto nested = [](int depth) {
        return QByteArray("{\"format_version\": 2, \"x\": ") + QByteArray(depth, '[') +
               QByteArray(depth, ']') + '}';
    };
    QTest::newRow("nested 1000 deep") << nested(1000) << 1 << 1 << "the session has no kit";
    QTest::newRow("nested 2000 deep") << nested(2000) << 1 << 1051 << "too deeply nested";
    QTest::newRow("nested 100000 deep") << nested(100000) << 1 << 1051 << "too deeply nested";
    QByteArray badKit = good;
    QVERIFY(badKit.contains("\\nkit: blog-post\\n"));
    badKit.replace("\\nkit: blog-post\\n", "\\nkit: [\\n");
    QTest::newRow("broken kit inside") << badKit << 0 << 0 << "(its kit)";
}

void SessionFileTest::brokenFile_isRefusedWithPosition()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("broken.promptdeck"));
    writeFile(file, bytes);
    const Result<Session> loaded = SessionFile::load(file);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorText().contains(message), qPrintable(loaded.errorText()));
    QVERIFY(loaded.error().line > 0);
    QVERIFY(loaded.error().column > 0);
    if (line > 0) {
        QCOMPARE(loaded.error().line, line);
        QCOMPARE(loaded.error().column, column);
    }
    QCOMPARE(readAll(file), bytes);
}

// Valid JSON holding the wrong thing: the error says the line and column
// where the offending value starts (marker: its text, first in the file).
void SessionFileTest::wrongValue_errorPointsAtIt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("marker");
    QTest::addColumn<QString>("message");

    Session session = makeSession();
    session.setAnswer(0, QStringLiteral("an answer"), AnswerVersion::Origin::Pasted, m_now);
    session.setAnswer(0, QStringLiteral("a second answer"), AnswerVersion::Origin::Pasted, m_now);
    const QByteArray good = SessionSerializer::toJson(session, m_now);
    const auto changed = [&good](const char *from, const char *to) {
        QByteArray bytes = good;
        if (!bytes.contains(from))
            qFatal("the session has no %s", from);
        return bytes.replace(from, to);
    };
    QTest::newRow("answer's text a number")
        << changed("\"text\": \"a second answer\"", "\"text\":   42") << QByteArray("42")
        << "an answer's text must be text";
    QTest::newRow("older version's text a list")
        << changed("\"text\": \"an answer\"", "\"text\": [\"an answer\"]")
        << QByteArray("[\"an answer\"]") << "an answer's text must be text";
    QTest::newRow("revision as text")
        << changed("\"revision\": 2", "\"revision\":\t\"two\"") << QByteArray("\"two\"")
        << "revision must be a whole number from 1 to 9007199254740991";
    QTest::newRow("history item not an object")
        << changed("\"history\": [\n", "\"history\": [\n        7,\n") << QByteArray("7,")
        << "an answer must be an object";
    QTest::newRow("version as text")
        << changed("\"format_version\": 2", "\"format_version\":\n\"2\"") << QByteArray("\"2\"")
        << "format_version must be a positive whole number";
}

void SessionFileTest::wrongValue_errorPointsAtIt()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, marker);
    QFETCH(QString, message);
    const qsizetype at = bytes.indexOf(marker);
    QVERIFY(at > 0);
    const qsizetype lineStart = bytes.lastIndexOf('\n', at - 1) + 1;
    const QString file = path(QStringLiteral("wrong.promptdeck"));
    writeFile(file, bytes);
    const Result<Session> loaded = SessionFile::load(file);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorText().contains(message), qPrintable(loaded.errorText()));
    QCOMPARE(loaded.error().line, int(bytes.first(at).count('\n')) + 1);
    QCOMPARE(loaded.error().column, int(at - lineStart) + 1);
}

void SessionFileTest::unknownKeys_areKeptOnSave()
{
    QByteArray json = SessionSerializer::toJson(makeSession(), m_now);
    json.replace("\"format_version\": 2,",
                 "\"format_version\": 2,\n  \"plugin_data\": {\"x\": [1, \"two\"]},");
    json.replace("\"cards\": {}",
                 "\"cards\": {\"retired-card\": {\"answer\": null, \"note\": \"kept\"}}");
    const QString file = path(QStringLiteral("extra.promptdeck"));
    writeFile(file, json);
    Diagnostics warnings;
    const Result<Session> loaded = SessionFile::load(file, &warnings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).message.contains(QStringLiteral("no card 'retired-card'")));
    QVERIFY(warnings.at(0).line > 0);

    QVERIFY(SessionFile::save(loaded.value(), file, m_now).ok());
    const QByteArray again = readAll(file);
    QVERIFY(again.contains("\"plugin_data\""));
    QVERIFY(again.contains("\"two\""));
    QVERIFY(again.contains("\"retired-card\""));
    QVERIFY(again.contains("\"note\": \"kept\""));
}

// "Use as pasted" is written as one member of its card, and only when set,
// in the same format: an older PromptDeck reads the file and, as with every
// card member it does not know (above), writes it back unchanged.
void SessionFileTest::asPasted_isOneCardMemberThatOlderVersionsKeep()
{
    Session session = makeSession();
    session.setAnswer(0, QStringLiteral("Sure! Here's the plan:\n\n# Plan\n"),
                      AnswerVersion::Origin::Pasted, m_now);
    const QByteArray cleaned = SessionSerializer::toJson(session, m_now);
    QVERIFY(!cleaned.contains("as_pasted"));
    QVERIFY(session.setUseAsPasted(0, true));
    const QByteArray pasted = SessionSerializer::toJson(session, m_now);

    QJsonObject withChoice = QJsonDocument::fromJson(pasted).object();
    QCOMPARE(withChoice.value(QStringLiteral("format_version")).toInt(),
             SessionSerializer::formatVersion);
    QCOMPARE(SessionSerializer::formatVersion, 2);
    QJsonObject cards = withChoice.value(QStringLiteral("cards")).toObject();
    QJsonObject plan = cards.value(QStringLiteral("plan")).toObject();
    QCOMPARE(plan.value(QStringLiteral("as_pasted")), QJsonValue(true));
    // Without that one member, the file is the one written before.
    plan.remove(QStringLiteral("as_pasted"));
    cards.insert(QStringLiteral("plan"), plan);
    withChoice.insert(QStringLiteral("cards"), cards);
    QCOMPARE(withChoice, QJsonDocument::fromJson(cleaned).object());

    Diagnostics warnings;
    const Result<Session> loaded =
        SessionSerializer::fromJson(SourceText(QStringLiteral("p.promptdeck"), pasted), &warnings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QVERIFY(warnings.isEmpty());
    QVERIFY(loaded.value().usesAsPasted(0));
    QVERIFY(loaded.value().record(0).extras.isEmpty());
    QCOMPARE(SessionSerializer::toJson(loaded.value(), m_now), pasted);

    // A value that is no true or false is read as false, with a warning.
    QByteArray odd = pasted;
    odd.replace("\"as_pasted\": true", "\"as_pasted\": \"yes\"");
    Diagnostics oddWarnings;
    const Result<Session> oddLoaded = SessionSerializer::fromJson(
        SourceText(QStringLiteral("odd.promptdeck"), odd), &oddWarnings);
    QVERIFY2(oddLoaded.ok(), qPrintable(oddLoaded.errorText()));
    QVERIFY(!oddLoaded.value().usesAsPasted(0));
    QCOMPARE(oddWarnings.size(), 1);
    QVERIFY(oddWarnings.at(0).message.contains(QStringLiteral("as_pasted")));
    QVERIFY(oddWarnings.at(0).line > 0);
}

// Matrix row 11 (sessions): over the cap is refused before parsing.
void SessionFileTest::oversizedFile_isRefusedBeforeParsing()
{
    const QString file = path(QStringLiteral("huge.promptdeck"));
    QFile huge(file);
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(Limits::maxSessionFileBytes + 1)); // sparse: costs no disk
    huge.close();
    const Result<Session> loaded = SessionFile::load(file);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(QStringLiteral("larger than the 256 MiB limit")),
             qPrintable(loaded.errorText()));
}

// Issue 15: every warning looked for its value from the start of the file,
// the square of the number of warnings. Keys with a two-byte character, and
// now and then an escaped quote, keep the columns in characters and the key
// decoded; on one line the columns run into the millions.
void SessionFileTest::manyUnknownCards_eachWarnedAtItsCard_data()
{
    QTest::addColumn<bool>("oneLine");
    QTest::newRow("a card a line") << false;
    QTest::newRow("all on one line") << true;
}

void SessionFileTest::manyUnknownCards_eachWarnedAtItsCard()
{
    QFETCH(bool, oneLine);
    struct Where
    {
        int line = 0;
        int column = 0;
        QString id;
    };
    QByteArray json = SessionSerializer::toJson(makeSession(), m_now);
    const QByteArray emptyCards = "\"cards\": {}";
    const qsizetype at = json.indexOf(emptyCards);
    QVERIFY(at >= 0);
    int line = 1;
    int column = 1;
    const auto pass = [&](const QByteArray &bytes) {
        for (const char c : bytes) {
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                ++column;
            }
        }
    };
    pass(json.left(at));
    QByteArray cards = "\"cards\": {";
    pass(cards);
    const QByteArray separator = oneLine ? " " : "\n    ";
    const int count = 20000;
    QList<Where> expected;
    for (int i = 0; i < count; ++i) {
        const bool quote = i % 1000 == 7;
        const QString id = QStringLiteral("gone-\u00e9%1%2")
                               .arg(i)
                               .arg(quote ? QLatin1String("\"") : QLatin1String());
        QByteArray piece = (i > 0 ? "," : "") + separator + "\"gone-\xc3\xa9" +
                           QByteArray::number(i) + (quote ? "\\\"" : "") + "\": ";
        pass(piece);
        expected.append({line, column, id});
        const QByteArray value = "{\"answer\": null}";
        pass(value);
        cards += piece + value;
    }
    cards += oneLine ? " }" : "\n  }";
    json.replace(at, emptyCards.size(), cards);

    Diagnostics warnings;
    const Result<Session> loaded =
        SessionSerializer::fromJson(SourceText(QStringLiteral("many.promptdeck"), json), &warnings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QCOMPARE(warnings.size(), count);
    // The cards are read in the order of their ids, not of the file.
    QHash<QString, Where> byId;
    for (const Where &where : expected)
        byId.insert(where.id, where);
    for (const Diagnostic &warning : warnings) {
        const qsizetype from = warning.message.indexOf(QStringLiteral("no card '")) + 9;
        const QString id = warning.message.mid(from, warning.message.indexOf(u"'; ") - from);
        const Where where = byId.take(id);
        if (where.line == 0 || warning.line != where.line || warning.column != where.column)
            QFAIL(qPrintable(QStringLiteral("'%1' is warned at %2:%3, expected at %4:%5")
                                 .arg(id)
                                 .arg(warning.line)
                                 .arg(warning.column)
                                 .arg(where.line)
                                 .arg(where.column)));
    }
    QVERIFY(byId.isEmpty());
    QCOMPARE(loaded.value().unknown.cards.size(), count);
}

QTEST_GUILESS_MAIN(SessionFileTest)
#include "tst_sessionfile.moc"
