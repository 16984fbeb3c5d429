// promptdeck export of the article lists what to check before publishing on
// standard error (exit status 0, standard output the article alone) and,
// with -o OUT, writes it to OUT.checklist.md; a clean article leaves no
// list, or replaces an earlier one with "Nothing left to check."; a file of
// that name that is not a checklist PromptDeck wrote is left as it is.
#include "clitest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Tests;

class ExportChecklistTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportArticle_listsWhatToCheck_andWritesItBeside();
    void exportArticle_clean_clearsAnEarlierList();
    void exportArticle_neverReplacesAFileItDidNotWrite();
    void otherExports_writeNoList();

private:
    QString session() const { return m_dir->filePath(QStringLiteral("gil.promptdeck")); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void answer(const QString &card, const QByteArray &text);
    Run exportTo(const QString &format, const QString &out = {});

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QByteArray research =
    "- Fact: NumPy releases the GIL during array operations. — Source: NumPy docs, URL unknown "
    "— CHECK\n"
    "- Fact: The GIL lets one thread run bytecode. — Source: Python docs — VERIFIED\n";

const QByteArray leftoverArticle = "Here's the final, publication-ready article:\n"
                                   "\n"
                                   "# The GIL\n"
                                   "\n"
                                   "NumPy releases the GIL during array operations.\n"
                                   "\n"
                                   "[Download the cheat sheet](#)\n"
                                   "\n"
                                   "[ASSET: one-page PDF cheat sheet]\n"
                                   "\n"
                                   "*Word count: ~1,500 words*\n";

const QByteArray cleanArticle = "# The GIL\n\nOne thread runs bytecode at a time.\n";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void ExportChecklistTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Run created = promptdeck({QStringLiteral("new"), QStringLiteral("--kit"),
                                    QStringLiteral("seo-article"), QStringLiteral("--brief"),
                                    QStringLiteral("python-gil"), QStringLiteral("-o"), session()});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    answer(QStringLiteral("research"), research);
}

