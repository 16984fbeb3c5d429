// The checks that count: words, characters, headings, questions, list
// items, links, and the words of a slug.
#include "checks/answerchecker.h"
#include "checks/checksupport.h"
#include "text/labelreader.h"
#include "text/markdownscan.h"
#include "text/textstats.h"

#include <QRegularExpression>

namespace PromptDeck::Core::Checks {

namespace {

// What a words or characters check counts and where, or the failure that
// the extract it names is missing. "text" and (for words) "prose" come
// before an extract of the same name.
struct Counted
{
    QString label;
    QString text;
    QString where;
    std::optional<CheckResult> missing;
};

Counted whatToCount(const CheckInput &input, const QString &answerText, bool prose)
{
    Counted counted{input.check.displayLabel(), answerText, AnswerChecker::tr("the whole answer"),
                    std::nullopt};
    if (input.check.of == QLatin1String("text"))
        return counted;
    if (prose && input.check.of == QLatin1String("prose")) {
        if (input.check.leaveOut.isEmpty()) {
            counted.text = input.scan.prose;
            counted.where = AnswerChecker::tr("prose; headings, tables and code left out");
            return counted;
        }
        counted.text = MarkdownScan::parse(
                           LabelReader::withoutLabelledLines(input.answer, input.check.leaveOut))
                           .prose;
        counted.where = AnswerChecker::tr("prose; headings, tables, code and “%1:” lines left out")
                            .arg(input.check.leaveOut.join(AnswerChecker::tr(":”, “")));
        return counted;
    }
    const auto value = extracted(input, input.check.of, &counted.label);
    if (!value) {
        counted.missing = missingExtract(counted.label);
        return counted;
    }
    counted.text = *value;
    counted.where = AnswerChecker::tr("text after “%1:”").arg(counted.label);
    return counted;
}

// The number of words a words check aims at: a number field of the brief,
// or a part's share of the kit's budget of one.
struct WordTarget
{
    std::optional<qint64> words;
    QString fieldLabel; // the field the words come from
    qint64 total = 0;   // the field's value
    int percent = 0;    // the part's share of it, 0 for the field itself

