// GUI tests of the real main window, offscreen: sessions in and out of it
// (save, reopen, autosave, open, drop, new from files, a page, a blank
// brief or a map article, save the brief, the window's own state), driven
// by object name, with a fake clipboard and scripted dialogs.
#include "answeredit.h"
#include "base/inputlimits.h"
#include "briefeditordialog.h"
#include "briefform.h"
#include "briefpanel.h"
#include "bulletsorter.h"
#include "carddeck.h"
#include "cardwidget.h"
#include "checklist.h"
#include "guitest.h"
#include "historydialog.h"
#include "importbriefdialog.h"
#include "kit/briefloader.h"
#include "librarydialog.h"
#include "mainwindow.h"
#include "promptview.h"
#include "session/sessionfile.h"
#include "testseams.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace PromptDeck;
using namespace PromptDeck::Core;
using namespace PromptDeck::Gui;
using PromptDeck::Tests::FakeClipboard;
using PromptDeck::Tests::ScriptedDialogs;
using PromptDeck::Tests::WindowFixture;

class SessionWindowTest final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpWindow(); }
    void cleanup() { tearDownWindow(); }

    void saveCloseReopen_restoresTheSessionExactly();
    void untitledAutosave_survivesARestart();
    void closingAnUntitledSession_asks();
    void dropOfASessionFile_opensIt();
    void titleShowsNameAndModifiedMark();
    void newFromFiles_usesTheChosenKitAndBrief();
    void openAndOpenRecent_openSessions();
    void openingABrokenFile_saysWhyAndKeepsTheSession();
    void newFromPage_pasteFixAndStart();
    void newFromPage_aPageWithoutABriefSaysSo();
    void newFromBlankBrief_requiresTheRequiredFields();
    void saveBriefAs_writesABriefThatLoads();
    void library_startsAnArticleNextToTheMapAndOpensItAgain();
    void windowGeometryAndState_areRestored();
};

void SessionWindowTest::saveCloseReopen_restoresTheSessionExactly()
{
    paste(0, QStringLiteral("Outline v1"));
    paste(1, QStringLiteral("Research"));
    paste(0, QStringLiteral("Outline v2"));
    paste(2, QStringLiteral("Intro ✓ 🐍"));
    card(4)->setExpanded(true);
    card(1)->setExpanded(true);
    m_window->deck()->setCurrentCard(4);
    QApplication::processEvents();
    m_window->deck()->verticalScrollBar()->setValue(300);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("article.promptdeck"));
    m_dialogs.saveNames = {file};
    QVERIFY(m_window->saveAs());
    QCOMPARE(m_window->document()->filePath(), file);
    QVERIFY(!m_window->document()->isModified());
    const QByteArray savedSession = SessionFile::load(file).value().answerText(2).toUtf8();
    QCOMPARE(savedSession, QStringLiteral("Intro ✓ 🐍").toUtf8());

    const ViewState view = m_window->deck()->viewState();
    QList<CardStatus> statuses;
    for (int i = 0; i < 12; ++i)
        statuses.append(m_window->document()->session().status(i));
    QVERIFY(m_window->close());
    m_window.reset();

    m_window = makeWindow();
    QCOMPARE(m_window->document()->filePath(), file);
    const Session &session = m_window->document()->session();
    QCOMPARE(session.answerText(0), QStringLiteral("Outline v2"));
    QCOMPARE(session.record(0).history.size(), 1);
    QCOMPARE(session.record(0).history.first().text, QStringLiteral("Outline v1"));
    QCOMPARE(session.answerText(2), QStringLiteral("Intro ✓ 🐍"));
    for (int i = 0; i < 12; ++i)
        QCOMPARE(session.status(i), statuses.at(i));
    QCOMPARE(m_window->deck()->viewState().expandedCards, view.expandedCards);
    QCOMPARE(m_window->deck()->currentCard(), 4);
    QTRY_COMPARE(m_window->deck()->verticalScrollBar()->value(), view.scroll);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("article.promptdeck")));
}

