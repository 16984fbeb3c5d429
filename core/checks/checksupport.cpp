#include "checks/checksupport.h"

#include "checks/answerchecker.h"
#include "text/labelreader.h"

#include <QLocale>

#include <cmath>

namespace PromptDeck::Core::Checks {

namespace {

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

} // namespace

QString number(double n)
{
    return QLocale().toString(qint64(std::llround(n)));
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
    } else if (check.min && check.max && *check.min == *check.max) {
        verdict.text = AnswerChecker::tr("exactly %1").arg(number(*check.min));
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

QString joinSentence(const QString &what, const Verdict &verdict)
{
    return verdict.text.isEmpty() ? what : AnswerChecker::tr("%1 — %2").arg(what, verdict.text);
}

CheckResult result(Level level, const QString &label, const QString &message)
{
    return {level, label, message};
}

std::optional<QString> extracted(const CheckInput &input, const QString &name, QString *label)
{
    for (const ExtractDef &def : input.card.extracts) {
        if (def.name != name)
            continue;
        *label = input.check.label.isEmpty() ? def.labels.first() : input.check.label;
        if (const auto value = LabelReader::find(input.answer, def.labels))
            return value->text;
        return std::nullopt;
    }
    *label = input.check.displayLabel();
    return std::nullopt;
}

CheckResult missingExtract(const QString &label)
{
    return result(Level::Fail, label,
                  AnswerChecker::tr("%1: no line starting with “%2:” found").arg(label, label));
}

} // namespace PromptDeck::Core::Checks
