// Runs a card's checks on an answer. Every result is pass, warn or fail
// with one sentence that says what was counted and where, e.g.
// "Meta description: 171 characters (text after 'Meta description:') —
// longer than 160 (a convention, not a rule)".
#pragma once

#include "kit/brief.h"
#include "kit/checkdef.h"
#include "kit/kit.h"

#include <QCoreApplication>

#include <optional>

namespace PromptDeck::Core {

class MarkdownScan;

class AnswerChecker final
{
    Q_DECLARE_TR_FUNCTIONS(AnswerChecker)

public:
    AnswerChecker(const Kit &kit, const Brief &brief);

    // The results of every check of the card; none for an empty answer.
    QList<CheckResult> check(int card, const QString &answer) const;
    QList<CheckResult> run(const CardDef &card, const CheckDef &check, const QString &answer) const;

    // The value of one of the card's extracts in the answer, if present.
    static std::optional<QString> extract(const CardDef &card, const QString &name,
                                          const QString &answer);

    // The worst level among results (Pass for none).
    static CheckResult::Level worst(const QList<CheckResult> &results);

private:
    QList<CheckResult> run(const CardDef &card, const CheckDef &check, const QString &answer,
                           const MarkdownScan &scan) const;

    const Kit &m_kit;
    const Brief &m_brief;
};

} // namespace PromptDeck::Core
