#include "answeredit.h"

#include "longlines.h"
#include "session/session.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>

namespace PromptDeck::Gui {

AnswerEdit::AnswerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // A word wider than the box (a URL, a line of one long token) breaks at
    // the box's edge instead of running past it.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
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
    m_cut = LongLines::canCut(text);
    setPlainText(m_cut ? LongLines::cut(text) : text);
    m_showing = false;
}

QString AnswerEdit::answerText() const
{
    return m_cut ? LongLines::uncut(toPlainText()) : toPlainText();
}

void AnswerEdit::undoStep()
{
    undo();
    Q_EMIT undoneOrRedone();
}

void AnswerEdit::redoStep()
{
    redo();
    Q_EMIT undoneOrRedone();
}

void AnswerEdit::keyPressEvent(QKeyEvent *event)
{
    // The box undoes and redoes these keys itself (the window's actions
    // with the same keys never see them while it has the focus).
    QPlainTextEdit::keyPressEvent(event);
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo))
        Q_EMIT undoneOrRedone();
}

void AnswerEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    for (const QString &name : {QStringLiteral("edit-undo"), QStringLiteral("edit-redo")}) {
        if (auto *action = menu->findChild<QAction *>(name))
            connect(action, &QAction::triggered, this, &AnswerEdit::undoneOrRedone);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
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
    QTextCursor cursor = textCursor();
    const bool replacesAll =
        document()->isEmpty() ||
        (cursor.selectionStart() == 0 && cursor.selectionEnd() == document()->characterCount() - 1);
    if (replacesAll && m_pasteGuard && !m_pasteGuard(text))
        return;
    if (replacesAll)
        m_cut = LongLines::canCut(text);
    else if (m_cut && !LongLines::canCut(text))
        removeCuts();
    if (m_cut) {
        cursor.insertText(LongLines::cut(text));
        setTextCursor(cursor);
        ensureCursorVisible();
    } else {
        QPlainTextEdit::insertFromMimeData(source);
    }
    if (replacesAll)
        Q_EMIT wholeAnswerPasted(text);
}

QMimeData *AnswerEdit::createMimeDataFromSelection() const
{
    if (!m_cut)
        return QPlainTextEdit::createMimeDataFromSelection();
    auto *data = new QMimeData;
    data->setText(LongLines::uncut(textCursor().selection().toPlainText()));
    return data;
}

void AnswerEdit::removeCuts()
{
    m_cut = false;
    static const QString joiner(QChar(0x2060));
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (QTextCursor found = document()->find(joiner); !found.isNull();
         found = document()->find(joiner, found)) {
        if (found.atBlockEnd() && found.block().next().isValid())
            found.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        found.removeSelectedText();
    }
    edit.endEditBlock();
    // Undoing this would bring the cuts back as text of the answer.
    document()->clearUndoRedoStacks();
}

} // namespace PromptDeck::Gui