    // " (the brief's 1,500 ± 10%)", " (the budget's 750, 50% of the brief's
    // 1,500, ± 10%)".
    QString describe(const CheckInput &input, qint64 target) const
    {
        const QString tolerance = number(input.check.tolerance);
        if (percent == 0)
            return AnswerChecker::tr(" (the brief's %1 ± %2%)")
                .arg(input.locale.toString(target), tolerance);
        return AnswerChecker::tr(" (its budget: %1, %2% of the brief's %3, ± %4%)")
            .arg(input.locale.toString(target))
            .arg(percent)
            .arg(input.locale.toString(total), tolerance);
    }
};

WordTarget wordTarget(const CheckInput &input)
{
    const bool budgeted = !input.check.budgetPart.isEmpty();
    const QString key = budgeted ? input.kit.budget.totalField : input.check.field;
    WordTarget wanted;
    const FieldDef *field = input.kit.field(key);
    wanted.fieldLabel = field ? field->label : key;
    const std::optional<qint64> n = input.brief.value(key).number();
    if (!n)
        return wanted;
    wanted.total = *n;
    wanted.words = n;
    if (!budgeted)
        return wanted;
    for (const BudgetPart &part : input.kit.budget.parts) {
        if (part.card == input.check.budgetPart)
            wanted.percent = part.percent;
    }
    wanted.words = input.kit.budget.share(input.check.budgetPart, *n);
    return wanted;
}

// A count of Markdown things against the range: "Links: 2 (Markdown links)".
QList<CheckResult> countResult(const CheckInput &input, const QString &label, qsizetype count,
                               const QString &what)
{
    const Verdict verdict = judge(input.check, double(count), false);
    return {result(verdict.level, label, joinSentence(what, verdict))};
}

} // namespace

QList<CheckResult> checkWords(const CheckInput &input)
{
    const CheckDef &check = input.check;
    const Counted counted = whatToCount(input, input.answer, true);
    if (counted.missing)
        return {*counted.missing};
    const QString &label = counted.label;
    const qsizetype words = countWords(counted.text);
    CheckDef judged = check;
    judged.convention = false; // said once, after the target
    QString target;
    if (!check.field.isEmpty() || !check.budgetPart.isEmpty()) {
        const WordTarget wanted = wordTarget(input);
        if (!wanted.words) {
            return {result(
                Level::Warn, label,
                AnswerChecker::tr("%1: %2 (%3) — the brief has no %4 to compare with")
                    .arg(label, input.locale.toString(words), counted.where, wanted.fieldLabel))};
        }
        judged.min = double(*wanted.words) * (1.0 - check.tolerance / 100.0);
        judged.max = double(*wanted.words) * (1.0 + check.tolerance / 100.0);
        target = wanted.describe(input, *wanted.words);
    }
    const Verdict verdict = judge(judged, double(words), false);
    QString message = joinSentence(AnswerChecker::tr("%1: %2 words (%3)")
                                       .arg(label, input.locale.toString(words), counted.where),
                                   verdict) +
                      target;
    if (verdict.level != Level::Pass && check.convention)
        message += AnswerChecker::tr(" (a convention, not a rule)");
    return {result(verdict.level, label, message)};
}

QList<CheckResult> checkCharacters(const CheckInput &input)
{
    const Counted counted = whatToCount(input, input.answer.trimmed(), false);
    if (counted.missing)
        return {*counted.missing};
    const qsizetype characters = countCharacters(counted.text);
    const Verdict verdict = judge(input.check, double(characters), true);
    return {result(
        verdict.level, counted.label,
        joinSentence(AnswerChecker::tr("%1: %2 characters (%3)")
                         .arg(counted.label, input.locale.toString(characters), counted.where),
                     verdict))};
}

QList<CheckResult> checkHeadings(const CheckInput &input)
{
    const qsizetype count = input.scan.headingsOfLevel(input.check.level).size();
    const QString label = input.check.displayLabel();
    return countResult(input, label, count,
                       AnswerChecker::tr("%1: %2 (lines starting with “%3 ”)")
                           .arg(label, input.locale.toString(count),
                                QString(input.check.level, QLatin1Char('#'))));
}

QList<CheckResult> checkQuestions(const CheckInput &input)
{
    qsizetype count = 0;
    for (const MarkdownScan::Heading &h : input.scan.headingsOfLevel(input.check.level)) {
        if (h.text.endsWith(QLatin1Char('?')) || h.text.endsWith(QChar(0xFF1F)))
            ++count;
    }
    const QString label = input.check.displayLabel();
    return countResult(input, label, count,
                       AnswerChecker::tr("%1: %2 (“%3 ” headings ending in “?”)")
                           .arg(label, input.locale.toString(count),
                                QString(input.check.level, QLatin1Char('#'))));
}

QList<CheckResult> checkListItems(const CheckInput &input)
{
    const qsizetype count = input.scan.listItems;
    const QString label = input.check.displayLabel();
    return countResult(
        input, label, count,
        AnswerChecker::tr("%1: %2 (%3)")
            .arg(label, input.locale.toString(count), AnswerChecker::tr("Markdown list items")));
}

QList<CheckResult> checkLinks(const CheckInput &input)
{
    const qsizetype count = input.scan.links.size();
    const QString label = input.check.displayLabel();
    return countResult(
        input, label, count,
        AnswerChecker::tr("%1: %2 (%3)")
            .arg(label, input.locale.toString(count), AnswerChecker::tr("Markdown links")));
}

QList<CheckResult> checkSlug(const CheckInput &input)
{
    QString label;
    const auto value = extracted(input, input.check.of, &label);
    if (!value)
        return {missingExtract(label)};
    const QString slug =
        value->trimmed().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    const qsizetype words = slug.split(QLatin1Char('-'), Qt::SkipEmptyParts).size();
    QList<CheckResult> results;
    const Verdict verdict = judge(input.check, double(words), false);
    results.append(result(
        verdict.level, label,
        joinSentence(
            AnswerChecker::tr("%1: %2 words (%3)").arg(label, input.locale.toString(words), slug),
            verdict)));
    static const QRegularExpression form(QStringLiteral("^[a-z0-9]+(?:-[a-z0-9]+)*$"));
    if (!form.match(slug).hasMatch())
        results.append(
            result(Level::Warn, label,
                   AnswerChecker::tr("%1 %2 has characters other than lowercase letters, digits "
                                     "and single hyphens")
                       .arg(label, quoted(slug))));
    return results;
}

} // namespace PromptDeck::Core::Checks
