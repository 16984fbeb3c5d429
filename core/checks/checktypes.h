// One function per check type, and what each is given. AnswerChecker picks
// the function for a check's type from its dispatch table; the functions
// live by kind: countchecks.cpp (words, characters, headings, questions,
// list items, links, slug), keywordchecks.cpp (keyword, keywords),
// socialchecks.cpp (x_thread, linkedin) and linkchecks.cpp (internal
// links). Internal to checks/: callers use AnswerChecker.
#pragma once

#include "kit/brief.h"
#include "kit/checkdef.h"
#include "kit/kit.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace PromptDeck::Core {

class MarkdownScan;

namespace Checks {

// One check of a card on one answer, with the kit and the brief it reads.
struct CheckInput
{
    const Kit &kit;
    const Brief &brief;
    const CardDef &card;
    const CheckDef &check;
    const QString &answer;
    const MarkdownScan &scan;
    QLocale locale;
};

using CheckFunction = QList<CheckResult> (*)(const CheckInput &input);

QList<CheckResult> checkWords(const CheckInput &input);
QList<CheckResult> checkCharacters(const CheckInput &input);
QList<CheckResult> checkHeadings(const CheckInput &input);
QList<CheckResult> checkQuestions(const CheckInput &input);
QList<CheckResult> checkListItems(const CheckInput &input);
QList<CheckResult> checkLinks(const CheckInput &input);
QList<CheckResult> checkSlug(const CheckInput &input);

QList<CheckResult> checkKeyword(const CheckInput &input);
QList<CheckResult> checkKeywords(const CheckInput &input);

QList<CheckResult> checkXThread(const CheckInput &input);
QList<CheckResult> checkLinkedIn(const CheckInput &input);

QList<CheckResult> checkInternalLinks(const CheckInput &input);

} // namespace Checks
} // namespace PromptDeck::Core
