// YamlReader: well-formed documents become trees with positions; hostile or
// broken ones are refused with a line, a column and a clear message, fast.
#include "base/sourcetext.h"
#include "yaml/yamlreader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace PromptDeck::Core;

class YamlReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_goodDocuments_keepValuesAndPositions();
    void parse_columnsCountCharactersNotBytes();
    void parse_blockScalar_recordsWhereItsTextStarts();
    void parse_scalarStyles_tellQuotedFromPlain();
    void parse_badInput_data();
    void parse_badInput();
    void parse_deepNesting_data();
    void parse_deepNesting();
    void parse_aliasLadder_isRefusedQuickly();
    void parse_tenThousandAliases_areRefused();
    void parse_fewAliases_areExpanded();
    void parse_emptyFile_isNull();
    void parse_byteOrderMark_isIgnored();
    void parse_longFlowLine_keepsEveryPosition();
    void parse_manyKeys_findTheDuplicate_data();
    void parse_manyKeys_findTheDuplicate();

private:
    static Result<YamlNode> parse(const QByteArray &text)
    {
        return YamlReader::parse(SourceText(QStringLiteral("test.yaml"), text));
    }
};

void YamlReaderTest::parse_goodDocuments_keepValuesAndPositions()
{
    const Result<YamlNode> root =
        parse("title: Hello\nitems:\n  - one\n  - two\nnested:\n  key: value\n");
    QVERIFY2(root.ok(), qPrintable(root.errorText()));
    const YamlNode &map = root.value();
    QVERIFY(map.isMap());
    QCOMPARE(map.size(), 3);
    QCOMPARE(map.find(u"title")->scalar(), QStringLiteral("Hello"));
    QCOMPARE(map.find(u"title")->line(), 1);
    QCOMPARE(map.find(u"title")->column(), 8);
    const YamlNode *items = map.find(u"items");
    QVERIFY(items->isSequence());
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->at(1).scalar(), QStringLiteral("two"));
    QCOMPARE(items->at(1).line(), 4);
    QCOMPARE(items->at(1).column(), 5);
    QCOMPARE(map.find(u"nested")->find(u"key")->scalar(), QStringLiteral("value"));
    QCOMPARE(map.keyAt(2).scalar(), QStringLiteral("nested"));
    QVERIFY(!map.find(u"missing"));
}

void YamlReaderTest::parse_columnsCountCharactersNotBytes()
{
    // "é" and "ü" are two bytes each; the error is at the 7th character.
    const Result<YamlNode> root = parse("a: 1\néü: x: y\n");
    QVERIFY(!root.ok());
    QCOMPARE(root.error().line, 2);
    QCOMPARE(root.error().column, 6);
}

void YamlReaderTest::parse_blockScalar_recordsWhereItsTextStarts()
{
    const Result<YamlNode> root = parse("card:\n  prompt: |\n    first line\n      indented\n");
    QVERIFY(root.ok());
    const YamlNode *prompt = root.value().find(u"card")->find(u"prompt");
    QCOMPARE(prompt->style(), YamlNode::ScalarStyle::Literal);
    QCOMPARE(prompt->scalar(), QStringLiteral("first line\n  indented\n"));
    QCOMPARE(prompt->blockFirstLine(), 3);
    QCOMPARE(prompt->blockIndent(), 4);
}

void YamlReaderTest::parse_scalarStyles_tellQuotedFromPlain()
{
    const Result<YamlNode> root =
        parse("a: null\nb: \"null\"\nc: 'true'\nd: true\ne: 3\nf: ~\ng:\nh: >\n  folded\n  text\n");
    QVERIFY(root.ok());
    const YamlNode &m = root.value();
    QVERIFY(!m.find(u"a")->toVariant().isValid());
    QCOMPARE(m.find(u"b")->toVariant(), QVariant(QStringLiteral("null")));
    QCOMPARE(m.find(u"c")->toVariant(), QVariant(QStringLiteral("true")));
    QCOMPARE(m.find(u"d")->toVariant(), QVariant(true));
    QCOMPARE(m.find(u"e")->toVariant(), QVariant(qlonglong(3)));
    QVERIFY(!m.find(u"f")->toVariant().isValid());
    QVERIFY(m.find(u"g")->isNull());
    QCOMPARE(m.find(u"h")->style(), YamlNode::ScalarStyle::Folded);
    QCOMPARE(m.find(u"h")->scalar(), QStringLiteral("folded text\n"));
}

