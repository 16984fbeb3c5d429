#include "publishchecklistdialog.h"

#include "clipboard.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

PublishChecklistDialog::PublishChecklistDialog(ArticleChecklist list, Clipboard *clipboard,
                                               QWidget *parent)
    : QDialog(parent)
    , m_list(std::move(list))
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("publishChecklistDialog"));
    setWindowTitle(tr("Before You Publish"));
    resize(860, 520);

    auto *note = new QLabel(tr("What to check in the article before you publish it. Lines are "
                               "those of the article as File › Export writes it in Markdown."));
    note->setWordWrap(true);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setAccessibleName(tr("What to check"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("What to check"), tr("Line")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyChecklistButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(copy, &QPushButton::clicked, this, &PublishChecklistDialog::copyList);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    fill();
}

void PublishChecklistDialog::fill()
{
    m_tree->clear();
    if (m_list.isEmpty()) {
        new QTreeWidgetItem(m_tree, {tr("Nothing left to check.")});
        return;
    }
    for (const ArticleChecklist::Group group : ArticleChecklist::groups()) {
        const QList<ChecklistItem> items = m_list.items(group);
        if (items.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem(
            m_tree, {tr("%1 (%2)").arg(ArticleChecklist::groupTitle(group)).arg(items.size())});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (const ChecklistItem &item : items) {
            QString text = item.text;
            if (!item.source.isEmpty())
                text += tr(" — Source: %1").arg(item.source);
            const bool unused = group == ArticleChecklist::Group::Facts && !item.used;
            auto *row = new QTreeWidgetItem(
                heading, {text, item.line > 0 ? QString::number(item.line)
                                              : (unused ? tr("not in the article") : QString())});
            row->setToolTip(0, text);
            row->setTextAlignment(1, Qt::AlignRight | Qt::AlignTop);
        }
        heading->setExpanded(true);
    }
}

void PublishChecklistDialog::copyList()
{
    m_clipboard->setText(m_list.toMarkdown());
}

} // namespace PromptDeck::Gui
