#include "kit/kit.h"

#include <QCoreApplication>

namespace PromptDeck::Core {

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

const CardDef *Kit::card(QStringView id) const
{
    const int index = cardIndex(id);
    return index < 0 ? nullptr : &cards.at(index);
}

QString ExportDef::suggestedFileName(const QString &base) const
{
    return base + QLatin1Char('-') + id + QLatin1Char('.') + format;
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
