// How much a card's filled prompt asks of a chat model: its words (counted
// as everywhere in PromptDeck), its characters and its estimated tokens
// (characters / 4, rounded up: the usual rule of thumb for English text),
// and whether it is large enough that a new chat is wise. The filled prompt
// holds the answers it reads, so this is the prompt plus those answers.
#pragma once

#include <QStringView>

namespace PromptDeck::Core {

class Session;

struct PromptMeasure
{
    // Over this many estimated tokens, pasting the prompt into a new chat is
    // wise: a chat that already holds the earlier cards' prompts and
    // answers would then pass the 8,000-token context of smaller chat
    // models, which start forgetting the beginning of the conversation
    // (and of the prompt). The prompt carries everything the card needs, so
    // a new chat loses nothing.
    static constexpr qsizetype newChatTokens = 6000;

    qsizetype words = 0;
    qsizetype characters = 0;
    qsizetype tokens = 0;

    bool newChatAdvised() const { return tokens > newChatTokens; }

    static qsizetype estimateTokens(qsizetype characters) { return (characters + 3) / 4; }
    static PromptMeasure of(QStringView prompt);
    // The card's prompt as the window shows it (a waiting card's with its
    // gaps marked); a prompt that cannot be rendered measures nothing.
    static PromptMeasure ofCard(const Session &session, int card);

    bool operator==(const PromptMeasure &other) const = default;
};

// A whole chain: what every card's prompt sends, together.
struct ChainMeasure
{
    qsizetype words = 0;
    qsizetype tokens = 0;
    int cards = 0;
    int newChatCards = 0; // cards over PromptMeasure::newChatTokens

    void add(const PromptMeasure &prompt);

    static ChainMeasure ofSession(const Session &session);
};

} // namespace PromptDeck::Core
