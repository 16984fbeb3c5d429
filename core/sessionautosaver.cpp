#include "sessionautosaver.h"

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
    m_timer.setInterval(defaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionAutosaver::saveNow);
    connect(document, &SessionDocument::edited, this, &SessionAutosaver::onEdited);
    connect(document, &SessionDocument::sessionReset, this, [this] {
        m_timer.stop();
        m_untitledSaved = true;
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

void SessionAutosaver::onEdited(AnswerVersion::Origin origin)
{
    m_untitledSaved = false;
    if (origin == AnswerVersion::Origin::Typed) {
        m_timer.start();
        return;
    }
    // A paste may be the only copy of an answer: write it now.
    m_timer.stop();
    saveNow();
}

bool SessionAutosaver::saveNow()
{
    m_timer.stop();
    if (!m_document->hasSession())
        return true;
    const QString file = m_document->filePath();
    if (!file.isEmpty()) {
        if (!m_document->isModified() && !m_document->isViewModified())
            return true;
        const Status status = m_document->saveAs(file);
        if (!status) {
            Q_EMIT saveFailed(status.errorText());
            return false;
        }
        Q_EMIT saved(file);
        return true;
    }
    if (m_untitledSaved && !m_document->isViewModified())
        return true;
    if (m_untitledPath.isEmpty()) {
        QDir().mkpath(untitledFolder());
        m_untitledPath =
            untitledFolder() + QStringLiteral("/untitled-") +
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
            QStringLiteral(".promptdeck");
    }
    const Status status = m_document->saveCopy(m_untitledPath);
    if (!status) {
        qCWarning(lcCore) << "autosave failed" << status.errorText();
        Q_EMIT saveFailed(status.errorText());
        return false;
    }
    m_untitledSaved = true;
    Q_EMIT saved(m_untitledPath);
    return true;
}

} // namespace PromptDeck::Core
