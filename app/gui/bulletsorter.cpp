#include "bulletsorter.h"

#include <QBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace PromptDeck::Gui {

BulletSorter::BulletSorter(const QStringList &titles, QWidget *parent)
    : QWidget(parent)
    , m_titles(titles)
{
    setObjectName(QStringLiteral("bulletSorter"));
    auto *columns = new QHBoxLayout;
    for (int i = 0; i < listCount; ++i) {
        auto *column = new QVBoxLayout;
        m_labels[i] = new QLabel(this);
        QFont bold = m_labels[i]->font();
        bold.setBold(true);
        m_labels[i]->setFont(bold);
        m_lists[i] = new QListWidget(this);
        m_lists[i]->setObjectName(QStringLiteral("bulletList%1").arg(i));
        m_lists[i]->setAccessibleName(titles.value(i));
        m_lists[i]->setWordWrap(true);
        // Long bullets wrap: alternate rows show where one ends.
        m_lists[i]->setAlternatingRowColors(true);
        m_lists[i]->setSpacing(2);
        m_lists[i]->setDragDropMode(QAbstractItemView::DragDrop);
        m_lists[i]->setDefaultDropAction(Qt::MoveAction);
        m_lists[i]->setSelectionMode(QAbstractItemView::SingleSelection);
        m_lists[i]->setEditTriggers(QAbstractItemView::DoubleClicked |
                                    QAbstractItemView::EditKeyPressed);
        m_labels[i]->setBuddy(m_lists[i]);
        column->addWidget(m_labels[i]);
        column->addWidget(m_lists[i], 1);
        columns->addLayout(column, 1);
        connect(m_lists[i]->model(), &QAbstractItemModel::rowsInserted, this,
                &BulletSorter::updateTitles);
        connect(m_lists[i]->model(), &QAbstractItemModel::rowsRemoved, this,
                &BulletSorter::updateTitles);
        // One selection across the three lists: the item the buttons move.
        connect(m_lists[i], &QListWidget::itemSelectionChanged, this, [this, i] {
            if (m_lists[i]->selectedItems().isEmpty())
                return;
            for (int other = 0; other < listCount; ++other) {
                if (other != i)
                    m_lists[other]->clearSelection();
            }
        });
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Move the selected item to:"), this));
    for (int i = 0; i < listCount; ++i) {
        auto *move = new QPushButton(tr("&%1 %2").arg(i + 1).arg(titles.value(i)), this);
        move->setObjectName(QStringLiteral("moveTo%1").arg(i));
        move->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        move->setToolTip(tr("Alt+%1").arg(i + 1));
        connect(move, &QPushButton::clicked, this, [this, i] { moveSelectedTo(i); });
        buttons->addWidget(move);
    }
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeBullet"));
    connect(remove, &QPushButton::clicked, this, &BulletSorter::removeSelected);
    buttons->addSpacing(12);
    buttons->addWidget(remove);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
    updateTitles();
}

void BulletSorter::setItems(int list, const QStringList &items)
{
    m_lists[list]->clear();
    for (const QString &text : items) {
        auto *item = new QListWidgetItem(text, m_lists[list]);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
    }
    updateTitles();
}

QStringList BulletSorter::items(int list) const
{
    QStringList out;
    for (int row = 0; row < m_lists[list]->count(); ++row) {
        const QString text = m_lists[list]->item(row)->text().trimmed();
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

QListWidget *BulletSorter::selectedList() const
{
    for (QListWidget *list : m_lists) {
        if (!list->selectedItems().isEmpty())
            return list;
    }
    return nullptr;
}

void BulletSorter::moveSelectedTo(int to)
{
    QListWidget *from = selectedList();
    if (!from || from == m_lists[to])
        return;
    const int row = from->row(from->selectedItems().first());
    QListWidgetItem *item = from->takeItem(row);
    m_lists[to]->addItem(item);
    m_lists[to]->setCurrentItem(item);
    updateTitles();
}

void BulletSorter::removeSelected()
{
    if (QListWidget *from = selectedList())
        delete from->takeItem(from->row(from->selectedItems().first()));
    updateTitles();
}

void BulletSorter::updateTitles()
{
    for (int i = 0; i < listCount; ++i)
        m_labels[i]->setText(tr("%1 (%2)").arg(m_titles.value(i)).arg(m_lists[i]->count()));
}

} // namespace PromptDeck::Gui
