#include "checklist.h"

#include "statestyle.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPainter>

namespace PromptDeck::Gui {

using Level = Core::CheckResult::Level;

CheckMark::CheckMark(Level level, QWidget *parent)
    : QWidget(parent)
    , m_level(level)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(Core::checkLevelLabel(level));
}

QSize CheckMark::sizeHint() const
{
    const int side = fontMetrics().height();
    return {side, side};
}

void CheckMark::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintCheckMark(&painter, QRectF(rect()).adjusted(1, 1, -1, -1), m_level, palette());
}

CheckList::CheckList(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("checkList"));
    setAccessibleName(tr("Answer checks"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 2, 0, 0);
    m_layout->setSpacing(3);
}

void CheckList::setResults(const QVariantList &results)
{
    // Each row is a layout holding a mark and a label; a nested layout is
    // its own layout item, so it is deleted once, after its widgets.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item;
    }
    m_count = int(results.size());
    for (const QVariant &entry : results) {
        const QVariantMap result = entry.toMap();
        const auto level = Level(result.value(QStringLiteral("level")).toInt());
        auto *row = new QHBoxLayout;
        row->setSpacing(8);
        auto *mark = new CheckMark(level);
        auto *text = new QLabel(result.value(QStringLiteral("message")).toString());
        text->setObjectName(QStringLiteral("checkMessage"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAccessibleName(tr("%1: %2").arg(Core::checkLevelLabel(level), text->text()));
        row->addWidget(mark, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        m_layout->addLayout(row);
    }
    setVisible(!results.isEmpty());
}

QStringList CheckList::messages() const
{
    QStringList list;
    for (const QLabel *label : findChildren<QLabel *>(QStringLiteral("checkMessage")))
        list.append(label->text());
    return list;
}

} // namespace PromptDeck::Gui
