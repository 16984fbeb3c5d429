#include "session/sessiondocument.h"

#include "session/sessionfile.h"

#include <QDir>

namespace PromptDeck::Core {

SessionDocument::SessionDocument(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void SessionDocument::reset(Session session, const QString &filePath)
{
    replace(std::move(session), filePath, DiskState::of(filePath), false);
}

void SessionDocument::resetRecovered(Session session, const QString &filePath,
                                     const DiskState &basedOn)
{
    replace(std::move(session), filePath, basedOn, true);
}

void SessionDocument::replace(Session session, const QString &filePath, const DiskState &disk,
                              bool modified)
{
    m_session = std::move(session);
    m_copiedFrom.clear();
    m_viewModified = false;
    const bool pathChanged = m_filePath != filePath;
    m_filePath = filePath;
    m_diskState = disk;
    setModified(modified);
    if (pathChanged)
        Q_EMIT filePathChanged(m_filePath);
    Q_EMIT sessionReset();
}

bool SessionDocument::changedOnDisk() const
{
    return !m_filePath.isEmpty() && DiskState::of(m_filePath) != m_diskState;
}

QList<CardStatus> SessionDocument::statuses() const
{
    QList<CardStatus> list;
    list.reserve(cardCount());
    for (int i = 0; i < cardCount(); ++i)
        list.append(m_session.status(i));
    return list;
}

void SessionDocument::emitStatusChanges(const QList<CardStatus> &before)
{
    for (int i = 0; i < cardCount(); ++i) {
        if (m_session.status(i) != before.at(i))
            Q_EMIT statusChanged(i);
    }
}

void SessionDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

QList<int> SessionDocument::dependentsOf(int card) const
{
    QList<int> dependents;
    const QString &id = kit().cards.at(card).id;
    for (int i = 0; i < cardCount(); ++i) {
        if (kit().cards.at(i).dependsOn.contains(id))
            dependents.append(i);
    }
    return dependents;
}

bool SessionDocument::editAnswer(int card, AnswerVersion::Origin origin,
                                 const std::function<bool()> &edit)
{
    const QList<CardStatus> before = statuses();
    const qsizetype historyBefore = m_session.record(card).history.size();
    if (!edit())
        return false;
    setModified(true);
    Q_EMIT answerChanged(card);
    if (m_session.record(card).history.size() != historyBefore)
        Q_EMIT historyChanged(card);
    for (int dependent : dependentsOf(card))
        Q_EMIT promptChanged(dependent);
    emitStatusChanges(before);
    Q_EMIT edited(origin);
    return true;
}

bool SessionDocument::setAnswer(int card, const QString &text, AnswerVersion::Origin origin)
{
    std::optional<InputPrints> madeFrom;
    if (origin == AnswerVersion::Origin::Pasted && m_copiedFrom.contains(card))
        madeFrom = m_copiedFrom.value(card);
    const bool stored = editAnswer(
        card, origin, [&] { return m_session.setAnswer(card, text, origin, m_clock(), madeFrom); });
    if (stored && madeFrom)
        m_copiedFrom.remove(card);
    return stored;
}

void SessionDocument::promptCopied(int card)
{
    m_copiedFrom.insert(card, m_session.currentFingerprints(card));
}

bool SessionDocument::clearAnswer(int card)
{
    return editAnswer(card, AnswerVersion::Origin::Typed,
                      [&] { return m_session.clearAnswer(card); });
}

bool SessionDocument::restoreVersion(int card, int historyIndex)
{
    return editAnswer(card, AnswerVersion::Origin::Restored,
                      [&] { return m_session.restoreVersion(card, historyIndex, m_clock()); });
}

bool SessionDocument::dismissStale(int card)
{
    const QList<CardStatus> before = statuses();
    if (!m_session.dismissStale(card))
        return false;
    setModified(true);
    emitStatusChanges(before);
    Q_EMIT edited(AnswerVersion::Origin::Typed);
    return true;
}

bool SessionDocument::setUseAsPasted(int card, bool asPasted)
{
    const QList<CardStatus> before = statuses();
    if (!m_session.setUseAsPasted(card, asPasted))
        return false;
    setModified(true);
    Q_EMIT answerUseChanged(card);
    for (int dependent : dependentsOf(card))
        Q_EMIT promptChanged(dependent);
    emitStatusChanges(before);
    Q_EMIT edited(AnswerVersion::Origin::Typed);
    return true;
}

int SessionDocument::keepAll()
{
    const QList<CardStatus> before = statuses();
    const int kept = m_session.keepAll();
    if (kept == 0)
        return 0;
    setModified(true);
    emitStatusChanges(before);
    Q_EMIT edited(AnswerVersion::Origin::Typed);
    return kept;
}

bool SessionDocument::setBrief(const Brief &brief)
{
    const Brief old = m_session.brief();
    const QList<CardStatus> before = statuses();
    if (!m_session.setBrief(brief))
        return false;
    setModified(true);
    Q_EMIT briefChanged();
    for (int i = 0; i < cardCount(); ++i) {
        for (const QString &key : kit().cards.at(i).briefFields) {
            if (!(old.value(key) == brief.value(key))) {
                Q_EMIT promptChanged(i);
                break;
            }
        }
    }
    emitStatusChanges(before);
    return true;
}

void SessionDocument::setView(const ViewState &view)
{
    if (m_session.view == view)
        return;
    m_session.view = view;
    m_viewModified = true;
}

Status SessionDocument::saveAs(const QString &path, ExternalChanges externalChanges)
{
    const bool ownFile = path == m_filePath;
    if (ownFile && externalChanges == ExternalChanges::Refuse && changedOnDisk()) {
        return Diagnostic::error(QDir::toNativeSeparators(path), 0, 0,
                                 tr("the file was changed or removed by another program since "
                                    "PromptDeck opened or saved it; it was not overwritten"));
    }
    // Every save checks the format of what it replaces, its own file too:
    // a newer PromptDeck may have written it since, keeping size and time.
    Status saved = SessionFile::save(m_session, path, m_clock());
    if (!saved)
        return saved;
    m_diskState = DiskState::of(path);
    m_viewModified = false;
    setModified(false);
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(path);
    }
    return saved;
}

Status SessionDocument::saveCopy(const QString &path)
{
    Status saved = SessionFile::save(m_session, path, m_clock());
    if (saved)
        m_viewModified = false;
    return saved;
}

} // namespace PromptDeck::Core
