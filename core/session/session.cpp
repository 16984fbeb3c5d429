#include "session/session.h"

#include "base/inputlimits.h"
#include "checks/answerchecker.h"
#include "mustache/mustacherenderer.h"

#include <QCryptographicHash>
#include <QLocale>

namespace PromptDeck::Core {

namespace {

const QString briefPrefix = QStringLiteral("brief.");
const QString answersPrefix = QStringLiteral("answers.");
const QString budgetPrefix = QStringLiteral("budget.");

} // namespace

QString answerOriginId(AnswerVersion::Origin origin)
{
    switch (origin) {
    case AnswerVersion::Origin::Pasted:
        return QStringLiteral("pasted");
    case AnswerVersion::Origin::Typed:
        return QStringLiteral("typed");
    case AnswerVersion::Origin::Restored:
        return QStringLiteral("restored");
    case AnswerVersion::Origin::Imported:
        return QStringLiteral("imported");
    }
    return {};
}

std::optional<AnswerVersion::Origin> answerOriginFromId(QStringView id)
{
    for (auto origin : {AnswerVersion::Origin::Pasted, AnswerVersion::Origin::Typed,
                        AnswerVersion::Origin::Restored, AnswerVersion::Origin::Imported}) {
        if (id == answerOriginId(origin))
            return origin;
    }
    return std::nullopt;
}

Session::Session(KitPtr kit, Brief brief, const QDateTime &createdAt)
    : created(createdAt.toUTC())
    , m_kit(std::move(kit))
    , m_brief(std::move(brief))
    , m_briefData(m_brief.toTemplateData())
    , m_records(m_kit->cards.size())
    , m_answerPrints(m_kit->cards.size())
{}

void Session::invalidate(int changedCard)
{
    m_statuses.reset();
    if (changedCard >= 0)
        m_answerPrints[changedCard].reset();
}

bool Session::setBrief(const Brief &brief)
{
    if (brief == m_brief)
        return false;
    m_brief = brief;
    m_briefData = m_brief.toTemplateData();
    invalidate();
    return true;
}

QString Session::answerText(int index) const
{
    const CardRecord &record = m_records.at(index);
    return record.answer ? record.answer->text : QString();
}

QString Session::usedAnswer(int index) const
{
    return answerText(index);
}

Status Session::checkAnswerSize(qsizetype characters)
{
    if (characters <= Limits::maxAnswerChars)
        return success();
    const QLocale locale;
    return Diagnostic::error(
        QString(), 0, 0,
        tr("the answer has %1 characters; an answer can have at most %2 "
           "(16 MiB). Nothing was stored.")
            .arg(locale.toString(characters), locale.toString(Limits::maxAnswerChars)));
}

Status Session::checkRevisionRoom() const
{
    if (m_nextRevision <= maxRevision)
        return success();
    return Diagnostic::error(QString(), 0, 0,
                             tr("this session has used every revision number (up to %1), so no "
                                "further answer can be stored. Nothing was stored; start a new "
                                "session for more answers.")
                                 .arg(maxRevision));
}

bool Session::setAnswer(int index, const QString &text, AnswerVersion::Origin origin,
                        const QDateTime &now, const std::optional<InputPrints> &madeFrom)
{
    CardRecord &record = m_records[index];
    if (text.isEmpty())
        return clearAnswer(index);
    if (record.answer && record.answer->text == text)
        return false;
    if (!checkRevisionRoom())
        return false;
    const QDateTime time = now.toUTC();
    invalidate(index);
    if (origin == AnswerVersion::Origin::Typed && record.answer &&
        record.answer->origin == AnswerVersion::Origin::Typed) {
        record.answer->text = text;
        record.answer->time = time;
        record.answer->revision = m_nextRevision++;
        return true;
    }
    AnswerVersion version;
    version.revision = m_nextRevision++;
    version.text = text;
    version.time = time;
    version.origin = origin;
    // Typing over an answer edits it; it does not mean the inputs were
    // looked at again, so a stale answer stays stale.
    if (origin == AnswerVersion::Origin::Typed && record.answer) {
        version.basedOn = record.answer->basedOn;
        version.keptWhileStale = record.answer->keptWhileStale;
    } else {
        version.basedOn = madeFrom ? *madeFrom : currentFingerprints(index);
    }
    if (record.answer)
        record.history.append(*record.answer);
    record.answer = std::move(version);
    return true;
}

bool Session::clearAnswer(int index)
{
    CardRecord &record = m_records[index];
    if (!record.answer)
        return false;
    record.history.append(*record.answer);
    record.answer.reset();
    invalidate(index);
    return true;
}

bool Session::restoreVersion(int index, int historyIndex, const QDateTime &now)
{
    CardRecord &record = m_records[index];
    if (historyIndex < 0 || historyIndex >= record.history.size())
        return false;
    const AnswerVersion &old = record.history.at(historyIndex);
    if (record.answer && record.answer->text == old.text && record.answer->basedOn == old.basedOn)
        return false;
    if (!checkRevisionRoom())
        return false;
    // The restored version is judged against what it was made from, not
    // against the inputs as they are now.
    AnswerVersion version;
    version.revision = m_nextRevision++;
    version.text = old.text;
    version.time = now.toUTC();
    version.origin = AnswerVersion::Origin::Restored;
    version.basedOn = old.basedOn;
    version.keptWhileStale = old.keptWhileStale;
    if (record.answer)
        record.history.append(*record.answer);
    record.answer = std::move(version);
    invalidate(index);
    return true;
}

bool Session::dismissStale(int index)
{
    CardRecord &record = m_records[index];
    if (!record.answer)
        return false;
    const CardStatus now = status(index);
    if (now.state != CardState::Stale)
        return false;
    record.answer->basedOn = currentFingerprints(index);
    record.answer->keptWhileStale = now.staleInputs;
    invalidate();
    return true;
}

int Session::keepAll()
{
    const int stale = int(staleCards().size());
    // Top down: a kept card is fresh for the cards below it, which then
    // have nothing stale to be kept over.
    for (int i = 0; i < cardCount(); ++i)
        dismissStale(i);
    return stale;
}

QList<int> Session::staleCards() const
{
    QList<int> cards;
    const QList<CardStatus> &all = statuses();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).state == CardState::Stale)
            cards.append(i);
    }
    return cards;
}

