// What stands between a session and a finished export: the cards it is made
// from that are stale, the answers still missing, and the checks that fail
// (warnings are not listed). The window asks before exporting such a session
// and the command line prints it; both say it in the words of text().
#pragma once

#include "session/session.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace PromptDeck::Core {

class SessionReview final
{
    Q_DECLARE_TR_FUNCTIONS(SessionReview)

public:
    // One card in the list and what is said of it: why it is stale, or the
    // labels of its failing checks (nothing for a missing answer).
    struct Entry
    {
        int card = -1;
        QStringList details;

        bool operator==(const Entry &other) const = default;
    };

    // Reviews the cards def is made from (see cardsUsedBy).
    SessionReview(const Session &session, const ExportDef &def);

    // The cards an export reads (answers.<card>, html.<card>, the cards
    // whose extracts it reads and, for article.*, the article's cards), and
    // every card they were made from, in kit order. The social posts are not
    // part of the article, so they do not hold up its export.
    static QList<int> cardsUsedBy(const Kit &kit, const ExportDef &def);

    const QList<Entry> &staleCards() const { return m_stale; }
    const QList<Entry> &missingAnswers() const { return m_missing; }
    const QList<Entry> &failingChecks() const { return m_failing; }
    bool isClear() const { return m_stale.isEmpty() && m_missing.isEmpty() && m_failing.isEmpty(); }

    // One sentence per kind, in the order stale, missing, failing; none when
    // the review is clear:
    // 2 cards are stale: 3 "Introduction" (card 1, Outline, changed), 4 …
    QStringList lines() const;
    QString text() const { return lines().join(QLatin1Char('\n')); }

private:
    QString describe(const QList<Entry> &entries) const;

    QStringList m_titles; // the kit's card titles, by index
    QList<Entry> m_stale;
    QList<Entry> m_missing;
    QList<Entry> m_failing;
    int m_failingCount = 0; // checks, not cards: a card may fail two
};

} // namespace PromptDeck::Core
