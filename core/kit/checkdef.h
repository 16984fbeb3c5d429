// An answer check as a kit declares it on a card, and its result. The kit
// loader turns each `checks:` entry into a CheckDef (so a mistyped check is
// a kit error with its line and column); AnswerChecker runs them.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace PromptDeck::Core {

class YamlNode;
struct FieldDef;

struct CheckResult
{
    enum class Level
    {
        Pass,
        Warn,
        Fail
    };

    Level level = Level::Pass;
    QString label;   // what was checked: "Meta description", "Post 4 of 6"
    QString message; // one sentence: what was counted, where, and the verdict

    bool operator==(const CheckResult &other) const = default;
};

QString checkLevelId(CheckResult::Level level);    // "pass", "warn", "fail"
QString checkLevelLabel(CheckResult::Level level); // translated

struct ExtractDef
{
    QString name;       // meta_title
    QStringList labels; // Meta title, SEO title, Title
};

struct CheckDef
{
    Q_DECLARE_TR_FUNCTIONS(CheckDef)

public:
    enum class Type
    {
        Words,         // word count of the answer, its prose or an extracted value
        Characters,    // characters of the answer or an extracted value
        Headings,      // Markdown headings of one level
        Questions,     // headings that end in "?"
        ListItems,     // Markdown list items
        Links,         // Markdown links
        Keyword,       // a keyword in headings, the first N words, the text or a value
        Keywords,      // every keyword of a list field used
        Slug,          // an extracted slug: words and form
        XThread,       // numbered posts, each within X's weighted limit
        LinkedIn,      // total length, hook (first line), typical words
        InternalLinks, // count, one to the pillar, no repeated anchor
    };

    Type type = Type::Words;
    QString label; // how results name the check; a default per type

    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> failBelow; // beyond these, out of range is a failure
    std::optional<double> failAbove;
    CheckResult::Level outside = CheckResult::Level::Warn; // level when out of range
    bool convention = false; // say so in the message: the limit is a convention

    QString of = QStringLiteral("text"); // text | prose | an extract of the card
    QString in = QStringLiteral("text"); // keyword(s): headings | first_words | text | an extract
    int level = 2;                       // headings
    int firstWords = 100;
    QString field;            // brief field: the keyword(s), the word target, the links
    QString budgetPart;       // words: the budget part whose share is the target
    QString literal;          // a keyword written in the kit itself
    double tolerance = 10;    // percent around a word target
    int limit = 0;            // x_thread: per post (280); linkedin: total (3000)
    int hook = 140;           // linkedin: first line
    QStringList placeholders; // words that stand for a link, counted as one
    QStringList leaveOut;     // words: lines with these labels ("Goes in: …") not counted

    int line = 0;
    int column = 0;

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(QStringView name);
    QString displayLabel() const;
};

} // namespace PromptDeck::Core