QStringList Session::inputsOf(int index) const
{
    const CardDef &card = m_kit->cards.at(index);
    QStringList inputs;
    for (const QString &key : card.briefFields)
        inputs.append(briefPrefix + key);
    for (const QString &id : card.dependsOn)
        inputs.append(answersPrefix + id);
    return inputs;
}

QString Session::fingerprint(const QString &input) const
{
    if (input.startsWith(briefPrefix))
        return QLatin1Char('h') + m_brief.fingerprint(input.mid(briefPrefix.size()));
    if (input.startsWith(answersPrefix)) {
        const int index = m_kit->cardIndex(QStringView(input).mid(answersPrefix.size()));
        if (index < 0 || !m_records.at(index).answer)
            return QString();
        std::optional<QString> &print = m_answerPrints[index];
        if (!print)
            print = textFingerprint(m_records.at(index).answer->text);
        return *print;
    }
    return QString();
}

QString Session::textFingerprint(QStringView text)
{
    // The same digest as a brief field's: 64 bits of SHA-1 of the UTF-8
    // text, enough that two different texts never meet by chance.
    return QLatin1Char('h') +
           QString::fromLatin1(
               QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

InputPrints Session::currentFingerprints(int index) const
{
    InputPrints prints;
    for (const QString &input : inputsOf(index))
        prints.insert(input, fingerprint(input));
    return prints;
}

QString Session::describeInput(const QString &input) const
{
    if (input.startsWith(briefPrefix)) {
        const QString key = input.mid(briefPrefix.size());
        const FieldDef *field = m_kit->field(key);
        return tr("the brief's %1").arg(field ? field->label : key);
    }
    if (input.startsWith(answersPrefix)) {
        const int index = m_kit->cardIndex(QStringView(input).mid(answersPrefix.size()));
        return tr("the answer to %1").arg(m_kit->cardLabel(index));
    }
    if (input.startsWith(budgetPrefix))
        return describeBudgetInput(input.mid(budgetPrefix.size()));
    return input;
}

QString Session::describeBudgetInput(const QString &part) const
{
    const FieldDef *field = m_kit->field(m_kit->budget.totalField);
    QString total = tr("the brief's %1").arg(field ? field->label : m_kit->budget.totalField);
    for (const BudgetPart &p : m_kit->budget.parts) {
        if (p.card == part)
            return tr("%1% of %2 (the budget of %3)")
                .arg(p.percent)
                .arg(total, m_kit->cardLabel(m_kit->cardIndex(p.card)));
    }
    return total;
}

const QList<CardStatus> &Session::statuses() const
{
    if (!m_statuses) {
        // In the kit's order a card's inputs come before it, so each card
        // is judged with its input cards' states already known.
        QList<CardStatus> all;
        all.reserve(cardCount());
        for (int i = 0; i < cardCount(); ++i)
            all.append(computeStatus(i, all));
        m_statuses = std::move(all);
    }
    return *m_statuses;
}

CardStatus Session::status(int index) const
{
    return statuses().at(index);
}

CardStatus Session::computeStatus(int index, const QList<CardStatus> &earlier) const
{
    CardStatus status;
    const CardDef &card = m_kit->cards.at(index);
    for (const QString &id : card.dependsOn) {
        const int dep = m_kit->cardIndex(id);
        if (dep >= 0 && !m_records.at(dep).answer)
            status.missing.append(id);
    }
    const CardRecord &record = m_records.at(index);
    if (!record.answer) {
        status.state = status.missing.isEmpty() ? CardState::Ready : CardState::Waiting;
        return status;
    }
    const AnswerVersion &answer = *record.answer;
    for (const QString &input : inputsOf(index)) {
        const auto recorded = answer.basedOn.constFind(input);
        // An input the answer has no record of (a file from a tool that does
        // not write one) is taken as unchanged rather than guessed at.
        if (recorded == answer.basedOn.cend())
            continue;
        if (*recorded == unknownBasis) {
            status.unknownInputs.append(input);
            continue;
        }
        if (*recorded != fingerprint(input)) {
            status.changedInputs.append(input);
            continue;
        }
        if (!input.startsWith(answersPrefix) || answer.keptWhileStale.contains(input))
            continue;
        const int dep = m_kit->cardIndex(QStringView(input).mid(answersPrefix.size()));
        if (dep >= 0 && dep < earlier.size() && earlier.at(dep).state == CardState::Stale)
            status.staleInputs.append(input);
    }
    if (!status.changedInputs.isEmpty()) {
        status.cause = {status.changedInputs.first()};
    } else if (!status.unknownInputs.isEmpty()) {
        status.cause = {status.unknownInputs.first()};
    } else {
        // The shortest way a change came here, the first such in the
        // kit's order when several are as short.
        for (const QString &input : std::as_const(status.staleInputs)) {
            const int dep = m_kit->cardIndex(QStringView(input).mid(answersPrefix.size()));
            const QStringList through = earlier.at(dep).cause + QStringList{input};
            if (status.cause.isEmpty() || through.size() < status.cause.size())
                status.cause = through;
        }
    }
    status.state = status.cause.isEmpty() ? CardState::Answered : CardState::Stale;
    return status;
}

QString Session::describeChange(int index, const QString &input) const
{
    if (input.startsWith(briefPrefix)) {
        const FieldDef *field = m_kit->field(input.mid(briefPrefix.size()));
        return tr("the brief's %1 changed")
            .arg(field ? field->label : input.mid(briefPrefix.size()));
    }
    const int dep = m_kit->cardIndex(QStringView(input).mid(answersPrefix.size()));
    const QString recorded = m_records.at(index).answer->basedOn.value(input);
    if (recorded == unknownBasis)
        return tr("the text of %1 this answer was made from is not known (an older PromptDeck "
                  "saved the session)")
            .arg(m_kit->cardLabel(dep));
    if (recorded.isEmpty())
        return tr("%1 has been answered since").arg(m_kit->cardLabel(dep));
    if (!m_records.at(dep).answer)
        return tr("the answer to %1 was removed").arg(m_kit->cardLabel(dep));
    return tr("%1, changed").arg(m_kit->cardLabel(dep));
}

QString Session::staleReason(int index) const
{
    const QStringList cause = status(index).cause;
    if (cause.isEmpty())
        return {};
    // The change as the first card on the way saw it, then the way down.
    int first = index;
    if (cause.size() > 1)
        first = m_kit->cardIndex(QStringView(cause.at(1)).mid(answersPrefix.size()));
    QString reason = describeChange(first, cause.first());
    for (int i = 1; i < cause.size(); ++i) {
        const int card = m_kit->cardIndex(QStringView(cause.at(i)).mid(answersPrefix.size()));
        if (i == 1) {
            reason += tr("; card %1 was made from it").arg(card + 1);
        } else {
            const int from =
                m_kit->cardIndex(QStringView(cause.at(i - 1)).mid(answersPrefix.size()));
            reason += tr(", card %1 from card %2").arg(card + 1).arg(from + 1);
        }
    }
    return reason;
}

QVariantMap Session::templateData() const
{
    QVariantMap answers;
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).answer)
            answers.insert(m_kit->cards.at(i).id, usedAnswer(i));
    }
    QVariantMap data{{QStringLiteral("brief"), m_briefData}, {QStringLiteral("answers"), answers}};
    // The shares exist once the brief has its total; until then a share
    // shows the missing marker.
    if (!m_kit->budget.isEmpty()) {
        if (const auto total = m_brief.value(m_kit->budget.totalField).number())
            data.insert(QStringLiteral("budget"), m_kit->budget.toTemplateData(*total));
    }
    return data;
}

