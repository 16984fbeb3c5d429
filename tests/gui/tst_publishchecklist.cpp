// View › Before You Publish shows what to check in the article, by group
// with each item's line, and Copy List puts it on the clipboard as
// Markdown; the action is there only for kits with an article export. The
// article export writes the list beside itself and the status bar says
// where; a file of that name that is not a PromptDeck checklist is left
// alone, with a warning, and the export is written all the same.
#include "guitest.h"
#include "mainwindow.h"
#include "publishchecklistdialog.h"
#include "testseams.h"
#include "windowactions.h"
#include "windowfixture.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace PromptDeck::Core;
using PromptDeck::Gui::PublishChecklistDialog;
using PromptDeck::Tests::WindowFixture;

namespace {

const QString research = QStringLiteral(
    "- Fact: NumPy releases the GIL during array operations. — Source: NumPy docs, URL unknown — "
    "CHECK\n"
    "- Fact: The GIL lets one thread run bytecode at a time. — Source: Python docs — VERIFIED\n");

const QString article = QStringLiteral("Here's the final, publication-ready article:\n"
                                       "\n"
                                       "# The GIL\n"
                                       "\n"
                                       "NumPy releases the GIL during array operations.\n"
                                       "\n"
                                       "Read [the pillar](<Performance Tuning & Profiling>).\n"
                                       "\n"
                                       "[ASSET: one-page PDF cheat sheet]\n");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Each top-level row, then its children as "text | line".
QStringList treeRows(const QTreeWidget *tree)
{
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = tree->topLevelItem(i);
        rows.append(group->text(0));
        for (int j = 0; j < group->childCount(); ++j)
            rows.append(QStringLiteral("  %1 | %2")
                            .arg(group->child(j)->text(0), group->child(j)->text(1)));
    }
    return rows;
}

} // namespace

class PublishChecklistTest final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDownWindow(); }
    void action_isInTheViewMenu_andOnlyForKitsWithAnArticle();
    void dialog_listsTheGroupsWithLines_andCopiesTheList();
    void dialog_cleanArticle_saysNothingIsLeft();
    void exportArticle_writesTheListBeside_andSaysWhere();
    void exportArticle_leavesAFileItDidNotWrite();

private:
    // Opens the dialog and returns its rows; whileOpen runs on it first.
    QStringList dialogRows(const std::function<void(PublishChecklistDialog *)> &whileOpen = {});

    std::unique_ptr<QTemporaryDir> m_dir;
};

void PublishChecklistTest::init()
{
    setUpWindow();
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(m_window->document()->kit().id, QStringLiteral("seo-article"));
}

QStringList
PublishChecklistTest::dialogRows(const std::function<void(PublishChecklistDialog *)> &whileOpen)
{
    QStringList rows;
    m_dialogs.onExec = [&](QDialog *dialog) {
        auto *checklist = qobject_cast<PublishChecklistDialog *>(dialog);
        if (!checklist)
            return int(QDialog::Rejected);
        rows = treeRows(checklist->findChild<QTreeWidget *>(QStringLiteral("checklistTree")));
        if (whileOpen)
            whileOpen(checklist);
        return int(QDialog::Rejected);
    };
    m_window->windowActions().beforePublish->trigger();
    m_dialogs.onExec = nullptr;
    return rows;
}

void PublishChecklistTest::action_isInTheViewMenu_andOnlyForKitsWithAnArticle()
{
    QAction *action = m_window->windowActions().beforePublish;
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    QCOMPARE(action->text(), QStringLiteral("Before You &Publish…"));
    QVERIFY(action->isEnabled());
    bool inView = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() == QLatin1String("&View"))
            inView = menu->menu()->actions().contains(action);
    }
    QVERIFY(inView);

    // A kit with no Markdown export has no article to check.
    newSessionFromFiles(QStringLiteral("kits/checks.yaml"),
                        QStringLiteral("briefs/checks-brief.yaml"));
    QCOMPARE(m_window->document()->kit().id, QStringLiteral("checks"));
    QVERIFY(!action->isEnabled());
    newSessionFromFiles(QStringLiteral("kits/review-line.yaml"),
                        QStringLiteral("briefs/review-brief.yaml"));
    QVERIFY(action->isEnabled());
}

