// Reads a labelled line's value from an answer ("Meta title: …"), the way
// an AI actually writes it: any case, in Markdown bold, after a list bullet
// or a number, with the label's variants ("SEO title", "Title").
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace PromptDeck::Core {

class LabelReader final
{
public:
    struct Value
    {
        QString label; // the label as the answer wrote it
        QString text;  // the value, without bold marks or quotes around it
        int line = 0;  // 1-based
    };

    // labels: the main label first, then its variants; the first label that
    // appears wins, so "Title" does not shadow "Meta title".
    static std::optional<Value> find(QStringView text, const QStringList &labels);
    // The text with every line that holds one of the labels (as find reads
    // them) left empty: "Goes in: …" placement notes that are not prose.
    static QString withoutLabelledLines(QStringView text, const QStringList &labels);
};

} // namespace PromptDeck::Core
