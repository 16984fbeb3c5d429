#include "carddelegate.h"

#include "models/cardroles.h"
#include "statestyle.h"

#include <QApplication>
#include <QPainter>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

namespace {
int phaseHeight(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() + 12;
}
} // namespace

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int row = option.fontMetrics.height() + 14;
    const bool first = index.data(CardRoles::FirstInPhase).toBool();
    return {200, row + (first ? phaseHeight(option) : 0)};
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QRect rect = opt.rect;
    painter->save();
    if (index.data(CardRoles::FirstInPhase).toBool()) {
        QRect phaseRect = rect;
        phaseRect.setHeight(phaseHeight(option));
        QFont font = opt.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.9);
        painter->setFont(font);
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(phaseRect.adjusted(10, 4, -4, 0), Qt::AlignLeft | Qt::AlignBottom,
                          index.data(CardRoles::PhaseName).toString().toUpper());
        rect.setTop(phaseRect.bottom() + 1);
    }
    QStyleOptionViewItem rowOption = opt;
    rowOption.rect = rect;
    rowOption.text.clear();
    rowOption.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &rowOption, painter, widget);

    const auto state = CardState(index.data(CardRoles::State).toInt());
    const int mark = opt.fontMetrics.height();
    paintStateMark(painter, QRectF(rect.left() + 10, rect.center().y() - mark / 2.0, mark, mark),
                   state, opt.palette);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QString text = tr("%1. %2")
                             .arg(index.data(CardRoles::Number).toInt())
                             .arg(index.data(CardRoles::Title).toString());
    const QRect textRect = rect.adjusted(10 + mark + 8, 0, -6, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace PromptDeck::Gui
