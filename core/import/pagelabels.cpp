#include "import/pagelabels.h"

namespace PromptDeck::Core {

PageLabels::PageLabels(const Kit &kit)
{
    for (const FieldDef &field : kit.fields) {
        if (field.pageLabels.isEmpty())
            continue;
        QStringList alternatives;
        for (const QString &label : field.pageLabels)
            alternatives.append(QRegularExpression::escape(label));
        // Anchored at both ends, so one label being the start of another
        // ("Common mistakes", "Common mistakes to avoid") cannot take its line.
        m_labels.append(
            {field.key, QRegularExpression(QStringLiteral("^(?:%1)\\s*(?:[:：]\\s*(.*))?$")
                                               .arg(alternatives.join(QLatin1Char('|'))),
                                           QRegularExpression::CaseInsensitiveOption)});
        if (field.type == FieldType::List)
            m_lists.insert(field.key);
    }
}

std::optional<PageLabels::Match> PageLabels::match(const QString &line) const
{
    for (const Label &label : m_labels) {
        const QRegularExpressionMatch found = label.pattern.match(line);
        if (found.hasMatch())
            return Match{label.key, found.captured(1).trimmed()};
    }
    return std::nullopt;
}

} // namespace PromptDeck::Core
