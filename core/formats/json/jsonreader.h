// A JSON parser for session files. It gives the same values as
// QJsonDocument::fromJson, but decodes a string a run at a time between
// escapes instead of a character at a time: Markdown answers have an escaped
// newline every line, and Qt's parser takes its slow path on every one of
// them (a 12 MB session took 300 ms to parse; this takes a tenth of that).
// Errors carry the byte offset, for SourceText::errorAt, and so does every
// node: a value that is valid JSON but the wrong thing can say where it is.
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace PromptDeck::Core {

// One value of a parsed document. Unlike QJsonValue, which copies every
// string into its own storage and out again, its strings are the QStrings
// the parser decoded, shared: a session's megabyte answers are decoded once
// and never copied. Asked for what it is not, it answers as QJsonValue does
// (an empty string, an empty object, Undefined for a missing key).
// Each node knows the byte offset where its value starts in the text.
class JsonNode final
{
public:
    enum class Type
    {
        Undefined,
        Null,
        Bool,
        Integer,
        Double,
        String,
        Array,
        Object
    };
    using Member = std::pair<QString, JsonNode>;

    JsonNode() = default;
    // offset: where the value starts in the text it was read from.
    static JsonNode null(qsizetype offset);
    static JsonNode boolean(bool value, qsizetype offset);
    static JsonNode integer(qint64 value, qsizetype offset);
    static JsonNode number(double value, qsizetype offset);
    static JsonNode string(QString text, qsizetype offset);
    static JsonNode array(QList<JsonNode> items, qsizetype offset);
    // Keys in order, a repeated key's last value kept: as QJsonObject has them.
    static JsonNode object(QList<Member> members, qsizetype offset);

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isDouble() const { return m_type == Type::Integer || m_type == Type::Double; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_type == Type::Bool && m_scalar != 0; }
    double toDouble() const;
    const QString &toString() const;
    // The items of an array, or none.
    const QList<JsonNode> &items() const;
    // The members of an object, or none.
    const QList<Member> &members() const;
    // A member of an object; Undefined when there is none.
    const JsonNode &value(QStringView key) const;
    bool contains(QStringView key) const { return !value(key).isUndefined(); }

    // The byte offset of the value's first character; -1 for Undefined.
    qsizetype offset() const { return m_offset; }
    // The byte offset just past the value's last character (the parser sets
    // it): with offset(), the value's own text, to be kept exactly as it was.
    qsizetype end() const { return m_end; }
    void setEnd(qsizetype end) { m_end = end; }
    // Where a message about member key points: at its value, or, when this
    // has no such member (or is no object), at this value itself.
    qsizetype offsetOf(QStringView key) const;

    QJsonValue toJsonValue() const;

private:
    Type m_type = Type::Undefined;
    // Integer as it is, Bool as 0 or 1, Double as its bits: one field, so a
    // node of a 12 MB session stays small.
    qint64 m_scalar = 0;
    qsizetype m_offset = -1;
    qsizetype m_end = -1;
    QString m_string;
    QList<JsonNode> m_items;
    QList<Member> m_members;
};

class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    // As deep as QJsonDocument nests: files either parser wrote read back.
    static constexpr int maxDepth = 1024;

    struct Error
    {
        qsizetype offset = -1; // -1: no error
        QString message;
    };

    // The value the whole of json holds (whitespace around it allowed), or
    // Undefined and *error set. Stricter than QJsonDocument where it is
    // lenient (a raw newline in a string, "\q", "1."), as the JSON standard
    // is. Expects valid UTF-8 (SourceText::checkEncoding first).
    static JsonNode parseTree(QByteArrayView json, Error *error);
    // The same, as QJsonValue.
    static QJsonValue parse(QByteArrayView json, Error *error);
};

} // namespace PromptDeck::Core
