#include "checks/answerchecker.h"

#include "text/labelreader.h"
#include "text/markdownscan.h"
#include "text/textstats.h"
#include "text/xpostcounter.h"

#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace PromptDeck::Core {

namespace {

using Level = CheckResult::Level;

QString number(double n)
{
    return QLocale().toString(qint64(std::llround(n)));
}

// Lower case, every run of non-letters and non-digits one space, padded:
// " python gil explained ". Keywords match whole words, whatever the case
// or punctuation around them.
//
// Answers run to megabytes, so ASCII takes a short cut: its letters and
// digits are [A-Za-z0-9], and lower case is one addition away.
template<typename Take, typename Gap>
void forEachWordUnit(QStringView text, Take take, Gap gap)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
                take(c);
            else if (u >= u'A' && u <= u'Z')
                take(QChar(char16_t(u + (u'a' - u'A'))));
            else if (!gap())
                return;
        } else if (c.isLetterOrNumber()) {
            take(c.toLower());
        } else if (!gap()) {
            return;
        }
    }
    gap();
}

QString normalized(QStringView text)
{
    QString out(text.size() + 2, Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *at = begin;
    *at++ = u' ';
    forEachWordUnit(
        text, [&at](QChar c) { *at++ = c; },
        [&at] {
            if (at[-1] != u' ')
                *at++ = u' ';
            return true;
        });
    out.truncate(at - begin);
    return out;
}

// normalized(text).split(' ', Qt::SkipEmptyParts).mid(0, count), without
// going past the words it needs.
QStringList firstNormalizedWords(QStringView text, qsizetype count)
{
    QStringList words;
    QString word;
    forEachWordUnit(
        text, [&word](QChar c) { word += c; },
        [&] {
            if (!word.isEmpty()) {
                words.append(word);
                word.clear();
            }
            return words.size() < count;
        });
    return words.mid(0, count);
}

bool containsWords(const QString &normalizedText, QStringView phrase)
{
    const QString needle = normalized(phrase);
    return needle.size() > 2 && normalizedText.contains(needle);
}

QString quoted(const QString &text)
{
    return AnswerChecker::tr("“%1”").arg(text);
}

struct Verdict
{
    Level level = Level::Pass;
    QString text;
};

// Judges value against the check's range. lengthWords: "shorter/longer"
// for lengths, "fewer/more" for counts.
Verdict judge(const CheckDef &check, double value, bool lengthWords)
{
    Verdict verdict;
    const bool belowMin = check.min && value < *check.min;
    const bool aboveMax = check.max && value > *check.max;
    if (belowMin) {
        verdict.level = check.failBelow && value < *check.failBelow ? Level::Fail : check.outside;
        verdict.text = lengthWords ? AnswerChecker::tr("shorter than %1").arg(number(*check.min))
                                   : AnswerChecker::tr("fewer than %1").arg(number(*check.min));
    } else if (aboveMax) {
        verdict.level = check.failAbove && value > *check.failAbove ? Level::Fail : check.outside;
        verdict.text = lengthWords ? AnswerChecker::tr("longer than %1").arg(number(*check.max))
                                   : AnswerChecker::tr("more than %1").arg(number(*check.max));
    } else if (check.min && check.max) {
        verdict.text =
            AnswerChecker::tr("within %1–%2").arg(number(*check.min), number(*check.max));
    } else if (check.max) {
        verdict.text = AnswerChecker::tr("within %1").arg(number(*check.max));
    } else if (check.min) {
        verdict.text = AnswerChecker::tr("at least %1").arg(number(*check.min));
    }
    if (verdict.level != Level::Pass && check.convention)
        verdict.text += AnswerChecker::tr(" (a convention, not a rule)");
    return verdict;
}

CheckResult result(Level level, const QString &label, const QString &message)
{
    return {level, label, message};
}

QString joinSentence(const QString &what, const Verdict &verdict)
{
    return verdict.text.isEmpty() ? what : AnswerChecker::tr("%1 — %2").arg(what, verdict.text);
}

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

Level AnswerChecker::worst(const QList<CheckResult> &results)
{
    Level level = Level::Pass;
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
    const QLocale locale;
    // An extracted value, or a failure saying it is not there.
    auto extracted = [&](const QString &name, QString *label) -> std::optional<QString> {
        for (const ExtractDef &def : card.extracts) {
            if (def.name != name)
                continue;
            *label = check.label.isEmpty() ? def.labels.first() : check.label;
            if (const auto value = LabelReader::find(answer, def.labels))
                return value->text;
            return std::nullopt;
        }
        *label = check.displayLabel();
        return std::nullopt;
    };
    auto missingExtract = [&](const QString &label) {
        return result(Level::Fail, label,
                      tr("%1: no line starting with “%2:” found").arg(label, label));
    };

    switch (check.type) {
    case CheckDef::Type::Words: {
        QString label = check.displayLabel();
        QString where;
        qsizetype words = 0;
        if (check.of == QLatin1String("text")) {
            words = countWords(answer);
            where = tr("the whole answer");
        } else if (check.of == QLatin1String("prose")) {
            words = countWords(scan.prose);
            where = tr("prose; code left out");
        } else {
            const auto value = extracted(check.of, &label);
            if (!value)
                return {missingExtract(label)};
            words = countWords(*value);
            where = tr("text after “%1:”").arg(label);
        }
        CheckDef judged = check;
        judged.convention = false; // said once, after the target
        QString target;
        if (!check.field.isEmpty()) {
            const std::optional<qint64> n = m_brief.value(check.field).number();
            if (!n)
                return {result(Level::Warn, label,
                               tr("%1: %2 (%3) — the brief has no %4 to compare with")
                                   .arg(label, locale.toString(words), where,
                                        m_kit.field(check.field) ? m_kit.field(check.field)->label
                                                                 : check.field))};
            judged.min = double(*n) * (1.0 - check.tolerance / 100.0);
            judged.max = double(*n) * (1.0 + check.tolerance / 100.0);
            target =
                tr(" (the brief's %1 ± %2%)").arg(locale.toString(*n), number(check.tolerance));
        }
        const Verdict verdict = judge(judged, double(words), false);
        QString message =
            joinSentence(tr("%1: %2 words (%3)").arg(label, locale.toString(words), where),
                         verdict) +
            target;
        if (verdict.level != Level::Pass && check.convention)
            message += tr(" (a convention, not a rule)");
        return {result(verdict.level, label, message)};
    }
    case CheckDef::Type::Characters: {
        QString label = check.displayLabel();
        QString text = answer.trimmed();
        QString where = tr("the whole answer");
        if (check.of != QLatin1String("text")) {
            const auto value = extracted(check.of, &label);
            if (!value)
                return {missingExtract(label)};
            text = *value;
            where = tr("text after “%1:”").arg(label);
        }
        const qsizetype characters = countCharacters(text);
        const Verdict verdict = judge(check, double(characters), true);
        return {
            result(verdict.level, label,
                   joinSentence(
                       tr("%1: %2 characters (%3)").arg(label, locale.toString(characters), where),
                       verdict))};
    }
    case CheckDef::Type::Headings: {
        const qsizetype count = scan.headingsOfLevel(check.level).size();
        const QString label = check.displayLabel();
        const Verdict verdict = judge(check, double(count), false);
        return {result(verdict.level, label,
                       joinSentence(tr("%1: %2 (lines starting with “%3 ”)")
                                        .arg(label, locale.toString(count),
                                             QString(check.level, QLatin1Char('#'))),
                                    verdict))};
    }
    case CheckDef::Type::Questions: {
        qsizetype count = 0;
        for (const MarkdownScan::Heading &h : scan.headingsOfLevel(check.level)) {
            if (h.text.endsWith(QLatin1Char('?')) || h.text.endsWith(QChar(0xFF1F)))
                ++count;
        }
        const QString label = check.displayLabel();
        const Verdict verdict = judge(check, double(count), false);
        return {result(verdict.level, label,
                       joinSentence(tr("%1: %2 (“%3 ” headings ending in “?”)")
                                        .arg(label, locale.toString(count),
                                             QString(check.level, QLatin1Char('#'))),
                                    verdict))};
    }
    case CheckDef::Type::ListItems:
    case CheckDef::Type::Links: {
        const bool links = check.type == CheckDef::Type::Links;
        const qsizetype count = links ? scan.links.size() : scan.listItems;
        const QString label = check.displayLabel();
        const Verdict verdict = judge(check, double(count), false);
        return {
            result(verdict.level, label,
                   joinSentence(tr("%1: %2 (%3)")
                                    .arg(label, locale.toString(count),
                                         links ? tr("Markdown links") : tr("Markdown list items")),
                                verdict))};
    }
    case CheckDef::Type::Keyword: {
        const QString keyword =
            check.field.isEmpty() ? check.literal : m_brief.value(check.field).text();
        QString label = check.label.isEmpty() ? tr("Keyword") : check.label;
        if (check.label.isEmpty() && !check.field.isEmpty() && m_kit.field(check.field))
            label = m_kit.field(check.field)->label;
        if (keyword.trimmed().isEmpty())
            return {
                result(Level::Warn, label, tr("%1: the brief has none to look for").arg(label))};
        if (check.in == QLatin1String("headings")) {
            qsizetype found = 0;
            for (const MarkdownScan::Heading &h : scan.headings)
                found += containsWords(normalized(h.text), keyword) ? 1 : 0;
            if (found > 0)
                return {result(Level::Pass, label,
                               tr("%1 %2 appears in %3 of %4 headings")
                                   .arg(label, quoted(keyword), locale.toString(found),
                                        locale.toString(scan.headings.size())))};
            return {
                result(check.outside, label,
                       tr("%1 %2 appears in none of the %3 headings")
                           .arg(label, quoted(keyword), locale.toString(scan.headings.size())))};
        }
        if (check.in == QLatin1String("first_words")) {
            const QStringList words = firstNormalizedWords(scan.prose, check.firstWords);
            const QStringList wanted =
                normalized(keyword).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const qsizetype limit = std::min<qsizetype>(words.size(), check.firstWords);
            for (qsizetype i = 0; i + wanted.size() <= limit; ++i) {
                if (words.mid(i, wanted.size()) == wanted)
                    return {
                        result(Level::Pass, label,
                               tr("%1 %2 is in the first %3 words (at word %4)")
                                   .arg(label, quoted(keyword), locale.toString(check.firstWords),
                                        locale.toString(i + 1)))};
            }
            return {result(check.outside, label,
                           tr("%1 %2 is not in the first %3 words")
                               .arg(label, quoted(keyword), locale.toString(check.firstWords)))};
        }
        QString where = tr("the answer");
        QString text = answer;
        if (check.in != QLatin1String("text")) {
            QString valueLabel;
            const auto value = extracted(check.in, &valueLabel);
            if (!value)
                return {missingExtract(valueLabel)};
            text = *value;
            where = valueLabel;
            if (check.label.isEmpty())
                label = tr("%1 in %2").arg(label, valueLabel);
        }
        if (containsWords(normalized(text), keyword))
            return {result(Level::Pass, label, tr("%1 contains %2").arg(where, quoted(keyword)))};
        return {
            result(check.outside, label, tr("%1 does not contain %2").arg(where, quoted(keyword)))};
    }
    case CheckDef::Type::Keywords: {
        const QStringList keywords = m_brief.value(check.field).items();
        QString label = check.label;
        if (label.isEmpty())
            label = m_kit.field(check.field) ? m_kit.field(check.field)->label : tr("Keywords");
        if (keywords.isEmpty())
            return {result(Level::Pass, label, tr("%1: the brief lists none").arg(label))};
        QString haystack;
        if (check.in == QLatin1String("headings")) {
            for (const MarkdownScan::Heading &h : scan.headings)
                haystack += h.text + QLatin1Char('\n');
        } else {
            haystack = answer;
        }
        const QString text = normalized(haystack);
        QStringList missing;
        for (const QString &keyword : keywords) {
            if (!containsWords(text, keyword))
                missing.append(quoted(keyword));
        }
        const QString counted =
            tr("%1: %2 of %3 used in %4")
                .arg(label, locale.toString(keywords.size() - missing.size()),
                     locale.toString(keywords.size()),
                     check.in == QLatin1String("headings") ? tr("headings") : tr("the answer"));
        if (missing.isEmpty())
            return {result(Level::Pass, label, counted)};
        return {result(check.outside, label,
                       tr("%1 — missing: %2").arg(counted, missing.join(QStringLiteral(", "))))};
    }
    case CheckDef::Type::Slug: {
        QString label;
        const auto value = extracted(check.of, &label);
        if (!value)
            return {missingExtract(label)};
        const QString slug =
            value->trimmed().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
        const qsizetype words = slug.split(QLatin1Char('-'), Qt::SkipEmptyParts).size();
        QList<CheckResult> results;
        const Verdict verdict = judge(check, double(words), false);
        results.append(
            result(verdict.level, label,
                   joinSentence(tr("%1: %2 words (%3)").arg(label, locale.toString(words), slug),
                                verdict)));
        static const QRegularExpression form(QStringLiteral("^[a-z0-9]+(?:-[a-z0-9]+)*$"));
        if (!form.match(slug).hasMatch())
            results.append(
                result(Level::Warn, label,
                       tr("%1 %2 has characters other than lowercase letters, digits and "
                          "single hyphens")
                           .arg(label, quoted(slug))));
        return results;
    }
    case CheckDef::Type::XThread: {
        const QList<XPostCounter::Post> posts = XPostCounter::splitThread(answer);
        const QString label = check.displayLabel();
        QList<CheckResult> results;
        const Verdict count = judge(check, double(posts.size()), false);
        results.append(
            result(count.level, label,
                   joinSentence(tr("Posts: %1 (numbered “1/N”, or separated by blank lines)")
                                    .arg(locale.toString(posts.size())),
                                count)));
        int longest = 0;
        int longestPost = 0;
        bool anyOver = false;
        for (const XPostCounter::Post &post : posts) {
            const int length = XPostCounter::weightedLength(post.text, check.placeholders);
            if (length > longest) {
                longest = length;
                longestPost = post.number;
            }
            if (length > check.limit) {
                anyOver = true;
                results.append(
                    result(Level::Fail, tr("Post %1").arg(post.number),
                           tr("Post %1 of %2: %3 weighted characters — over %4")
                               .arg(locale.toString(post.number), locale.toString(posts.size()),
                                    locale.toString(length), locale.toString(check.limit))));
            }
        }
        if (!anyOver && !posts.isEmpty()) {
            results.append(
                result(Level::Pass, tr("Post length"),
                       tr("Every post is within %1 weighted characters (links count 23, emoji "
                          "and CJK characters 2); the longest is post %2 with %3")
                           .arg(locale.toString(check.limit), locale.toString(longestPost),
                                locale.toString(longest))));
        }
        return results;
    }
    case CheckDef::Type::LinkedIn: {
        QList<CheckResult> results;
        const QString text = answer.trimmed();
        const qsizetype characters = countCharacters(text);
        results.append(result(
            characters > check.limit ? Level::Fail : Level::Pass, tr("Length"),
            tr("Length: %1 characters — %2")
                .arg(locale.toString(characters),
                     characters > check.limit
                         ? tr("over LinkedIn's limit of %1").arg(locale.toString(check.limit))
                         : tr("within LinkedIn's limit of %1").arg(locale.toString(check.limit)))));
        QString hook;
        for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                hook = line.trimmed().toString();
                break;
            }
        }
        const qsizetype hookLength = countCharacters(hook);
        results.append(
            result(hookLength > check.hook ? Level::Warn : Level::Pass, tr("Hook"),
                   tr("Hook (first line): %1 characters — %2")
                       .arg(locale.toString(hookLength),
                            hookLength > check.hook
                                ? tr("longer than the %1 LinkedIn shows before “…see more”")
                                      .arg(locale.toString(check.hook))
                                : tr("within the %1 LinkedIn shows before “…see more”")
                                      .arg(locale.toString(check.hook)))));
        if (check.min || check.max) {
            CheckDef typical = check;
            typical.convention = true;
            const qsizetype words = countWords(text);
            const Verdict verdict = judge(typical, double(words), false);
            results.append(
                result(verdict.level, tr("Words"),
                       joinSentence(tr("Words: %1").arg(locale.toString(words)), verdict)));
        }
        return results;
    }
    case CheckDef::Type::InternalLinks: {
        QList<CheckResult> results;
        const QString label = check.displayLabel();
        // The same anchor to the same page, written twice (in the link plan
        // and again in its sentence), is one link.
        QList<MarkdownScan::Link> links;
        for (const MarkdownScan::Link &link : scan.links) {
            const bool seen =
                std::any_of(links.cbegin(), links.cend(), [&](const MarkdownScan::Link &l) {
                    return l.text.compare(link.text, Qt::CaseInsensitive) == 0 &&
                           l.destination == link.destination;
                });
            if (!seen)
                links.append(link);
        }
        const Verdict count = judge(check, double(links.size()), false);
        results.append(result(
            count.level, label,
            joinSentence(
                tr("%1: %2 (different Markdown links)").arg(label, locale.toString(links.size())),
                count)));
        std::optional<BriefLink> pillar;
        const FieldValue siblings = m_brief.value(check.field);
        for (const BriefLink &link : siblings.links()) {
            if (link.pillar) {
                pillar = link;
                break;
            }
        }
        if (pillar) {
            auto clean = [](QString s) {
                s = s.trimmed();
                if (s.startsWith(QLatin1Char('<')) && s.endsWith(QLatin1Char('>')))
                    s = s.mid(1, s.size() - 2);
                while (s.endsWith(QLatin1Char('/')))
                    s.chop(1);
                return s.toLower();
            };
            qsizetype toPillar = 0;
            for (const MarkdownScan::Link &link : std::as_const(links)) {
                const QString destination =
                    clean(QUrl::fromPercentEncoding(link.destination.toUtf8()));
                if ((!pillar->url.isEmpty() && destination == clean(pillar->url)) ||
                    destination == clean(pillar->title))
                    ++toPillar;
            }
            results.append(result(
                toPillar > 0 ? Level::Pass : check.outside, tr("Pillar link"),
                toPillar > 0
                    ? tr("Links to the pillar article %1: %2")
                          .arg(quoted(pillar->title), locale.toString(toPillar))
                    : tr("No link goes to the pillar article %1").arg(quoted(pillar->title))));
        }
        QMap<QString, int> anchors;
        for (const MarkdownScan::Link &link : std::as_const(links))
            ++anchors[link.text.simplified().toLower()];
        QStringList repeated;
        for (auto it = anchors.cbegin(); it != anchors.cend(); ++it) {
            if (it.value() > 1)
                repeated.append(tr("%1 (%2 times)").arg(quoted(it.key())).arg(it.value()));
        }
        results.append(
            repeated.isEmpty()
                ? result(Level::Pass, tr("Anchor texts"),
                         tr("Anchor texts: all %1 different").arg(locale.toString(links.size())))
                : result(check.outside, tr("Anchor texts"),
                         tr("Anchor texts repeated: %1").arg(repeated.join(QStringLiteral(", ")))));
        return results;
    }
    }
    return {};
}

} // namespace PromptDeck::Core
