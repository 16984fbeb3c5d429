#include "librarydialog.h"

#include "librarydelegate.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>

namespace PromptDeck::Gui {

using Core::LibraryModel;

LibraryDialog::LibraryDialog(LibraryModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("libraryDialog"));
    setWindowTitle(tr("Library — %1").arg(model->map().name));
    resize(900, 640);

    auto *heading = new QLabel(model->map().name);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    heading->setFont(font);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("librarySummary"));
    auto *where = new QLabel(tr("Sessions are kept next to the map: %1").arg(model->map().file));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view = new QListView;
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setAccessibleName(tr("Articles"));
    m_view->setModel(model);
    m_view->setItemDelegate(new LibraryDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_open = buttons->addButton(tr("Open Session"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openArticleButton"));
    QPushButton *refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] { choose(m_view->currentIndex().row()); });
    connect(refresh, &QPushButton::clicked, this, [this] {
        m_model->refresh();
        m_summary->setText(m_model->summary());
    });
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { choose(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LibraryDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(where);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    m_summary->setText(model->summary());
    if (model->rowCount() > 0)
        m_view->setCurrentIndex(model->index(0));
    updateButtons();
}

void LibraryDialog::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_open->setEnabled(current.isValid());
    const bool started = LibraryModel::ArticleStatus(current.data(LibraryModel::Status).toInt()) !=
                         LibraryModel::ArticleStatus::NotStarted;
    m_open->setText(started ? tr("Open Session") : tr("Start Session"));
}

void LibraryDialog::choose(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_chosen = row;
    accept();
}

} // namespace PromptDeck::Gui
