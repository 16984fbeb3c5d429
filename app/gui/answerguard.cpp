#include "answerguard.h"

#include "dialogs.h"
#include "session/promptecho.h"

#include <QCoreApplication>

namespace PromptDeck::Gui {

namespace {

class AnswerGuardText final
{
    Q_DECLARE_TR_FUNCTIONS(AnswerGuard)
};

enum class EchoChoice
{
    Store
};

} // namespace

bool mayStoreAsAnswer(Dialogs *dialogs, QWidget *parent, const Core::Session &session, int row,
                      const QString &text)
{
    // The answer it already is was stored before: no slip to catch now.
    if (session.answerText(row) == text)
        return true;
    const std::optional<Core::PromptEchoMatch> match = Core::PromptEcho::find(session, row, text);
    if (!match)
        return true;
    const QString message =
        AnswerGuardText::tr("The text you pasted is %1.\n\nPaste the prompt into your AI chat, "
                            "then copy the AI's reply and paste that here. Nothing is stored "
                            "unless you choose Store Anyway; the answer to %2 stays as it was.")
            .arg(Core::PromptEcho::describe(session, *match), session.kit().cardLabel(row));
    // Return cancels: storing the prompt should take a deliberate choice.
    return ask<EchoChoice>(dialogs, parent, AnswerGuardText::tr("That Is a Prompt"), message,
                           {{EchoChoice::Store, AnswerGuardText::tr("Store Anyway")}},
                           DefaultButton::Cancel)
        .has_value();
}

} // namespace PromptDeck::Gui
