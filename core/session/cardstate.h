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
    Stale,    // answered, but an input changed after the answer was stored
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

    bool operator==(const CardStatus &other) const = default;
};

} // namespace PromptDeck::Core