void SessionWindowTest::untitledAutosave_survivesARestart()
{
    paste(0, QStringLiteral("Pasted and never saved by hand"));
    QCoreApplication::processEvents();
    const QString autosave = m_window->autosaver()->untitledPath();
    QVERIFY(QFileInfo::exists(autosave));
    // The window goes away without closing (as in a crash) ...
    m_window.reset();
    // ... and the next start reopens the untitled session.
    m_window = makeWindow();
    QVERIFY(m_window->document()->filePath().isEmpty());
    QCOMPARE(m_window->autosaver()->untitledPath(), autosave);
    QCOMPARE(m_window->document()->session().answerText(0),
             QStringLiteral("Pasted and never saved by hand"));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Untitled")));
}

void SessionWindowTest::closingAnUntitledSession_asks()
{
    // Nothing in it: closes without a question.
    QVERIFY(m_window->close());
    QVERIFY(m_dialogs.questions.isEmpty());
    m_window = makeWindow();

    paste(0, QStringLiteral("An answer"));
    m_dialogs.answers = {-1}; // Cancel
    QVERIFY(!m_window->close());
    QCOMPARE(m_dialogs.questions.size(), 1);
    QCOMPARE(m_dialogs.lastButtons,
             (QStringList{QStringLiteral("Save As…"), QStringLiteral("Keep for Next Time")}));
    m_dialogs.answers = {1}; // Keep for next time
    QVERIFY(m_window->close());
    m_window = makeWindow();
    QCOMPARE(m_window->document()->session().answerText(0), QStringLiteral("An answer"));

    // Starting another session asks too, and Discard removes the autosave.
    const QString autosave = m_window->autosaver()->untitledPath();
    m_dialogs.answers = {1};
    m_window->windowActions().newSession->trigger();
    QVERIFY(!QFileInfo::exists(autosave));
    QVERIFY(!m_window->document()->session().hasAnswer(0));
}

void SessionWindowTest::dropOfASessionFile_opensIt()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dropped.promptdeck"));
    QProcess process;
    process.start(binary(), {QStringLiteral("new"), QStringLiteral("-o"), file});
    QVERIFY(process.waitForFinished(30000));
    QProcess answer;
    answer.start(binary(),
                 {QStringLiteral("answer"), file, QStringLiteral("1"), QStringLiteral("-")});
    answer.write("From the command line\n");
    answer.closeWriteChannel();
    QVERIFY(answer.waitForFinished(30000));

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->document()->filePath(), file);
    QCOMPARE(m_window->document()->session().answerText(0),
             QStringLiteral("From the command line\n"));
}

void SessionWindowTest::titleShowsNameAndModifiedMark()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Untitled[*] — PromptDeck"));
    QVERIFY(!m_window->isWindowModified());
    paste(0, QStringLiteral("x"));
    QVERIFY(m_window->isWindowModified());
}

void SessionWindowTest::newFromFiles_usesTheChosenKitAndBrief()
{
    m_dialogs.openNames = {QStringLiteral(PROMPTDECK_TEST_DATA "/kits/blog-post.yaml"),
                           QStringLiteral(PROMPTDECK_TEST_DATA "/briefs/blog-brief.yaml")};
    m_dialogs.onExec = [](QDialog *dialog) {
        auto *kit = dialog->findChild<QComboBox *>(QStringLiteral("kitChoice"));
        auto *brief = dialog->findChild<QComboBox *>(QStringLiteral("briefChoice"));
        // "Choose a file…" is the last entry; choosing it asks for the file.
        kit->setCurrentIndex(kit->count() - 1);
        Q_EMIT kit->activated(kit->count() - 1);
        brief->setCurrentIndex(brief->count() - 1);
        Q_EMIT brief->activated(brief->count() - 1);
        return int(QDialog::Accepted);
    };
    m_window->windowActions().newFromFiles->trigger();
    QCOMPARE(m_dialogs.executed, QStringList{QStringLiteral("newSessionDialog")});
    QCOMPARE(m_window->document()->kit().id, QStringLiteral("blog-post"));
    QCOMPARE(m_window->deck()->count(), 3);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("briefTitle"))->text(),
             QStringLiteral("Why our build got 40% faster"));
    QVERIFY(m_window->document()->session().kitOrigin.endsWith(QStringLiteral("blog-post.yaml")));
}

