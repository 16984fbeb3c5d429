#include "models/librarymodel.h"

#include "checks/answerchecker.h"
#include "session/sessionfile.h"

#include <QFileInfo>

namespace PromptDeck::Core {

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LibraryModel::setMap(TopicalMap map)
{
    beginResetModel();
    m_map = std::move(map);
    m_progress.clear();
    for (const MapArticle &article : std::as_const(m_map.articles))
        m_progress.append(readProgress(article.sessionFile));
    endResetModel();
}

void LibraryModel::refresh()
{
    for (int row = 0; row < m_map.articles.size(); ++row)
        m_progress[row] = readProgress(m_map.articles.at(row).sessionFile);
    if (!m_progress.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

LibraryModel::Progress LibraryModel::readProgress(const QString &sessionFile)
{
    Progress progress;
    if (!QFileInfo::exists(sessionFile))
        return progress;
    const Result<Session> loaded = SessionFile::load(sessionFile);
    if (!loaded) {
        progress.status = ArticleStatus::Unreadable;
        progress.problem = loaded.error().message;
        return progress;
    }
    const Session &session = loaded.value();
    progress.cards = session.cardCount();
    bool failing = false;
    bool stale = false;
    for (int i = 0; i < session.cardCount(); ++i) {
        if (!session.hasAnswer(i))
            continue;
        ++progress.answered;
        stale = stale || session.status(i).state == CardState::Stale;
        failing =
            failing || AnswerChecker::worst(session.checkResults(i)) == CheckResult::Level::Fail;
    }
    if (failing)
        progress.status = ArticleStatus::ChecksFailing;
    else if (progress.answered == progress.cards && !stale)
        progress.status = ArticleStatus::Done;
    else
        progress.status = ArticleStatus::InProgress;
    return progress;
}

QString LibraryModel::statusText(const Progress &progress) const
{
    switch (progress.status) {
    case ArticleStatus::NotStarted:
        return tr("not started");
    case ArticleStatus::InProgress:
        return tr("%1 of %2 answered").arg(progress.answered).arg(progress.cards);
    case ArticleStatus::ChecksFailing:
        return tr("checks failing (%1 of %2 answered)").arg(progress.answered).arg(progress.cards);
    case ArticleStatus::Done:
        return tr("done");
    case ArticleStatus::Unreadable:
        return tr("session unreadable: %1").arg(progress.problem);
    }
    return {};
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_map.articles.size());
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MapArticle &article = m_map.articles.at(index.row());
    const Progress &progress = m_progress.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Title:
        return article.title;
    case Qt::ToolTipRole:
        return article.url.isEmpty() ? article.title
                                     : article.title + QLatin1Char('\n') + article.url;
    case Group:
        return article.group;
    case FirstInGroup:
        return index.row() == 0 || m_map.articles.at(index.row() - 1).group != article.group;
    case Pillar:
        return article.pillar;
    case Url:
        return article.url;
    case SessionFile:
        return article.sessionFile;
    case Status:
        return int(progress.status);
    case StatusText:
        return statusText(progress);
    case Answered:
        return progress.answered;
    case CardCount:
        return progress.cards;
    default:
        return {};
    }
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(Title, "title");
    names.insert(Group, "group");
    names.insert(FirstInGroup, "firstInGroup");
    names.insert(Pillar, "pillar");
    names.insert(Url, "url");
    names.insert(SessionFile, "sessionFile");
    names.insert(Status, "status");
    names.insert(StatusText, "statusText");
    names.insert(Answered, "answered");
    names.insert(CardCount, "cardCount");
    return names;
}

QString LibraryModel::summary() const
{
    int counts[5] = {0, 0, 0, 0, 0};
    for (const Progress &p : m_progress)
        ++counts[int(p.status)];
    QStringList parts;
    if (counts[int(ArticleStatus::Done)] > 0)
        parts.append(tr("%1 done").arg(counts[int(ArticleStatus::Done)]));
    if (counts[int(ArticleStatus::InProgress)] > 0)
        parts.append(tr("%1 in progress").arg(counts[int(ArticleStatus::InProgress)]));
    if (counts[int(ArticleStatus::ChecksFailing)] > 0)
        parts.append(tr("%1 with failing checks").arg(counts[int(ArticleStatus::ChecksFailing)]));
    if (counts[int(ArticleStatus::NotStarted)] > 0)
        parts.append(tr("%1 not started").arg(counts[int(ArticleStatus::NotStarted)]));
    if (counts[int(ArticleStatus::Unreadable)] > 0)
        parts.append(tr("%1 unreadable").arg(counts[int(ArticleStatus::Unreadable)]));
    return tr("%1 articles: %2").arg(m_map.articles.size()).arg(parts.join(QStringLiteral(", ")));
}

} // namespace PromptDeck::Core
