// Paints an article of the Library: the group's name above its first
// article, the title (with "pillar" for the group's pillar), and the
// session's state as a mark of its own shape and words.
#pragma once

#include <QStyledItemDelegate>

namespace PromptDeck::Gui {

class LibraryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace PromptDeck::Gui
