// JsonReader: the session files' JSON parser gives what QJsonDocument gives
// for every valid document, and a byte offset and a sentence for every
// broken one.
#include "json/jsonreader.h"
#include "json/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace PromptDeck::Core;

class JsonReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_validJson_matchesQJsonDocument_data();
    void parse_validJson_matchesQJsonDocument();
    void parse_longStringWithEscapes_isExact();
    void parse_leadingU_FEFF_isKept();
    void parseTree_objects_areAsQJsonObjectHasThem();
    void parseTree_nodes_sayWhereTheyStart();
    void parseTree_nodes_sayWhereTheyEnd();
    void writer_escapes_everyUnitWhereverItIs_data();
    void writer_escapes_everyUnitWhereverItIs();
    void writer_streamed_isTheSameText();
    void writer_refusedPiece_stopsTheStream();
    void writer_rawValue_isWrittenAsItIs();
    void parse_brokenJson_saysWhere_data();
    void parse_brokenJson_saysWhere();
};

void JsonReaderTest::parse_validJson_matchesQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray(" [ ] ");
    QTest::newRow("literals") << QByteArray("[true, false, null]");
    QTest::newRow("numbers") << QByteArray(
        "[0, -0, 1, -17, 9007199254740993, 1.5, -2.25e3, 1E-2, 3e+2, 123456789012345678]");
    QTest::newRow("plain string") << QByteArray("{\"a\": \"text\"}");
    QTest::newRow("escapes") << QByteArray(R"(["\" \\ \/ \b \f \n \r \t"])");
    QTest::newRow("unicode escapes") << QByteArray(R"(["\u00e9\u4e2d\ud83d\ude80 \u0000 end"])");
    QTest::newRow("UTF-8 text with escapes")
        << QByteArray("[\"Gr\xc3\xbc\xc3\x9f"
                      "e\\n\xe4\xb8\xad\xe6\x96\x87\\n\xf0\x9f\x9a\x80\"]");
    QTest::newRow("nested") << QByteArray(
        "{\"a\": {\"b\": [1, {\"c\": [\"d\", []]}], \"e\": {}}, \"f\": \"g\\n\"}");
    QTest::newRow("duplicate keys") << QByteArray("{\"a\": 1, \"a\": 2}");
    QTest::newRow("whitespace everywhere")
        << QByteArray("\r\n\t{ \"a\" :\n[ 1 ,\t2 ] , \"b\" : \"c\" }\n");
    QTest::newRow("1024 levels") << QByteArray(1023, '[') + QByteArray("[]") +
                                        QByteArray(1023, ']');
}

void JsonReaderTest::parse_validJson_matchesQJsonDocument()
{
    QFETCH(QByteArray, json);
    QJsonParseError qtError;
    const QJsonDocument expected = QJsonDocument::fromJson(json, &qtError);
    QCOMPARE(qtError.error, QJsonParseError::NoError);
    JsonReader::Error error;
    const QJsonValue value = JsonReader::parse(json, &error);
    QVERIFY2(error.offset < 0, qPrintable(error.message));
    const QJsonValue expectedValue =
        expected.isObject() ? QJsonValue(expected.object()) : QJsonValue(expected.array());
    QCOMPARE(value, expectedValue);
}

void JsonReaderTest::parse_longStringWithEscapes_isExact()
{
    // An answer as sessions hold it: a megabyte of lines, every one ending in
    // an escaped newline, with non-ASCII text in between.
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("Line %1: caf\u00e9 \u4e2d\u6587 \U0001F680 \"quoted\" \\ tab\t\n")
                    .arg(i);
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson();
    JsonReader::Error error;
    const QJsonValue value = JsonReader::parse(json, &error);
    QVERIFY(error.offset < 0);
    QCOMPARE(value.toArray().at(0).toString(), text);
}

// Found by fuzzing against QJsonDocument: a string that starts with U+FEFF
// lost it, as it does in Qt's parser when the string has no escape.
void JsonReaderTest::parse_leadingU_FEFF_isKept()
{
    const QByteArray json("{\"\xef\xbb\xbf"
                          "key\": [\"\xef\xbb\xbf"
                          "plain\", \"\xef\xbb\xbf"
                          "with\\n\\n\xef\xbb\xbf"
                          "escapes\", \"\\ufeff"
                          "escaped\"]}");
    JsonReader::Error error;
    const QJsonObject object = JsonReader::parse(json, &error).toObject();
    QVERIFY(error.offset < 0);
    const QString bom(QChar(0xFEFF));
    QCOMPARE(object.keys(), QStringList{bom + QStringLiteral("key")});
    const QJsonArray items = object.value(bom + QStringLiteral("key")).toArray();
    QCOMPARE(items.at(0).toString(), bom + QStringLiteral("plain"));
    QCOMPARE(items.at(1).toString(),
             bom + QStringLiteral("with\n\n") + bom + QStringLiteral("escapes"));
    QCOMPARE(items.at(2).toString(), bom + QStringLiteral("escaped"));
}

