// Whether a text about to be stored as an answer is a filled prompt of the
// session instead (Copy Prompt, then Paste Answer at once): the prompt
// itself, or nearly, with its whitespace changed, a line added, a few words
// edited or the last paragraph cut.
//
// Only a prompt's own words, those its template wrote (the literal text and
// the partials, not the values filled in), count as evidence. An answer
// often holds most of a later card's prompt: card 2's prompt quotes card 1's
// outline whole, and card 9's prompt holds the article its answer edits.
// What no answer carries is the instructions around those values, so a text
// is a near copy of a prompt only when it holds most of the template's own
// word sequences (shingles of a few words) and is about as long as the
// prompt. A prompt with too little text of its own to tell is matched only
// when the text is the same after whitespace is normalised, and one with no
// text of its own (nothing but a value) never.
//
// Linear in the text: one pass to count its words, one to look its word
// sequences up in the prompts' (few hundred) template shingles, and that
// only for prompts of about its length.
#pragma once

#include "session/session.h"

#include <QCoreApplication>
#include <QStringView>

#include <optional>

namespace PromptDeck::Core {

struct PromptEchoMatch
{
    int card = -1;      // whose filled prompt the text is
    bool exact = false; // the same text after whitespace is normalised
    // The share of the prompt's own word sequences the text holds.
    double coverage = 0;
};

class PromptEcho final
{
    Q_DECLARE_TR_FUNCTIONS(PromptEcho)

public:
    // Words in a shingle: an edited word breaks this many of them.
    static constexpr int shingleWords = 4;
    // Fewer shingles of its own than this, and a prompt is matched only
    // exactly: a few words are too little to tell a copy from an answer.
    static constexpr int minShingles = 8;
    // Of a prompt's own shingles, the share a near copy holds.
    static constexpr double minCoverage = 0.65;
    // A near copy's word count, as a share of the prompt's.
    static constexpr double minLengthRatio = 0.6;
    static constexpr double maxLengthRatio = 1.5;

    // The card whose filled prompt text is, or nearly is: the card's own
    // prompt first, then the closest of the others. Nothing when the text
    // is no prompt of the session (a prompt that cannot be built is none).
    static std::optional<PromptEchoMatch> find(const Session &session, int card, QStringView text);

    // Whether a and b are the same text once every run of whitespace is
    // one space and both ends are trimmed.
    static bool sameText(QStringView a, QStringView b);

    // What the text is, for a sentence around it: "the filled prompt of
    // card 3 ("Introduction"), not the AI's answer" ("nearly the filled
    // prompt …" when it is not the same text).
    static QString describe(const Session &session, const PromptEchoMatch &match);
};

} // namespace PromptDeck::Core
