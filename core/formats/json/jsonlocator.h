// Qt's JSON parser reports positions only for syntax errors. When valid JSON
// holds the wrong thing ("format_version" is text, an answer is a number),
// this finds where that value is written so the message can say line and
// column. Used on the error path only.
#pragma once

#include <QByteArrayView>
#include <QVariantList>

namespace PromptDeck::Core {

class JsonLocator final
{
public:
    // Byte offset of the value at path (object keys as QString, array indexes
    // as int). When the path does not exist, the offset of the deepest part
    // of it that does.
    static qsizetype offsetOf(QByteArrayView json, const QVariantList &path);
};

} // namespace PromptDeck::Core
