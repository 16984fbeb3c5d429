#include "checks/answerchecker.h"

#include "checks/checktypes.h"
#include "text/labelreader.h"
#include "text/markdownscan.h"
#include "text/textstats.h"

#include <array>

namespace PromptDeck::Core {

namespace {

struct TypeCheck
{
    CheckDef::Type type;
    Checks::CheckFunction run;
};

// The function for each check type, in the order of CheckDef::Type, so a
// type's entry is at its own index.
constexpr std::array<TypeCheck, 12> typeChecks{{
    {CheckDef::Type::Words, Checks::checkWords},
    {CheckDef::Type::Characters, Checks::checkCharacters},
    {CheckDef::Type::Headings, Checks::checkHeadings},
    {CheckDef::Type::Questions, Checks::checkQuestions},
    {CheckDef::Type::ListItems, Checks::checkListItems},
    {CheckDef::Type::Links, Checks::checkLinks},
    {CheckDef::Type::Keyword, Checks::checkKeyword},
    {CheckDef::Type::Keywords, Checks::checkKeywords},
    {CheckDef::Type::Slug, Checks::checkSlug},
    {CheckDef::Type::XThread, Checks::checkXThread},
    {CheckDef::Type::LinkedIn, Checks::checkLinkedIn},
    {CheckDef::Type::InternalLinks, Checks::checkInternalLinks},
}};

constexpr bool everyTypeAtItsIndex()
{
    for (std::size_t i = 0; i < typeChecks.size(); ++i) {
        if (std::size_t(typeChecks[i].type) != i)
            return false;
    }
    return std::size_t(CheckDef::Type::InternalLinks) + 1 == typeChecks.size();
}
static_assert(everyTypeAtItsIndex(), "typeChecks needs one entry per CheckDef::Type, in order");

} // namespace

AnswerChecker::AnswerChecker(const Kit &kit, const Brief &brief)
    : m_kit(kit)
    , m_brief(brief)
{}

std::optional<QString> AnswerChecker::extract(const CardDef &card, const QString &name,
                                              const QString &answer)
{
    for (const ExtractDef &def : card.extracts) {
        if (def.name != name)
            continue;
        if (const auto value = LabelReader::find(answer, def.labels))
            return value->text;
        return std::nullopt;
    }
    return std::nullopt;
}

CheckResult::Level AnswerChecker::worst(const QList<CheckResult> &results)
{
    CheckResult::Level level = CheckResult::Level::Pass;
    for (const CheckResult &r : results)
        level = std::max(level, r.level);
    return level;
}

QList<CheckResult> AnswerChecker::check(int card, const QString &answer) const
{
    if (isBlank(answer))
        return {};
    const CardDef &def = m_kit.cards.at(card);
    if (def.checks.isEmpty())
        return {};
    const MarkdownScan scan = MarkdownScan::parse(answer);
    QList<CheckResult> results;
    for (const CheckDef &c : def.checks)
        results += run(def, c, answer, scan);
    return results;
}

QList<CheckResult> AnswerChecker::run(const CardDef &card, const CheckDef &check,
                                      const QString &answer) const
{
    return run(card, check, answer, MarkdownScan::parse(answer));
}

QList<CheckResult> AnswerChecker::run(const CardDef &card, const CheckDef &check,
                                      const QString &answer, const MarkdownScan &scan) const
{
    const auto index = std::size_t(check.type);
    if (index >= typeChecks.size())
        return {};
    return typeChecks[index].run({m_kit, m_brief, card, check, answer, scan, QLocale()});
}

} // namespace PromptDeck::Core
