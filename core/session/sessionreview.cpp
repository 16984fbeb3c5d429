#include "session/sessionreview.h"

#include "kit/kitschema.h"
#include "mustache/templateanalyzer.h"

#include <QLocale>

#include <algorithm>

namespace PromptDeck::Core {

namespace {

QString plural(qsizetype n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(QLocale().toString(n));
}

// The cards a reference reads directly: answers.<card> and html.<card> name
// one, extracted.<name> the cards that declare that extract, article.* the
// cards the draft is assembled from.
QList<int> cardsReadBy(const Kit &kit, const QStringList &path)
{
    if (path.size() < 2)
        return {};
    const QString &root = path.first();
    const QString &name = path.at(1);
    if (root == QLatin1String("article")) {
        QList<int> cards;
        for (const QString &id : kit.article.cards())
            cards.append(kit.cardIndex(id));
        return cards;
    }
    if (root == QLatin1String("answers") || root == QLatin1String("html")) {
        const int index = kit.cardIndex(name);
        return index >= 0 ? QList<int>{index} : QList<int>{};
    }
    QList<int> cards;
    if (root == QLatin1String("extracted")) {
        for (int i = 0; i < kit.cards.size(); ++i) {
            const QList<ExtractDef> &extracts = kit.cards.at(i).extracts;
            if (std::any_of(extracts.cbegin(), extracts.cend(),
                            [&](const ExtractDef &e) { return e.name == name; }))
                cards.append(i);
        }
    }
    return cards;
}

} // namespace

QList<int> SessionReview::cardsUsedBy(const Kit &kit, const ExportDef &def)
{
    const KitSchema schema(kit, KitSchema::Use::Export);
    const TemplateAnalysis analysis = TemplateAnalyzer(schema, kit.partials).analyze(def.body);
    QList<bool> used(kit.cards.size(), false);
    QList<int> pending;
    for (const TemplateReference &ref : analysis.references)
        pending += cardsReadBy(kit, ref.path);
    while (!pending.isEmpty()) {
        const int card = pending.takeLast();
        if (used.at(card))
            continue;
        used[card] = true;
        for (const QString &id : kit.cards.at(card).dependsOn) {
            if (const int input = kit.cardIndex(id); input >= 0)
                pending.append(input);
        }
    }
    QList<int> cards;
    for (int i = 0; i < used.size(); ++i) {
        if (used.at(i))
            cards.append(i);
    }
    return cards;
}

SessionReview::SessionReview(const Session &session, const ExportDef &def)
{
    const Kit &kit = session.kit();
    for (const CardDef &card : kit.cards)
        m_titles.append(card.title);
    for (const int card : cardsUsedBy(kit, def)) {
        const CardStatus status = session.status(card);
        if (status.state == CardState::Stale) {
            const QString reason = session.staleReason(card);
            m_stale.append(Entry{card, reason.isEmpty() ? QStringList() : QStringList{reason}});
        }
        if (!session.hasAnswer(card)) {
            m_missing.append(Entry{card, {}});
            continue;
        }
        QStringList failing;
        for (const CheckResult &check : session.checkResults(card)) {
            if (check.level == CheckResult::Level::Fail)
                failing.append(check.label);
        }
        if (!failing.isEmpty()) {
            m_failingCount += int(failing.size());
            m_failing.append(Entry{card, failing});
        }
    }
}

QString SessionReview::describe(const QList<Entry> &entries) const
{
    QStringList parts;
    for (const Entry &entry : entries) {
        QString part = tr("%1 \"%2\"").arg(entry.card + 1).arg(m_titles.at(entry.card));
        if (!entry.details.isEmpty())
            part += tr(" (%1)").arg(entry.details.join(tr(", ")));
        parts.append(part);
    }
    return parts.join(tr(", "));
}

QStringList SessionReview::lines() const
{
    QStringList lines;
    if (!m_stale.isEmpty()) {
        lines.append(
            plural(m_stale.size(), tr("%1 card is stale: %2."), tr("%1 cards are stale: %2."))
                .arg(describe(m_stale)));
    }
    if (!m_missing.isEmpty()) {
        lines.append(plural(m_missing.size(), tr("%1 answer is missing: %2."),
                            tr("%1 answers are missing: %2."))
                         .arg(describe(m_missing)));
    }
    if (!m_failing.isEmpty()) {
        lines.append(plural(m_failingCount, tr("%1 check fails: %2."), tr("%1 checks fail: %2."))
                         .arg(describe(m_failing)));
    }
    return lines;
}

} // namespace PromptDeck::Core