void JsonReaderTest::parseTree_objects_areAsQJsonObjectHasThem()
{
    JsonReader::Error error;
    const JsonNode root = JsonReader::parseTree(
        R"({"b": 1, "a": {"x": [true, null]}, "b": "last", "c": 2.5})", &error);
    QCOMPARE(error.offset, -1);
    QStringList keys;
    for (const JsonNode::Member &member : root.members())
        keys.append(member.first);
    // Sorted, and a repeated key keeps its last value.
    QCOMPARE(keys, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(root.value(u"b").toString(), QStringLiteral("last"));
    QCOMPARE(root.value(u"c").toDouble(), 2.5);
    QCOMPARE(root.value(u"a").value(u"x").items().size(), 2);
    QVERIFY(root.value(u"a").value(u"x").items().at(0).toBool());
    QVERIFY(root.value(u"a").value(u"x").items().at(1).isNull());
    // Asked for what it is not, a node answers as QJsonValue does.
    QVERIFY(root.value(u"missing").isUndefined());
    QVERIFY(root.value(u"c").value(u"x").isUndefined());
    QVERIFY(root.value(u"c").toString().isEmpty());
    QVERIFY(root.value(u"b").items().isEmpty());
    QCOMPARE(root.toJsonValue(),
             QJsonDocument::fromJson(R"({"b": 1, "a": {"x": [true, null]}, "b": "last", "c": 2.5})")
                 .object());
}

// Every node knows where its value starts, past the whitespace before it;
// a missing member points at the object it is missing from.
void JsonReaderTest::parseTree_nodes_sayWhereTheyStart()
{
    const QByteArray json = " \n{\"a\": [1, -2.5e1 ,\"\\u00e9\\n\", {}],\r\n\t\"b\" :\t"
                            "{\"c\": null, \"d\": true, \"c\": false}, \"\xc3\xa9\": []}";
    JsonReader::Error error;
    const JsonNode root = JsonReader::parseTree(json, &error);
    QCOMPARE(error.offset, -1);
    const auto offsetOf = [&json](const char *text) { return json.indexOf(text); };
    QCOMPARE(root.offset(), 2);
    const JsonNode &a = root.value(u"a");
    QCOMPARE(a.offset(), offsetOf("[1"));
    QCOMPARE(a.items().at(0).offset(), offsetOf("1,"));
    QCOMPARE(a.items().at(1).offset(), offsetOf("-2.5"));
    QCOMPARE(a.items().at(2).offset(), offsetOf("\"\\u00e9"));
    QCOMPARE(a.items().at(3).offset(), offsetOf("{}"));
    const JsonNode &b = root.value(u"b");
    QCOMPARE(b.offset(), offsetOf("{\"c\""));
    // A repeated key: where the value that is kept starts.
    QCOMPARE(b.value(u"c").offset(), offsetOf("false"));
    QCOMPARE(b.offsetOf(u"d"), offsetOf("true"));
    QCOMPARE(root.value(QStringLiteral("\u00e9")).offset(), offsetOf("[]"));
    // Missing: the object's own offset, and an Undefined node has none.
    QCOMPARE(b.offsetOf(u"missing"), b.offset());
    QCOMPARE(a.offsetOf(u"c"), a.offset());
    QCOMPARE(root.value(u"missing").offset(), -1);
}

// With where it starts, where it ends: the value's own text, to be kept as
// it is.
void JsonReaderTest::parseTree_nodes_sayWhereTheyEnd()
{
    const QByteArray json = " {\"a\": [1.50, -0.0 , 1e300,\"\\u00e9\\\"\" , {\"x\" : [ ] }]\n,"
                            "\"b\":true , \"c\": null, \"d\": 12345678901234567890}\t";
    JsonReader::Error error;
    const JsonNode root = JsonReader::parseTree(json, &error);
    QCOMPARE(error.offset, -1);
    const auto text = [&json](const JsonNode &node) {
        return json.mid(node.offset(), node.end() - node.offset());
    };
    QCOMPARE(text(root), json.trimmed());
    const QList<JsonNode> &a = root.value(u"a").items();
    QCOMPARE(text(root.value(u"a")),
             QByteArray("[1.50, -0.0 , 1e300,\"\\u00e9\\\"\" , {\"x\" : [ ] }]"));
    QCOMPARE(text(a.at(0)), QByteArray("1.50"));
    QCOMPARE(text(a.at(1)), QByteArray("-0.0"));
    QCOMPARE(text(a.at(2)), QByteArray("1e300"));
    QCOMPARE(text(a.at(3)), QByteArray("\"\\u00e9\\\"\""));
    QCOMPARE(text(a.at(4)), QByteArray("{\"x\" : [ ] }"));
    QCOMPARE(text(a.at(4).value(u"x")), QByteArray("[ ]"));
    QCOMPARE(text(root.value(u"b")), QByteArray("true"));
    QCOMPARE(text(root.value(u"c")), QByteArray("null"));
    QCOMPARE(text(root.value(u"d")), QByteArray("12345678901234567890"));
    QCOMPARE(root.value(u"missing").end(), -1);
}

namespace {

// A document whose long string has a surrogate pair where the writer cuts
// its pieces (every 65,536 units), escapes and non-ASCII text around it.
void writeSample(JsonWriter &out)
{
    QString text(65535, QLatin1Char('a'));
    text += QStringLiteral("\U0001F600 \"quoted\"\n\t\u00E9\u20AC\\");
    while (text.size() < 300000)
        text += QStringLiteral("Line of an answer, with a tab\tand a quote \" and \u00FC.\n");
    out.beginObject();
    out.key(u"format_version");
    out.value(1);
    out.key(u"text");
    out.value(text);
    out.key(u"lone");
    out.value(QStringView(u"\xD800x"));
    out.endObject();
}

// What the writer gives for a string, one unit at a time: the reference its
// several-units-at-once paths must match.
QByteArray escapedByUnit(QStringView text)
{
    QByteArray out("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\\') {
            out += '\\';
            out += char(c.unicode());
        } else if (c == u'\n') {
            out += "\\n";
        } else if (c == u'\r') {
            out += "\\r";
        } else if (c == u'\t') {
            out += "\\t";
        } else if (c.unicode() < 0x20) {
            out += "\\u00" + QByteArray::number(c.unicode(), 16).rightJustified(2, '0');
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += text.sliced(i, 2).toUtf8();
            ++i;
        } else if (c.isSurrogate()) {
            out += "\xEF\xBF\xBD";
        } else {
            out += QStringView(&c, 1).toUtf8();
        }
    }
    return out + '"';
}

} // namespace

