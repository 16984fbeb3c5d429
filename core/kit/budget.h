// A kit's word budget: each budgeted card's share, in percent, of one number
// field of the brief (the target word count). Shares are whole numbers that
// add up exactly to the total: each part is rounded, and the largest part
// takes what rounding left over, so 1,234 words at 10/50/15/15/10 are
// 123/618/185/185/123.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace PromptDeck::Core {

struct BudgetPart
{
    QString card; // a card id
    int percent = 0;
};

class Budget final
{
public:
    QString totalField;      // the brief's number field the shares are of
    QList<BudgetPart> parts; // in the kit's order; their percents add up to 100

    bool isEmpty() const { return totalField.isEmpty(); }
    bool hasPart(QStringView card) const;
    QStringList partNames() const;

    // Every part's share of total, in the order of parts, adding up to total.
    QList<qint64> shares(qint64 total) const;
    // One part's share, or none when the budget has no such part.
    std::optional<qint64> share(QStringView card, qint64 total) const;
    // {"total": total, card id: share, …} as templates see budget.<part>.
    QVariantMap toTemplateData(qint64 total) const;
};

} // namespace PromptDeck::Core
