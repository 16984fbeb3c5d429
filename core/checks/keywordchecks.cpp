// The keyword checks: one keyword in the headings, the first words, the
// text or an extract; every keyword of a list field used.
#include "checks/answerchecker.h"
#include "checks/checksupport.h"
#include "text/markdownscan.h"

namespace PromptDeck::Core::Checks {

namespace {

CheckResult keywordInHeadings(const CheckInput &input, const QString &label, const QString &keyword)
{
    const QList<MarkdownScan::Heading> &headings = input.scan.headings;
    qsizetype found = 0;
    for (const MarkdownScan::Heading &h : headings)
        found += containsWords(normalized(h.text), keyword) ? 1 : 0;
    if (found > 0)
        return result(Level::Pass, label,
                      AnswerChecker::tr("%1 %2 appears in %3 of %4 headings")
                          .arg(label, quoted(keyword), input.locale.toString(found),
                               input.locale.toString(headings.size())));
    return result(input.check.outside, label,
                  AnswerChecker::tr("%1 %2 appears in none of the %3 headings")
                      .arg(label, quoted(keyword), input.locale.toString(headings.size())));
}

CheckResult keywordInFirstWords(const CheckInput &input, const QString &label,
                                const QString &keyword)
{
    const int firstWords = input.check.firstWords;
    const QStringList words = firstNormalizedWords(input.scan.prose, firstWords);
    const QStringList wanted = normalized(keyword).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype limit = std::min<qsizetype>(words.size(), firstWords);
    for (qsizetype i = 0; i + wanted.size() <= limit; ++i) {
        if (words.mid(i, wanted.size()) == wanted)
            return result(Level::Pass, label,
                          AnswerChecker::tr("%1 %2 is in the first %3 words (at word %4)")
                              .arg(label, quoted(keyword), input.locale.toString(firstWords),
                                   input.locale.toString(i + 1)));
    }
    return result(input.check.outside, label,
                  AnswerChecker::tr("%1 %2 is not in the first %3 words")
                      .arg(label, quoted(keyword), input.locale.toString(firstWords)));
}

// In the whole answer ("text") or in the value of an extract.
CheckResult keywordInText(const CheckInput &input, QString label, const QString &keyword)
{
    const CheckDef &check = input.check;
    QString where = AnswerChecker::tr("the answer");
    QString text = input.answer;
    if (check.in != QLatin1String("text")) {
        QString valueLabel;
        const auto value = extracted(input, check.in, &valueLabel);
        if (!value)
            return missingExtract(valueLabel);
        text = *value;
        where = valueLabel;
        if (check.label.isEmpty())
            label = AnswerChecker::tr("%1 in %2").arg(label, valueLabel);
    }
    if (containsWords(normalized(text), keyword))
        return result(Level::Pass, label,
                      AnswerChecker::tr("%1 contains %2").arg(where, quoted(keyword)));
    return result(check.outside, label,
                  AnswerChecker::tr("%1 does not contain %2").arg(where, quoted(keyword)));
}

} // namespace

QList<CheckResult> checkKeyword(const CheckInput &input)
{
    const CheckDef &check = input.check;
    const QString keyword =
        check.field.isEmpty() ? check.literal : input.brief.value(check.field).text();
    QString label = check.label.isEmpty() ? AnswerChecker::tr("Keyword") : check.label;
    if (check.label.isEmpty() && !check.field.isEmpty() && input.kit.field(check.field))
        label = input.kit.field(check.field)->label;
    if (keyword.trimmed().isEmpty())
        return {result(Level::Warn, label,
                       AnswerChecker::tr("%1: the brief has none to look for").arg(label))};
    if (check.in == QLatin1String("headings"))
        return {keywordInHeadings(input, label, keyword)};
    if (check.in == QLatin1String("first_words"))
        return {keywordInFirstWords(input, label, keyword)};
    return {keywordInText(input, label, keyword)};
}

QList<CheckResult> checkKeywords(const CheckInput &input)
{
    const CheckDef &check = input.check;
    const QStringList keywords = input.brief.value(check.field).items();
    QString label = check.label;
    if (label.isEmpty())
        label = input.kit.field(check.field) ? input.kit.field(check.field)->label
                                             : AnswerChecker::tr("Keywords");
    if (keywords.isEmpty())
        return {
            result(Level::Pass, label, AnswerChecker::tr("%1: the brief lists none").arg(label))};
    const bool inHeadings = check.in == QLatin1String("headings");
    QString haystack;
    if (inHeadings) {
        for (const MarkdownScan::Heading &h : input.scan.headings)
            haystack += h.text + QLatin1Char('\n');
    } else {
        haystack = input.answer;
    }
    const QString text = normalized(haystack);
    QStringList missing;
    for (const QString &keyword : keywords) {
        if (!containsWords(text, keyword))
            missing.append(quoted(keyword));
    }
    const QString counted =
        AnswerChecker::tr("%1: %2 of %3 used in %4")
            .arg(label, input.locale.toString(keywords.size() - missing.size()),
                 input.locale.toString(keywords.size()),
                 inHeadings ? AnswerChecker::tr("headings") : AnswerChecker::tr("the answer"));
    if (missing.isEmpty())
        return {result(Level::Pass, label, counted)};
    return {result(
        check.outside, label,
        AnswerChecker::tr("%1 — missing: %2").arg(counted, missing.join(QStringLiteral(", "))))};
}

} // namespace PromptDeck::Core::Checks
