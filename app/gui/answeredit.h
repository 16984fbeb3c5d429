// The answer box: a QPlainTextEdit (it handles megabytes) that refuses a
// paste over the answer size cap with a message, and reports a paste that
// fills an empty box (or replaces all of it) with the exact pasted text, so
// that text is stored as pasted, line endings and all.
#pragma once

#include <QPlainTextEdit>

namespace PromptDeck::Gui {

class AnswerEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit AnswerEdit(QWidget *parent = nullptr);

    // Shows text without it counting as an edit.
    void showText(const QString &text);
    bool isShowingText() const { return m_showing; }

    QSize sizeHint() const override;

Q_SIGNALS:
    // The user pasted text that becomes the whole answer.
    void wholeAnswerPasted(const QString &text);
    // A paste was refused; message says why.
    void pasteRefused(const QString &message);

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    bool m_showing = false;
};

} // namespace PromptDeck::Gui
