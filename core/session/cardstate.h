// The state of one card in the chain of answers.
#pragma once

#include <QString>
#include <QStringList>

namespace PromptDeck::Core {

enum class CardState
{
    Waiting,  // a card it uses has no answer yet
    Ready,    // every input is there; the prompt is complete
    Answered, // an answer is stored and its inputs are unchanged
    Stale,    // answered, but an input changed since, or an input card is stale
};

// The word the command line prints and files store: waiting, ready, …
QString cardStateId(CardState state);
// The word the window shows, translated.
QString cardStateLabel(CardState state);

struct CardStatus
{
    CardState state = CardState::Ready;
    QStringList missing;       // ids of used cards that have no answer
    QStringList changedInputs; // inputs ("brief.title", "answers.outline") changed since
    // Inputs whose text the answer's record cannot be compared with: it was
    // stored by a PromptDeck that recorded revision numbers, and that
    // revision is gone. Judged stale: an older version showed them so.
    QStringList unknownInputs;
    QStringList staleInputs; // input cards ("answers.intro") that are stale themselves
    // Why the card is stale, from the change to the card: the input that
    // changed first, then each stale card the change came through, the
    // nearest last. Empty unless stale.
    QStringList cause;

    bool operator==(const CardStatus &other) const = default;
};

} // namespace PromptDeck::Core