void SessionWindowTest::openAndOpenRecent_openSessions()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.promptdeck"));
    const QString second = dir.filePath(QStringLiteral("second.promptdeck"));
    paste(0, QStringLiteral("first session's outline"));
    m_dialogs.saveNames = {first};
    QVERIFY(m_window->saveAs());
    m_window->newBundledSession();
    paste(0, QStringLiteral("second session's outline"));
    m_dialogs.saveNames = {second};
    QVERIFY(m_window->saveAs());

    m_dialogs.openNames = {first};
    m_window->windowActions().open->trigger();
    QCOMPARE(m_window->document()->filePath(), first);
    QCOMPARE(m_window->document()->session().answerText(0),
             QStringLiteral("first session's outline"));

    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    Q_EMIT recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 2);
    QCOMPARE(recent->actions().first()->text(), QDir::toNativeSeparators(first));
    recent->actions().at(1)->trigger();
    QCOMPARE(m_window->document()->filePath(), second);
    QCOMPARE(m_window->document()->session().answerText(0),
             QStringLiteral("second session's outline"));
}

// Matrix row 12: a broken file leaves the window as it was.

void SessionWindowTest::openingABrokenFile_saysWhyAndKeepsTheSession()
{
    paste(0, QStringLiteral("keep me"));
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.promptdeck"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format_version\": 1, \"kit\": ");
    file.close();
    QVERIFY(!m_window->openFile(broken));
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY2(m_dialogs.warnings.first().contains(broken + QStringLiteral(":1:")),
             qPrintable(m_dialogs.warnings.first()));
    QCOMPARE(m_window->document()->session().answerText(0), QStringLiteral("keep me"));
    QVERIFY(m_dialogs.questions.isEmpty());
}

void SessionWindowTest::newFromPage_pasteFixAndStart()
{
    QFile page(QStringLiteral(PROMPTDECK_TEST_DATA "/pages/values-03-kubernetes.txt"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    m_clipboard.contents = QString::fromUtf8(page.readAll());
    m_dialogs.onExec = [](QDialog *dialog) {
        auto *import = qobject_cast<ImportBriefDialog *>(dialog);
        // The user pastes the page and reads it.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pastePageButton")),
                          Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("readBriefButton")),
                          Qt::LeftButton);
        if (!import->isShowingPreview())
            return int(QDialog::Rejected);
        // What the page lacks is marked; the user fills in the word count ...
        if (!dialog->findChild<QLabel *>(QStringLiteral("importNotes"))
                 ->text()
                 .contains(QStringLiteral("Target word count")))
            return int(QDialog::Rejected);
        qobject_cast<QLineEdit *>(import->form()->editorFor(QStringLiteral("word_count")))
            ->setText(QStringLiteral("1,700"));
        // ... and moves the last keyword to the tips, and back.
        BulletSorter *sorter = import->sorter();
        sorter->listWidget(0)->setCurrentRow(sorter->listWidget(0)->count() - 1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("moveTo2")),
                          Qt::LeftButton);
        if (sorter->items(2).last() != QStringLiteral("pod restart loop"))
            return int(QDialog::Rejected);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("moveTo0")),
                          Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startSessionButton")),
                          Qt::LeftButton);
        return dialog->result();
    };
    m_window->windowActions().newFromPage->trigger();
    QCOMPARE(m_dialogs.executed, QStringList{QStringLiteral("importBriefDialog")});

    const Session &session = m_window->document()->session();
    QCOMPARE(session.brief().value(QStringLiteral("primary_keyword")).text(),
             QStringLiteral("liveness vs readiness probe"));
    QCOMPARE(session.brief().value(QStringLiteral("word_count")).number(),
             std::optional<qint64>(1700));
    QCOMPARE(session.brief().value(QStringLiteral("secondary_keywords")).items().size(), 8);
    QCOMPARE(session.brief().value(QStringLiteral("tips")).items().size(), 5);
    const QString prompt = session.renderPrompt(0).value().text;
    QVERIFY(prompt.contains(QStringLiteral(
        "Kubernetes liveness vs readiness probes: when each one restarts your pod")));
    QVERIFY(prompt.contains(QStringLiteral("about 1700 words")));
    QVERIFY(prompt.contains(QStringLiteral("- failureThreshold")));
    QCOMPARE(
        m_window->findChild<QLabel *>(QStringLiteral("briefTitle"))->text(),
        QStringLiteral("Kubernetes liveness vs readiness probes: when each one restarts your pod"));
}

