#include "statebadge.h"

#include "statestyle.h"

#include <QEvent>
#include <QPainter>

namespace PromptDeck::Gui {

StateBadge::StateBadge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(text());
}

void StateBadge::setState(Core::CardState state)
{
    if (m_state == state)
        return;
    m_state = state;
    setAccessibleName(text());
    updateGeometry();
    update();
}

QString StateBadge::text() const
{
    return Core::cardStateLabel(m_state);
}

QSize StateBadge::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int mark = metrics.height();
    // Wide enough for the longest state word in bold, so badges line up.
    int widest = 0;
    for (auto state : {Core::CardState::Waiting, Core::CardState::Ready, Core::CardState::Answered,
                       Core::CardState::Stale})
        widest = std::max(widest, metrics.horizontalAdvance(Core::cardStateLabel(state)));
    return {mark + 6 + widest + 2, mark + 4};
}

void StateBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics(font());
    const int mark = metrics.height();
    const QRectF markRect(1, (height() - mark) / 2.0 + 1, mark - 2, mark - 2);
    paintStateMark(&painter, markRect, m_state, palette());
    painter.setPen(stateColor(m_state, palette()));
    QFont bold = font();
    bold.setBold(m_state != Core::CardState::Waiting);
    painter.setFont(bold);
    painter.drawText(QRect(mark + 6, 0, width() - mark - 6, height()),
                     Qt::AlignVCenter | Qt::AlignLeft, text());
}

void StateBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace PromptDeck::Gui
