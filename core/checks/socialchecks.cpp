// The social post checks: an X thread (how many posts, each within X's
// weighted limit) and a LinkedIn post (length, hook, typical words).
#include "checks/answerchecker.h"
#include "checks/checksupport.h"
#include "text/textstats.h"
#include "text/xpostcounter.h"

namespace PromptDeck::Core::Checks {

namespace {

// The first line with text, trimmed: what LinkedIn shows before "…see more".
QString firstLine(const QString &text)
{
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            return line.trimmed().toString();
    }
    return {};
}

} // namespace

QList<CheckResult> checkXThread(const CheckInput &input)
{
    const CheckDef &check = input.check;
    const QLocale &locale = input.locale;
    const QList<XPostCounter::Post> posts = XPostCounter::splitThread(input.answer);
    QList<CheckResult> results;
    const Verdict count = judge(check, double(posts.size()), false);
    results.append(result(
        count.level, check.displayLabel(),
        joinSentence(AnswerChecker::tr("Posts: %1 (numbered “1/N”, or separated by blank lines)")
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
                result(Level::Fail, AnswerChecker::tr("Post %1").arg(post.number),
                       AnswerChecker::tr("Post %1 of %2: %3 weighted characters — over %4")
                           .arg(locale.toString(post.number), locale.toString(posts.size()),
                                locale.toString(length), locale.toString(check.limit))));
        }
    }
    if (!anyOver && !posts.isEmpty()) {
        results.append(result(
            Level::Pass, AnswerChecker::tr("Post length"),
            AnswerChecker::tr("Every post is within %1 weighted characters (links count 23, emoji "
                              "and CJK characters 2); the longest is post %2 with %3")
                .arg(locale.toString(check.limit), locale.toString(longestPost),
                     locale.toString(longest))));
    }
    return results;
}

QList<CheckResult> checkLinkedIn(const CheckInput &input)
{
    const CheckDef &check = input.check;
    const QLocale &locale = input.locale;
    QList<CheckResult> results;
    const QString text = input.answer.trimmed();
    const qsizetype characters = countCharacters(text);
    const bool tooLong = characters > check.limit;
    const QString limit = locale.toString(check.limit);
    results.append(
        result(tooLong ? Level::Fail : Level::Pass, AnswerChecker::tr("Length"),
               AnswerChecker::tr("Length: %1 characters — %2")
                   .arg(locale.toString(characters),
                        tooLong ? AnswerChecker::tr("over LinkedIn's limit of %1").arg(limit)
                                : AnswerChecker::tr("within LinkedIn's limit of %1").arg(limit))));
    const qsizetype hookLength = countCharacters(firstLine(text));
    const bool hookTooLong = hookLength > check.hook;
    const QString hook = locale.toString(check.hook);
    results.append(result(
        hookTooLong ? Level::Warn : Level::Pass, AnswerChecker::tr("Hook"),
        AnswerChecker::tr("Hook (first line): %1 characters — %2")
            .arg(locale.toString(hookLength),
                 hookTooLong
                     ? AnswerChecker::tr("longer than the %1 LinkedIn shows before “…see more”")
                           .arg(hook)
                     : AnswerChecker::tr("within the %1 LinkedIn shows before “…see more”")
                           .arg(hook))));
    if (check.min || check.max) {
        CheckDef typical = check;
        typical.convention = true;
        const qsizetype words = countWords(text);
        const Verdict verdict = judge(typical, double(words), false);
        results.append(result(
            verdict.level, AnswerChecker::tr("Words"),
            joinSentence(AnswerChecker::tr("Words: %1").arg(locale.toString(words)), verdict)));
    }
    return results;
}

} // namespace PromptDeck::Core::Checks
