#include "rerunguide.h"

#include "carddeck.h"
#include "dialogs.h"
#include "session/sessiondocument.h"

#include <QAction>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

RerunGuide::RerunGuide(SessionDocument *document, CardDeck *deck, Dialogs *dialogs, QWidget *window,
                       QAction *nextStale, QAction *keepAll)
    : QObject(window)
    , m_document(document)
    , m_deck(deck)
    , m_dialogs(dialogs)
    , m_window(window)
    , m_nextStale(nextStale)
    , m_keepAll(keepAll)
{
    connect(m_nextStale, &QAction::triggered, this,
            [this] { openNextAfter(m_deck->currentCard()); });
    connect(m_keepAll, &QAction::triggered, this, &RerunGuide::keepAll);
    connect(m_document, &SessionDocument::statusChanged, this, &RerunGuide::updateActions);
    connect(m_document, &SessionDocument::sessionReset, this, &RerunGuide::updateActions);
    updateActions();
}

void RerunGuide::updateActions()
{
    const bool anyStale = m_document->hasSession() && !m_document->session().staleCards().isEmpty();
    m_nextStale->setEnabled(anyStale);
    m_keepAll->setEnabled(anyStale);
}

void RerunGuide::openNextAfter(int row)
{
    if (!m_document->hasSession())
        return;
    const Session &session = m_document->session();
    const QList<int> stale = session.staleCards();
    if (stale.isEmpty()) {
        Q_EMIT message(tr("No card is stale."));
        return;
    }
    int next = stale.first();
    for (int card : stale) {
        if (card > row) {
            next = card;
            break;
        }
    }
    m_deck->openCard(next);
    const QString left =
        stale.size() == 1 ? tr("the last stale card") : tr("%1 stale cards left").arg(stale.size());
    Q_EMIT message(tr("Re-run %1 (%2): %3.")
                       .arg(session.kit().cardLabel(next), left, session.staleReason(next)));
}

void RerunGuide::continueAfter(int row)
{
    if (m_document->hasSession() && !m_document->session().staleCards().isEmpty())
        openNextAfter(row);
}

void RerunGuide::keepAll()
{
    if (!m_document->hasSession())
        return;
    const int stale = int(m_document->session().staleCards().size());
    if (stale == 0)
        return;
    enum class Keep
    {
        All
    };
    const QString count =
        stale == 1 ? tr("1 card is stale.") : tr("%1 cards are stale.").arg(stale);
    const auto choice = ask<Keep>(
        m_dialogs, m_window, tr("Keep All Stale Answers?"),
        tr("%1 Keeping them records that each answer stays as it is, made from its inputs as "
           "they are now; no answer is changed and the cards count as answered.")
            .arg(count),
        {{Keep::All, tr("Keep All")}});
    if (!choice)
        return;
    const int kept = m_document->keepAll();
    Q_EMIT message(kept == 1 ? tr("Kept 1 stale answer as it is.")
                             : tr("Kept %1 stale answers as they are.").arg(kept));
}

} // namespace PromptDeck::Gui
