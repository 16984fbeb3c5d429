#include "models/cardlistmodel.h"

#include "checks/answerchecker.h"
#include "text/textstats.h"

namespace PromptDeck::Core {

CardListModel::CardListModel(SessionDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(0);
    connect(&m_checkTimer, &QTimer::timeout, this, &CardListModel::runDueChecks);
    m_measureTimer.setSingleShot(true);
    m_measureTimer.setInterval(0);
    connect(&m_measureTimer, &QTimer::timeout, this, &CardListModel::measureDuePrompts);
    auto resetAll = [this] {
        beginResetModel();
        m_checkTimer.stop();
        m_checksDue.clear();
        m_counts = QList<Counts>(m_document->cardCount());
        m_checks = QList<std::optional<QList<CheckResult>>>(m_document->cardCount());
        m_prompts = QList<std::optional<PromptMeasure>>(m_document->cardCount());
        endResetModel();
        promptsChanged();
    };
    resetAll();
    connect(document, &SessionDocument::sessionReset, this, resetAll);
    connect(document, &SessionDocument::answerChanged, this, [this](int row) {
        m_counts[row].valid = false;
        if (!m_checksDue.contains(row))
            m_checksDue.append(row);
        m_checkTimer.start();
        rowChanged(row,
                   {CardRoles::HasAnswer, CardRoles::AnswerCharacters, CardRoles::AnswerWords});
    });
    // Checks compare answers with the brief (keywords, the word target).
    connect(document, &SessionDocument::briefChanged, this, [this] {
        m_checkTimer.stop();
        m_checksDue.clear();
        for (auto &checks : m_checks)
            checks.reset();
        if (rowCount() > 0)
            Q_EMIT dataChanged(
                index(0), index(rowCount() - 1),
                {CardRoles::CheckLevel, CardRoles::CheckSummary, CardRoles::CheckResults});
    });
    connect(document, &SessionDocument::promptChanged, this, [this](int row) {
        m_prompts[row].reset();
        promptsChanged();
    });
    connect(document, &SessionDocument::historyChanged, this,
            [this](int row) { rowChanged(row, {CardRoles::HistoryCount}); });
    connect(document, &SessionDocument::statusChanged, this, [this](int row) {
        rowChanged(row, {CardRoles::State, CardRoles::StateLabel, CardRoles::Missing,
                         CardRoles::StaleReason, Qt::DecorationRole, Qt::ToolTipRole});
    });
}

const CardListModel::Counts &CardListModel::counts(int row) const
{
    Counts &counts = m_counts[row];
    if (!counts.valid) {
        const QString text = m_document->session().answerText(row);
        counts = {true, countCharacters(text), countWords(text)};
    }
    return counts;
}

const QList<CheckResult> &CardListModel::checks(int row) const
{
    std::optional<QList<CheckResult>> &cached = m_checks[row];
    if (m_checksDue.contains(row)) {
        static const QList<CheckResult> none;
        return cached ? *cached : none;
    }
    if (!cached)
        cached = m_document->session().checkResults(row);
    return *cached;
}

void CardListModel::runDueChecks()
{
    const QList<int> due = std::exchange(m_checksDue, {});
    for (int row : due) {
        m_checks[row].reset();
        rowChanged(row, {CardRoles::CheckLevel, CardRoles::CheckSummary, CardRoles::CheckResults});
    }
}

PromptMeasure CardListModel::promptMeasure(int row) const
{
    std::optional<PromptMeasure> &cached = m_prompts[row];
    if (!cached)
        cached = PromptMeasure::ofCard(m_document->session(), row);
    return *cached;
}

ChainMeasure CardListModel::chainMeasure() const
{
    ChainMeasure chain;
    for (int row = 0; row < rowCount(); ++row)
        chain.add(promptMeasure(row));
    return chain;
}

QVariant CardListModel::promptData(int row, int role) const
{
    const std::optional<PromptMeasure> &measure = m_prompts.at(row);
    if (!measure)
        return {};
    if (role == CardRoles::PromptWords)
        return measure->words;
    if (role == CardRoles::PromptTokens)
        return measure->tokens;
    return measure->newChatAdvised();
}

void CardListModel::promptsChanged()
{
    if (rowCount() > 0)
        m_measureTimer.start();
}

void CardListModel::measureDuePrompts()
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_prompts.at(row))
            continue;
        promptMeasure(row);
        rowChanged(row,
                   {CardRoles::PromptWords, CardRoles::PromptTokens, CardRoles::PromptNewChat});
    }
    Q_EMIT promptsMeasured();
}

