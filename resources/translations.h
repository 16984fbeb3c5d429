// PromptDeck in the user's language: its own translation (compiled into the
// binary from resources/translations/*.ts) and Qt's, for the standard
// dialogs, chosen from the system locale (LANG, LC_ALL, LC_MESSAGES).
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace PromptDeck {

// Returns the language installed ("de"), or an empty string for English.
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace PromptDeck
