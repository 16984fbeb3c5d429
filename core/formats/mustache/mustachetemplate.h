// A parsed Mustache template (https://mustache.github.io/mustache.5.html):
// text, {{variables}}, {{#sections}}, {{^inverted}} sections, {{>partials}},
// comments and {{=<% %>=}} delimiter changes, with the specification's rules
// for standalone lines already applied. Parsing happens once, when a kit is
// loaded; rendering walks this tree.
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace PromptDeck::Core {

struct MustacheNode
{
    enum class Type
    {
        Text,
        Variable,
        Section,
        InvertedSection,
        Partial
    };

    Type type = Type::Text;
    QString text;       // Text: the literal text; otherwise the tag's name as written
    QStringList path;   // the name split at dots; empty for the implicit iterator "."
    bool escape = true; // Variable: {{x}} escapes in HTML mode, {{{x}}} and {{&x}} never
    QString indent;     // Partial: the whitespace before a standalone partial tag
    int line = 0;       // 1-based position of the tag or text in the template
    int column = 0;
    std::vector<MustacheNode> children; // sections
};

class MustacheTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(MustacheTemplate)

public:
    static constexpr int maxSectionDepth = 100;

    MustacheTemplate() = default;

    // Errors carry the line and column inside the template text and no file
    // name; callers that know where the template came from translate them.
    static Result<MustacheTemplate> parse(const QString &source);

    const QString &source() const { return m_source; }
    const std::vector<MustacheNode> &nodes() const { return m_nodes; }

    // The same template with every line indented, as the specification asks
    // for partials whose tag stands alone on an indented line.
    MustacheTemplate indented(const QString &indent) const;

private:
    QString m_source;
    std::vector<MustacheNode> m_nodes;
};

} // namespace PromptDeck::Core