// Matrix row 12: broken YAML (truncated, invalid UTF-8, NUL bytes).
void YamlReaderTest::parse_badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("unclosed flow") << QByteArray("a: [1, 2\n") << 2 << 1 << "invalid YAML";
    QTest::newRow("bad indentation")
        << QByteArray("a:\n  b: 1\n c: 2\n") << 3 << 2 << "invalid YAML";
    QTest::newRow("duplicate key") << QByteArray("a: 1\nb: 2\na: 3\n") << 3 << 1 << "appears twice";
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << 2 << 1 << "more than one";
    QTest::newRow("alias cycle") << QByteArray("a: &x [1, *x]\n") << 1 << 11 << "alias cycle";
    QTest::newRow("undefined alias") << QByteArray("a: *nothing\n") << 1 << 4 << "invalid YAML";
    QTest::newRow("complex key") << QByteArray("? [a, b]\n: value\n") << 1 << 3 << "plain text";
    QTest::newRow("NUL byte") << QByteArray("a: x\nb: y\0z\n", 12) << 2 << 5 << "NUL byte";
    QTest::newRow("invalid UTF-8") << QByteArray("a: ok\nb: caf\xc3\n") << 2 << 7 << "UTF-8";
    QTest::newRow("overlong UTF-8") << QByteArray("a: \xc0\xaf\n") << 1 << 4 << "UTF-8";
    QTest::newRow("UTF-16 surrogate in UTF-8")
        << QByteArray("a: \xed\xa0\x80\n") << 1 << 4 << "UTF-8";
    QTest::newRow("truncated") << QByteArray("cards:\n  - id: a\n    prompt: \"never ends") << 3
                               << 24 << "invalid YAML";
}

void YamlReaderTest::parse_badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const Result<YamlNode> root = parse(text);
    QVERIFY(!root.ok());
    QCOMPARE(root.error().file, QStringLiteral("test.yaml"));
    QVERIFY2(root.error().message.contains(message), qPrintable(root.error().message));
    QCOMPARE(root.error().line, line);
    QCOMPARE(root.error().column, column);
}

// Matrix row 9: YAML nested 1k, 2k and 100k levels deep.
void YamlReaderTest::parse_deepNesting_data()
{
    QTest::addColumn<QByteArray>("text");
    for (int depth : {1000, 2000, 100000}) {
        QTest::addRow("flow sequences %d", depth)
            << QByteArray(depth, '[') + QByteArray(depth, ']');
        QTest::addRow("flow mappings %d", depth)
            << QByteArray().fill('{', depth).replace("{", "{a: ") + QByteArray(depth, '}');
    }
    // Block nesting by indentation: a thousand levels.
    QByteArray block;
    for (int i = 0; i < 1000; ++i)
        block += QByteArray(i, ' ') + "k:\n";
    QTest::newRow("block mappings 1000") << block;
}

void YamlReaderTest::parse_deepNesting()
{
    QFETCH(QByteArray, text);
    const Result<YamlNode> root = parse(text);
    QVERIFY(!root.ok());
    QVERIFY2(root.error().message.contains(QStringLiteral("nesting is deeper than 64 levels")),
             qPrintable(root.errorText()));
    QCOMPARE(root.error().line, text.startsWith(' ') || text.startsWith('k') ? 65 : 1);
    QVERIFY(root.error().column > 0);
}

// Matrix row 10: an alias ladder, a cycle and 10k aliases.
void YamlReaderTest::parse_aliasLadder_isRefusedQuickly()
{
    // Each level doubles nine times: 9^12 nodes if expanded.
    QByteArray text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i <= 12; ++i) {
        text += QStringLiteral("a%1: &a%1 [").arg(i).toUtf8();
        for (int k = 0; k < 9; ++k)
            text += QStringLiteral("*a%1, ").arg(i - 1).toUtf8();
        text += "x]\n";
    }
    QElapsedTimer timer;
    timer.start();
    const Result<YamlNode> root = parse(text);
    QVERIFY(!root.ok());
    QVERIFY2(root.error().message.contains(QStringLiteral("alias ladder")) ||
                 root.error().message.contains(QStringLiteral("expand")),
             qPrintable(root.errorText()));
    QVERIFY(root.error().line > 1);
    qInfo("alias ladder refused after %lld ms", timer.elapsed());
}

void YamlReaderTest::parse_tenThousandAliases_areRefused()
{
    QByteArray text = "base: &b x\nlist:\n";
    for (int i = 0; i < 10000; ++i)
        text += "  - *b\n";
    const Result<YamlNode> root = parse(text);
    QVERIFY(!root.ok());
    QVERIFY2(root.error().message.contains(QStringLiteral("more than 1,000 aliases")),
             qPrintable(root.errorText()));
    QCOMPARE(root.error().line, 1003);
}