void SessionWindowTest::newFromPage_aPageWithoutABriefSaysSo()
{
    m_dialogs.onExec = [](QDialog *dialog) {
        auto *import = qobject_cast<ImportBriefDialog *>(dialog);
        import->setPageText(QStringLiteral("Just some notes.\nNothing like a brief."));
        import->readBrief();
        return import->isShowingPreview() ||
                       !import->problem().contains(QStringLiteral("no article brief found"))
                   ? int(QDialog::Accepted)
                   : int(QDialog::Rejected);
    };
    const QString before =
        m_window->document()->session().brief().value(QStringLiteral("title")).text();
    m_window->newFromPage();
    QCOMPARE(m_window->document()->session().brief().value(QStringLiteral("title")).text(), before);
}

void SessionWindowTest::newFromBlankBrief_requiresTheRequiredFields()
{
    m_dialogs.onExec = [](QDialog *dialog) {
        auto *editor = qobject_cast<BriefEditorDialog *>(dialog);
        editor->accept(); // all empty: refused
        if (editor->result() == QDialog::Accepted || editor->missingRequired().size() != 6)
            return int(QDialog::Rejected);
        const QStringList required{QStringLiteral("title"), QStringLiteral("primary_keyword"),
                                   QStringLiteral("tone")};
        for (const QString &key : required)
            qobject_cast<QLineEdit *>(editor->editorFor(key))->setText(QStringLiteral("My ") + key);
        qobject_cast<QLineEdit *>(editor->editorFor(QStringLiteral("word_count")))
            ->setText(QStringLiteral("900"));
        qobject_cast<QPlainTextEdit *>(editor->editorFor(QStringLiteral("audience")))
            ->setPlainText(QStringLiteral("Cooks"));
        qobject_cast<QPlainTextEdit *>(editor->editorFor(QStringLiteral("angle")))
            ->setPlainText(QStringLiteral("Cheap"));
        editor->accept();
        return editor->result();
    };
    m_window->windowActions().newFromBlank->trigger();
    QCOMPARE(m_window->document()->session().brief().value(QStringLiteral("title")).text(),
             QStringLiteral("My title"));
    QVERIFY(m_window->document()->session().renderPrompt(0).value().text.contains(
        QStringLiteral("My primary_keyword")));
}

void SessionWindowTest::saveBriefAs_writesABriefThatLoads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("written"));
    m_dialogs.saveNames = {path};
    QVERIFY(m_window->saveBriefAs());
    const Result<Brief> back =
        BriefLoader::loadFile(path + QStringLiteral(".yaml"), m_window->document()->kit());
    QVERIFY2(back.ok(), qPrintable(back.errorText()));
    QVERIFY(back.value() == m_window->document()->session().brief());
}

