#include "statestyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace PromptDeck::Gui {

using Core::CardState;

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor stateColor(CardState state, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (state) {
    case CardState::Waiting:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case CardState::Ready:
        return dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2); // sky blue / blue
    case CardState::Answered:
        return dark ? QColor(0x2E, 0xC4, 0x96) : QColor(0x00, 0x7E, 0x5C); // bluish green
    case CardState::Stale:
        return dark ? QColor(0xE6, 0x9F, 0x00) : QColor(0xC4, 0x4E, 0x00); // orange / vermillion
    }
    return palette.color(QPalette::WindowText);
}

void paintStateMark(QPainter *painter, const QRectF &rect, CardState state, const QPalette &palette)
{
    const QColor color = stateColor(state, palette);
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const qreal pen = std::max(1.5, side / 9.0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (state) {
    case CardState::Waiting:
        painter->setPen(QPen(color, pen, Qt::DotLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(box.adjusted(pen, pen, -pen, -pen));
        break;
    case CardState::Ready: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        QPainterPath triangle;
        triangle.moveTo(box.left() + side * 0.2, box.top() + side * 0.1);
        triangle.lineTo(box.right() - side * 0.1, box.center().y());
        triangle.lineTo(box.left() + side * 0.2, box.bottom() - side * 0.1);
        triangle.closeSubpath();
        painter->drawPath(triangle);
        break;
    }
    case CardState::Answered: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(box);
        QPainterPath tick;
        tick.moveTo(box.left() + side * 0.27, box.top() + side * 0.52);
        tick.lineTo(box.left() + side * 0.44, box.top() + side * 0.69);
        tick.lineTo(box.left() + side * 0.75, box.top() + side * 0.34);
        painter->setPen(QPen(palette.color(QPalette::Base), pen * 1.2, Qt::SolidLine, Qt::RoundCap,
                             Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
        break;
    }
    case CardState::Stale: {
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top() + side * 0.05);
        triangle.lineTo(box.right(), box.bottom() - side * 0.05);
        triangle.lineTo(box.left(), box.bottom() - side * 0.05);
        triangle.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPath(triangle);
        painter->setPen(
            QPen(palette.color(QPalette::Base), pen * 1.1, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(box.center().x(), box.top() + side * 0.36),
                          QPointF(box.center().x(), box.top() + side * 0.64));
        painter->drawPoint(QPointF(box.center().x(), box.top() + side * 0.8));
        break;
    }
    }
    painter->restore();
}

QColor checkColor(Core::CheckResult::Level level, const QPalette &palette)
{
    switch (level) {
    case Core::CheckResult::Level::Pass:
        return stateColor(CardState::Answered, palette);
    case Core::CheckResult::Level::Warn:
        return isDarkPalette(palette) ? QColor(0xE6, 0x9F, 0x00) : QColor(0xB0, 0x6E, 0x00);
    case Core::CheckResult::Level::Fail:
        return isDarkPalette(palette) ? QColor(0xFF, 0x7A, 0x45) : QColor(0xC0, 0x39, 0x00);
    }
    return palette.color(QPalette::WindowText);
}

void paintCheckMark(QPainter *painter, const QRectF &rect, Core::CheckResult::Level level,
                    const QPalette &palette)
{
    switch (level) {
    case Core::CheckResult::Level::Pass:
        paintStateMark(painter, rect, CardState::Answered, palette);
        return;
    case Core::CheckResult::Level::Warn: {
        // The stale mark's triangle, in the warning colour.
        const QColor color = checkColor(level, palette);
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top() + side * 0.05);
        triangle.lineTo(box.right(), box.bottom() - side * 0.05);
        triangle.lineTo(box.left(), box.bottom() - side * 0.05);
        triangle.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPath(triangle);
        const qreal pen = std::max(1.5, side / 9.0) * 1.1;
        painter->setPen(QPen(palette.color(QPalette::Base), pen, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(box.center().x(), box.top() + side * 0.36),
                          QPointF(box.center().x(), box.top() + side * 0.64));
        painter->drawPoint(QPointF(box.center().x(), box.top() + side * 0.8));
        painter->restore();
        return;
    }
    case Core::CheckResult::Level::Fail: {
        const QColor color = checkColor(level, palette);
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const qreal angle = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << QPointF(box.center().x() + side / 2 * std::cos(angle),
                               box.center().y() + side / 2 * std::sin(angle));
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(octagon);
        const qreal pen = std::max(1.5, side / 8.0);
        painter->setPen(QPen(palette.color(QPalette::Base), pen, Qt::SolidLine, Qt::RoundCap));
        const qreal d = side * 0.2;
        painter->drawLine(box.center() + QPointF(-d, -d), box.center() + QPointF(d, d));
        painter->drawLine(box.center() + QPointF(-d, d), box.center() + QPointF(d, -d));
        painter->restore();
        return;
    }
    }
}

namespace {
QColor tint(QColor color, const QPalette &palette, qreal amount)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(base.redF() + (color.redF() - base.redF()) * amount,
                            base.greenF() + (color.greenF() - base.greenF()) * amount,
                            base.blueF() + (color.blueF() - base.blueF()) * amount);
}
} // namespace

QColor briefTint(const QPalette &palette)
{
    return tint(stateColor(CardState::Ready, palette), palette,
                isDarkPalette(palette) ? 0.30 : 0.16);
}

QColor answerTint(const QPalette &palette)
{
    // Okabe–Ito yellow: a highlighter, clearly apart from the brief's blue.
    return tint(QColor(0xF0, 0xE4, 0x42), palette, isDarkPalette(palette) ? 0.30 : 0.38);
}

QColor missingTint(const QPalette &palette)
{
    return tint(stateColor(CardState::Stale, palette), palette,
                isDarkPalette(palette) ? 0.35 : 0.22);
}

} // namespace PromptDeck::Gui