void PublishChecklistTest::dialog_listsTheGroupsWithLines_andCopiesTheList()
{
    paste(1, research); // card 2, research
    paste(8, article);  // card 9, the editorial pass: the article
    QString expectedCopy;
    const QStringList rows = dialogRows([&](PublishChecklistDialog *dialog) {
        expectedCopy = dialog->list().toMarkdown();
        dialog->findChild<QPushButton *>(QStringLiteral("copyChecklistButton"))->click();
    });
    QCOMPARE(m_dialogs.executed.last(), QStringLiteral("publishChecklistDialog"));
    QCOMPARE(rows,
             (QStringList{
                 QStringLiteral("Facts to verify (1)"),
                 QStringLiteral("  NumPy releases the GIL during array operations. — Source: "
                                "NumPy docs, URL unknown | 5"),
                 QStringLiteral("Assets to make (1)"),
                 QStringLiteral("  one-page PDF cheat sheet | 9"),
                 QStringLiteral("Links (1)"),
                 QStringLiteral("  Link “the pillar” leads to “Performance Tuning & Profiling”, "
                                "which is not a web address | 7"),
                 QStringLiteral("Leftovers (1)"),
                 QStringLiteral("  Chat opening left in: “Here's the final, publication-ready "
                                "article:” | 1"),
             }));
    QVERIFY(m_clipboard.contents.has_value());
    QCOMPARE(*m_clipboard.contents, expectedCopy);
    QVERIFY(m_clipboard.contents->startsWith(u"# Before you publish\n"));
    QVERIFY(m_clipboard.contents->contains(u"- [ ] one-page PDF cheat sheet (line 9)\n"));
}

void PublishChecklistTest::dialog_cleanArticle_saysNothingIsLeft()
{
    paste(8, QStringLiteral("# The GIL\n\nOne thread runs bytecode at a time.\n"));
    QCOMPARE(dialogRows(), QStringList{QStringLiteral("Nothing left to check.")});
}

void PublishChecklistTest::exportArticle_writesTheListBeside_andSaysWhere()
{
    paste(1, research);
    paste(8, article);
    const QString out = m_dir->filePath(QStringLiteral("gil.md"));
    const QString listPath = m_dir->filePath(QStringLiteral("gil.checklist.md"));
    QVERIFY(m_window->exportTo(QStringLiteral("article"), out));
    QVERIFY(readAll(out).startsWith(article.toUtf8()));
    const QByteArray list = readAll(listPath);
    QVERIFY2(list.contains("## Links\n\n- [ ] Link “the pillar” leads to “Performance Tuning & "
                           "Profiling”, which is not a web address (line 7)\n"),
             list.constData());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(listPath),
             qPrintable(m_window->statusBar()->currentMessage()));

    // The page is no article export: no list of its own, and no broken href.
    const QString page = m_dir->filePath(QStringLiteral("gil.html"));
    QVERIFY(QFile::remove(listPath));
    QVERIFY(m_window->exportTo(QStringLiteral("page"), page));
    QVERIFY(!QFile::exists(listPath));
    QVERIFY(readAll(page).contains("<p>Read the pillar.</p>"));

    // Fixed: the list that stays says nothing is left.
    QVERIFY(m_window->exportTo(QStringLiteral("article"), out));
    paste(8, QStringLiteral("# The GIL\n\nNumPy releases the GIL during array operations.\n"));
    paste(1, QStringLiteral("- Fact: A. — Source: B — VERIFIED\n"));
    QVERIFY(m_window->exportTo(QStringLiteral("article"), out));
    QVERIFY(readAll(listPath).endsWith("\n\nNothing left to check.\n"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Nothing left to check"),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_dialogs.warnings.isEmpty());
}

void PublishChecklistTest::exportArticle_leavesAFileItDidNotWrite()
{
    paste(8, article);
    const QString out = m_dir->filePath(QStringLiteral("gil.md"));
    const QString listPath = m_dir->filePath(QStringLiteral("gil.checklist.md"));
    {
        QFile mine(listPath);
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("My own notes.\n");
    }
    QVERIFY(m_window->exportTo(QStringLiteral("article"), out));
    QVERIFY(readAll(out).startsWith(article.toUtf8()));
    QCOMPARE(readAll(listPath), QByteArray("My own notes.\n"));
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY2(m_dialogs.warnings.first().contains(u"not a checklist PromptDeck wrote"),
             qPrintable(m_dialogs.warnings.first()));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"checklist was not written"),
             qPrintable(m_window->statusBar()->currentMessage()));
}

int main(int argc, char **argv)
{
    return PromptDeck::Tests::runGuiTest<PublishChecklistTest>(argc, argv);
}

#include "tst_publishchecklist.moc"
