// KitLoader: a good kit loads with its dependencies derived from the
// templates; every broken kit in tests/data/kits/bad is refused with the
// message and the file position a kit author needs.
#include "base/inputlimits.h"
#include "kit/kitloader.h"
#include "yaml/yamlreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace PromptDeck::Core;

class KitLoaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void load_goodKit_derivesDependencies();
    void load_goodKit_keepsChecksAndExports();
    void load_goodKit_readsHowAPageShowsItsFields();
    void load_badKit_data();
    void load_badKit();
    void load_warnings_areReportedInFileOrder();
    void load_notAMapping_isRefused();
    void load_hostileYaml_isRefusedQuickly_data();
    void load_hostileYaml_isRefusedQuickly();
    void load_oversizedFile_isRefusedBeforeParsing();

private:
    static QString kitPath(const QString &name)
    {
        return QStringLiteral(PROMPTDECK_TEST_DATA "/kits/") + name;
    }
};

void KitLoaderTest::load_goodKit_derivesDependencies()
{
    Diagnostics warnings;
    const Result<KitPtr> loaded =
        KitLoader::loadFile(kitPath(QStringLiteral("blog-post.yaml")), &warnings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QVERIFY2(warnings.isEmpty(), qPrintable(formatDiagnostics(warnings)));
    const Kit &kit = *loaded.value();
    QCOMPARE(kit.id, QStringLiteral("blog-post"));
    QCOMPARE(kit.version, 3);
    QCOMPARE(kit.fields.size(), 5);
    QCOMPARE(kit.fields.at(4).type, FieldType::Links);
    QVERIFY(kit.fields.at(0).required);
    QVERIFY(!kit.fields.at(1).required);
    QCOMPARE(kit.phases.size(), 3);
    QCOMPARE(kit.cards.size(), 3);

    QCOMPARE(kit.cards.at(0).dependsOn, QStringList());
    // Fields used through partials, including one inside a list section.
    QCOMPARE(kit.cards.at(0).briefFields,
             (QStringList{QStringLiteral("topic"), QStringLiteral("readers"),
                          QStringLiteral("points")}));
    QCOMPARE(kit.cards.at(1).dependsOn, QStringList{QStringLiteral("plan")});
    QCOMPARE(kit.cards.at(1).briefFields,
             (QStringList{QStringLiteral("length"), QStringLiteral("related")}));
    QCOMPARE(kit.cards.at(2).dependsOn, QStringList{QStringLiteral("draft")});
    QVERIFY(kit.source.startsWith(QStringLiteral("# A small kit")));
}

void KitLoaderTest::load_goodKit_keepsChecksAndExports()
{
    const Result<KitPtr> loaded = KitLoader::loadFile(kitPath(QStringLiteral("blog-post.yaml")));
    QVERIFY(loaded.ok());
    const Kit &kit = *loaded.value();
    QCOMPARE(kit.cards.at(1).checks.size(), 1);
    QCOMPARE(kit.cards.at(1).checks.at(0).type, CheckDef::Type::Words);
    QCOMPARE(kit.cards.at(1).checks.at(0).min, std::optional<double>(100));
    QCOMPARE(kit.exports.size(), 1);
    QCOMPARE(kit.exports.at(0).format, QStringLiteral("md"));
    QCOMPARE(kit.exports.at(0).answersUsed, QStringList{QStringLiteral("draft")});
}

void KitLoaderTest::load_goodKit_readsHowAPageShowsItsFields()
{
    Diagnostics warnings;
    const Result<KitPtr> loaded =
        KitLoader::loadFile(kitPath(QStringLiteral("book-review.yaml")), &warnings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QVERIFY2(warnings.isEmpty(), qPrintable(formatDiagnostics(warnings)));
    const Kit &kit = *loaded.value();
    const FieldDef *headline = kit.field(u"headline");
    QVERIFY(headline);
    QCOMPARE(headline->pageLabels,
             (QStringList{QStringLiteral("Headline"), QStringLiteral("Review headline")}));
    QCOMPARE(headline->pageSlot, PageSlot::Title);
    QCOMPARE(kit.fieldForSlot(PageSlot::Title), headline);
    QCOMPARE(kit.field(u"genre")->pageLabels, QStringList());
    QCOMPARE(kit.field(u"genre")->pageSlot, PageSlot::ContentGroup);
    QCOMPARE(kit.field(u"author")->pageSlot, PageSlot::None);
    QCOMPARE(kit.field(u"also_read")->pageLabels, QStringList());
    QCOMPARE(kit.fieldForSlot(PageSlot::PrimaryKeyword), nullptr);
}

// Matrix row 12: wrong types, missing keys, unknown references.
void KitLoaderTest::load_badKit_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown card") << "unknown-card-reference.yaml" << 24 << 27
                                  << "card 'draft' uses answers.outlne, but no card has the id "
                                     "'outlne' (did you mean 'outline'?)";
    QTest::newRow("unknown field") << "unknown-field.yaml" << 24 << 53
                                   << "card 'draft' uses brief.titel, but the kit has no field "
                                      "'titel' (did you mean 'title'?)";
    QTest::newRow("later card")
        << "later-card.yaml" << 17 << 37
        << "card 'outline' uses answers.draft, but 'draft' is card 2, after "
           "this one; a card can only use answers of earlier cards";
    QTest::newRow("own answer") << "own-answer.yaml" << 24 << 15
                                << "card 'draft' uses its own answer (answers.draft)";
    QTest::newRow("partial cycle")
        << "partial-cycle.yaml" << 7 << 14
        << "partial 'second' (used by card 'only') includes partials in a "
           "circle: first → second → first";
    QTest::newRow("unknown partial")
        << "unknown-partial.yaml" << 16 << 7
        << "card 'only' includes the partial 'contxt', but the kit has "
           "no such partial (did you mean 'context'?)";
    QTest::newRow("YAML syntax") << "yaml-syntax.yaml" << 6 << 3 << "invalid YAML";
    QTest::newRow("template syntax") << "template-syntax.yaml" << 15 << 9
                                     << "template of card 'only': the section 'answers' is never "
                                        "closed";
    QTest::newRow("no cards") << "no-cards.yaml" << 1 << 1
                              << "the kit has no 'cards'; it is required";
    QTest::newRow("wrong type") << "wrong-types.yaml" << 3 << 10
                                << "'version' of the kit must be a whole number of at least 1";
    QTest::newRow("duplicate card")
        << "duplicate-card.yaml" << 14 << 9 << "two cards have the id 'same'";
    QTest::newRow("unknown phase") << "unknown-phase.yaml" << 10 << 12
                                   << "card 'only' is in phase 'writng', but the kit has no such "
                                      "phase (did you mean 'writing'?)";
    QTest::newRow("phase order")
        << "phase-order.yaml" << 17 << 12
        << "card 'b' is in phase 'one' but comes after cards of phase 'two'";
    QTest::newRow("field type") << "bad-field-type.yaml" << 7 << 11
                                << "the field type 'string' is unknown";
    QTest::newRow("page label twice")
        << "page-label-twice.yaml" << 12 << 29
        << "the page label 'headline' is declared by the fields 'title' and 'subtitle'";
    QTest::newRow("page slot unknown")
        << "page-slot-unknown.yaml" << 8 << 16
        << "the page slot 'heading' is unknown; use one of: title, primary_keyword, intent,";
    QTest::newRow("page slot twice")
        << "page-slot-twice.yaml" << 12 << 16
        << "the page slot 'title' is taken by the fields 'title' and 'headline'";
    QTest::newRow("page slot of another type")
        << "page-slot-type.yaml" << 8 << 16
        << "the field 'tips' of type text cannot take the page slot 'tips'";
    QTest::newRow("page labels on links")
        << "page-labels-links.yaml" << 8 << 18
        << "the field 'related' is of type links, which a page cannot fill";
    QTest::newRow("iterator at top")
        << "iterator-at-top.yaml" << 13 << 21 << "card 'only' uses '{{.}}' outside a list section";
    QTest::newRow("check type")
        << "check-type.yaml" << 15 << 15
        << "a check of card 'only' has the unknown type 'headers'; the types are: "
           "words, characters, headings,";
    QTest::newRow("check field")
        << "check-field.yaml" << 18 << 18
        << "'keyword' of a check of card 'only' reads brief.keywrd, but the kit "
           "has no field 'keywrd' (did you mean 'brief.keyword'?)";
    QTest::newRow("check field type")
        << "check-field-type.yaml" << 21 << 19
        << "'keywords' of a check of card 'only' reads brief.keyword, a text "
           "field; it needs one of: brief.tags";
    QTest::newRow("check extract")
        << "check-extract.yaml" << 19 << 13
        << "'of' of a check of card 'only' is 'titel', which is neither text nor "
           "an extract of the card (did you mean 'title'?)";
    QTest::newRow("budget part not a card")
        << "budget-unknown-card.yaml" << 15 << 5
        << "the budget part 'mian' is no card of the kit (did you mean 'main'?)";
    QTest::newRow("budget not 100 percent")
        << "budget-sum.yaml" << 14 << 5
        << "the budget's parts add up to 90 percent; they must add up to 100";
    QTest::newRow("budget total not a number")
        << "budget-total-type.yaml" << 12 << 10
        << "the budget's total is brief.topic, a text field, but it must be a number field; "
           "use one of: brief.length";
    QTest::newRow("budget percent not a number")
        << "budget-percent.yaml" << 14 << 12
        << "the budget part 'intro' must be a whole percent from 1 to 100";
    QTest::newRow("unknown budget part in a prompt")
        << "budget-unknown-part.yaml" << 29 << 20
        << "card 'main' uses budget.mian, but the kit's budget has no part 'mian' (did you "
           "mean 'main'?)";
    QTest::newRow("unknown budget part in a check")
        << "check-budget-part.yaml" << 32 << 17
        << "'target' of a check of card 'main' reads budget.mian, but the kit's budget has no "
           "part 'mian' (did you mean 'main'?)";
}

void KitLoaderTest::load_badKit()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const QString path = kitPath(QStringLiteral("bad/") + file);
    const Result<KitPtr> loaded = KitLoader::loadFile(path);
    QVERIFY(!loaded.ok());
    const Diagnostic &error = loaded.error();
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QCOMPARE(error.file, path);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(error.toString().startsWith(path + QStringLiteral(":%1:%2: ").arg(line).arg(column)));
}

