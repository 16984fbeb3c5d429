#include "promptview.h"

#include "longlines.h"
#include "statestyle.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QToolTip>

#include <algorithm>

namespace PromptDeck::Gui {

PromptView::PromptView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // A word wider than the view breaks at its edge instead of running past it.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setAccessibleName(tr("Prompt"));
}

QSize PromptView::sizeHint() const
{
    return {400, fontMetrics().lineSpacing() * 22};
}

void PromptView::setPrompt(const Core::RenderedText &prompt,
                           const std::function<QString(const Core::TemplateSpan &)> &describe)
{
    // QTextDocument turns "\r\n" into one paragraph break, and each cut of
    // a long line adds its mark: map prompt positions to document positions
    // by counting the pairs and the cuts before them.
    QList<qsizetype> crlf;
    for (qsizetype at = prompt.text.indexOf(QLatin1String("\r\n")); at >= 0;
         at = prompt.text.indexOf(QLatin1String("\r\n"), at + 2))
        crlf.append(at);
    m_cut = LongLines::canCut(prompt.text);
    QList<qsizetype> cuts;
    const QString shown = m_cut ? LongLines::cut(prompt.text, &cuts) : prompt.text;
    auto toDocument = [&crlf, &cuts](qsizetype position) {
        const auto pairs = std::lower_bound(crlf.cbegin(), crlf.cend(), position) - crlf.cbegin();
        const auto cutsBefore =
            std::upper_bound(cuts.cbegin(), cuts.cend(), position) - cuts.cbegin();
        return position - pairs + cutsBefore * LongLines::cutMark.size();
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
    setPlainText(shown);
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

QString PromptView::promptText() const
{
    return m_cut ? LongLines::uncut(toPlainText()) : toPlainText();
}

QMimeData *PromptView::createMimeDataFromSelection() const
{
    if (!m_cut)
        return QPlainTextEdit::createMimeDataFromSelection();
    auto *data = new QMimeData;
    data->setText(LongLines::uncut(textCursor().selection().toPlainText()));
    return data;
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
