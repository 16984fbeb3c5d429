// promptdeck export names what it goes ahead with: the stale cards, missing
// answers and failing checks of the cards the export is made from, one line
// each on standard error, before the export is written. Standard output stays
// the export alone and the exit status 0; a complete session, and the JSON
// backup, print nothing on standard error. An export of the assembled draft
// also names what the draft could not place.
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
    void export_ofTheAssembledDraft_namesWhatItCouldNotPlace();

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

    QTest::newRow("complete") << complete << QStringLiteral("md") << QStringList();
    QTest::newRow("missing and failing")
        << QStringList{complete.at(0), QStringLiteral("draft|Too short")} << QStringLiteral("md")
        << QStringList{QStringLiteral("1 answer is missing: 3 \"Summary\"."),
                       QStringLiteral("1 check fails: 2 \"Draft\" (Draft length).")};
    QTest::newRow("stale")
        << complete + QStringList{QStringLiteral("draft|Another long enough draft.")}
        << QStringLiteral("html")
        << QStringList{QStringLiteral("1 card is stale: 3 \"Summary\" (card 2, Draft, changed).")};
    QTest::newRow("the post: not part of the article")
        << complete.mid(0, 3) << QStringLiteral("md") << QStringList();
    QTest::newRow("the post: part of the social export")
        << complete.mid(0, 3) << QStringLiteral("txt")
        << QStringList{QStringLiteral("1 answer is missing: 4 \"Post\".")};
}

void ExportReviewTest::export_namesWhatIsUnfinishedOnStandardError()
{
    QFETCH(QStringList, answers);
    QFETCH(QString, format);
    QFETCH(QStringList, listed);
    startWith(answers);

    QString expected;
    for (const QString &line : std::as_const(listed))
        expected += session() + QStringLiteral(": ") + line + QLatin1Char('\n');

    const Run toStdout =
        promptdeck({QStringLiteral("export"), session(), QStringLiteral("--format"), format});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.err, expected);
    QVERIFY(!toStdout.out.isEmpty());

    const QString out = m_dir->filePath(QStringLiteral("out.") + format);
    const Run toFile = promptdeck({QStringLiteral("export"), session(), QStringLiteral("--format"),
                                   format, QStringLiteral("-o"), out});
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.err, expected + QStringLiteral("Wrote %1.\n").arg(out));
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

// Before the edit card is answered the article export is the draft
// PromptDeck assembled; what it could not place follows the review's lines.
// The edit card's prompt (promptdeck prompt) holds the same draft.
void ExportReviewTest::export_ofTheAssembledDraft_namesWhatItCouldNotPlace()
{
    const QString file = m_dir->filePath(QStringLiteral("article.promptdeck"));
    const Run created =
        promptdeck({QStringLiteral("new"), QStringLiteral("--kit"),
                    data(QStringLiteral("kits/article.yaml")), QStringLiteral("--brief"),
                    data(QStringLiteral("briefs/article-brief.yaml")), QStringLiteral("-o"), file});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QStringList answers{
        QStringLiteral("intro|# Profiling\n\nMeasure first."),
        QStringLiteral("body|## Sampling\n\n[EXAMPLE: py-spy top]\n\n[EXAMPLE: a flame "
                       "graph]\n\nRead the guide."),
        QStringLiteral("examples|### Example 1: py-spy\nGoes in: Sampling, replacing the marker "
                       "[EXAMPLE: py-spy top]\n\nRun `py-spy top --pid 42`."),
        QStringLiteral("links|1. [the guide](https://example.com/g) — Section: Sampling — "
                       "Sentence: Then read the guide.")};
    for (const QString &answer : answers) {
        const QStringList parts = answer.split(QLatin1Char('|'));
        const Run run =
            promptdeck({QStringLiteral("answer"), file, parts.at(0), QStringLiteral("-")},
                       parts.at(1).toUtf8());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const QString draft = QStringLiteral("# Profiling\n\nMeasure first.\n\n## Sampling\n\n"
                                         "Run `py-spy top --pid 42`.\n\n[EXAMPLE: a flame "
                                         "graph]\n\nRead the guide.");
    const Run exported = promptdeck(
        {QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("md")});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(QString::fromUtf8(exported.out), draft + QLatin1Char('\n'));
    const QString prefix = file + QStringLiteral(": ");
    QCOMPARE(exported.err,
             prefix + QStringLiteral("1 answer is missing: 5 \"Edit\".\n") + prefix +
                 QStringLiteral("in the assembled draft: The marker [EXAMPLE: a flame graph] has "
                                "no example; it is still in the draft.\n") +
                 prefix +
                 QStringLiteral("in the assembled draft: The link \"the guide\" "
                                "(https://example.com/g) is not placed: its sentence is not in "
                                "the draft: \"Then read the guide.\"\n"));

    const Run prompt = promptdeck({QStringLiteral("prompt"), file, QStringLiteral("edit")});
    QCOMPARE(prompt.exitCode, 0);
    QVERIFY2(QString::fromUtf8(prompt.out).contains(QStringLiteral("Edit this draft:\n") + draft),
             prompt.out.constData());

    // Once the edit card is answered, the export is that answer and lists nothing more.
    const Run edited =
        promptdeck({QStringLiteral("answer"), file, QStringLiteral("edit"), QStringLiteral("-")},
                   QByteArrayLiteral("# Profiling, edited"));
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
    const Run after = promptdeck(
        {QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("md")});
    QCOMPARE(after.err, QString());
    QCOMPARE(after.out, QByteArrayLiteral("# Profiling, edited\n"));
}

QTEST_GUILESS_MAIN(ExportReviewTest)
#include "tst_exportreview.moc"
