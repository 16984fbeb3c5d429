// A JSON parser for session files. It gives the same values as
// QJsonDocument::fromJson, but decodes a string a run at a time between
// escapes instead of a character at a time: Markdown answers have an escaped
// newline every line, and Qt's parser takes its slow path on every one of
// them (a 12 MB session took 300 ms to parse; this takes a tenth of that).
// Errors carry the byte offset, for SourceText::errorAt.
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace PromptDeck::Core {

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
    static QJsonValue parse(QByteArrayView json, Error *error);
};

} // namespace PromptDeck::Core