void SessionWindowTest::library_startsAnArticleNextToTheMapAndOpensItAgain()
{
    QTemporaryDir dir;
    const QDir source(QStringLiteral(PROMPTDECK_TEST_DATA "/maps"));
    const QString map = dir.filePath(QStringLiteral("map.yaml"));
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("python-performance.yaml")), map));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("briefs")));
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("briefs/python-gil.yaml")),
                        dir.filePath(QStringLiteral("briefs/python-gil.yaml"))));

    // "Reading Python bytecode with dis" has no full brief: the brief
    // editor asks for the rest, prefilled with what the map knows.
    QString shownSummary;
    m_dialogs.onExec = [&shownSummary](QDialog *dialog) {
        if (auto *library = qobject_cast<LibraryDialog *>(dialog)) {
            shownSummary = dialog->findChild<QLabel *>(QStringLiteral("librarySummary"))->text();
            library->choose(3);
            return library->result();
        }
        auto *editor = qobject_cast<BriefEditorDialog *>(dialog);
        if (!editor ||
            qobject_cast<QLineEdit *>(editor->editorFor(QStringLiteral("title")))->text() !=
                QStringLiteral("Reading Python bytecode with dis"))
            return int(QDialog::Rejected);
        qobject_cast<QLineEdit *>(editor->editorFor(QStringLiteral("primary_keyword")))
            ->setText(QStringLiteral("python dis"));
        qobject_cast<QPlainTextEdit *>(editor->editorFor(QStringLiteral("angle")))
            ->setPlainText(QStringLiteral("Read it."));
        editor->accept();
        return editor->result();
    };
    m_dialogs.openNames = {map};
    m_window->windowActions().openMap->trigger();
    QCOMPARE(shownSummary, QStringLiteral("7 articles: 7 not started"));
    const QString session =
        dir.filePath(QStringLiteral("reading-python-bytecode-with-dis.promptdeck"));
    QCOMPARE(m_window->document()->filePath(), session);
    QVERIFY(QFile::exists(session));
    QCOMPARE(
        m_window->document()->session().brief().value(QStringLiteral("primary_keyword")).text(),
        QStringLiteral("python dis"));
    QCOMPARE(m_window->document()
                 ->session()
                 .brief()
                 .value(QStringLiteral("siblings"))
                 .links()
                 .first()
                 .title,
             QStringLiteral("Performance Tuning & Profiling Python Code"));

    // Work on it, then come back through the Library: it opens, not restarts.
    paste(0, QStringLiteral("# dis outline"));
    m_dialogs.onExec = [&shownSummary](QDialog *dialog) {
        auto *library = qobject_cast<LibraryDialog *>(dialog);
        shownSummary = dialog->findChild<QLabel *>(QStringLiteral("librarySummary"))->text();
        library->choose(3);
        return library->result();
    };
    m_window->newBundledSession();
    m_window->windowActions().library->trigger();
    QCOMPARE(shownSummary, QStringLiteral("7 articles: 1 in progress, 6 not started"));
    QCOMPARE(m_window->document()->filePath(), session);
    QCOMPARE(m_window->document()->session().answerText(0), QStringLiteral("# dis outline"));
}

void SessionWindowTest::windowGeometryAndState_areRestored()
{
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("sessionToolBar"));
    QVERIFY(toolbar && toolbar->isVisible());
    toolbar->hide();
    m_window->resize(1100, 700);
    QVERIFY(m_window->close());

    // The next window stands where and as this one was left, bars included.
    m_window = std::make_unique<MainWindow>(&m_clipboard, &m_dialogs);
    m_window->startup();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1100, 700));
    toolbar = m_window->findChild<QToolBar *>(QStringLiteral("sessionToolBar"));
    QVERIFY(toolbar);
    QVERIFY(toolbar->isHidden());
}

int main(int argc, char **argv)
{
    return PromptDeck::Tests::runGuiTest<SessionWindowTest>(argc, argv);
}

#include "tst_sessionwindow.moc"
