#include "session/sessionautosaver.h"

#include "corelogging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace PromptDeck::Core {

SessionAutosaver::SessionAutosaver(SessionDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionAutosaver::autosave);
    connect(document, &SessionDocument::edited, this, &SessionAutosaver::onEdited);
    connect(document, &SessionDocument::sessionReset, this, &SessionAutosaver::onSessionReset);
    connect(document, &SessionDocument::filePathChanged, this, [this] {
        // The slot already belongs to this file: keep holding it.
        if (m_recovery.sessionPath() == target())
            return;
        // Saved under a new name: the work is in that file now.
        if (!m_document->isModified()) {
            m_recovery.discard();
            m_recovery.detach();
            m_externalChange = false;
        }
        // Hold the new file's slot at once, so that another instance and the
        // command line know the session is open here.
        if (!target().isEmpty())
            m_recovery.attach(target());
    });
}

QString SessionAutosaver::untitledFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/untitled");
}

bool SessionAutosaver::isUntitledPath(const QString &path)
{
    return !path.isEmpty() &&
           QFileInfo(path).absolutePath() == QFileInfo(untitledFolder()).absoluteFilePath();
}

QString SessionAutosaver::target() const
{
    return m_document->filePath().isEmpty() ? m_untitledPath : m_document->filePath();
}

void SessionAutosaver::onSessionReset()
{
    m_timer.stop();
    // The window settles a session (saves it, or the user gives up its
    // changes) before it replaces it.
    m_recovery.discard();
    m_externalChange = false;
    // A recovered session starts modified: its work is not in a file yet.
    m_untitledSaved = !m_document->isModified();
    // Hold the new session's lock from now on, so that another instance
    // knows it is open here. A slot that already belongs to this file (taken
    // when the file was named) is kept: letting go of it, even for a moment,
    // would let another instance take the session for one nobody has open.
    if (m_recovery.sessionPath() == target())
        return;
    m_recovery.detach();
    if (!target().isEmpty())
        m_recovery.attach(target());
}

void SessionAutosaver::onEdited(AnswerVersion::Origin origin)
{
    m_untitledSaved = false;
    if (origin == AnswerVersion::Origin::Typed) {
        // Typing never postpones a paste's save.
        if (!(m_timer.isActive() && m_timer.interval() == 0))
            m_timer.start(m_typingDelayMs);
        return;
    }
    // A paste may be the only copy of an answer: write it without waiting,
    // but after the window has repainted (posted events go before timers),
    // so that the user sees the card before the disk is waited for.
    m_timer.start(0);
}

void SessionAutosaver::autosave()
{
    const bool wasBlocked = m_externalChange;
    saveNow();
    if (m_externalChange && !wasBlocked)
        Q_EMIT externalChangeFound(target());
}

bool SessionAutosaver::saveNow()
{
    m_timer.stop();
    if (!m_document->hasSession())
        return true;
    const bool untitled = m_document->filePath().isEmpty();
    const bool contentPending = untitled ? !m_untitledSaved : m_document->isModified();
    if (!contentPending && !m_document->isViewModified())
        return true;
    if (untitled && m_untitledPath.isEmpty()) {
        QDir().mkpath(untitledFolder());
        m_untitledPath =
            untitledFolder() + QStringLiteral("/untitled-") +
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
            QStringLiteral(".promptdeck");
    }
    const QString file = target();
    if (m_recovery.sessionPath() != file)
        m_recovery.attach(file);

    // The recovery file first: if the process dies while the session's own
    // file is written, or that write fails, the work is still on disk.
    if (contentPending) {
        const Status recovered = m_recovery.write(m_document->session(), untitled,
                                                  m_document->diskState(), m_document->now());
        if (!recovered)
            qCWarning(lcCore) << "recovery file not written:" << recovered.errorText();
    }
    if (!untitled && m_document->changedOnDisk()) {
        m_externalChange = true;
        return false;
    }
    const Status status = untitled ? m_document->saveCopy(file) : m_document->saveAs(file);
    if (!status) {
        qCWarning(lcCore) << "autosave failed" << status.errorText();
        Q_EMIT saveFailed(status.errorText());
        return false;
    }
    if (untitled)
        m_untitledSaved = true;
    m_recovery.discard();
    Q_EMIT saved(file);
    return true;
}

Status SessionAutosaver::overwriteExternalChanges()
{
    m_timer.stop();
    Status status =
        m_document->saveAs(m_document->filePath(), SessionDocument::ExternalChanges::Overwrite);
    if (status) {
        m_externalChange = false;
        m_recovery.discard();
        Q_EMIT saved(m_document->filePath());
    }
    return status;
}

} // namespace PromptDeck::Core