void YamlReaderTest::parse_fewAliases_areExpanded()
{
    const Result<YamlNode> root = parse("defaults: &d {min: 1, max: 2}\nfirst: *d\nsecond: *d\n");
    QVERIFY2(root.ok(), qPrintable(root.errorText()));
    QCOMPARE(root.value().find(u"second")->find(u"max")->scalar(), QStringLiteral("2"));
}

void YamlReaderTest::parse_emptyFile_isNull()
{
    const Result<YamlNode> root = parse("");
    QVERIFY(root.ok());
    QVERIFY(root.value().isNull());
    const Result<YamlNode> comments = parse("# only a comment\n");
    QVERIFY(comments.ok());
    QVERIFY(comments.value().isNull());
}

void YamlReaderTest::parse_byteOrderMark_isIgnored()
{
    const Result<YamlNode> root = parse("\xEF\xBB\xBFtitle: x: y\n");
    QVERIFY(!root.ok());
    QCOMPARE(root.error().line, 1);
    QCOMPARE(root.error().column, 9);
    QVERIFY(parse("\xEF\xBB\xBFtitle: ok\n").ok());
}

QTEST_GUILESS_MAIN(YamlReaderTest)
// Issue 15: every node's column was counted from the start of its line, so
// a one-line flow list took the square of its length. Two-byte characters
// keep the columns in characters, not bytes.
void YamlReaderTest::parse_longFlowLine_keepsEveryPosition()
{
    const int items = 50000;
    QByteArray text = "list: [";
    QList<int> columns;
    int column = 8;
    for (int i = 0; i < items; ++i) {
        const QByteArray item = "\xc3\xa9" + QByteArray::number(i); // "é" and the number
        columns.append(column);
        text += item + ", ";
        column += 1 + int(QByteArray::number(i).size()) + 2;
    }
    text += "]\nnext: {a: 1, b: [x, y]}\n";
    const Result<YamlNode> root = parse(text);
    QVERIFY2(root.ok(), qPrintable(root.errorText()));
    const YamlNode *list = root.value().find(u"list");
    QVERIFY(list && list->isSequence());
    QCOMPARE(list->size(), items);
    for (int i = 0; i < items; ++i) {
        const YamlNode &item = list->at(i);
        if (item.line() != 1 || item.column() != columns.at(i) ||
            item.scalar() != QStringLiteral("é%1").arg(i))
            QFAIL(qPrintable(
                QStringLiteral("item %1 is at %2:%3").arg(i).arg(item.line()).arg(item.column())));
    }
    const YamlNode *y = &root.value().find(u"next")->find(u"b")->at(1);
    QCOMPARE(y->line(), 2);
    QCOMPARE(y->column(), 21);

    // An error at the end of the long line is placed just as well.
    text.replace("]\nnext", "}\nnext");
    const Result<YamlNode> broken = parse(text);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().line, 1);
    QCOMPARE(broken.error().column, column);
}

// Issue 15: each key was looked for among all the keys before it, the square
// of the mapping's size; the same check guards a session's embedded kit,
// which no file cap limits.
void YamlReaderTest::parse_manyKeys_findTheDuplicate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("key");

    const int keys = 90000;
    QByteArray block;
    QByteArray flow = "{";
    for (int i = 0; i < keys; ++i) {
        block += "key" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\n";
        flow += "key" + QByteArray::number(i) + ": x, ";
    }
    QTest::newRow("no duplicate") << block << 0 << 0 << QString();
    QTest::newRow("last repeats the first") << block + "key0: again\n"
                                            << keys + 1 << 1 << QStringLiteral("key0");
    QTest::newRow("last repeats one in the middle") << block + "key45000: again\n"
                                                    << keys + 1 << 1 << QStringLiteral("key45000");
    const qsizetype flowColumn = flow.size() + 1;
    QTest::newRow("flow, last repeats the last but one")
        << flow + "key89999: y}" << 1 << int(flowColumn) << QStringLiteral("key89999");
}

void YamlReaderTest::parse_manyKeys_findTheDuplicate()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, key);
    const Result<YamlNode> root = parse(text);
    if (key.isEmpty()) {
        QVERIFY2(root.ok(), qPrintable(root.errorText()));
        QCOMPARE(root.value().size(), 90000);
        QCOMPARE(root.value().find(u"key89999")->scalar(), QStringLiteral("89999"));
        return;
    }
    QVERIFY(!root.ok());
    QCOMPARE(root.error().message,
             QStringLiteral("the key '%1' appears twice in this mapping").arg(key));
    QCOMPARE(root.error().line, line);
    QCOMPARE(root.error().column, column);
}

#include "tst_yamlreader.moc"