// Plain ASCII goes several units at a time (four in a machine word, eight
// with SSE2); every other unit, in every position of such a group and of a
// string of every length around them, comes out as it does alone. A fast
// path that took the units of a word in the wrong order (the other byte
// order) or missed one that needs escaping fails here.
void JsonReaderTest::writer_escapes_everyUnitWhereverItIs_data()
{
    QTest::addColumn<QString>("text");
    const QList<QChar> odd{u'"',          u'\\',         u'\n',         QChar(0x01),
                           QChar(0x1F),   QChar(0x7F),   QChar(0x80),   QChar(0xE9),
                           QChar(0x20AC), QChar(0xD800), QChar(0xDC00), QChar(0x0100)};
    for (int length = 1; length <= 17; ++length) {
        QString plain;
        for (int i = 0; i < length; ++i)
            plain += QChar(u'a' + i); // a different unit in every place
        QTest::addRow("%d plain", length) << plain;
        for (int at = 0; at < length; ++at) {
            for (const QChar c : odd) {
                QString text = plain;
                text[at] = c;
                QTest::addRow("%d, U+%04X at %d", length, c.unicode(), at) << text;
            }
        }
    }
    QTest::newRow("surrogate pair across a group")
        << QStringLiteral("abc") + QStringLiteral("\U0001F600") + QStringLiteral("defghij");
}

void JsonReaderTest::writer_escapes_everyUnitWhereverItIs()
{
    QFETCH(QString, text);
    QByteArray out;
    JsonWriter::appendEscaped(out, text);
    QCOMPARE(out, escapedByUnit(text));
}

