#include "briefeditordialog.h"

#include "briefform.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

BriefEditorDialog::BriefEditorDialog(const Kit &kit, const Brief &brief, QWidget *parent)
    : QDialog(parent)
    , m_kit(kit)
{
    setObjectName(QStringLiteral("briefEditor"));
    setWindowTitle(tr("Edit Brief"));
    resize(760, 720);

    m_form = new BriefForm(kit, brief);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *note = new QLabel(tr("Fields marked * are required. Lists take one item per line. "
                               "Saving marks answered cards that use a changed field as stale."));
    note->setWordWrap(true);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("briefProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &BriefEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BriefEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

Brief BriefEditorDialog::brief() const
{
    return m_form->brief();
}

QWidget *BriefEditorDialog::editorFor(const QString &key) const
{
    return m_form->editorFor(key);
}

QStringList BriefEditorDialog::missingRequired() const
{
    return m_form->missingRequired();
}

void BriefEditorDialog::accept()
{
    const QStringList missing = missingRequired();
    if (!missing.isEmpty()) {
        m_problem->setText(
            tr("Fill in the required fields first: %1.").arg(missing.join(QStringLiteral(", "))));
        m_problem->show();
        for (const FieldDef &field : m_kit.fields) {
            if (missing.contains(field.label)) {
                m_form->focusField(field.key);
                break;
            }
        }
        return;
    }
    QDialog::accept();
}

} // namespace PromptDeck::Gui
