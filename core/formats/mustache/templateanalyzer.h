// Checks a template against what its data will hold, before any data exists:
// every name must resolve (through section contexts, as Mustache resolves
// it), every partial must exist, and partials must not include themselves.
// What the template reads comes out as references, which is how a card's
// dependencies on brief fields and earlier answers are derived.
#pragma once

#include "mustache/mustacherenderer.h"
#include "mustache/mustachetemplate.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace PromptDeck::Core {

// Describes the data a template will be rendered with. Paths are absolute
// from the root; "[]" stands for "any item of this list".
class TemplateSchema
{
public:
    enum class Type
    {
        Map,
        List,
        Text,
        Number,
        Bool
    };

    virtual ~TemplateSchema() = default;
    virtual std::optional<Type> typeAt(const QStringList &path) const = 0;
    // Names a Map has, for suggestions in messages.
    virtual QStringList membersAt(const QStringList &path) const = 0;
};

struct TemplateReference
{
    QStringList path; // absolute, with "[]" for list items
    QString partial;  // empty when the reference is in the template itself
    int line = 0;
    int column = 0;
};

struct TemplateProblem
{
    enum class Kind
    {
        UnknownName,
        UnknownPartial,
        PartialCycle,
        IteratorOutsideList
    };

    Kind kind = Kind::UnknownName;
    QString name;           // the tag's name as written
    QStringList resolved;   // UnknownName: the absolute path that did resolve
    QString missing;        // UnknownName: the first segment that did not
    QStringList candidates; // UnknownName: what could have been meant there
    QStringList chain;      // PartialCycle: partial names, the first repeated at the end
    QString partial;        // where the problem is: empty for the template itself
    int line = 0;
    int column = 0;
};

struct TemplateAnalysis
{
    QList<TemplateReference> references;
    QList<TemplateProblem> problems;
};

class TemplateAnalyzer final
{
public:
    TemplateAnalyzer(const TemplateSchema &schema, const MustachePartials &partials);

    TemplateAnalysis analyze(const MustacheTemplate &tpl) const;

private:
    const TemplateSchema &m_schema;
    const MustachePartials &m_partials;
};

} // namespace PromptDeck::Core
