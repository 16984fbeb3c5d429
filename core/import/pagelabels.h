// The labels a kit's fields stand under on an article page (page_labels in
// the kit): a line that is a label, alone or before a colon, starts the field.
#pragma once

#include "kit/kit.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <optional>

namespace PromptDeck::Core {

class PageLabels final
{
public:
    explicit PageLabels(const Kit &kit);

    struct Match
    {
        QString key;
        QString inlineValue; // what follows the colon, if anything
    };
    std::optional<Match> match(const QString &line) const;

    // Whether the field takes the items under its label as a list.
    bool isList(const QString &key) const { return m_lists.contains(key); }

private:
    struct Label
    {
        QString key;
        QRegularExpression pattern;
    };
    QList<Label> m_labels;
    QSet<QString> m_lists;
};

} // namespace PromptDeck::Core
