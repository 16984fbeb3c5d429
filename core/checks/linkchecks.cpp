// The internal links check: how many different links, one to the pillar
// article of the brief's links field, no anchor text used twice.
#include "checks/answerchecker.h"
#include "checks/checksupport.h"
#include "text/markdownscan.h"

#include <QMap>
#include <QUrl>

#include <algorithm>

namespace PromptDeck::Core::Checks {

namespace {

using Link = MarkdownScan::Link;

// The same anchor to the same page, written twice (in the link plan and
// again in its sentence), is one link.
QList<Link> differentLinks(const QList<Link> &all)
{
    QList<Link> links;
    for (const Link &link : all) {
        const bool seen = std::any_of(links.cbegin(), links.cend(), [&](const Link &l) {
            return l.text.compare(link.text, Qt::CaseInsensitive) == 0 &&
                   l.destination == link.destination;
        });
        if (!seen)
            links.append(link);
    }
    return links;
}

std::optional<BriefLink> pillarOf(const FieldValue &value)
{
    for (const BriefLink &link : value.links()) {
        if (link.pillar)
            return link;
    }
    return std::nullopt;
}

// A destination or a brief's URL or title as links compare: no angle
// brackets, no trailing slashes, lower case.
QString comparable(QString s)
{
    s = s.trimmed();
    if (s.startsWith(QLatin1Char('<')) && s.endsWith(QLatin1Char('>')))
        s = s.mid(1, s.size() - 2);
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s.toLower();
}

CheckResult pillarResult(const CheckInput &input, const BriefLink &pillar, const QList<Link> &links)
{
    qsizetype toPillar = 0;
    for (const Link &link : links) {
        const QString destination =
            comparable(QUrl::fromPercentEncoding(link.destination.toUtf8()));
        if ((!pillar.url.isEmpty() && destination == comparable(pillar.url)) ||
            destination == comparable(pillar.title))
            ++toPillar;
    }
    if (toPillar > 0)
        return result(Level::Pass, AnswerChecker::tr("Pillar link"),
                      AnswerChecker::tr("Links to the pillar article %1: %2")
                          .arg(quoted(pillar.title), input.locale.toString(toPillar)));
    return result(
        input.check.outside, AnswerChecker::tr("Pillar link"),
        AnswerChecker::tr("No link goes to the pillar article %1").arg(quoted(pillar.title)));
}

CheckResult anchorsResult(const CheckInput &input, const QList<Link> &links)
{
    QMap<QString, int> anchors;
    for (const Link &link : links)
        ++anchors[link.text.simplified().toLower()];
    QStringList repeated;
    for (auto it = anchors.cbegin(); it != anchors.cend(); ++it) {
        if (it.value() > 1)
            repeated.append(
                AnswerChecker::tr("%1 (%2 times)").arg(quoted(it.key())).arg(it.value()));
    }
    if (repeated.isEmpty())
        return result(Level::Pass, AnswerChecker::tr("Anchor texts"),
                      AnswerChecker::tr("Anchor texts: all %1 different")
                          .arg(input.locale.toString(links.size())));
    return result(
        input.check.outside, AnswerChecker::tr("Anchor texts"),
        AnswerChecker::tr("Anchor texts repeated: %1").arg(repeated.join(QStringLiteral(", "))));
}

} // namespace

QList<CheckResult> checkInternalLinks(const CheckInput &input)
{
    const QString label = input.check.displayLabel();
    const QList<Link> links = differentLinks(input.scan.links);
    const Verdict count = judge(input.check, double(links.size()), false);
    QList<CheckResult> results;
    results.append(result(count.level, label,
                          joinSentence(AnswerChecker::tr("%1: %2 (different Markdown links)")
                                           .arg(label, input.locale.toString(links.size())),
                                       count)));
    if (const std::optional<BriefLink> pillar = pillarOf(input.brief.value(input.check.field)))
        results.append(pillarResult(input, *pillar, links));
    results.append(anchorsResult(input, links));
    return results;
}

} // namespace PromptDeck::Core::Checks
