#include "kit/budget.h"

#include <cmath>

namespace PromptDeck::Core {

namespace {

// percent % of total, rounded half away from zero, without overflowing for
// any total: the whole hundreds are exact, only the rest is rounded.
qint64 roundedShare(qint64 total, int percent)
{
    const qint64 hundreds = total / 100;
    const qint64 rest = total % 100;
    return hundreds * percent + std::llround(double(rest * percent) / 100.0);
}

} // namespace

bool Budget::hasPart(QStringView card) const
{
    for (const BudgetPart &part : parts) {
        if (part.card == card)
            return true;
    }
    return false;
}

QStringList Budget::partNames() const
{
    QStringList names;
    names.reserve(parts.size());
    for (const BudgetPart &part : parts)
        names.append(part.card);
    return names;
}

QList<qint64> Budget::shares(qint64 total) const
{
    QList<qint64> out;
    out.reserve(parts.size());
    qint64 sum = 0;
    qsizetype largest = -1;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        out.append(roundedShare(total, parts.at(i).percent));
        sum += out.last();
        if (largest < 0 || parts.at(i).percent > parts.at(largest).percent)
            largest = i;
    }
    if (largest >= 0)
        out[largest] += total - sum;
    return out;
}

std::optional<qint64> Budget::share(QStringView card, qint64 total) const
{
    const QList<qint64> all = shares(total);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i).card == card)
            return all.at(i);
    }
    return std::nullopt;
}

QVariantMap Budget::toTemplateData(qint64 total) const
{
    QVariantMap data{{QStringLiteral("total"), total}};
    const QList<qint64> all = shares(total);
    for (qsizetype i = 0; i < parts.size(); ++i)
        data.insert(parts.at(i).card, all.at(i));
    return data;
}

} // namespace PromptDeck::Core
