// The Mustache engine beyond the specification: prompt mode (no escaping),
// values never expanded again, source spans, caps and syntax errors.
#include "mustache/mustacherenderer.h"

#include <QTest>

using namespace PromptDeck::Core;

class MustacheTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_promptMode_neverEscapes();
    void render_values_areInsertedVerbatim_data();
    void render_values_areInsertedVerbatim();
    void render_spans_coverTheOutputAndNameSources();
    void render_spans_nameListItemsAndPartials();
    void render_missingValue_insertsMarkedText();
    void render_lists_joinWhenInterpolated();
    void render_numbers_readNaturally();
    void render_recursivePartials_stopWithTheChain();
    void render_outputCap_isEnforced();
    void render_nestedSectionsOverLists_stopAtTheStepCap();
    void parse_errors_data();
    void parse_errors();
    void parse_deepSections_areRefused();
    void parse_longLineOfTags_keepsEveryPosition();
    void parse_sameNameInManyTags_keepsEachVariable();
    void parse_sameNameInManyTags_keepsEachSectionAndPartial();

private:
    static RenderedText render(const QString &tpl, const QVariantMap &data,
                               const MustachePartials &partials = {}, bool spans = false)
    {
        Result<MustacheTemplate> parsed = MustacheTemplate::parse(tpl);
        if (!parsed)
            qFatal("%s", qPrintable(parsed.errorText()));
        MustacheRenderer::Options options;
        options.collectSpans = spans;
        Result<RenderedText> out =
            MustacheRenderer(&partials, options).render(parsed.value(), data);
        if (!out)
            qFatal("%s", qPrintable(out.errorText()));
        return out.value();
    }
    static MustacheTemplate parse(const QString &text)
    {
        return MustacheTemplate::parse(text).value();
    }
};

void MustacheTest::render_promptMode_neverEscapes()
{
    const QVariantMap data{{QStringLiteral("x"), QStringLiteral("<b> & \"q\" 'a'")}};
    QCOMPARE(render(QStringLiteral("{{x}}|{{{x}}}|{{&x}}"), data).text,
             QStringLiteral("<b> & \"q\" 'a'|<b> & \"q\" 'a'|<b> & \"q\" 'a'"));
}

// Matrix row 13: answers holding tags, \1 or $& are inserted literally.
void MustacheTest::render_values_areInsertedVerbatim_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("a tag") << QStringLiteral("{{brief.title}}");
    QTest::newRow("a partial tag") << QStringLiteral("{{> p}}");
    QTest::newRow("a section") << QStringLiteral("{{#answers.x}}yes{{/answers.x}}");
    QTest::newRow("delimiter change") << QStringLiteral("{{=<% %>=}}<%x%>");
    QTest::newRow("regex back-reference") << QStringLiteral("\\1 \\0 $1");
    QTest::newRow("replace pattern") << QStringLiteral("$& $` $'");
    QTest::newRow("emoji, CJK, RTL, combining") << QStringLiteral("😀 漢字 שלום e\u0301");
    QTest::newRow("NUL and CR/LF") << QStringView(u"a\0b\r\nc\rd\n", 9).toString();
}

void MustacheTest::render_values_areInsertedVerbatim()
{
    QFETCH(QString, value);
    MustachePartials partials{{QStringLiteral("p"), parse(QStringLiteral("PARTIAL"))}};
    const QVariantMap data{
        {QStringLiteral("brief"), QVariantMap{{QStringLiteral("title"), QStringLiteral("T")}}},
        {QStringLiteral("answers"), QVariantMap{{QStringLiteral("a"), value}}},
        {QStringLiteral("x"), QStringLiteral("X")}};
    QCOMPARE(render(QStringLiteral("[{{answers.a}}]"), data, partials).text,
             QLatin1Char('[') + value + QLatin1Char(']'));
    // Inside a section and a partial too.
    partials.insert(QStringLiteral("show"), parse(QStringLiteral("<{{answers.a}}>")));
    QCOMPARE(render(QStringLiteral("{{#answers}}{{> show}}{{/answers}}"), data, partials).text,
             QLatin1Char('<') + value + QLatin1Char('>'));
}

