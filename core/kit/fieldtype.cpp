#include "kit/fieldtype.h"

namespace PromptDeck::Core {

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Paragraph:
        return QStringLiteral("paragraph");
    case FieldType::List:
        return QStringLiteral("list");
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::Links:
        return QStringLiteral("links");
    }
    return {};
}

std::optional<FieldType> fieldTypeFromName(QStringView name)
{
    for (FieldType type : {FieldType::Text, FieldType::Paragraph, FieldType::List,
                           FieldType::Number, FieldType::Links}) {
        if (name == fieldTypeName(type))
            return type;
    }
    return std::nullopt;
}

} // namespace PromptDeck::Core