void KitLoaderTest::load_warnings_areReportedInFileOrder()
{
    Diagnostics warnings;
    const Result<KitPtr> loaded =
        KitLoader::loadFile(kitPath(QStringLiteral("warnings.yaml")), &warnings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QCOMPARE(warnings.size(), 4);
    QCOMPARE(warnings.at(0).line, 4);
    QVERIFY(warnings.at(0).message.contains(QStringLiteral("unknown key 'autor'")));
    QCOMPARE(warnings.at(1).line, 10);
    QVERIFY(warnings.at(1).message.contains(QStringLiteral("partial 'unused' is not used")));
    QCOMPARE(warnings.at(2).line, 21);
    QVERIFY(warnings.at(2).message.contains(QStringLiteral("unknown key 'colour'")));
    QCOMPARE(warnings.at(3).line, 0);
    QVERIFY(warnings.at(3).message.contains(QStringLiteral("phase 'empty' has no cards")));
    for (const Diagnostic &warning : warnings)
        QCOMPARE(warning.severity, Diagnostic::Severity::Warning);
}

void KitLoaderTest::load_notAMapping_isRefused()
{
    const Result<KitPtr> loaded =
        KitLoader::loadFile(kitPath(QStringLiteral("bad/not-a-mapping.yaml")));
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(QStringLiteral("the kit must be a mapping")));
}

