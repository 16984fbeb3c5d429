// Paints a card in the navigator list: its state mark, number and title,
// with the phase name above the first card of each phase.
#pragma once

#include <QStyledItemDelegate>

namespace PromptDeck::Gui {

class CardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace PromptDeck::Gui
