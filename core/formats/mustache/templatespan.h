// Where a stretch of rendered output came from, so the window can mark text
// that was filled in from the brief or from an earlier answer.
#pragma once

#include <QList>
#include <QString>

namespace PromptDeck::Core {

struct TemplateSpan
{
    enum class Kind
    {
        Literal, // the template's own text
        Partial, // text written in a partial; source is the partial's name
        Value,   // a value from the data; source is its dotted path ("brief.title")
        Missing, // a marker standing in for a value that is not there yet
    };

    qsizetype start = 0;
    qsizetype length = 0;
    Kind kind = Kind::Literal;
    QString source;

    bool operator==(const TemplateSpan &other) const = default;
};

using TemplateSpans = QList<TemplateSpan>;

struct RenderedText
{
    QString text;
    TemplateSpans spans; // in order, without gaps, when spans were asked for
};

} // namespace PromptDeck::Core