// Matrix row 10, in a kit: refused in well under a second.
void KitLoaderTest::load_hostileYaml_isRefusedQuickly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("100,000 levels") << QByteArray("kit: x\ncards: ") + QByteArray(100000, '[')
                                    << QStringLiteral("nesting is deeper");
    QByteArray ladder = "kit: x\nl0: &l0 [a, a, a, a, a, a, a, a, a, a]\n";
    for (int i = 1; i < 10; ++i) {
        ladder += QStringLiteral("l%1: &l%1 [*l%2, *l%2, *l%2, *l%2, *l%2, *l%2, *l%2, *l%2, *l%2, "
                                 "*l%2]\n")
                      .arg(i)
                      .arg(i - 1)
                      .toUtf8();
    }
    QTest::newRow("alias ladder") << ladder << QStringLiteral("expand");
    QTest::newRow("alias cycle") << QByteArray("kit: x\ncards: &c [*c]\n")
                                 << QStringLiteral("alias cycle");
}

void KitLoaderTest::load_hostileYaml_isRefusedQuickly()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QElapsedTimer timer;
    timer.start();
    const Result<KitPtr> loaded = KitLoader::load(SourceText(QStringLiteral("hostile.yaml"), text));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(message), qPrintable(loaded.errorText()));
    QVERIFY(loaded.error().line > 0);
    // Printed, not asserted: timing depends on the machine.
    qInfo("refused in %lld ms: %s", timer.elapsed(), qPrintable(loaded.errorText()));
}

// Matrix row 11 (kits).
void KitLoaderTest::load_oversizedFile_isRefusedBeforeParsing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Just over the cap, and not even YAML: it must not be read at all.
    QVERIFY(file.resize(Limits::maxYamlFileBytes + 1));
    file.close();
    const Result<KitPtr> over = KitLoader::loadFile(path);
    QVERIFY(!over.ok());
    QVERIFY2(over.error().message.contains(QStringLiteral("larger than the 2 MiB limit")),
             qPrintable(over.errorText()));

    // Just under the cap: read and parsed (and refused only for what it says).
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray text = "kit: big\n# ";
    text += QByteArray(Limits::maxYamlFileBytes - text.size() - 1, 'x');
    text += '\n';
    QCOMPARE(text.size(), Limits::maxYamlFileBytes);
    file.write(text);
    file.close();
    const Result<KitPtr> under = KitLoader::loadFile(path);
    QVERIFY(!under.ok());
    QVERIFY2(under.error().message.contains(QStringLiteral("has no 'name'")),
             qPrintable(under.errorText()));
}

QTEST_GUILESS_MAIN(KitLoaderTest)
#include "tst_kitloader.moc"