void ExportChecklistTest::answer(const QString &card, const QByteArray &text)
{
    const Run run =
        promptdeck({QStringLiteral("answer"), session(), card, QStringLiteral("-")}, text);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

Run ExportChecklistTest::exportTo(const QString &format, const QString &out)
{
    QStringList args{QStringLiteral("export"), session(), QStringLiteral("--format"), format};
    if (!out.isEmpty())
        args << QStringLiteral("-o") << out;
    return promptdeck(args);
}

void ExportChecklistTest::exportArticle_listsWhatToCheck_andWritesItBeside()
{
    answer(QStringLiteral("edit"), leftoverArticle);
    const QString expected =
        QStringLiteral("%1: before publishing, check:\n"
                       "%1: Facts to verify: NumPy releases the GIL during array operations. — "
                       "Source: NumPy docs, URL unknown (line 5)\n"
                       "%1: Assets to make: one-page PDF cheat sheet (line 9)\n"
                       "%1: Links: Link “Download the cheat sheet” points nowhere (#) (line 7)\n"
                       "%1: Leftovers: Chat opening left in: “Here's the final, publication-ready "
                       "article:” (line 1)\n"
                       "%1: Leftovers: Word count note left in: “*Word count: ~1,500 words*” "
                       "(line 11)\n")
            .arg(session());

    const Run toStdout = exportTo(QStringLiteral("md"));
    QCOMPARE(toStdout.exitCode, 0);
    QVERIFY2(toStdout.err.endsWith(expected), qPrintable(toStdout.err));
    QCOMPARE(toStdout.out.trimmed(), leftoverArticle.trimmed());
    QVERIFY(!QFile::exists(path(QStringLiteral("article.checklist.md"))));

    const QString out = path(QStringLiteral("article.md"));
    const Run toFile = exportTo(QStringLiteral("md"), out);
    QCOMPARE(toFile.exitCode, 0);
    const QString listPath = path(QStringLiteral("article.checklist.md"));
    QVERIFY2(toFile.err.endsWith(QStringLiteral("Wrote %1.\n").arg(out) + expected +
                                 QStringLiteral("Wrote the checklist to %1.\n").arg(listPath)),
             qPrintable(toFile.err));
    QVERIFY(toFile.out.isEmpty());
    QCOMPARE(readAll(out), toStdout.out);
    const QByteArray list = readAll(listPath);
    QVERIFY2(list.contains("# Before you publish\n\n## Facts to verify\n\n- [ ] NumPy releases the "
                           "GIL during array operations. — Source: NumPy docs, URL unknown (line "
                           "5)\n\n## Assets to make\n\n- [ ] one-page PDF cheat sheet (line 9)\n"),
             list.constData());
    QVERIFY(list.contains("## Leftovers\n\n- [ ] Chat opening left in:"));
}

void ExportChecklistTest::exportArticle_clean_clearsAnEarlierList()
{
    answer(QStringLiteral("research"), "- Fact: One thread at a time. — Source: docs — VERIFIED\n");
    answer(QStringLiteral("edit"), cleanArticle);
    const QString out = path(QStringLiteral("gil.md"));
    const QString listPath = path(QStringLiteral("gil.checklist.md"));

    Run run = exportTo(QStringLiteral("md"), out);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains(u"before publishing"), qPrintable(run.err));
    QVERIFY(!QFile::exists(listPath));

    answer(QStringLiteral("edit"), leftoverArticle);
    QCOMPARE(exportTo(QStringLiteral("md"), out).exitCode, 0);
    QVERIFY(readAll(listPath).contains("## Leftovers"));

    answer(QStringLiteral("edit"), cleanArticle);
    run = exportTo(QStringLiteral("md"), out);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        run.err.endsWith(QStringLiteral("Nothing left to check; %1 says so now.\n").arg(listPath)),
        qPrintable(run.err));
    QVERIFY(readAll(listPath).endsWith("\n\nNothing left to check.\n"));
}

void ExportChecklistTest::exportArticle_neverReplacesAFileItDidNotWrite()
{
    answer(QStringLiteral("edit"), leftoverArticle);
    const QString out = path(QStringLiteral("gil.md"));
    const QString listPath = path(QStringLiteral("gil.checklist.md"));
    {
        QFile mine(listPath);
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("My own notes.\n");
    }
    Run run = exportTo(QStringLiteral("md"), out);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.endsWith(QStringLiteral("%1: the checklist was not written there: it is not a "
                                             "checklist PromptDeck wrote. Move it away to get the "
                                             "list.\n")
                                  .arg(listPath)),
             qPrintable(run.err));
    QCOMPARE(readAll(listPath), QByteArray("My own notes.\n"));
    QVERIFY(readAll(out).startsWith(leftoverArticle));

    // A link to the session under the list's name: the session stays whole.
    QVERIFY(QFile::remove(listPath));
    QVERIFY(QFile::link(session(), listPath));
    const QByteArray before = readAll(session());
    run = exportTo(QStringLiteral("md"), out);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"the checklist was not written there"), qPrintable(run.err));
    QCOMPARE(readAll(session()), before);
}

void ExportChecklistTest::otherExports_writeNoList()
{
    answer(QStringLiteral("edit"), leftoverArticle);
    for (const QString &format : {QStringLiteral("html"), QStringLiteral("json")}) {
        const QString out = path(QStringLiteral("gil.") + format);
        const Run run = exportTo(format, out);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(u"before publishing"), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("gil.checklist.md"))));
    }
    // The page writes the link that leads nowhere as its text.
    const QByteArray page = readAll(path(QStringLiteral("gil.html")));
    QVERIFY2(page.contains("<p>Download the cheat sheet</p>"), page.constData());
    QVERIFY(!page.contains("href=\"#\""));
}

QTEST_GUILESS_MAIN(ExportChecklistTest)
#include "tst_exportchecklist.moc"
