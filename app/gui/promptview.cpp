#include "promptview.h"

#include "statestyle.h"

#include <QEvent>
#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace PromptDeck::Gui {

PromptView::PromptView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setAccessibleName(tr("Prompt"));
}

QSize PromptView::sizeHint() const
{
    return {400, fontMetrics().lineSpacing() * 22};
}

void PromptView::setPrompt(const Core::RenderedText &prompt,
                           const std::function<QString(const Core::TemplateSpan &)> &describe)
{
    // QTextDocument turns "\r\n" into one paragraph break: map prompt
    // positions to document positions by counting the pairs before them.
    QList<qsizetype> crlf;
    for (qsizetype at = prompt.text.indexOf(QLatin1String("\r\n")); at >= 0;
         at = prompt.text.indexOf(QLatin1String("\r\n"), at + 2))
        crlf.append(at);
    auto toDocument = [&crlf](qsizetype position) {
        const auto before = std::lower_bound(crlf.cbegin(), crlf.cend(), position) - crlf.cbegin();
        return position - before;
    };

    m_marks.clear();
    for (const Core::TemplateSpan &span : prompt.spans) {
        if (span.kind != Core::TemplateSpan::Kind::Value &&
            span.kind != Core::TemplateSpan::Kind::Missing)
            continue;
        const qsizetype end = span.start + span.length;
        m_marks.append({toDocument(span.start), toDocument(end), span.start, end, span.kind,
                        span.source.startsWith(QLatin1String("answers.")), describe(span)});
    }
    setPlainText(prompt.text);
    applyMarks();
}

void PromptView::applyMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_marks.size());
    const QColor brief = briefTint(palette());
    const QColor answer = answerTint(palette());
    const QColor missing = missingTint(palette());
    for (const Mark &mark : std::as_const(m_marks)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(mark.start));
        selection.cursor.setPosition(int(mark.end), QTextCursor::KeepAnchor);
        if (mark.kind == Core::TemplateSpan::Kind::Missing) {
            selection.format.setBackground(missing);
            selection.format.setFontWeight(QFont::Bold);
        } else {
            selection.format.setBackground(mark.fromAnswer ? answer : brief);
        }
        selections.append(selection);
    }
    setExtraSelections(selections);
}

QString PromptView::sourceAt(qsizetype promptPosition) const
{
    for (const Mark &mark : m_marks) {
        if (promptPosition >= mark.promptStart && promptPosition < mark.promptEnd)
            return mark.description;
    }
    return {};
}

bool PromptView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(help->pos()).position();
        for (const Mark &mark : std::as_const(m_marks)) {
            if (position >= mark.start && position < mark.end) {
                QToolTip::showText(help->globalPos(), mark.description, viewport());
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void PromptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyMarks();
    QPlainTextEdit::changeEvent(event);
}

} // namespace PromptDeck::Gui
