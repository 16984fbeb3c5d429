// Saves the document on its own so that nothing pasted lives only in
// memory: at once after a paste (or a restore), and shortly after typing
// stops. A named session is written to its file; an untitled one to its own
// file in the app's data folder, from where it reopens after a restart.
#pragma once

#include "sessiondocument.h"

#include <QObject>
#include <QTimer>

namespace PromptDeck::Core {

class SessionAutosaver final : public QObject
{
    Q_OBJECT

public:
    explicit SessionAutosaver(SessionDocument *document, QObject *parent = nullptr);

    static constexpr int defaultDelayMs = 1500;
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

    // Where an untitled session is kept; empty until the first autosave
    // chooses a new file (or the window restores one from the last run).
    QString untitledPath() const { return m_untitledPath; }
    void setUntitledPath(const QString &path) { m_untitledPath = path; }
    static QString untitledFolder();
    static bool isUntitledPath(const QString &path);

    // Saves what is pending now (the content, or only the view); true when
    // nothing is left unsaved.
    bool saveNow();
    bool isPending() const { return m_timer.isActive(); }
    // Whether the untitled session's latest content is in its autosave file.
    bool untitledIsSaved() const { return m_untitledSaved; }

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    void onEdited(AnswerVersion::Origin origin);

    SessionDocument *m_document;
    QTimer m_timer;
    QString m_untitledPath;
    bool m_untitledSaved = true;
};

} // namespace PromptDeck::Core
