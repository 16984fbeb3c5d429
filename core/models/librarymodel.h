// The articles of a topical map as a list model, in map order (per group:
// the pillar, then the cluster articles), each with where its session
// stands: not started, n of 12 answered, checks failing, or done. The state
// is read from the session file next to the map.
#pragma once

#include "map/topicalmap.h"

#include <QAbstractListModel>

namespace PromptDeck::Core {

class LibraryModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        Title = Qt::UserRole + 1, // QString
        Group,                    // QString
        FirstInGroup,             // bool
        Pillar,                   // bool
        Url,                      // QString
        SessionFile,              // QString: absolute path
        Status,                   // int: ArticleStatus
        StatusText,               // QString: "not started", "4 of 12 answered", …
        Answered,                 // int
        CardCount,                // int: 0 before a session exists
    };
    enum class ArticleStatus
    {
        NotStarted,
        InProgress,
        ChecksFailing,
        Done,
        Unreadable
    };

    explicit LibraryModel(QObject *parent = nullptr);

    void setMap(TopicalMap map);
    const TopicalMap &map() const { return m_map; }
    // Reads every article's session again (after one was worked on).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "12 articles: 3 done, 2 in progress, 1 with failing checks, 6 not started"
    QString summary() const;

private:
    struct Progress
    {
        ArticleStatus status = ArticleStatus::NotStarted;
        int answered = 0;
        int cards = 0;
        QString problem;
    };
    static Progress readProgress(const QString &sessionFile);
    QString statusText(const Progress &progress) const;

    TopicalMap m_map;
    QList<Progress> m_progress;
};

} // namespace PromptDeck::Core
