#include "session/promptmeasure.h"

#include "session/session.h"
#include "text/textstats.h"

namespace PromptDeck::Core {

PromptMeasure PromptMeasure::of(QStringView prompt)
{
    PromptMeasure measure;
    measure.words = countWords(prompt);
    measure.characters = countCharacters(prompt);
    measure.tokens = estimateTokens(measure.characters);
    return measure;
}

PromptMeasure PromptMeasure::ofCard(const Session &session, int card)
{
    const Result<RenderedText> prompt = session.renderPrompt(card);
    return prompt ? of(prompt.value().text) : PromptMeasure();
}

void ChainMeasure::add(const PromptMeasure &prompt)
{
    words += prompt.words;
    tokens += prompt.tokens;
    ++cards;
    if (prompt.newChatAdvised())
        ++newChatCards;
}

ChainMeasure ChainMeasure::ofSession(const Session &session)
{
    ChainMeasure chain;
    for (int i = 0; i < session.cardCount(); ++i)
        chain.add(PromptMeasure::ofCard(session, i));
    return chain;
}

} // namespace PromptDeck::Core
