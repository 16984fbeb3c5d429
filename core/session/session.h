// One article worked through one kit: the kit (shared, immutable), the
// brief, every card's answer with its history, and where the user was.
// A plain value: the window and the command line both drive it, and
// SessionSerializer turns it into the *.promptdeck file and back.
//
// The chain: a card's inputs are the brief fields and earlier answers its
// prompt reads. When an answer is stored, a fingerprint of the content of
// every input is stored with it (a digest of the brief field's value, of
// the earlier answer's text). A card is stale when an input's content now
// differs from what it was made from, or when an input card is stale
// itself: putting the old text back makes it fresh again, and a version
// restored from the history is judged against what it was made from.
//
// Keeping a stale answer makes it the input now: its record takes the
// inputs as they are, and the cards made from it are judged against its
// text, which did not change, so they are fresh unless something else of
// theirs changed. An input card that was stale itself when the answer was
// kept is noted, so the kept answer stays fresh until that card's text
// changes (its re-run).
#pragma once

#include "base/result.h"
#include "kit/brief.h"
#include "kit/checkdef.h"
#include "kit/kitloader.h"
#include "mustache/templatespan.h"
#include "session/cardstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace PromptDeck::Core {

// A member of the file this version does not know: its key, and its value's
// JSON text exactly as the file had it. Written back byte for byte, so that
// what a newer version wrote survives a save by this one (a number keeps its
// digits, a string stays a string).
struct UnknownMember
{
    QString key;
    QByteArray json;

    bool operator==(const UnknownMember &other) const = default;
};
using UnknownMembers = QList<UnknownMember>;

// Input ("brief.title", "answers.outline") → the fingerprint of its content.
using InputPrints = QMap<QString, QString>;

struct AnswerVersion
{
    enum class Origin
    {
        Pasted,
        Typed,
        Restored,
        Imported
    };

    qint64 revision = 0; // 1 … Session::maxRevision
    QString text;
    QDateTime time; // UTC
    Origin origin = Origin::Pasted;
    // Input → the fingerprint of its content when this answer was stored;
    // an empty fingerprint means the input (an answer) was missing then,
    // Session::unknownBasis that it cannot be known any more.
    QMap<QString, QString> basedOn;
    // Input cards ("answers.body") that were stale themselves when this
    // answer was kept: it stays fresh while their text is unchanged.
    QStringList keptWhileStale;
    UnknownMembers extras; // the version's members this version does not know
};

QString answerOriginId(AnswerVersion::Origin origin);
std::optional<AnswerVersion::Origin> answerOriginFromId(QStringView id);

struct CardRecord
{
    std::optional<AnswerVersion> answer;
    QList<AnswerVersion> history; // earlier versions, oldest first
    UnknownMembers extras;        // the card's members besides answer and history
};

// Everything of a session file this version does not know, by where it
// stands in the file.
struct UnknownParts
{
    UnknownMembers top;         // members of the file's object
    UnknownMembers brief;       // of "brief", besides origin and fields
    UnknownMembers briefFields; // brief fields the kit does not have
    UnknownMembers view;        // of "view"
    UnknownMembers cards;       // cards the kit does not have
    UnknownMembers kit;         // of "kit", besides origin and source
};

struct ViewState
{
    QString currentCard;
    QStringList expandedCards;
    int scroll = 0;

    bool operator==(const ViewState &other) const = default;
};

