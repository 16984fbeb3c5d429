#include "kit/kit.h"

#include <QCoreApplication>

namespace PromptDeck::Core {

const QStringList &kitPageSlotNames()
{
    // In PageSlot order, after None.
    static const QStringList names{
        QStringLiteral("title"),         QStringLiteral("primary_keyword"),
        QStringLiteral("intent"),        QStringLiteral("word_count"),
        QStringLiteral("tone"),          QStringLiteral("map"),
        QStringLiteral("content_group"), QStringLiteral("audience"),
        QStringLiteral("angle"),         QStringLiteral("secondary_keywords"),
        QStringLiteral("mistakes"),      QStringLiteral("tips")};
    return names;
}

QString pageSlotName(PageSlot slot)
{
    const auto index = static_cast<qsizetype>(slot) - 1;
    return index < 0 ? QString() : kitPageSlotNames().at(index);
}

std::optional<PageSlot> pageSlotFromName(QStringView name)
{
    const qsizetype index = kitPageSlotNames().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return static_cast<PageSlot>(index + 1);
}

bool pageSlotHoldsList(PageSlot slot)
{
    return slot == PageSlot::SecondaryKeywords || slot == PageSlot::Mistakes ||
           slot == PageSlot::Tips;
}

int Kit::cardIndex(QStringView id) const
{
    for (int i = 0; i < cards.size(); ++i) {
        if (cards.at(i).id == id)
            return i;
    }
    return -1;
}

int Kit::phaseIndex(QStringView id) const
{
    for (int i = 0; i < phases.size(); ++i) {
        if (phases.at(i).id == id)
            return i;
    }
    return -1;
}

const FieldDef *Kit::field(QStringView key) const
{
    for (const FieldDef &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

const FieldDef *Kit::fieldForSlot(PageSlot slot) const
{
    if (slot == PageSlot::None)
        return nullptr;
    for (const FieldDef &f : fields) {
        if (f.pageSlot == slot)
            return &f;
    }
    return nullptr;
}

const CardDef *Kit::card(QStringView id) const
{
    const int index = cardIndex(id);
    return index < 0 ? nullptr : &cards.at(index);
}

QString ExportDef::suggestedFileName(const QString &base) const
{
    return base + QLatin1Char('-') + id + QLatin1Char('.') + format;
}

QStringList ArticleDef::cards() const
{
    QStringList ids = parts;
    if (!examples.isEmpty())
        ids.append(examples);
    if (!links.isEmpty())
        ids.append(links);
    return ids;
}

QStringList Kit::fieldKeys() const
{
    QStringList keys;
    keys.reserve(fields.size());
    for (const FieldDef &f : fields)
        keys.append(f.key);
    return keys;
}

QString Kit::cardLabel(int index) const
{
    if (index < 0 || index >= cards.size())
        return {};
    return QCoreApplication::translate("Kit", "card %1, %2")
        .arg(index + 1)
        .arg(cards.at(index).title);
}

} // namespace PromptDeck::Core
