// The complete prompt of a card, read-only, with the text that came from
// the brief or from earlier answers (and the markers of missing answers)
// tinted; hovering such text names where it came from. A very long line is
// shown cut into pieces (see LongLines); what the view copies has no cuts.
#pragma once

#include "mustache/templatespan.h"

#include <QPlainTextEdit>

#include <functional>

namespace PromptDeck::Gui {

class PromptView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PromptView(QWidget *parent = nullptr);

    // describe turns a span's source ("brief.title", "answers.outline") into
    // the words of its tooltip.
    void setPrompt(const Core::RenderedText &prompt,
                   const std::function<QString(const Core::TemplateSpan &)> &describe);

    // What the tooltip at a position (in the prompt's own text) says; empty
    // for the template's own words.
    QString sourceAt(qsizetype promptPosition) const;
    int markedSpanCount() const { return int(m_marks.size()); }
    // The text shown, without the cuts of long lines.
    QString promptText() const;

    QSize sizeHint() const override;

protected:
    bool viewportEvent(QEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;
    void changeEvent(QEvent *event) override;

private:
    struct Mark
    {
        qsizetype start; // in the document (line endings collapsed)
        qsizetype end;
        qsizetype promptStart; // in the prompt text
        qsizetype promptEnd;
        Core::TemplateSpan::Kind kind;
        bool fromAnswer;
        QString description;
    };
    void applyMarks();

    QList<Mark> m_marks;
    bool m_cut = false; // the prompt is shown with LongLines cuts
};

} // namespace PromptDeck::Gui