class Session final
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    Session() = default;
    Session(KitPtr kit, Brief brief, const QDateTime &created);

    const Kit &kit() const { return *m_kit; }
    const KitPtr &kitPtr() const { return m_kit; }
    bool isValid() const { return bool(m_kit); }

    const Brief &brief() const { return m_brief; }
    // True when any field changed; cards that use a changed field turn stale.
    bool setBrief(const Brief &brief);

    int cardCount() const { return int(m_records.size()); }
    const CardRecord &record(int index) const { return m_records.at(index); }
    bool hasAnswer(int index) const { return m_records.at(index).answer.has_value(); }
    QString answerText(int index) const;
    // The answer as prompts, checks and exports use it. The stored text
    // stays exactly as the user gave it.
    QString usedAnswer(int index) const;

    // Stores text as the card's answer; returns whether anything changed.
    // Pasted, restored and imported text becomes a new version (the old one
    // goes to the history). Typing continues the current typed version, so a
    // burst of keystrokes is one version, but the pasted original is kept.
    // Empty text clears the answer (the old one goes to the history).
    // madeFrom, when given, is what a new (not typed-on) version was made
    // from: the inputs as they were when its prompt was copied.
    bool setAnswer(int index, const QString &text, AnswerVersion::Origin origin,
                   const QDateTime &now, const std::optional<InputPrints> &madeFrom = {});
    bool clearAnswer(int index);
    // Makes an older version the answer again, with what it was made from.
    bool restoreVersion(int index, int historyIndex, const QDateTime &now);
    // Keeps a stale answer as it is: records the current inputs as its basis
    // and the stale input cards it was kept over (see the top of this file).
    bool dismissStale(int index);
    // Keeps every stale answer, top down; returns how many cards were stale.
    int keepAll();
    // The stale cards in the order to re-run them: each after the cards it
    // is made from (the kit's order, where a card uses only earlier ones).
    QList<int> staleCards() const;

    // An answer longer than the cap is refused with a message saying so.
    static Status checkAnswerSize(qsizetype characters);

    // Every stored answer takes the next revision number. They stay at or
    // below 2^53 - 1, the largest whole number every JSON reader keeps
    // exactly; a file with a higher one is refused on load.
    static constexpr qint64 maxRevision = (qint64(1) << 53) - 1;
    // Whether an answer can still be stored: refused, with a message, once
    // the revision numbers are used up (setAnswer then changes nothing).
    Status checkRevisionRoom() const;

    CardStatus status(int index) const;
    QStringList inputsOf(int index) const;
    // The fingerprint of an input's current content; empty for an answer
    // that is missing.
    QString fingerprint(const QString &input) const;
    // The fingerprints of a card's inputs as they are now: what an answer
    // stored now is made from.
    InputPrints currentFingerprints(int index) const;
    // The fingerprint of a text: what an answer's record holds for it.
    static QString textFingerprint(QStringView text);
    // The fingerprint a record holds when what it was made from is unknown
    // (converted from an older file whose revision is gone). It matches no
    // content, so the card is stale until it is re-run or kept.
    static inline const QString unknownBasis = QStringLiteral("?");
    // "the brief field 'Title'", "the answer to card 1, Article Outline",
    // "50% of the brief's Target word count (the budget of card 4, Body)"
    QString describeInput(const QString &input) const;
    // Why a stale card is stale, in a sentence: "card 1, Article Outline,
    // changed; card 3 was made from it". Empty unless it is stale.
    QString staleReason(int index) const;

    // {"brief": {...}, "answers": {card id: text}, "budget": {part: words}}
    // as templates see it; "budget" once the brief has the budget's total.
    QVariantMap templateData() const;
    Result<RenderedText> renderPrompt(int index, bool collectSpans = false) const;
    // The text a waiting card's prompt shows where an answer is missing.
    QString missingAnswerMarker(const QString &cardId) const;
    // The text a share of the budget shows while the brief lacks the total.
    QString missingBudgetMarker() const;

    // The results of the card's answer checks (none without an answer).
    QList<CheckResult> checkResults(int index) const;

    QDateTime created;
    QString kitOrigin;   // where the kit came from ("bundled:seo-article", a path)
    QString briefOrigin; // likewise for the brief
    ViewState view;
    // Parts of the file this version does not know, written back unchanged.
    UnknownParts unknown;

    // At most maxRevision + 1: every revision number is used.
    qint64 nextRevision() const { return m_nextRevision; }
    // For the serializer, which restores what it read.
    void restoreState(QList<CardRecord> records, qint64 nextRevision);

private:
    QString describeBudgetInput(const QString &part) const;
    const QList<CardStatus> &statuses() const;
    CardStatus computeStatus(int index, const QList<CardStatus> &earlier) const;
    QString describeChange(int index, const QString &input) const;
    // Every edit calls this: it forgets the statuses (and, for card
    // changedCard, its answer's fingerprint) worked out before.
    void invalidate(int changedCard = -1);

    KitPtr m_kit;
    Brief m_brief;
    QVariantMap m_briefData;
    QList<CardRecord> m_records;
    qint64 m_nextRevision = 1;
    // Worked out when first asked for: a text's digest costs a pass over it.
    mutable QList<std::optional<QString>> m_answerPrints; // per card
    mutable std::optional<QList<CardStatus>> m_statuses;
};

} // namespace PromptDeck::Core
