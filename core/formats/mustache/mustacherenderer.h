// Renders a MustacheTemplate over data held in QVariants (maps, lists,
// strings, numbers, booleans). Values are inserted in one left-to-right pass
// and never expanded again, whatever "{{…}}" they contain. Prompt text is not
// escaped; HTML escaping is an option (the specification's default, used for
// HTML export and conformance). Partial depth and output size are capped.
#pragma once

#include "base/inputlimits.h"
#include "mustache/mustachetemplate.h"
#include "mustache/templatespan.h"

#include <QHash>
#include <QVariant>

#include <functional>
#include <optional>

namespace PromptDeck::Core {

using MustachePartials = QHash<QString, MustacheTemplate>;

class MustacheRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(MustacheRenderer)

public:
    struct Options
    {
        bool htmlEscape = false;
        bool collectSpans = false;
        int maxPartialDepth = Limits::maxPartialDepth;
        qsizetype maxOutput = Limits::maxRenderedChars;
        qsizetype maxSteps = Limits::maxRenderSteps;
        // Asked when a variable finds no value; the text it returns is
        // inserted and marked as a Missing span. Without it, nothing is.
        std::function<std::optional<QString>(const MustacheNode &)> missingValue;
    };

    MustacheRenderer() = default;
    explicit MustacheRenderer(const MustachePartials *partials);
    MustacheRenderer(const MustachePartials *partials, Options options);

    Result<RenderedText> render(const MustacheTemplate &tpl, const QVariant &data) const;

    // How values read: numbers in their shortest form, lists joined by ", ".
    static QString valueToString(const QVariant &value);
    static bool isTruthy(const QVariant &value);
    static QString escapeHtml(QStringView text);

private:
    const MustachePartials *m_partials = nullptr;
    Options m_options;
    mutable QHash<QString, MustacheTemplate> m_indentedPartials;

    friend class RenderRun;
};

} // namespace PromptDeck::Core
