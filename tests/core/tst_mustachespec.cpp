// Runs the official Mustache specification (tests/data/mustache-spec) against
// our engine in its HTML-escaping mode: every test of the required modules.
#include "base/sourcetext.h"
#include "mustache/mustacherenderer.h"
#include "yaml/yamlreader.h"

#include <QTest>

using namespace PromptDeck::Core;

class MustacheSpecTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spec_data();
    void spec();
    void spec_coversAllRequiredTests();

private:
    static QList<YamlNode> loadTests(const QString &module);
    static const QStringList &modules();
};

const QStringList &MustacheSpecTest::modules()
{
    static const QStringList names{QStringLiteral("comments"),      QStringLiteral("delimiters"),
                                   QStringLiteral("interpolation"), QStringLiteral("inverted"),
                                   QStringLiteral("partials"),      QStringLiteral("sections")};
    return names;
}

QList<YamlNode> MustacheSpecTest::loadTests(const QString &module)
{
    const QString path =
        QStringLiteral(PROMPTDECK_TEST_DATA "/mustache-spec/") + module + QStringLiteral(".yml");
    Result<SourceText> source = SourceText::readFile(path, 1024 * 1024, QStringLiteral("spec"));
    if (!source)
        qFatal("%s", qPrintable(source.errorText()));
    Result<YamlNode> root = YamlReader::parse(source.value());
    if (!root)
        qFatal("%s", qPrintable(root.errorText()));
    const YamlNode *tests = root.value().find(u"tests");
    if (!tests || !tests->isSequence())
        qFatal("%s has no tests", qPrintable(path));
    QList<YamlNode> result;
    for (const YamlNode &test : tests->items())
        result.append(test);
    return result;
}

void MustacheSpecTest::spec_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QVariant>("data");
    QTest::addColumn<QVariantMap>("partials");
    QTest::addColumn<QString>("expected");

    for (const QString &module : modules()) {
        for (const YamlNode &test : loadTests(module)) {
            const QString name = module + QStringLiteral(": ") + test.find(u"name")->scalar();
            const YamlNode *partials = test.find(u"partials");
            QTest::newRow(qPrintable(name))
                << test.find(u"template")->scalar() << test.find(u"data")->toVariant()
                << (partials ? partials->toVariant().toMap() : QVariantMap())
                << test.find(u"expected")->scalar();
        }
    }
}

void MustacheSpecTest::spec()
{
    QFETCH(QString, templateText);
    QFETCH(QVariant, data);
    QFETCH(QVariantMap, partials);
    QFETCH(QString, expected);

    MustachePartials parsedPartials;
    for (auto it = partials.cbegin(); it != partials.cend(); ++it) {
        Result<MustacheTemplate> partial = MustacheTemplate::parse(it.value().toString());
        QVERIFY2(partial.ok(), qPrintable(partial.errorText()));
        parsedPartials.insert(it.key(), partial.value());
    }
    Result<MustacheTemplate> tpl = MustacheTemplate::parse(templateText);
    QVERIFY2(tpl.ok(), qPrintable(tpl.errorText()));

    MustacheRenderer::Options options;
    options.htmlEscape = true;
    const MustacheRenderer renderer(&parsedPartials, options);
    Result<RenderedText> rendered = renderer.render(tpl.value(), data);
    QVERIFY2(rendered.ok(), qPrintable(rendered.errorText()));
    QCOMPARE(rendered.value().text, expected);
}

void MustacheSpecTest::spec_coversAllRequiredTests()
{
    qsizetype count = 0;
    for (const QString &module : modules())
        count += loadTests(module).size();
    QCOMPARE(count, 136);
}

QTEST_GUILESS_MAIN(MustacheSpecTest)
#include "tst_mustachespec.moc"
