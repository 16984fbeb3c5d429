// What a chat model wraps around an answer, set aside before later prompts,
// checks and exports read it: an opening line addressed to the user ("Sure!
// Here's the outline:"), a code fence around the whole answer, a closing
// offer ("Let me know if you'd like…"), a trailing word-count note and the
// character counts after labelled lines ("Meta title: … (58 characters)").
// Each rule is narrow: a heading, a list item, a fence that holds only part
// of the answer, or a sentence that is the content's own first sentence is
// never set aside. The rules are listed in content/README.md ("Cleaning
// answers").
//
// The stored answer is never changed: Session::usedAnswer cleans it each
// time it is read, unless the card uses its answer as pasted.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PromptDeck::Core {

struct SetAside
{
    enum class Kind
    {
        Opening,       // "Sure! Here's the outline:"
        Fence,         // a line of the fence around the whole answer
        ClosingOffer,  // "Let me know if you'd like…", with a rule before it
        WordCount,     // "*Word count: ~1,500 words*"
        CharacterCount // " (58 characters)" at the end of "Meta title: …"
    };

    Kind kind = Kind::Opening;
    QString text;           // exactly as the answer has it
    qsizetype position = 0; // where text starts in the answer

    bool operator==(const SetAside &other) const = default;
};

struct CleanedAnswer
{
    QString text;             // the answer without what was set aside
    QList<SetAside> setAside; // in the order they stand in the answer

    bool changed() const { return !setAside.isEmpty(); }
};

class AnswerCleaner final
{
    Q_DECLARE_TR_FUNCTIONS(AnswerCleaner)

public:
    static CleanedAnswer clean(const QString &answer);
    // One line for the card: "Set aside: the opening "Sure! Here's…", the
    // ```markdown fence, the closing offer". Empty when nothing was.
    static QString describe(const QList<SetAside> &setAside);
    // The same without "Set aside: ": "the opening "Sure! Here's…", …".
    static QString listOf(const QList<SetAside> &setAside);
};

} // namespace PromptDeck::Core
