// Editors for the fields of a brief, one per kit field, typed: one line for
// text and numbers, a box for paragraphs, one item per line for lists, a
// table for linked articles. Required fields are marked; fields a page did
// not have can be marked too. Used by the brief editor and the import
// preview.
#pragma once

#include "kit/brief.h"
#include "kit/kit.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace PromptDeck::Gui {

class BriefForm final : public QWidget
{
    Q_OBJECT

public:
    // excluded: fields edited elsewhere; brief() keeps their values from brief.
    BriefForm(const Core::Kit &kit, const Core::Brief &brief, const QStringList &excluded = {},
              QWidget *parent = nullptr);

    Core::Brief brief() const;
    QWidget *editorFor(const QString &key) const { return m_editors.value(key); }
    // Labels of required fields that are empty.
    QStringList missingRequired() const;
    void focusField(const QString &key);
    // Marks fields as not found on an imported page.
    void markNotFound(const QStringList &keys);

private:
    Core::FieldValue valueOf(const Core::FieldDef &field) const;
    QWidget *createEditor(const Core::FieldDef &field, const Core::FieldValue &value);

    const Core::Kit &m_kit;
    Core::Brief m_original;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
};

} // namespace PromptDeck::Gui