void CardListModel::rowChanged(int row, const QList<int> &roles)
{
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, roles);
}

int CardListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_document->cardCount();
}

QVariant CardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Session &session = m_document->session();
    const Kit &kit = session.kit();
    const CardDef &card = kit.cards.at(row);
    auto titlesOf = [&kit](const QStringList &ids) {
        QStringList titles;
        for (const QString &id : ids) {
            const CardDef *def = kit.card(id);
            titles.append(def ? def->title : id);
        }
        return titles;
    };

    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2").arg(row + 1).arg(card.title);
    case Qt::ToolTipRole:
        return card.summary;
    case CardRoles::Id:
        return card.id;
    case CardRoles::Number:
        return row + 1;
    case CardRoles::Title:
        return card.title;
    case CardRoles::Summary:
        return card.summary;
    case CardRoles::PhaseId:
        return card.phase;
    case CardRoles::PhaseName: {
        const int phase = kit.phaseIndex(card.phase);
        return phase >= 0 ? kit.phases.at(phase).name : card.phase;
    }
    case CardRoles::FirstInPhase:
        return row == 0 || kit.cards.at(row - 1).phase != card.phase;
    case CardRoles::State:
        return int(session.status(row).state);
    case CardRoles::StateLabel:
        return cardStateLabel(session.status(row).state);
    case CardRoles::Missing:
        return titlesOf(session.status(row).missing);
    case CardRoles::Uses:
        return titlesOf(card.dependsOn);
    case CardRoles::StaleReason:
        return session.staleReason(row);
    case CardRoles::HasAnswer:
        return session.hasAnswer(row);
    case CardRoles::AnswerCharacters:
        return counts(row).characters;
    case CardRoles::AnswerWords:
        return counts(row).words;
    case CardRoles::HistoryCount:
        return int(session.record(row).history.size());
    case CardRoles::CheckLevel: {
        const QList<CheckResult> &results = checks(row);
        return results.isEmpty() ? -1 : int(AnswerChecker::worst(results));
    }
    case CardRoles::CheckSummary: {
        const QList<CheckResult> &results = checks(row);
        int counts[3] = {0, 0, 0};
        for (const CheckResult &r : results)
            ++counts[int(r.level)];
        QStringList parts;
        if (counts[2] > 0)
            parts.append(tr("%1 failing").arg(counts[2]));
        if (counts[1] > 0)
            parts.append(tr("%1 warning(s)").arg(counts[1]));
        if (counts[0] > 0)
            parts.append(tr("%1 passing").arg(counts[0]));
        return results.isEmpty() ? QString()
                                 : tr("Checks: %1").arg(parts.join(QStringLiteral(", ")));
    }
    case CardRoles::CheckResults: {
        QVariantList list;
        for (const CheckResult &r : checks(row)) {
            list.append(QVariantMap{{QStringLiteral("level"), int(r.level)},
                                    {QStringLiteral("label"), r.label},
                                    {QStringLiteral("message"), r.message}});
        }
        return list;
    }
    case CardRoles::PromptWords:
    case CardRoles::PromptTokens:
    case CardRoles::PromptNewChat:
        return promptData(row, role);
    default:
        return {};
    }
}

QHash<int, QByteArray> CardListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CardRoles::Id, "cardId");
    names.insert(CardRoles::Number, "number");
    names.insert(CardRoles::Title, "title");
    names.insert(CardRoles::Summary, "summary");
    names.insert(CardRoles::PhaseId, "phaseId");
    names.insert(CardRoles::PhaseName, "phaseName");
    names.insert(CardRoles::FirstInPhase, "firstInPhase");
    names.insert(CardRoles::State, "state");
    names.insert(CardRoles::StateLabel, "stateLabel");
    names.insert(CardRoles::Missing, "missing");
    names.insert(CardRoles::Uses, "uses");
    names.insert(CardRoles::StaleReason, "staleReason");
    names.insert(CardRoles::HasAnswer, "hasAnswer");
    names.insert(CardRoles::AnswerCharacters, "answerCharacters");
    names.insert(CardRoles::AnswerWords, "answerWords");
    names.insert(CardRoles::HistoryCount, "historyCount");
    names.insert(CardRoles::CheckLevel, "checkLevel");
    names.insert(CardRoles::CheckSummary, "checkSummary");
    names.insert(CardRoles::CheckResults, "checkResults");
    names.insert(CardRoles::PromptWords, "promptWords");
    names.insert(CardRoles::PromptTokens, "promptTokens");
    names.insert(CardRoles::PromptNewChat, "promptNewChat");
    return names;
}

} // namespace PromptDeck::Core
