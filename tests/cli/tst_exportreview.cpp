// promptdeck export names what it goes ahead with: the stale cards, missing
// answers and failing checks of the cards the export is made from, one line
// each on standard error, before the export is written. Standard output stays
// the export alone and the exit status 0; a complete session, and the JSON
// backup, print nothing on standard error.
#include "clitest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Tests;

class ExportReviewTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void export_namesWhatIsUnfinishedOnStandardError_data();
    void export_namesWhatIsUnfinishedOnStandardError();
    void exportJson_isABackupAndListsNothing();

private:
    QString session() const { return m_dir->filePath(QStringLiteral("line.promptdeck")); }
    // Starts the session and stores answers ("card id|text"), in order.
    void startWith(const QStringList &answers);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QStringList complete{
    QStringLiteral("outline|The outline"),
    QStringLiteral("draft|A long enough draft."),
    QStringLiteral("summary|Short.\nTagline: Go."),
    QStringLiteral("post|Read it."),
};

} // namespace

void ExportReviewTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void ExportReviewTest::startWith(const QStringList &answers)
{
    const Run created = promptdeck(
        {QStringLiteral("new"), QStringLiteral("--kit"),
         data(QStringLiteral("kits/review-line.yaml")), QStringLiteral("--brief"),
         data(QStringLiteral("briefs/review-brief.yaml")), QStringLiteral("-o"), session()});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    for (const QString &answer : answers) {
        const QStringList parts = answer.split(QLatin1Char('|'));
        const Run run =
            promptdeck({QStringLiteral("answer"), session(), parts.at(0), QStringLiteral("-")},
                       parts.at(1).toUtf8());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

void ExportReviewTest::export_namesWhatIsUnfinishedOnStandardError_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("listed");
    // After the article is written: what to check before publishing it.
    QTest::addColumn<QStringList>("checklist");

    QTest::newRow("complete") << complete << QStringLiteral("md") << QStringList() << QStringList();
    QTest::newRow("missing and failing")
        << QStringList{complete.at(0), QStringLiteral("draft|Too short")} << QStringLiteral("md")
        << QStringList{QStringLiteral("1 answer is missing: 3 \"Summary\"."),
                       QStringLiteral("1 check fails: 2 \"Draft\" (Draft length).")}
        << QStringList{QStringLiteral("before publishing, check:"),
                       QStringLiteral("Leftovers: Missing answer: [MISSING: the answer to card 3, "
                                      "\"Summary\" — paste it into PromptDeck first] (line 3)")};
    QTest::newRow("stale")
        << complete + QStringList{QStringLiteral("draft|Another long enough draft.")}
        << QStringLiteral("html")
        << QStringList{QStringLiteral("1 card is stale: 3 \"Summary\" (card 2, Draft, changed).")}
        << QStringList();
    QTest::newRow("the post: not part of the article")
        << complete.mid(0, 3) << QStringLiteral("md") << QStringList() << QStringList();
    QTest::newRow("the post: part of the social export")
        << complete.mid(0, 3) << QStringLiteral("txt")
        << QStringList{QStringLiteral("1 answer is missing: 4 \"Post\".")} << QStringList();
}

void ExportReviewTest::export_namesWhatIsUnfinishedOnStandardError()
{
    QFETCH(QStringList, answers);
    QFETCH(QString, format);
    QFETCH(QStringList, listed);
    QFETCH(QStringList, checklist);
    startWith(answers);

    QString expected;
    for (const QString &line : std::as_const(listed))
        expected += session() + QStringLiteral(": ") + line + QLatin1Char('\n');
    QString afterwards;
    for (const QString &line : std::as_const(checklist))
        afterwards += session() + QStringLiteral(": ") + line + QLatin1Char('\n');

    const Run toStdout =
        promptdeck({QStringLiteral("export"), session(), QStringLiteral("--format"), format});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.err, expected + afterwards);
    QVERIFY(!toStdout.out.isEmpty());

    const QString out = m_dir->filePath(QStringLiteral("out.") + format);
    const Run toFile = promptdeck({QStringLiteral("export"), session(), QStringLiteral("--format"),
                                   format, QStringLiteral("-o"), out});
    QCOMPARE(toFile.exitCode, 0);
    const QString checklistLines =
        checklist.isEmpty()
            ? QString()
            : afterwards + QStringLiteral("Wrote the checklist to %1.\n")
                               .arg(m_dir->filePath(QStringLiteral("out.checklist.md")));
    QCOMPARE(toFile.err, expected + QStringLiteral("Wrote %1.\n").arg(out) + checklistLines);
    QVERIFY(toFile.out.isEmpty());
    // What went to standard output is the export and nothing else.
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(toStdout.out, file.readAll());
}

void ExportReviewTest::exportJson_isABackupAndListsNothing()
{
    startWith({complete.at(0), QStringLiteral("draft|Too short")});
    const Run run = promptdeck(
        {QStringLiteral("export"), session(), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.contains("\"answer\": \"Too short\""));
    // The article of the same session does list them.
    QVERIFY(!promptdeck({QStringLiteral("export"), session(), QStringLiteral("--format"),
                         QStringLiteral("md")})
                 .err.isEmpty());
}

QTEST_GUILESS_MAIN(ExportReviewTest)
#include "tst_exportreview.moc"
