// The kinds of brief field a kit can declare.
#pragma once

#include <QString>

#include <optional>

namespace PromptDeck::Core {

enum class FieldType
{
    Text,      // one line
    Paragraph, // several lines
    List,      // a list of short texts
    Number,    // a whole number
    Links,     // a list of articles: title, optional URL, whether it is the pillar
};

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(QStringView name);

} // namespace PromptDeck::Core
