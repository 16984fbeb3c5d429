#include "newsessiondialog.h"

#include "bundledcontent.h"
#include "dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>

namespace PromptDeck::Gui {

using Core::BundledContent;

NewSessionDialog::NewSessionDialog(Dialogs *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("newSessionDialog"));
    setWindowTitle(tr("New Session"));
    m_kit = new QComboBox;
    m_kit->setObjectName(QStringLiteral("kitChoice"));
    m_brief = new QComboBox;
    m_brief->setObjectName(QStringLiteral("briefChoice"));
    setUp(m_kit, BundledContent::kitNames(), tr("Choose a Kit"), tr("Kits (*.yaml *.yml)"));
    setUp(m_brief, BundledContent::briefNames(), tr("Choose a Brief"), tr("Briefs (*.yaml *.yml)"));

    auto *note = new QLabel(tr("A session works through one article: the kit's cards, filled "
                               "from the brief."));
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kit:"), m_kit);
    form->addRow(tr("&Brief:"), m_brief);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void NewSessionDialog::setUp(QComboBox *combo, const QStringList &bundled,
                             const QString &fileCaption, const QString &filter)
{
    for (const QString &name : bundled)
        combo->addItem(tr("%1 (bundled)").arg(name), name);
    combo->addItem(tr("Choose a file…"));
    const int chooseRow = combo->count() - 1;
    combo->setMinimumWidth(360);
    connect(combo, &QComboBox::activated, this, [=, this](int row) {
        if (row != chooseRow)
            return;
        const QString path = m_dialogs->openFileName(this, fileCaption, QDir::homePath(), filter);
        if (path.isEmpty()) {
            combo->setCurrentIndex(0);
            return;
        }
        combo->insertItem(chooseRow, QFileInfo(path).fileName(), path);
        combo->setCurrentIndex(chooseRow);
    });
}

QString NewSessionDialog::kit() const
{
    return m_kit->currentData().toString();
}

QString NewSessionDialog::brief() const
{
    return m_brief->currentData().toString();
}

void NewSessionDialog::setKit(const QString &nameOrPath)
{
    const int row = m_kit->findData(nameOrPath);
    if (row >= 0) {
        m_kit->setCurrentIndex(row);
    } else {
        m_kit->insertItem(m_kit->count() - 1, QFileInfo(nameOrPath).fileName(), nameOrPath);
        m_kit->setCurrentIndex(m_kit->count() - 2);
    }
}

void NewSessionDialog::setBrief(const QString &nameOrPath)
{
    const int row = m_brief->findData(nameOrPath);
    if (row >= 0) {
        m_brief->setCurrentIndex(row);
    } else {
        m_brief->insertItem(m_brief->count() - 1, QFileInfo(nameOrPath).fileName(), nameOrPath);
        m_brief->setCurrentIndex(m_brief->count() - 2);
    }
}

} // namespace PromptDeck::Gui
