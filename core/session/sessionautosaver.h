// Saves the document on its own so that nothing pasted lives only in
// memory: at once after a paste (or a restore), and shortly after typing
// stops. A named session is written to its file; an untitled one to its own
// file in the app's data folder, from where it reopens after a restart.
// Each save first writes a recovery file (SessionRecovery) and removes it
// once the session's file holds the work, so work that cannot be saved
// (a full disk, a file another program changed) survives a crash.
#pragma once

#include "session/sessiondocument.h"
#include "session/sessionrecovery.h"

#include <QObject>
#include <QTimer>

namespace PromptDeck::Core {

class SessionAutosaver final : public QObject
{
    Q_OBJECT

public:
    explicit SessionAutosaver(SessionDocument *document, QObject *parent = nullptr);

    // How long typing must pause before it is saved. A paste is saved on
    // the next pass of the event loop, once the window has shown it.
    static constexpr int defaultDelayMs = 1500;
    void setDelay(int milliseconds) { m_typingDelayMs = milliseconds; }

    // Where an untitled session is kept; empty until the first autosave
    // chooses a new file (or the window restores one from the last run).
    QString untitledPath() const { return m_untitledPath; }
    void setUntitledPath(const QString &path) { m_untitledPath = path; }
    static QString untitledFolder();
    static bool isUntitledPath(const QString &path);

    // Saves what is pending now (the content, or only the view); true when
    // nothing is left unsaved. A file another program changed is not
    // written (isBlockedByExternalChange() says so).
    bool saveNow();
    bool isPending() const { return m_timer.isActive(); }
    // Whether the untitled session's latest content is in its autosave file.
    bool untitledIsSaved() const { return m_untitledSaved; }

    // The user chose to replace a file another program changed.
    Status overwriteExternalChanges();
    // Autosave stops writing to a file another program changed until the
    // user decides; its work goes to the recovery file meanwhile.
    bool isBlockedByExternalChange() const { return m_externalChange; }
    // The user gave up the unsaved work: its recovery file goes.
    void discardRecovery() { m_recovery.discard(); }
    // The window closed: the session's lock goes (a recovery file stays).
    void release() { m_recovery.detach(); }
    const SessionRecovery &recovery() const { return m_recovery; }

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);
    // An autosave found the session's file changed by another program and
    // wrote nothing to it. Emitted once until the user decides.
    void externalChangeFound(const QString &path);

private:
    void onEdited(AnswerVersion::Origin origin);
    void autosave();
    void onSessionReset();
    QString target() const;

    SessionDocument *m_document;
    SessionRecovery m_recovery;
    QTimer m_timer;
    int m_typingDelayMs = defaultDelayMs;
    QString m_untitledPath;
    bool m_untitledSaved = true;
    bool m_externalChange = false;
};

} // namespace PromptDeck::Core
