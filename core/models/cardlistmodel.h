// The cards of a session as a list model: one row per card, in kit order,
// with everything a collapsed card or a navigator shows. It follows the
// SessionDocument's signals and reports changes row by row, role by role.
#pragma once

#include "models/cardroles.h"
#include "session/promptmeasure.h"
#include "session/sessiondocument.h"

#include <QAbstractListModel>
#include <QTimer>

namespace PromptDeck::Core {

class CardListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit CardListModel(SessionDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The card's prompt measured now if it changed since it last was (one
    // rendering per change, not per call).
    PromptMeasure promptMeasure(int row) const;
    // Every card's prompt together; measures only the changed ones.
    ChainMeasure chainMeasure() const;

Q_SIGNALS:
    // Prompts were measured after a change: chainMeasure() has news.
    void promptsMeasured();

private:
    struct Counts
    {
        bool valid = false;
        qsizetype characters = 0;
        qsizetype words = 0;
    };
    const Counts &counts(int row) const;
    const QList<CheckResult> &checks(int row) const;
    void rowChanged(int row, const QList<int> &roles);
    void runDueChecks();
    void measureDuePrompts();
    QVariant promptData(int row, int role) const;
    void promptsChanged();

    SessionDocument *m_document;
    // Counted when first asked for after a change, not on every paint and
    // not for answers nobody looks at.
    mutable QList<Counts> m_counts;
    mutable QList<std::optional<QList<CheckResult>>> m_checks;
    // A changed answer's checks run on the next pass of the event loop,
    // once the window has shown the change (a megabyte answer's checks take
    // milliseconds); until then its row reports the checks it had.
    QList<int> m_checksDue;
    QTimer m_checkTimer;
    // Prompt sizes: measured on the next pass of the event loop after a
    // change (the prompts of a card's dependents change with its answer),
    // each changed prompt once, so views never render prompts to paint.
    mutable QList<std::optional<PromptMeasure>> m_prompts;
    QTimer m_measureTimer;
};

} // namespace PromptDeck::Core