void JsonReaderTest::writer_streamed_isTheSameText()
{
    JsonWriter whole;
    writeSample(whole);
    QByteArray streamed;
    int pieces = 0;
    JsonWriter out([&](QByteArrayView piece) {
        streamed += piece;
        ++pieces;
        return true;
    });
    writeSample(out);
    QVERIFY(out.finish());
    QCOMPARE(streamed, whole.data());
    QVERIFY2(pieces > 1, "a 300,000-character string goes in more than one piece");
    // And it reads back as it was written.
    JsonReader::Error error;
    const JsonNode root = JsonReader::parseTree(streamed, &error);
    QCOMPARE(error.offset, -1);
    QVERIFY(root.value(u"text").toString().startsWith(QString(65535, QLatin1Char('a')) +
                                                      QStringLiteral("\U0001F600")));
    QCOMPARE(root.value(u"lone").toString(), QStringLiteral("\uFFFDx"));
}

void JsonReaderTest::writer_refusedPiece_stopsTheStream()
{
    int calls = 0;
    JsonWriter out([&](QByteArrayView) {
        ++calls;
        return false; // the disk is full
    });
    writeSample(out);
    QVERIFY(!out.finish());
    QCOMPARE(calls, 1);
}

// A value kept as JSON text goes out as it came, placed and indented as
// any value is, and through a sink as well as whole.
void JsonReaderTest::writer_rawValue_isWrittenAsItIs()
{
    const QByteArray big = "\"" + QByteArray(300 * 1024, 'r') + "\"";
    const auto write = [&big](JsonWriter &out) {
        out.beginObject();
        out.key(u"a");
        out.rawValue("1.50");
        out.key(u"b");
        out.beginArray();
        out.rawValue("{ \"x\" :-0.0 }");
        out.rawValue(big);
        out.endArray();
        out.endObject();
    };
    JsonWriter whole;
    write(whole);
    QCOMPARE(whole.data(),
             "{\n  \"a\": 1.50,\n  \"b\": [\n    { \"x\" :-0.0 },\n    " + big + "\n  ]\n}\n");
    QByteArray streamed;
    JsonWriter out([&streamed](QByteArrayView piece) {
        streamed += piece;
        return true;
    });
    write(out);
    QVERIFY(out.finish());
    QCOMPARE(streamed, whole.data());
}

void JsonReaderTest::parse_brokenJson_saysWhere_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("  ") << 2 << "empty";
    QTest::newRow("truncated object") << QByteArray("{\"a\": 1") << 7 << "expected ',' or '}'";
    QTest::newRow("unclosed string") << QByteArray("[\"abc\\n") << 7 << "not closed";
    QTest::newRow("key without quotes") << QByteArray("{a: 1}") << 1 << "key in quotes";
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5 << "':'";
    QTest::newRow("trailing comma") << QByteArray("[1, ]") << 4 << "not a JSON value";
    QTest::newRow("bad literal") << QByteArray("[nul]") << 1 << "not a JSON value";
    QTest::newRow("leading zero") << QByteArray("[01]") << 2 << "expected ',' or ']'";
    QTest::newRow("lone minus") << QByteArray("[-]") << 2 << "not a valid number";
    QTest::newRow("bare fraction") << QByteArray("[1.]") << 3 << "not a valid number";
    QTest::newRow("huge number") << QByteArray("[1e999]") << 1 << "out of range";
    QTest::newRow("raw newline in a string")
        << QByteArray("[\"a\nb\"]") << 3 << "control character";
    QTest::newRow("unknown escape") << QByteArray("[\"a\\qb\"]") << 4 << "unknown escape";
    QTest::newRow("short unicode escape") << QByteArray("[\"\\u12\"]") << 4 << "\\u escape";
    QTest::newRow("text after the value") << QByteArray("{} {}") << 3 << "after the end";
    QTest::newRow("1025 levels") << QByteArray(1025, '[') + QByteArray(1025, ']') << 1024
                                 << "too deeply nested";
}

void JsonReaderTest::parse_brokenJson_saysWhere()
{
    QFETCH(QByteArray, json);
    QFETCH(int, offset);
    QFETCH(QString, message);
    JsonReader::Error error;
    const QJsonValue value = JsonReader::parse(json, &error);
    QVERIFY(value.isUndefined());
    QCOMPARE(error.offset, offset);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(JsonReaderTest)
#include "tst_jsonreader.moc"
