// Fuzz target: the Mustache engine. The input is a template, optionally
// followed by partials, each after a line "%%%%": the partial's name on the
// first line, its template below (partials may include each other). It
// renders over fixed data in both modes. Nothing may crash or hang; the caps on partial depth,
// steps and output must hold; an inserted value is never expanded again.
#include "fuzzsupport.h"
#include "mustache/mustacherenderer.h"

#include <cstddef>
#include <cstdint>

using namespace PromptDeck;
using namespace PromptDeck::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::ensureApplication();
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList parts = input.split(QStringLiteral("\n%%%%\n"));
    const Result<MustacheTemplate> tpl = MustacheTemplate::parse(parts.first());
    if (!tpl) {
        Fuzz::require(tpl.error().line >= 1);
        return 0;
    }
    MustachePartials partials;
    for (qsizetype i = 1; i < parts.size() && i <= 32; ++i) {
        const qsizetype newline = parts.at(i).indexOf(QLatin1Char('\n'));
        const QString name = parts.at(i).left(newline);
        if (Result<MustacheTemplate> partial =
                MustacheTemplate::parse(newline < 0 ? QString() : parts.at(i).mid(newline + 1)))
            partials.insert(name, partial.value());
    }
    // The value of x holds tags: it must come out as written.
    const QString hostile = QStringLiteral("{{x}}{{> a}}\\1$&");
    const QVariantMap root{
        {QStringLiteral("x"), hostile},
        {QStringLiteral("n"), 3},
        {QStringLiteral("t"), true},
        {QStringLiteral("f"), false},
        {QStringLiteral("list"),
         QVariantList{QStringLiteral("one"), 2, QVariantMap{{QStringLiteral("x"), 1}}}},
        {QStringLiteral("map"), QVariantMap{{QStringLiteral("x"), QStringLiteral("inner")},
                                            {QStringLiteral("list"), QVariantList{true, false}}}},
    };
    for (const bool html : {false, true}) {
        MustacheRenderer::Options options;
        options.htmlEscape = html;
        options.collectSpans = true;
        options.maxOutput = 1 << 20;
        options.maxSteps = 200000;
        options.missingValue = [](const MustacheNode &) { return QStringLiteral("[MISSING]"); };
        const Result<RenderedText> out =
            MustacheRenderer(&partials, options).render(tpl.value(), root);
        if (!out)
            continue;
        Fuzz::require(out.value().text.size() <= options.maxOutput);
        // Spans lie inside the output, in order.
        qsizetype end = 0;
        for (const TemplateSpan &span : out.value().spans) {
            Fuzz::require(span.start >= end && span.length >= 0);
            end = span.start + span.length;
            Fuzz::require(end <= out.value().text.size());
            // Adjacent values of one source share a span: x, x times over.
            if (!html && span.kind == TemplateSpan::Kind::Value &&
                span.source == QLatin1String("x")) {
                Fuzz::require(span.length % hostile.size() == 0);
                Fuzz::require(out.value().text.mid(span.start, span.length) ==
                              hostile.repeated(span.length / hostile.size()));
            }
        }
    }
    return 0;
}