QString Session::missingBudgetMarker() const
{
    const FieldDef *field = m_kit->field(m_kit->budget.totalField);
    return tr("[MISSING: the brief's %1 — fill it in first]")
        .arg(field ? field->label : m_kit->budget.totalField);
}

QString Session::missingAnswerMarker(const QString &cardId) const
{
    const int index = m_kit->cardIndex(cardId);
    return tr("[MISSING: the answer to card %1, \"%2\" — paste it into PromptDeck first]")
        .arg(index + 1)
        .arg(index >= 0 ? m_kit->cards.at(index).title : cardId);
}

Result<RenderedText> Session::renderPrompt(int index, bool collectSpans) const
{
    MustacheRenderer::Options options;
    options.collectSpans = collectSpans;
    options.missingValue = [this](const MustacheNode &node) -> std::optional<QString> {
        if (node.path.size() == 2 && node.path.first() == QLatin1String("answers"))
            return missingAnswerMarker(node.path.at(1));
        if (!node.path.isEmpty() && node.path.first() == QLatin1String("budget"))
            return missingBudgetMarker();
        return std::nullopt;
    };
    const MustacheRenderer renderer(&m_kit->partials, std::move(options));
    return renderer.render(m_kit->cards.at(index).prompt, templateData());
}

QList<CheckResult> Session::checkResults(int index) const
{
    return AnswerChecker(*m_kit, m_brief).check(index, usedAnswer(index));
}

void Session::restoreState(QList<CardRecord> records, qint64 nextRevision)
{
    Q_ASSERT(records.size() == m_records.size());
    m_records = std::move(records);
    m_nextRevision = nextRevision;
    m_answerPrints = QList<std::optional<QString>>(m_records.size());
    invalidate();
}

} // namespace PromptDeck::Core
