#include "promptmeter.h"

#include <QLocale>

namespace PromptDeck::Gui {

using Core::PromptMeasure;

QString PromptMeter::cardText(const PromptMeasure &measure)
{
    const QLocale locale;
    QString text = tr("%1 words · ~%2 tokens")
                       .arg(locale.toString(measure.words), locale.toString(measure.tokens));
    if (measure.newChatAdvised())
        text = tr("%1 · new chat advised").arg(text);
    return text;
}

QString PromptMeter::cardToolTip(const PromptMeasure &measure)
{
    const QLocale locale;
    QString tip =
        tr("This card's filled prompt, with the answers it includes: %1 words, about %2 tokens "
           "(characters / 4).")
            .arg(locale.toString(measure.words), locale.toString(measure.tokens));
    if (measure.newChatAdvised())
        tip = tr("%1\nThat is over %2 tokens: paste it into a new chat. In a chat that already "
                 "holds the earlier cards' prompts and answers, a chat model with a smaller "
                 "context forgets the start of the conversation and of this prompt. The prompt "
                 "holds everything this card needs, so a new chat loses nothing.")
                  .arg(tip, locale.toString(PromptMeasure::newChatTokens));
    return tip;
}

QString PromptMeter::chainText(const Core::ChainMeasure &chain)
{
    const QLocale locale;
    QString text = tr("All prompts: %1 words · ~%2 tokens")
                       .arg(locale.toString(chain.words), locale.toString(chain.tokens));
    if (chain.newChatCards == 1)
        text = tr("%1 · 1 card best in a new chat").arg(text);
    else if (chain.newChatCards > 1)
        text = tr("%1 · %2 cards best in a new chat").arg(text).arg(chain.newChatCards);
    return text;
}

QString PromptMeter::chainToolTip(const Core::ChainMeasure &chain)
{
    return tr("What the %1 filled prompts send to the chat model together, the answers they "
              "include counted; tokens are estimated as characters / 4. A card whose prompt is "
              "over %2 tokens is best pasted into a new chat: its header says so.")
        .arg(chain.cards)
        .arg(QLocale().toString(PromptMeasure::newChatTokens));
}

} // namespace PromptDeck::Gui
