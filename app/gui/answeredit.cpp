#include "answeredit.h"

#include "session/session.h"

#include <QMimeData>
#include <QTextCursor>

namespace PromptDeck::Gui {

AnswerEdit::AnswerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true);
    setAccessibleName(tr("Answer"));
    setPlaceholderText(tr("Paste the AI's answer here (Ctrl+Shift+V pastes the clipboard)."));
}

QSize AnswerEdit::sizeHint() const
{
    return {400, fontMetrics().lineSpacing() * 9};
}

void AnswerEdit::showText(const QString &text)
{
    m_showing = true;
    setPlainText(text);
    m_showing = false;
}

void AnswerEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source || !source->hasText())
        return;
    const QString text = source->text();
    if (const Core::Status size = Core::Session::checkAnswerSize(text.size()); !size) {
        Q_EMIT pasteRefused(size.error().message);
        return;
    }
    const QTextCursor cursor = textCursor();
    const bool replacesAll =
        document()->isEmpty() ||
        (cursor.selectionStart() == 0 && cursor.selectionEnd() == document()->characterCount() - 1);
    QPlainTextEdit::insertFromMimeData(source);
    if (replacesAll)
        Q_EMIT wholeAnswerPasted(text);
}

} // namespace PromptDeck::Gui
