// The roles CardListModel provides, in one place for every view.
#pragma once

#include <Qt>

namespace PromptDeck::Core::CardRoles {

enum Role
{
    Id = Qt::UserRole + 1, // QString: the card's id
    Number,                // int: 1-based
    Title,                 // QString
    Summary,               // QString
    PhaseId,               // QString
    PhaseName,             // QString
    FirstInPhase,          // bool: the first card of its phase
    State,                 // int: a CardState
    StateLabel,            // QString: "ready", translated
    Missing,               // QStringList: titles of used cards without an answer
    Uses,                  // QStringList: titles of the cards whose answers the prompt uses
    StaleReason,           // QString: why a stale card is stale, in words (else empty)
    HasAnswer,             // bool
    AnswerCharacters,      // qsizetype
    AnswerWords,           // qsizetype
    HistoryCount,          // int: earlier versions kept
    CheckLevel,            // int: the worst CheckResult::Level, or -1 without results
    CheckSummary,          // QString: "5 checks pass", "1 warning, 4 pass"
    CheckResults,          // QVariantList of {level (int), label, message}
    // The filled prompt's size (see PromptMeasure); invalid until measured,
    // which happens on the next pass of the event loop after a change.
    PromptWords,   // qsizetype
    PromptTokens,  // qsizetype: estimated, characters / 4 rounded up
    PromptNewChat, // bool: large enough that a new chat is wise
};

} // namespace PromptDeck::Core::CardRoles