void MustacheTest::render_spans_coverTheOutputAndNameSources()
{
    const QVariantMap data{
        {QStringLiteral("brief"), QVariantMap{{QStringLiteral("title"), QStringLiteral("GIL")}}},
        {QStringLiteral("answers"),
         QVariantMap{{QStringLiteral("outline"), QStringLiteral("# O")}}}};
    const RenderedText out =
        render(QStringLiteral("Title: {{brief.title}}\nOutline:\n{{answers.outline}}\nEnd"), data,
               {}, true);
    QCOMPARE(out.text, QStringLiteral("Title: GIL\nOutline:\n# O\nEnd"));
    const TemplateSpans expected{
        {0, 7, TemplateSpan::Kind::Literal, QString()},
        {7, 3, TemplateSpan::Kind::Value, QStringLiteral("brief.title")},
        {10, 10, TemplateSpan::Kind::Literal, QString()},
        {20, 3, TemplateSpan::Kind::Value, QStringLiteral("answers.outline")},
        {23, 4, TemplateSpan::Kind::Literal, QString()},
    };
    QCOMPARE(out.spans, expected);
}

void MustacheTest::render_spans_nameListItemsAndPartials()
{
    const MustachePartials partials{
        {QStringLiteral("kw"), parse(QStringLiteral("{{#brief.k}}\n- {{.}}\n{{/brief.k}}\n"))}};
    const QVariantMap data{{QStringLiteral("brief"),
                            QVariantMap{{QStringLiteral("k"),
                                         QVariantList{QStringLiteral("a"), QStringLiteral("b")}}}}};
    const RenderedText out = render(QStringLiteral("Keywords:\n{{> kw}}"), data, partials, true);
    QCOMPARE(out.text, QStringLiteral("Keywords:\n- a\n- b\n"));
    QCOMPARE(out.spans.size(), 6);
    QCOMPARE(out.spans.at(1).kind, TemplateSpan::Kind::Partial);
    QCOMPARE(out.spans.at(1).source, QStringLiteral("kw"));
    QCOMPARE(out.spans.at(2).source, QStringLiteral("brief.k.0"));
    QCOMPARE(out.spans.at(4).source, QStringLiteral("brief.k.1"));
    qsizetype covered = 0;
    for (const TemplateSpan &span : out.spans) {
        QCOMPARE(span.start, covered);
        covered += span.length;
    }
    QCOMPARE(covered, out.text.size());
}

void MustacheTest::render_missingValue_insertsMarkedText()
{
    MustacheRenderer::Options options;
    options.collectSpans = true;
    options.missingValue = [](const MustacheNode &node) -> std::optional<QString> {
        if (node.path.first() == QLatin1String("answers"))
            return QStringLiteral("[MISSING %1]").arg(node.text);
        return std::nullopt;
    };
    const MustacheRenderer renderer(nullptr, options);
    const QVariantMap data{{QStringLiteral("answers"), QVariantMap()}};
    const Result<RenderedText> out = renderer.render(
        parse(QStringLiteral("A{{answers.x}}B{{other}}C{{#answers.x}}no{{/answers.x}}")), data);
    QVERIFY(out.ok());
    QCOMPARE(out.value().text, QStringLiteral("A[MISSING answers.x]BC"));
    QCOMPARE(out.value().spans.at(1).kind, TemplateSpan::Kind::Missing);
    QCOMPARE(out.value().spans.at(1).source, QStringLiteral("answers.x"));
}

void MustacheTest::render_lists_joinWhenInterpolated()
{
    const QVariantMap data{{QStringLiteral("l"), QVariantList{QStringLiteral("a"), 2, true}}};
    QCOMPARE(render(QStringLiteral("{{l}}"), data).text, QStringLiteral("a, 2, true"));
}

void MustacheTest::render_numbers_readNaturally()
{
    const QVariantMap data{{QStringLiteral("i"), qlonglong(1500)},
                           {QStringLiteral("d"), 1.21},
                           {QStringLiteral("w"), 85.0},
                           {QStringLiteral("big"), 1e20}};
    QCOMPARE(render(QStringLiteral("{{i}} {{d}} {{w}} {{big}}"), data).text,
             QStringLiteral("1500 1.21 85 1e+20"));
}

// Matrix row 14: recursive partials stop with the chain named.
void MustacheTest::render_recursivePartials_stopWithTheChain()
{
    const MustachePartials partials{{QStringLiteral("a"), parse(QStringLiteral("a{{> b}}"))},
                                    {QStringLiteral("b"), parse(QStringLiteral("b{{> a}}"))}};
    const MustacheRenderer renderer(&partials);
    const Result<RenderedText> out =
        renderer.render(parse(QStringLiteral("{{> a}}")), QVariantMap());
    QVERIFY(!out.ok());
    QVERIFY2(
        out.error().message.contains(QStringLiteral("more than 32 levels deep: a → b → a → b")),
        qPrintable(out.errorText()));
}

