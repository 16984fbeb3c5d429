// The internal links check: how many different links go to the articles of
// the brief's links field that have a URL, one to the pillar, no anchor text
// used twice, and no link to anything else: an article without a URL is
// suggested in plain text, never linked by its title.
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

std::optional<BriefLink> pillarOf(const QList<BriefLink> &articles)
{
    for (const BriefLink &link : articles) {
        if (link.pillar)
            return link;
    }
    return std::nullopt;
}

// A destination or a brief's URL or title as links compare: percent-decoded,
// no angle brackets, no trailing slashes, lower case.
QString comparable(const QString &text)
{
    QString s = QUrl::fromPercentEncoding(text.trimmed().toUtf8()).trimmed();
    if (s.startsWith(QLatin1Char('<')) && s.endsWith(QLatin1Char('>')))
        s = s.mid(1, s.size() - 2).trimmed();
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s.toLower();
}

// The answer's links sorted by where they go.
struct SortedLinks
{
    QList<Link> listed;   // to the URL of an article of the brief
    QStringList toTitles; // destinations that are an article's title
    QStringList unlisted; // destinations the brief does not list
};

SortedLinks sortLinks(const QList<Link> &links, const QList<BriefLink> &articles)
{
    QStringList urls;
    QStringList titles;
    for (const BriefLink &article : articles) {
        if (!article.url.isEmpty())
            urls.append(comparable(article.url));
        titles.append(comparable(article.title));
    }
    SortedLinks sorted;
    for (const Link &link : links) {
        const QString destination = comparable(link.destination);
        if (urls.contains(destination))
            sorted.listed.append(link);
        else if (titles.contains(destination))
            sorted.toTitles.append(link.destination);
        else
            sorted.unlisted.append(link.destination);
    }
    return sorted;
}

qsizetype withUrl(const QList<BriefLink> &articles)
{
    return std::count_if(articles.cbegin(), articles.cend(),
                         [](const BriefLink &a) { return !a.url.isEmpty(); });
}

// Fewer links than `min` are fine when the brief has fewer articles with a
// URL: each can be linked once, the rest are suggestions in plain text.
CheckResult countResult(const CheckInput &input, qsizetype count, qsizetype linkable)
{
    const QString label = input.check.displayLabel();
    const QString counted = input.locale.toString(count);
    if (linkable == 0 && count == 0)
        return result(Level::Pass, label,
                      AnswerChecker::tr("%1: %2 (different links to the listed URLs) — no listed "
                                        "article has a URL yet, so there is nothing to link")
                          .arg(label, counted));
    CheckDef check = input.check;
    QString what =
        AnswerChecker::tr("%1: %2 (different links to the listed URLs)").arg(label, counted);
    if (check.min && double(linkable) < *check.min) {
        check.min = double(linkable);
        if (check.failBelow)
            check.failBelow = std::min(*check.failBelow, double(linkable));
        what = linkable == 1
                   ? AnswerChecker::tr("%1: %2 (different links to the listed URLs; only 1 "
                                       "listed article has a URL)")
                         .arg(label, counted)
                   : AnswerChecker::tr("%1: %2 (different links to the listed URLs; only %3 "
                                       "listed articles have a URL)")
                         .arg(label, counted, input.locale.toString(linkable));
    }
    const Verdict verdict = judge(check, double(count), false);
    return result(verdict.level, label, joinSentence(what, verdict));
}

// Links that cannot work: to an article's title (it has no URL, or the URL
// was not used) or to a page the brief does not list. Always failures: the
// editorial pass would put them into the article as they are.
QList<CheckResult> destinationResults(const SortedLinks &sorted)
{
    QList<CheckResult> results;
    auto shown = [](const QStringList &destinations) {
        QStringList quotedAll;
        for (const QString &d : destinations)
            quotedAll.append(quoted(d));
        quotedAll.removeDuplicates();
        return quotedAll.join(QStringLiteral(", "));
    };
    if (!sorted.toTitles.isEmpty())
        results.append(result(
            Level::Fail, AnswerChecker::tr("Link destinations"),
            AnswerChecker::tr("Links to an article's title instead of its URL: %1; an article "
                              "without a URL belongs under “Suggested links (no URL yet)” as "
                              "plain text")
                .arg(shown(sorted.toTitles))));
    if (!sorted.unlisted.isEmpty())
        results.append(result(Level::Fail, AnswerChecker::tr("Link destinations"),
                              AnswerChecker::tr("Links to a page the brief does not list: %1")
                                  .arg(shown(sorted.unlisted))));
    return results;
}

CheckResult pillarResult(const CheckInput &input, const BriefLink &pillar,
                         const QList<Link> &listed)
{
    const QString label = AnswerChecker::tr("Pillar link");
    if (pillar.url.isEmpty()) {
        // Nothing to link yet: the answer should name it as a suggestion.
        if (containsWords(normalized(input.answer), normalized(pillar.title)))
            return result(Level::Pass, label,
                          AnswerChecker::tr("The pillar article %1 has no URL yet; the answer "
                                            "names it as a suggested link")
                              .arg(quoted(pillar.title)));
        return result(input.check.outside, label,
                      AnswerChecker::tr("The pillar article %1 has no URL yet, and the answer "
                                        "does not name it as a suggested link")
                          .arg(quoted(pillar.title)));
    }
    const QString url = comparable(pillar.url);
    const auto toPillar = std::count_if(listed.cbegin(), listed.cend(), [&](const Link &link) {
        return comparable(link.destination) == url;
    });
    if (toPillar > 0)
        return result(Level::Pass, label,
                      AnswerChecker::tr("Links to the pillar article %1: %2")
                          .arg(quoted(pillar.title), input.locale.toString(toPillar)));
    return result(
        input.check.outside, label,
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
    const QList<BriefLink> articles = input.brief.value(input.check.field).links();
    const SortedLinks sorted = sortLinks(differentLinks(input.scan.links), articles);
    QList<CheckResult> results;
    results.append(countResult(input, sorted.listed.size(), withUrl(articles)));
    results.append(destinationResults(sorted));
    if (const std::optional<BriefLink> pillar = pillarOf(articles))
        results.append(pillarResult(input, *pillar, sorted.listed));
    if (!sorted.listed.isEmpty())
        results.append(anchorsResult(input, sorted.listed));
    return results;
}

} // namespace PromptDeck::Core::Checks
