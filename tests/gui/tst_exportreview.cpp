// File › Export and Copy Article name what they would go ahead with (stale
// cards, missing answers, failing checks) and ask first, Cancel by default:
// Cancel writes and copies nothing, "Export Anyway" and "Copy Anyway" go on.
// A complete session, and the JSON backup, export without a question.
#include "guitest.h"
#include "mainwindow.h"
#include "testfiles.h"
#include "testseams.h"
#include "windowactions.h"
#include "windowfixture.h"

#include <QFile>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Core;
using PromptDeck::Gui::DefaultButton;
using PromptDeck::Tests::WindowFixture;

class ExportReviewWindowTest final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDownWindow(); }
    void export_staleCard_asksFirst_data();
    void export_staleCard_asksFirst();
    void copyArticle_unfinished_asksFirst_data();
    void copyArticle_unfinished_asksFirst();
    void completeSession_exportsAndCopiesWithoutAsking();
    void exportJson_isABackupAndNeverAsks();

private:
    // Starts a session of the review-line kit and pastes an answer into
    // each card (outline, draft, summary, post).
    void answerEveryCard();
    // Exports through File › Export to a file of the test's folder.
    QString exportThroughMenu(const QString &actionName, const QString &fileName);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void ExportReviewWindowTest::init()
{
    setUpWindow();
    m_dir = std::make_unique<QTemporaryDir>();
    newSessionFromFiles(QStringLiteral("kits/review-line.yaml"),
                        QStringLiteral("briefs/review-brief.yaml"));
    QCOMPARE(m_window->document()->kit().id, QStringLiteral("review-line"));
    m_dialogs.questions.clear();
}

void ExportReviewWindowTest::answerEveryCard()
{
    paste(0, QStringLiteral("The outline"));
    paste(1, QStringLiteral("A long enough draft."));
    paste(2, QStringLiteral("Short.\nTagline: Go."));
    paste(3, QStringLiteral("Read it."));
}

QString ExportReviewWindowTest::exportThroughMenu(const QString &actionName,
                                                  const QString &fileName)
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("exportMenu"));
    Q_EMIT menu->aboutToShow();
    auto *action = menu->findChild<QAction *>(actionName);
    if (!action)
        qFatal("no action %s", qPrintable(actionName));
    const QString path = m_dir->filePath(fileName);
    m_dialogs.saveNames = {path};
    action->trigger();
    return path;
}

void ExportReviewWindowTest::export_staleCard_asksFirst_data()
{
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<bool>("written");
    QTest::newRow("Cancel") << QList<int>{} << false;
    QTest::newRow("Export Anyway") << QList<int>{0} << true;
}

void ExportReviewWindowTest::export_staleCard_asksFirst()
{
    QFETCH(QList<int>, answers);
    QFETCH(bool, written);
    answerEveryCard();
    paste(1, QStringLiteral("Another long enough draft."));
    QCOMPARE(m_window->document()->session().status(2).state, CardState::Stale);

    m_dialogs.answers = answers;
    const QString path =
        exportThroughMenu(QStringLiteral("export_article"), QStringLiteral("article.md"));
    QCOMPARE(m_dialogs.questions.size(), 1);
    QCOMPARE(m_dialogs.questions.first(),
             QStringLiteral(
                 "Export Unfinished Work?: 1 card is stale: 3 \"Summary\" (card 2, Draft, changed)"
                 ".\n\nExport “Article” as it is?"));
    QCOMPARE(m_dialogs.lastButtons, QStringList{QStringLiteral("Export Anyway")});
    QCOMPARE(m_dialogs.lastDefault, DefaultButton::Cancel);
    QCOMPARE(QFile::exists(path), written);
    // Cancelled, the export asks for no file either.
    QCOMPARE(m_dialogs.saveNames.isEmpty(), written);
    if (written) {
        QCOMPARE(PromptDeck::Tests::readAll(path),
                 QByteArray("Another long enough draft.\n\nShort.\nTagline: Go.\n"));
    }
}

void ExportReviewWindowTest::copyArticle_unfinished_asksFirst_data()
{
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<bool>("copied");
    QTest::newRow("Cancel") << QList<int>{} << false;
    QTest::newRow("Copy Anyway") << QList<int>{0} << true;
}

void ExportReviewWindowTest::copyArticle_unfinished_asksFirst()
{
    QFETCH(QList<int>, answers);
    QFETCH(bool, copied);
    paste(0, QStringLiteral("The outline"));
    paste(1, QStringLiteral("Too short"));
    m_clipboard.contents = QStringLiteral("what the user had copied");
    m_dialogs.answers = answers;
    m_window->windowActions().copyArticle->trigger();
    QCOMPARE(m_dialogs.questions.size(), 1);
    QCOMPARE(m_dialogs.questions.first(),
             QStringLiteral("Copy an Unfinished Article?: 1 answer is missing: 3 \"Summary\".\n"
                            "1 check fails: 2 \"Draft\" (Draft length).\n\n"
                            "Copy the article as it is?"));
    QCOMPARE(m_dialogs.lastButtons, QStringList{QStringLiteral("Copy Anyway")});
    QCOMPARE(m_dialogs.lastDefault, DefaultButton::Cancel);
    QCOMPARE(m_clipboard.contents.value().startsWith(QStringLiteral("Too short\n")), copied);
    if (!copied)
        QCOMPARE(m_clipboard.contents, std::optional(QStringLiteral("what the user had copied")));
}

void ExportReviewWindowTest::completeSession_exportsAndCopiesWithoutAsking()
{
    answerEveryCard();
    const QString path =
        exportThroughMenu(QStringLiteral("export_page"), QStringLiteral("page.html"));
    const QByteArray page = PromptDeck::Tests::readAll(path);
    QVERIFY2(page.startsWith("<title>Go.</title>"), page.constData());
    m_window->windowActions().copyArticle->trigger();
    QCOMPARE(m_clipboard.contents,
             std::optional(QStringLiteral("A long enough draft.\n\nShort.\nTagline: Go.\n")));
    QVERIFY2(m_dialogs.questions.isEmpty(), qPrintable(m_dialogs.questions.join(u'\n')));
}

void ExportReviewWindowTest::exportJson_isABackupAndNeverAsks()
{
    paste(0, QStringLiteral("The outline"));
    const QString path =
        exportThroughMenu(QStringLiteral("export_json"), QStringLiteral("session.json"));
    QVERIFY(PromptDeck::Tests::readAll(path).contains("\"answer\": \"The outline\""));
    QVERIFY2(m_dialogs.questions.isEmpty(), qPrintable(m_dialogs.questions.join(u'\n')));
}

int main(int argc, char **argv)
{
    return PromptDeck::Tests::runGuiTest<ExportReviewWindowTest>(argc, argv);
}

#include "tst_exportreview.moc"
