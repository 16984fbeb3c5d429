#include "librarydelegate.h"

#include "models/librarymodel.h"
#include "statestyle.h"

#include <QApplication>
#include <QPainter>

namespace PromptDeck::Gui {

using Core::LibraryModel;

namespace {
int groupHeight(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() + 16;
}
} // namespace

QSize LibraryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int row = option.fontMetrics.height() + 16;
    return {600, row + (index.data(LibraryModel::FirstInGroup).toBool() ? groupHeight(option) : 0)};
}

void LibraryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QRect rect = opt.rect;
    painter->save();
    if (index.data(LibraryModel::FirstInGroup).toBool()) {
        QRect groupRect = rect;
        groupRect.setHeight(groupHeight(option));
        QFont font = opt.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(groupRect.adjusted(8, 4, -4, 0), Qt::AlignLeft | Qt::AlignBottom,
                          index.data(LibraryModel::Group).toString());
        rect.setTop(groupRect.bottom() + 1);
    }
    QStyleOptionViewItem rowOption = opt;
    rowOption.rect = rect;
    rowOption.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &rowOption, painter, widget);

    const auto status = LibraryModel::ArticleStatus(index.data(LibraryModel::Status).toInt());
    const int mark = opt.fontMetrics.height();
    const QRectF markRect(rect.left() + 12, rect.center().y() - mark / 2.0, mark, mark);
    switch (status) {
    case LibraryModel::ArticleStatus::NotStarted:
        paintStateMark(painter, markRect, Core::CardState::Waiting, opt.palette);
        break;
    case LibraryModel::ArticleStatus::InProgress:
        paintStateMark(painter, markRect, Core::CardState::Ready, opt.palette);
        break;
    case LibraryModel::ArticleStatus::Done:
        paintStateMark(painter, markRect, Core::CardState::Answered, opt.palette);
        break;
    case LibraryModel::ArticleStatus::ChecksFailing:
    case LibraryModel::ArticleStatus::Unreadable:
        paintCheckMark(painter, markRect, Core::CheckResult::Level::Fail, opt.palette);
        break;
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QString statusText = index.data(LibraryModel::StatusText).toString();
    const int statusWidth =
        std::min(opt.fontMetrics.horizontalAdvance(statusText) + 8, rect.width() / 3);
    const QRect statusRect(rect.right() - statusWidth - 8, rect.top(), statusWidth, rect.height());
    QString title = index.data(LibraryModel::Title).toString();
    if (index.data(LibraryModel::Pillar).toBool())
        title = tr("%1 — pillar").arg(title);
    const QRect titleRect = rect.adjusted(12 + mark + 10, 0, -(statusWidth + 24), 0);
    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->setPen(selected ? text : opt.palette.color(QPalette::PlaceholderText));
    painter->drawText(statusRect, Qt::AlignVCenter | Qt::AlignRight,
                      opt.fontMetrics.elidedText(statusText, Qt::ElideRight, statusRect.width()));
    painter->restore();
}

} // namespace PromptDeck::Gui
