// The window's side of "the prompt is not the answer": before a paste is
// stored as a card's answer (Paste Answer, or Ctrl+V that fills the answer
// box), a text that is a filled prompt of the session is refused with a
// message, unless the user chooses Store Anyway (the command line's --force).
#pragma once

#include "session/session.h"

#include <QString>

class QWidget;

namespace PromptDeck::Gui {

class Dialogs;

// Whether text may be stored as the answer to card row. False when it is a
// filled prompt of the session and the user did not choose Store Anyway;
// then nothing must be stored, and the user has been told why.
bool mayStoreAsAnswer(Dialogs *dialogs, QWidget *parent, const Core::Session &session, int row,
                      const QString &text);

} // namespace PromptDeck::Gui