// Matrix row 14: the output cap.
void MustacheTest::render_outputCap_isEnforced()
{
    MustacheRenderer::Options options;
    options.maxOutput = 1000;
    const MustacheRenderer renderer(nullptr, options);
    QVariantList items;
    for (int i = 0; i < 200; ++i)
        items.append(i);
    const QVariantMap data{{QStringLiteral("items"), items}};
    const Result<RenderedText> out =
        renderer.render(parse(QStringLiteral("{{#items}}item {{.}}\n{{/items}}")), data);
    QVERIFY(!out.ok());
    QVERIFY2(out.error().message.contains(QStringLiteral("longer than")),
             qPrintable(out.errorText()));

    const Result<RenderedText> small =
        renderer.render(parse(QStringLiteral("{{#items}}.{{/items}}")), data);
    QVERIFY(small.ok());
    QCOMPARE(small.value().text.size(), 200);
}

// Matrix row 14: sections nested over lists multiply without writing a
// character; the step cap stops them at once instead of after 3^40 steps.
void MustacheTest::render_nestedSectionsOverLists_stopAtTheStepCap()
{
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("{{#items}}");
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("{{/items}}");
    const QVariantMap data{{QStringLiteral("items"), QVariantList{1, 2, 3}}};
    const Result<RenderedText> out = MustacheRenderer().render(parse(text), data);
    QVERIFY(!out.ok());
    QVERIFY2(out.error().message.contains(QStringLiteral("more than 2,000,000 steps")),
             qPrintable(out.errorText()));
    QCOMPARE(out.error().line, 1);
}

void MustacheTest::parse_errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("unclosed section")
        << QStringLiteral("a\n  {{#s}}\nb\n") << 2 << 3 << QStringLiteral("never closed");
    QTest::newRow("mismatched close") << QStringLiteral("{{#a}}\n{{#b}}x{{/a}}") << 2 << 8
                                      << QStringLiteral("open section is 'b'");
    QTest::newRow("stray close") << QStringLiteral("x {{/a}}") << 1 << 3
                                 << QStringLiteral("never opened");
    QTest::newRow("unclosed tag") << QStringLiteral("line\nsee {{brief.title") << 2 << 5
                                  << QStringLiteral("never closed");
    QTest::newRow("empty tag") << QStringLiteral("a {{ }} b") << 1 << 3
                               << QStringLiteral("no name");
    QTest::newRow("name with space")
        << QStringLiteral("{{brief title}}") << 1 << 1 << QStringLiteral("not a valid name");
    QTest::newRow("empty segment")
        << QStringLiteral("{{brief..title}}") << 1 << 1 << QStringLiteral("not a valid name");
    QTest::newRow("bad delimiters")
        << QStringLiteral("{{=<%=}}") << 1 << 1 << QStringLiteral("two delimiters");
    // Nodes are made while the template is still being read: an unclosed tag
    // further on is still the error given, and of two nesting errors the first.
    QTest::newRow("stray close, then an unclosed tag")
        << QStringLiteral("{{/a}}\nsee {{b") << 2 << 5 << QStringLiteral("never closed");
    QTest::newRow("stray close, then a bad name")
        << QStringLiteral("x\n {{/a}} {{b..c}}") << 2 << 2 << QStringLiteral("never opened");
    QTest::newRow("mismatched close on a standalone line")
        << QStringLiteral("{{#a}}\n  {{/b}}  \n") << 2 << 3
        << QStringLiteral("open section is 'a'");
}

void MustacheTest::parse_errors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const Result<MustacheTemplate> tpl = MustacheTemplate::parse(text);
    QVERIFY(!tpl.ok());
    QVERIFY2(tpl.error().message.contains(message), qPrintable(tpl.error().message));
    QCOMPARE(tpl.error().line, line);
    QCOMPARE(tpl.error().column, column);
}

void MustacheTest::parse_deepSections_areRefused()
{
    QString text;
    for (int i = 0; i < 100000; ++i)
        text += QStringLiteral("{{#a}}");
    const Result<MustacheTemplate> tpl = MustacheTemplate::parse(text);
    QVERIFY(!tpl.ok());
    QVERIFY2(tpl.error().message.contains(QStringLiteral("nested more than 100")),
             qPrintable(tpl.errorText()));
    QCOMPARE(tpl.error().column, 601);
}

