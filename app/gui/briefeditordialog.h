// Edits every field of the kit's field list with an editor of its type:
// one line for text and numbers, a box for paragraphs, one item per line for
// lists, a table for linked articles. Required fields are marked and must
// be filled before the dialog accepts.
#pragma once

#include "kit/brief.h"
#include "kit/kit.h"

#include <QDialog>

class QLabel;

namespace PromptDeck::Gui {

class BriefForm;

class BriefEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    BriefEditorDialog(const Core::Kit &kit, const Core::Brief &brief, QWidget *parent = nullptr);

    Core::Brief brief() const;
    // The editor of one field (objectName "field_<key>"), for tests.
    QWidget *editorFor(const QString &key) const;
    QStringList missingRequired() const;

    void accept() override;

private:
    const Core::Kit &m_kit;
    BriefForm *m_form = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace PromptDeck::Gui
