// The chain on the command line: `answer` reports every card a change made
// stale and why, `cards` gives the reason, `cards --rerun` the stale cards in
// the order to re-run them; the old text back makes them fresh; a session
// written by the format-1 version opens, converted, with every answer, and
// with the kit it was started with after the bundled kit has changed.
#include "clitest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Tests;

class ChainCommandsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void diamond_changeReportedAllTheWayDown();
    void diamond_cardsSaysWhy_andTheOldTextBackClearsIt();
    void rerun_listsTheStaleCardsInOrder();
    void formatOneSession_opensConverted();
    void formatOneSession_savedAsFormatTwo();
    void kitVersionOneSession_keepsItsOwnKitAfterTheBundledKitChanged();

private:
    QString session() const { return m_dir->filePath(QStringLiteral("diamond.promptdeck")); }
    Run answer(const QString &card, const QByteArray &text) const
    {
        return promptdeck({QStringLiteral("answer"), session(), card, QStringLiteral("-")}, text);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void ChainCommandsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Run created = promptdeck(
        {QStringLiteral("new"), QStringLiteral("--kit"),
         data(QStringLiteral("kits/chain-diamond.yaml")), QStringLiteral("--brief"),
         data(QStringLiteral("briefs/chain-brief.yaml")), QStringLiteral("-o"), session()});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    for (const char *card : {"top", "left", "right", "bottom"}) {
        const Run run = answer(QString::fromLatin1(card), QByteArray("The first ") + card);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

void ChainCommandsTest::diamond_changeReportedAllTheWayDown()
{
    Run run = answer(QStringLiteral("top"), "A new top");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Card 2 (left): answered → stale (card 1, Top, changed)\n"),
             run.out.constData());
    QVERIFY2(run.out.contains("Card 3 (right): answered → stale (card 1, Top, changed)\n"),
             run.out.constData());
    QVERIFY2(run.out.contains("Card 4 (bottom): answered → stale (card 1, Top, changed; card 2 "
                              "was made from it)\n"),
             run.out.constData());
}

void ChainCommandsTest::diamond_cardsSaysWhy_andTheOldTextBackClearsIt()
{
    answer(QStringLiteral("top"), "A new top");
    Run run = promptdeck({QStringLiteral("cards"), session()});
    QCOMPARE(run.exitCode, 0);
    const auto table = cardTable(run.out);
    QCOMPARE(table.value(QStringLiteral("top")).first, QStringLiteral("answered"));
    QCOMPARE(table.value(QStringLiteral("bottom")).first, QStringLiteral("stale"));
    QVERIFY2(run.out.contains("Bottom  (card 1, Top, changed; card 2 was made from it)\n"),
             run.out.constData());

    // The old text back: every card is as it was made.
    run = answer(QStringLiteral("top"), "The first top");
    QVERIFY2(run.out.contains("Card 4 (bottom): stale → answered\n"), run.out.constData());
    run = promptdeck({QStringLiteral("cards"), session()});
    for (const auto &row : cardTable(run.out))
        QCOMPARE(row.first, QStringLiteral("answered"));
}

void ChainCommandsTest::rerun_listsTheStaleCardsInOrder()
{
    Run run = promptdeck({QStringLiteral("cards"), QStringLiteral("--rerun"), session()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("no card is stale")), qPrintable(run.err));

    answer(QStringLiteral("top"), "A new top");
    answer(QStringLiteral("right"), "A new right");
    run = promptdeck({QStringLiteral("cards"), session(), QStringLiteral("--rerun")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("2  left    Left: card 1, Top, changed\n"
                                 "4  bottom  Bottom: card 3, Right, changed\n"));
    QVERIFY(run.err.isEmpty());

    run = promptdeck({QStringLiteral("cards"), QStringLiteral("--rerun")});
    QCOMPARE(run.exitCode, 2);
    run = promptdeck({QStringLiteral("cards"), QStringLiteral("--order"), session()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("order")), qPrintable(run.err));
}

void ChainCommandsTest::formatOneSession_opensConverted()
{
    // Written by the version that recorded answers by revision number: all
    // twelve answers, then one H2 of the outline renamed.
    const QString file = m_dir->filePath(QStringLiteral("gil.promptdeck"));
    QVERIFY(QFile::copy(data(QStringLiteral("sessions/format1-gil.promptdeck")), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    Run run = promptdeck({QStringLiteral("cards"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const auto table = cardTable(run.out);
    QCOMPARE(table.size(), 12);
    // Five cards use the outline; the other six below it are stale through them.
    QStringList stale;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (it.value().first == QLatin1String("stale"))
            stale.append(it.key());
    }
    QCOMPARE(stale.size(), 11);
    QVERIFY(!stale.contains(QStringLiteral("outline")));
}

void ChainCommandsTest::formatOneSession_savedAsFormatTwo()
{
    const QString file = m_dir->filePath(QStringLiteral("gil.promptdeck"));
    QVERIFY(QFile::copy(data(QStringLiteral("sessions/format1-gil.promptdeck")), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    // The outline's original text back: what every card was made from.
    QFile original(data(QStringLiteral("answers/python-gil/01-outline.md")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    Run run = promptdeck({QStringLiteral("answer"), file, QStringLiteral("1"), QStringLiteral("-")},
                         original.readAll());
    QCOMPARE(run.exitCode, 0);
    run = promptdeck({QStringLiteral("cards"), QStringLiteral("--rerun"), file});
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    // Saved in the current format, history and all.
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray json = saved.readAll();
    QVERIFY(json.contains("\"format_version\": 2,"));
    QCOMPARE(json.count("\"revision\""), 14);
}

void ChainCommandsTest::kitVersionOneSession_keepsItsOwnKitAfterTheBundledKitChanged()
{
    // The file carries version 1 of the bundled kit; the bundled kit is now
    // version 2 with other prompts. The session keeps the prompts its answers
    // were made from, so no card is stale because the bundled kit changed.
    const QString file = m_dir->filePath(QStringLiteral("gil.promptdeck"));
    QVERIFY(QFile::copy(data(QStringLiteral("sessions/format1-gil.promptdeck")), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QFile original(data(QStringLiteral("answers/python-gil/01-outline.md")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    Run run = promptdeck({QStringLiteral("answer"), file, QStringLiteral("1"), QStringLiteral("-")},
                         original.readAll());
    QCOMPARE(run.exitCode, 0);
    run = promptdeck({QStringLiteral("cards"), QStringLiteral("--rerun"), file});
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    run = promptdeck({QStringLiteral("prompt"), file, QStringLiteral("outline")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("the targets must add up to about 1500 words"), run.out.constData());
    QVERIFY(!run.out.contains("WORD BUDGET"));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("\\nversion: 1\\n"));

    // A new session from the bundled kit gets the new version.
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.promptdeck"));
    run = promptdeck({QStringLiteral("new"), QStringLiteral("--kit"), QStringLiteral("seo-article"),
                      QStringLiteral("--brief"), QStringLiteral("python-gil"), QStringLiteral("-o"),
                      fresh});
    QCOMPARE(run.exitCode, 0);
    run = promptdeck({QStringLiteral("prompt"), fresh, QStringLiteral("outline")});
    QVERIFY2(run.out.contains("WORD BUDGET"), run.out.constData());
    QVERIFY(run.out.contains("- Introduction: about 150 words\n- Body sections: about 750 words"));
}

QTEST_GUILESS_MAIN(ChainCommandsTest)
#include "tst_chaincommands.moc"