// Issue 15: a text between two tags looked for its newline to the end of the
// template, so one long line of tags took the square of its length.
void MustacheTest::parse_longLineOfTags_keepsEveryPosition()
{
    const int tags = 200000;
    QString text;
    text.reserve(tags * 6 + 16);
    for (int i = 0; i < tags; ++i)
        text += QStringLiteral("x{{a}}");
    text += QStringLiteral("\nend {{b}}");
    const Result<MustacheTemplate> tpl = MustacheTemplate::parse(text);
    QVERIFY2(tpl.ok(), qPrintable(tpl.errorText()));
    const std::vector<MustacheNode> &nodes = tpl.value().nodes();
    QCOMPARE(nodes.size(), 2 * size_t(tags) + 2);
    for (int i = 0; i < tags; ++i) {
        const MustacheNode &piece = nodes.at(2 * size_t(i));
        const MustacheNode &tag = nodes.at(2 * size_t(i) + 1);
        if (piece.type != MustacheNode::Type::Text || piece.text != QLatin1String("x") ||
            piece.line != 1 || piece.column != 6 * i + 1 ||
            tag.type != MustacheNode::Type::Variable || tag.line != 1 || tag.column != 6 * i + 2)
            QFAIL(qPrintable(QStringLiteral("tag %1 is wrong").arg(i)));
    }
    const MustacheNode &last = nodes.at(2 * size_t(tags));
    QCOMPARE(last.text, QStringLiteral("\nend "));
    QCOMPARE(last.line, 1);
    QCOMPARE(last.column, 6 * tags + 1);
    QCOMPARE(nodes.back().text, QStringLiteral("b"));
    QCOMPARE(nodes.back().line, 2);
    QCOMPARE(nodes.back().column, 5);

    const Result<MustacheTemplate> broken = MustacheTemplate::parse(text + QStringLiteral(" {{c"));
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().line, 2);
    QCOMPARE(broken.error().column, 11);
}

// Tags of one name share its text and path; each keeps its own kind,
// position and indentation.
namespace {
const QString sameNameTemplate =
    QStringLiteral("{{a.b}} {{{a.b}}}\n{{#a.b}}\n  {{>a.b}}\n{{/a.b}}{{^a.b}}{{.}}{{/a.b}}");
} // namespace

void MustacheTest::parse_sameNameInManyTags_keepsEachVariable()
{
    const Result<MustacheTemplate> tpl = MustacheTemplate::parse(sameNameTemplate);
    QVERIFY2(tpl.ok(), qPrintable(tpl.errorText()));
    const std::vector<MustacheNode> &nodes = tpl.value().nodes();
    QCOMPARE(nodes.size(), size_t(6));
    const QStringList path{QStringLiteral("a"), QStringLiteral("b")};
    QCOMPARE(nodes.at(0).type, MustacheNode::Type::Variable);
    QCOMPARE(nodes.at(0).path, path);
    QVERIFY(nodes.at(0).escape);
    QCOMPARE(nodes.at(2).type, MustacheNode::Type::Variable);
    QCOMPARE(nodes.at(2).path, path);
    QCOMPARE(nodes.at(2).column, 9);
    QVERIFY(!nodes.at(2).escape);
    const MustacheNode &inverted = nodes.at(5);
    QCOMPARE(inverted.type, MustacheNode::Type::InvertedSection);
    QCOMPARE(inverted.path, path);
    QCOMPARE(inverted.children.size(), size_t(1));
    QCOMPARE(inverted.children.front().path, QStringList());
    QCOMPARE(inverted.children.front().text, QStringLiteral("."));
}

void MustacheTest::parse_sameNameInManyTags_keepsEachSectionAndPartial()
{
    const Result<MustacheTemplate> tpl = MustacheTemplate::parse(sameNameTemplate);
    QVERIFY2(tpl.ok(), qPrintable(tpl.errorText()));
    const MustacheNode &section = tpl.value().nodes().at(4);
    QCOMPARE(section.type, MustacheNode::Type::Section);
    QCOMPARE(section.path, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(section.line, 2);
    QCOMPARE(section.children.size(), size_t(1));
    const MustacheNode &partial = section.children.front();
    QCOMPARE(partial.type, MustacheNode::Type::Partial);
    QCOMPARE(partial.text, QStringLiteral("a.b"));
    QCOMPARE(partial.indent, QStringLiteral("  "));
    QCOMPARE(partial.line, 3);
    QCOMPARE(partial.column, 3);
}

QTEST_GUILESS_MAIN(MustacheTest)
#include "tst_mustache.moc"
