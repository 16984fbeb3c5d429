#include "carddeck.h"

#include "cardwidget.h"

#include <QBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTimer>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

CardDeck::CardDeck(SessionDocument *document, CardListModel *model, Dialogs *dialogs,
                   QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_model(model)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("cardDeck"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    connect(model, &QAbstractItemModel::modelReset, this, &CardDeck::rebuild);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_restoring)
            return;
        m_pendingScroll = -1; // the user scrolled: their position wins
        Q_EMIT viewChanged();
    });
    // A restored position waits for the layout to make room for it; in a
    // smaller window it lands as far as the deck goes.
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_pendingScroll < 0)
            return;
        const QScopedValueRollback restoring(m_restoring, true);
        verticalScrollBar()->setValue(std::min(m_pendingScroll, max));
        if (max >= m_pendingScroll)
            m_pendingScroll = -1;
    });
    rebuild();
}

void CardDeck::rebuild()
{
    // Building the deck is not the user changing the view.
    const QScopedValueRollback restoring(m_restoring, true);
    m_cards.clear();
    m_current = -1;
    delete takeWidget();
    m_container = new QWidget;
    m_container->setObjectName(QStringLiteral("deckContainer"));
    m_layout = new QVBoxLayout(m_container);
    m_layout->setContentsMargins(16, 8, 16, 24);
    m_layout->setSpacing(8);

    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(CardRoles::FirstInPhase).toBool()) {
            const int phaseNumber =
                m_document->kit().phaseIndex(index.data(CardRoles::PhaseId).toString()) + 1;
            auto *heading = new QLabel(tr("Phase %1 · %2")
                                           .arg(phaseNumber)
                                           .arg(index.data(CardRoles::PhaseName).toString()),
                                       m_container);
            heading->setObjectName(QStringLiteral("phaseHeading"));
            QFont font = heading->font();
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 1.15);
            heading->setFont(font);
            heading->setContentsMargins(2, row == 0 ? 4 : 14, 0, 2);
            m_layout->addWidget(heading);
        }
        auto *card = new CardWidget(m_document, m_model, m_dialogs, row, m_container);
        m_cards.append(card);
        m_layout->addWidget(card);
        connect(card, &CardWidget::expandedChanged, this, [this, row](bool expanded) {
            if (expanded)
                setCurrentCard(row);
            if (!m_restoring)
                Q_EMIT viewChanged();
        });
        connect(card, &CardWidget::headerFocused, this, [this, row] { setCurrentCard(row); });
        connect(card, &CardWidget::copyPromptRequested, this, &CardDeck::copyPromptRequested);
        connect(card, &CardWidget::pasteAnswerRequested, this, &CardDeck::pasteAnswerRequested);
        connect(card, &CardWidget::historyRequested, this, &CardDeck::historyRequested);
        connect(card, &CardWidget::dismissStaleRequested, this, &CardDeck::dismissStaleRequested);
        connect(card, &CardWidget::messageRequested, this, &CardDeck::messageRequested);
    }
    m_layout->addStretch(1);
    setWidget(m_container);
    updateBodyHeights();
    if (!m_cards.isEmpty())
        setCurrentCard(0);
}

void CardDeck::updateBodyHeights()
{
    if (m_cards.isEmpty())
        return;
    const int header = m_cards.first()->header()->sizeHint().height();
    const int height = std::max(360, viewport()->height() - header - 3 * m_layout->spacing());
    for (CardWidget *c : std::as_const(m_cards))
        c->setBodyHeight(height);
}

void CardDeck::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    updateBodyHeights();
}

CardWidget *CardDeck::card(int row) const
{
    return row >= 0 && row < m_cards.size() ? m_cards.at(row) : nullptr;
}

void CardDeck::setCurrentCard(int row)
{
    if (row < 0 || row >= m_cards.size() || row == m_current)
        return;
    m_current = row;
    Q_EMIT currentCardChanged(row);
    if (!m_restoring)
        Q_EMIT viewChanged();
}

void CardDeck::moveCurrent(int delta)
{
    if (m_cards.isEmpty())
        return;
    const int row = std::clamp(m_current + delta, 0, int(m_cards.size()) - 1);
    setCurrentCard(row);
    m_cards.at(row)->header()->setFocus(Qt::ShortcutFocusReason);
    scrollToCard(row, false);
}

void CardDeck::scrollToCard(int row, bool toTop)
{
    // After the layout has taken the newly expanded card into account.
    QTimer::singleShot(0, this, [this, row, toTop] {
        CardWidget *target = card(row);
        if (!target)
            return;
        if (toTop)
            verticalScrollBar()->setValue(target->y() - m_layout->spacing());
        else
            ensureWidgetVisible(target->header(), 0, 24);
    });
}

void CardDeck::openCard(int row)
{
    CardWidget *target = card(row);
    if (!target)
        return;
    target->setExpanded(true);
    setCurrentCard(row);
    target->header()->setFocus(Qt::OtherFocusReason);
    scrollToCard(row, true);
}

void CardDeck::expandAll()
{
    for (CardWidget *c : std::as_const(m_cards))
        c->setExpanded(true);
}

void CardDeck::collapseAll()
{
    for (CardWidget *c : std::as_const(m_cards))
        c->setExpanded(false);
}

void CardDeck::commitPendingEdits()
{
    for (CardWidget *c : std::as_const(m_cards))
        c->commitPendingEdit();
}

ViewState CardDeck::viewState() const
{
    ViewState state;
    if (CardWidget *current = card(m_current))
        state.currentCard = current->cardId();
    for (CardWidget *c : m_cards) {
        if (c->isExpanded())
            state.expandedCards.append(c->cardId());
    }
    state.scroll = verticalScrollBar()->value();
    return state;
}

void CardDeck::applyViewState(const ViewState &state)
{
    m_restoring = true;
    for (CardWidget *c : std::as_const(m_cards))
        c->setExpanded(state.expandedCards.contains(c->cardId()));
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row)->cardId() == state.currentCard)
            setCurrentCard(row);
    }
    m_container->layout()->activate();
    if (verticalScrollBar()->maximum() >= state.scroll) {
        verticalScrollBar()->setValue(state.scroll);
        m_pendingScroll = -1;
    } else {
        m_pendingScroll = state.scroll;
    }
    m_restoring = false;
}

} // namespace PromptDeck::Gui
