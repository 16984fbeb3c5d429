// The window never writes what it could not read again, nor over a session
// of a newer format: every way it overwrites a file (Save, autosave,
// Overwrite after a change on disk, Save As over a file) checks the file's
// format_version wherever it stands, and a session past the size cap is
// refused and stays open, unsaved, the file on disk as it was.
#include "guitest.h"
#include "largesession.h"
#include "mainwindow.h"
#include "session/sessionfile.h"
#include "session/sessionrecovery.h"
#include "session/sessionserializer.h"
#include "testfiles.h"
#include "testseams.h"
#include "windowfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck;
using namespace PromptDeck::Core;
using namespace PromptDeck::Gui;
using PromptDeck::Tests::digestOf;
using PromptDeck::Tests::readAll;
using PromptDeck::Tests::writeFile;

namespace {

// The same session as a newer PromptDeck would write it, of the same size:
// format_version 7, second in the object rather than first.
QByteArray asNewerFormat(QByteArray json)
{
    const QByteArray ours = "\"format_version\": 2,\n  ";
    const qsizetype at = json.indexOf(ours);
    if (at < 0)
        return {};
    json.remove(at, ours.size());
    const qsizetype second = json.indexOf('\n', json.indexOf("\"generator\"")) + 1;
    return json.insert(second, "  \"format_version\": 7,\n");
}

} // namespace

class SaveLimitsTest final : public QObject, private PromptDeck::Tests::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newerFormatOnDisk_isNeverOverwritten_data();
    void newerFormatOnDisk_isNeverOverwritten();
    void saveAs_overANewerFormat_isRefused();
    void sessionPastTheSizeCap_isRefusedAndStaysUnsaved();

private:
    // The answer's save and checks follow on the event loop's next pass.
    void paste(int row, const QString &text)
    {
        WindowFixture::paste(row, text);
        QCoreApplication::processEvents();
    }
    QLabel *saveProblem() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("saveProblem"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void SaveLimitsTest::init()
{
    QDir(SessionRecovery::folder()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    setUpWindow();
}

void SaveLimitsTest::cleanup()
{
    tearDownWindow();
}

// Finding: with the file replaced by a newer one whose format_version was
// second, the window's Overwrite wrote a format-1 file over it.
void SaveLimitsTest::newerFormatOnDisk_isNeverOverwritten_data()
{
    QTest::addColumn<bool>("sameSizeAndTime");
    // The change is seen; the user chooses Overwrite.
    QTest::newRow("changed on disk, Overwrite") << false;
    // Replaced unseen (size and time stamp kept): the autosave, then Save.
    QTest::newRow("replaced unseen, autosave and Save") << true;
}

void SaveLimitsTest::newerFormatOnDisk_isNeverOverwritten()
{
    QFETCH(bool, sameSizeAndTime);
    paste(0, QStringLiteral("# The outline"));
    const QString file = m_dir->filePath(QStringLiteral("article.promptdeck"));
    m_dialogs.saveNames = {file};
    QVERIFY(m_window->saveAs());
    const QByteArray ours = readAll(file);
    const QDateTime time = QFileInfo(file).lastModified();

    const QByteArray newer = asNewerFormat(ours);
    QCOMPARE(newer.size(), ours.size());
    QVERIFY(writeFile(file, newer));
    QFile touched(file);
    QVERIFY(touched.open(QIODevice::ReadWrite));
    QVERIFY(touched.setFileTime(sameSizeAndTime ? time : time.addSecs(5),
                                QFileDevice::FileModificationTime));
    touched.close();
    QCOMPARE(m_window->document()->changedOnDisk(), !sameSizeAndTime);

    m_dialogs.answers = {1}; // Overwrite, if asked
    paste(1, QStringLiteral("My research"));
    QTRY_VERIFY(saveProblem()->isVisible());
    QCOMPARE(m_dialogs.questions.size(), sameSizeAndTime ? 0 : 1);
    QVERIFY2(saveProblem()->text().contains(QStringLiteral("newer PromptDeck (file format 7)")),
             qPrintable(saveProblem()->text()));
    QCOMPARE(readAll(file), newer);
    QVERIFY(m_window->document()->isModified());

    if (sameSizeAndTime) {
        QVERIFY(!m_window->save());
        QCOMPARE(readAll(file), newer);
        QVERIFY(m_window->document()->isModified());
    }
    QVERIFY(!QFile::exists(file + QStringLiteral(".bak")) ||
            readAll(file + QStringLiteral(".bak")) != newer);
}

void SaveLimitsTest::saveAs_overANewerFormat_isRefused()
{
    paste(0, QStringLiteral("# The outline"));
    const QString mine = m_dir->filePath(QStringLiteral("mine.promptdeck"));
    m_dialogs.saveNames = {mine};
    QVERIFY(m_window->saveAs());
    const QString theirs = m_dir->filePath(QStringLiteral("theirs.promptdeck"));
    const QByteArray newer = asNewerFormat(readAll(mine));
    QVERIFY(writeFile(theirs, newer));

    paste(1, QStringLiteral("More"));
    QTest::qWait(100); // the autosave of mine
    m_dialogs.saveNames = {theirs};
    QVERIFY(!m_window->saveAs());
    QCOMPARE(readAll(theirs), newer);
    QCOMPARE(m_window->document()->filePath(), mine);
    QVERIFY(!QFile::exists(theirs + QStringLiteral(".bak")));
}

// Finding: a session whose history grew past the cap on session files was
// saved (success reported) and then refused on load.
void SaveLimitsTest::sessionPastTheSizeCap_isRefusedAndStaysUnsaved()
{
    const QString file = m_dir->filePath(QStringLiteral("big.promptdeck"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        const Session start = m_window->document()->session();
        const Session big = Tests::sessionNearTheCap(start, 0, 64, now);
        QVERIFY(SessionFile::save(big, file, now).ok());
    }
    QCOMPARE(QFileInfo(file).size(), Limits::maxSessionFileBytes - 64);
    m_window.reset();
    m_window = makeWindow(file);
    QCOMPARE(m_window->document()->filePath(), file);
    const QByteArray digest = digestOf(file);

    paste(1, QString(200, QLatin1Char('r')));
    QTRY_VERIFY(saveProblem()->isVisible());
    const QString problem = saveProblem()->text();
    QVERIFY2(
        problem.contains(file) &&
            problem.contains(QStringLiteral("larger than the 256 MiB a session file may have")) &&
            problem.contains(QStringLiteral("Most of it is card 1, ")),
        qPrintable(problem));
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("*")));
    QCOMPARE(digestOf(file), digest);

    // An explicit Save says the same and keeps the work open.
    QVERIFY(!m_window->save());
    QVERIFY(m_window->document()->isModified());
    QCOMPARE(m_window->document()->session().answerText(1), QString(200, QLatin1Char('r')));
    QCOMPARE(digestOf(file), digest);
    QVERIFY(SessionFile::load(file).ok());
}

int main(int argc, char **argv)
{
    return PromptDeck::Tests::runGuiTest<SaveLimitsTest>(argc, argv);
}

#include "tst_savelimits.moc"
