// The cards of the session in order, under their phase names, in a scroll
// area. Keeps track of the current card (Ctrl+Up/Down), expands and
// collapses, and saves and restores what was expanded and where the deck
// was scrolled.
#pragma once

#include "models/cardlistmodel.h"
#include "session/sessiondocument.h"

#include <QScrollArea>

class QVBoxLayout;

namespace PromptDeck::Gui {

class CardWidget;
class Dialogs;

class CardDeck final : public QScrollArea
{
    Q_OBJECT

public:
    // dialogs: where the cards ask before a pasted prompt becomes an answer.
    CardDeck(Core::SessionDocument *document, Core::CardListModel *model, Dialogs *dialogs,
             QWidget *parent = nullptr);

    int count() const { return int(m_cards.size()); }
    CardWidget *card(int row) const;
    int currentCard() const { return m_current; }
    void setCurrentCard(int row);
    void moveCurrent(int delta);
    // Expands the card, makes it current and scrolls it into view.
    void openCard(int row);
    void expandAll();
    void collapseAll();
    void commitPendingEdits();

    Core::ViewState viewState() const;
    void applyViewState(const Core::ViewState &state);

Q_SIGNALS:
    void currentCardChanged(int row);
    void viewChanged();
    void copyPromptRequested(int row);
    void pasteAnswerRequested(int row);
    void historyRequested(int row);
    void dismissStaleRequested(int row);
    void messageRequested(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateBodyHeights();
    // toTop: the card's top at the top of the view (opening a card);
    // otherwise only as far as needed to show its header (moving between cards).
    void scrollToCard(int row, bool toTop);

    Core::SessionDocument *m_document;
    Core::CardListModel *m_model;
    Dialogs *m_dialogs;
    QWidget *m_container = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<CardWidget *> m_cards;
    int m_current = -1;
    int m_pendingScroll = -1;
    bool m_restoring = false;
};

} // namespace PromptDeck::Gui
