// The answer box: a QPlainTextEdit (it handles megabytes) that refuses a
// paste over the answer size cap with a message, and reports a paste that
// fills an empty box (or replaces all of it) with the exact pasted text, so
// that text is stored as pasted, line endings and all. A very long line is
// shown cut into pieces (see LongLines); answerText() is the text without
// the cuts, and so is what the box copies. A paste that would become the
// whole answer is first put to the paste guard, which may refuse it. Every
// undo and redo, by key, by the box's menu or by the window's Edit menu, is
// reported (undoneOrRedone) so that the card stores the text it brings back
// at once.
#pragma once

#include <QPlainTextEdit>

#include <functional>

namespace PromptDeck::Gui {

class AnswerEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit AnswerEdit(QWidget *parent = nullptr);

    // Shows text without it counting as an edit.
    void showText(const QString &text);
    bool isShowingText() const { return m_showing; }
    // The text in the box, as the user sees and edits it.
    QString answerText() const;
    // Asked with the text of a paste that would become the whole answer;
    // when it returns false, nothing is pasted and the box stays as it is.
    void setPasteGuard(std::function<bool(const QString &)> guard)
    {
        m_pasteGuard = std::move(guard);
    }

    QSize sizeHint() const override;

    // Undo or redo one step of the box's own history, as Edit › Undo and
    // Redo do.
    void undoStep();
    void redoStep();

Q_SIGNALS:
    // The user pasted text that becomes the whole answer.
    void wholeAnswerPasted(const QString &text);
    // A paste was refused; message says why.
    void pasteRefused(const QString &message);
    // An undo or redo changed the box's text (or was asked for and found
    // nothing to do).
    void undoneOrRedone();

protected:
    void insertFromMimeData(const QMimeData *source) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    // Takes the cuts out of the box, in one undoable step: text about to be
    // pasted has a WORD JOINER of its own.
    void removeCuts();

    std::function<bool(const QString &)> m_pasteGuard;
    bool m_showing = false;
    bool m_cut = false; // the box's text is shown with LongLines cuts
};

} // namespace PromptDeck::Gui
