// The session the window works on: a Session plus its file, its modified
// flag, and signals that say precisely what an edit changed (which answer,
// which cards' prompts, which cards' states), so views update only what
// they show. Every edit goes through here.
#pragma once

#include "io/diskstate.h"
#include "session/session.h"

#include <QObject>

#include <functional>

namespace PromptDeck::Core {

class SessionDocument final : public QObject
{
    Q_OBJECT

public:
    explicit SessionDocument(QObject *parent = nullptr);

    // Replaces the whole session (new or opened); filePath is empty for an
    // untitled session. A recovered session is modified from the start, and
    // its file is compared with what it looked like when the recovered work
    // was last saved there (basedOn), not with what it looks like now.
    void reset(Session session, const QString &filePath);
    void resetRecovered(Session session, const QString &filePath, const DiskState &basedOn);

    const Session &session() const { return m_session; }
    bool hasSession() const { return m_session.isValid(); }
    const Kit &kit() const { return m_session.kit(); }
    int cardCount() const { return m_session.isValid() ? m_session.cardCount() : 0; }

    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }
    // Where the view was (expanded cards, scroll) changed since the last save.
    bool isViewModified() const { return m_viewModified; }

    // A pasted answer is recorded as made from the inputs as they were when
    // the card's prompt was last copied here (promptCopied), else as they
    // are now.
    bool setAnswer(int card, const QString &text, AnswerVersion::Origin origin);
    // The card's prompt was copied: an answer pasted later was made from
    // its inputs as they are at this moment.
    void promptCopied(int card);
    bool clearAnswer(int card);
    bool restoreVersion(int card, int historyIndex);
    bool dismissStale(int card);
    // Whether the card's answer is read as pasted rather than cleaned (see
    // Session::setUseAsPasted).
    bool setUseAsPasted(int card, bool asPasted);
    // Keeps every stale answer; returns how many.
    int keepAll();
    bool setBrief(const Brief &brief);
    // The view is saved with the session but is not an edit: it never marks
    // the document modified.
    void setView(const ViewState &view);

    // Whether another program changed (or removed) the document's file since
    // it was opened or last saved here.
    bool changedOnDisk() const;
    // The file as it was when it was opened or last saved here.
    const DiskState &diskState() const { return m_diskState; }

    enum class ExternalChanges
    {
        Refuse,   // a file changed by another program is not overwritten
        Overwrite // the user chose to replace it
    };
    // Writes the session to path (through SafeFileWriter) and, on success,
    // makes path the document's file and clears the modified flag.
    Status saveAs(const QString &path, ExternalChanges externalChanges = ExternalChanges::Refuse);
    // Writes a copy (an autosave of an untitled session) without making it
    // the document's file.
    Status saveCopy(const QString &path);

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // The cards whose prompts read card's answer.
    QList<int> dependentsOf(int card) const;

Q_SIGNALS:
    void sessionReset();
    void answerChanged(int card);
    void historyChanged(int card);
    // The card's answer is now read as pasted, or cleaned again.
    void answerUseChanged(int card);
    void statusChanged(int card);
    void promptChanged(int card);
    void briefChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    // Emitted after every edit of the content (not the view), for autosave.
    void edited(PromptDeck::Core::AnswerVersion::Origin origin);

private:
    // Runs an edit of card's answer and, when it changed anything, says so.
    bool editAnswer(int card, AnswerVersion::Origin origin, const std::function<bool()> &edit);
    QList<CardStatus> statuses() const;
    void emitStatusChanges(const QList<CardStatus> &before);
    void setModified(bool modified);
    void replace(Session session, const QString &filePath, const DiskState &disk, bool modified);

    Session m_session;
    QString m_filePath;
    bool m_modified = false;
    bool m_viewModified = false;
    DiskState m_diskState;
    std::function<QDateTime()> m_clock;
    QMap<int, InputPrints> m_copiedFrom; // card → its inputs when its prompt was copied
};

} // namespace PromptDeck::Core
