// Walks the user through the stale cards: Next Stale Card opens them in the
// order to re-run them (each after the cards it is made from), a new answer
// pasted into a stale card or a kept one moves on to the next, and Keep All
// keeps every stale answer after asking. The actions are enabled only while
// a card is stale.
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace PromptDeck::Core {
class SessionDocument;
}

namespace PromptDeck::Gui {

class CardDeck;
class Dialogs;

class RerunGuide final : public QObject
{
    Q_OBJECT

public:
    RerunGuide(Core::SessionDocument *document, CardDeck *deck, Dialogs *dialogs, QWidget *window,
               QAction *nextStale, QAction *keepAll);

    // Opens the first stale card after row in the re-run order, or the
    // first of all when none comes after it; says so when none is left.
    void openNextAfter(int row);
    // A stale card was just re-run or kept: moves on when others are left.
    void continueAfter(int row);
    void keepAll();

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateActions();

    Core::SessionDocument *m_document;
    CardDeck *m_deck;
    Dialogs *m_dialogs;
    QWidget *m_window;
    QAction *m_nextStale;
    QAction *m_keepAll;
};

} // namespace PromptDeck::Gui
