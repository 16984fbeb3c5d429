#include "importbriefdialog.h"

#include "base/inputlimits.h"
#include "briefform.h"
#include "bulletsorter.h"
#include "clipboard.h"
#include "dialogs.h"
#include "import/pageimporter.h"
#include "io/safefilewriter.h"
#include "kit/briefwriter.h"

#include <QBoxLayout>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

namespace {
const QStringList listKeys{QStringLiteral("secondary_keywords"), QStringLiteral("mistakes"),
                           QStringLiteral("tips")};
}

ImportBriefDialog::ImportBriefDialog(KitPtr kit, Clipboard *clipboard, Dialogs *dialogs,
                                     QWidget *parent)
    : QDialog(parent)
    , m_kit(std::move(kit))
    , m_clipboard(clipboard)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("importBriefDialog"));
    setWindowTitle(tr("New Session from Page Text"));
    resize(1000, 780);
    m_pages = new QStackedWidget(this);
    auto *dialogLayout = new QVBoxLayout(this);
    dialogLayout->setContentsMargins(0, 0, 0, 0);
    dialogLayout->addWidget(m_pages);

    // Step 1: the page.
    auto *pageStep = new QWidget;
    auto *intro = new QLabel(
        tr("Paste the whole text of a topical-map article page (in your browser: Select All, "
           "Copy), or open a saved text file. PromptDeck reads the brief out of it; you check "
           "it before the session starts."));
    intro->setWordWrap(true);
    m_pageText = new QPlainTextEdit;
    m_pageText->setObjectName(QStringLiteral("pageText"));
    m_pageText->setAccessibleName(tr("Page text"));
    m_pageText->setPlaceholderText(tr("The page's text goes here."));
    m_pageProblem = new QLabel;
    m_pageProblem->setObjectName(QStringLiteral("pageProblem"));
    m_pageProblem->setWordWrap(true);
    m_pageProblem->hide();
    auto *paste = new QPushButton(tr("&Paste"));
    paste->setObjectName(QStringLiteral("pastePageButton"));
    auto *open = new QPushButton(tr("&Open Text File…"));
    open->setObjectName(QStringLiteral("openPageButton"));
    auto *read = new QPushButton(tr("&Read Brief"));
    read->setObjectName(QStringLiteral("readBriefButton"));
    read->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"));
    auto *pageButtons = new QHBoxLayout;
    pageButtons->addWidget(paste);
    pageButtons->addWidget(open);
    pageButtons->addStretch(1);
    pageButtons->addWidget(cancel);
    pageButtons->addWidget(read);
    auto *pageLayout = new QVBoxLayout(pageStep);
    pageLayout->addWidget(intro);
    pageLayout->addWidget(m_pageText, 1);
    pageLayout->addWidget(m_pageProblem);
    pageLayout->addLayout(pageButtons);
    m_pages->addWidget(pageStep);

    connect(paste, &QPushButton::clicked, this, [this] {
        const std::optional<QString> text = m_clipboard->text();
        if (!text || text->trimmed().isEmpty()) {
            m_pageProblem->setText(
                tr("The clipboard holds no text. Copy the page's text and try again."));
            m_pageProblem->show();
            return;
        }
        m_pageText->setPlainText(*text);
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = m_dialogs->openFileName(this, tr("Open Page Text"), QDir::homePath(),
                                                     tr("Text files (*.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        Result<SourceText> source =
            SourceText::readFile(path, Limits::maxPageTextBytes, tr("page"));
        if (!source) {
            m_pageProblem->setText(source.errorText());
            m_pageProblem->show();
            return;
        }
        m_pageText->setPlainText(source.value().text());
    });
    connect(read, &QPushButton::clicked, this, &ImportBriefDialog::readBrief);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    setFocusProxy(m_pageText);
}

void ImportBriefDialog::setPageText(const QString &text)
{
    m_pageText->setPlainText(text);
}

bool ImportBriefDialog::isShowingPreview() const
{
    return m_preview && m_pages->currentWidget() == m_preview;
}

QString ImportBriefDialog::problem() const
{
    if (isShowingPreview())
        return m_previewProblem->isHidden() ? QString() : m_previewProblem->text();
    return m_pageProblem->isHidden() ? QString() : m_pageProblem->text();
}

bool ImportBriefDialog::readBrief()
{
    const Result<ImportedBrief> imported = PageImporter::import(
        SourceText(tr("the pasted page"), m_pageText->toPlainText().toUtf8()), *m_kit);
    if (!imported) {
        m_pageProblem->setText(imported.error().message);
        m_pageProblem->show();
        return false;
    }
    m_pageProblem->hide();
    m_imported = imported.value().brief;

    // Step 2: the preview, built for this page.
    delete m_preview;
    m_preview = new QWidget;
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("importNotes"));
    m_notes->setWordWrap(true);
    QStringList notes = imported.value().notes;
    if (!imported.value().notFound.isEmpty()) {
        QStringList labels;
        for (const QString &key : imported.value().notFound) {
            if (const FieldDef *field = m_kit->field(key))
                labels.append(field->label);
        }
        notes.prepend(
            tr("Not on the page (marked below): %1.").arg(labels.join(QStringLiteral(", "))));
    }
    m_notes->setText(notes.isEmpty() ? tr("Everything was found. Check it, then start the session.")
                                     : notes.join(QLatin1Char('\n')));

    QStringList present;
    for (const QString &key : listKeys) {
        if (m_kit->field(key))
            present.append(key);
    }
    m_form = new BriefForm(*m_kit, m_imported, present);
    m_form->setObjectName(QStringLiteral("importForm"));
    m_form->markNotFound(imported.value().notFound);
    QStringList titles;
    for (const QString &key : listKeys)
        titles.append(m_kit->field(key) ? m_kit->field(key)->label : key);
    m_sorter = new BulletSorter(titles);
    for (int i = 0; i < listKeys.size(); ++i)
        m_sorter->setItems(i, m_imported.value(listKeys.at(i)).items());
    m_sorter->setVisible(present.size() == listKeys.size());

    auto *scrollContent = new QWidget;
    auto *scrollLayout = new QVBoxLayout(scrollContent);
    scrollLayout->addWidget(m_form);
    scrollLayout->addWidget(m_sorter, 1);
    m_sorter->setMinimumHeight(320);
    auto *scroll = new QScrollArea;
    scroll->setWidget(scrollContent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_previewProblem = new QLabel;
    m_previewProblem->setObjectName(QStringLiteral("previewProblem"));
    m_previewProblem->setWordWrap(true);
    m_previewProblem->hide();
    auto *back = new QPushButton(tr("&Back"));
    auto *saveBrief = new QPushButton(tr("Save Brief &As…"));
    saveBrief->setObjectName(QStringLiteral("saveImportedBriefButton"));
    auto *cancel = new QPushButton(tr("Cancel"));
    m_start = new QPushButton(tr("&Start Session"));
    m_start->setObjectName(QStringLiteral("startSessionButton"));
    m_start->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(saveBrief);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_start);
    auto *layout = new QVBoxLayout(m_preview);
    layout->addWidget(m_notes);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_previewProblem);
    layout->addLayout(buttons);
    m_pages->addWidget(m_preview);
    m_pages->setCurrentWidget(m_preview);

    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(saveBrief, &QPushButton::clicked, this, &ImportBriefDialog::saveBriefAs);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &ImportBriefDialog::accept);
    return true;
}

Brief ImportBriefDialog::brief() const
{
    if (!m_form)
        return {};
    Brief result = m_form->brief();
    for (int i = 0; i < listKeys.size(); ++i) {
        if (m_kit->field(listKeys.at(i)))
            result.setValue(listKeys.at(i), FieldValue::list(m_sorter->items(i)));
    }
    return result;
}

void ImportBriefDialog::saveBriefAs()
{
    const QString path = m_dialogs->saveFileName(
        this, tr("Save Brief As"), QDir::home().filePath(tr("brief.yaml")), tr("Briefs (*.yaml)"));
    if (path.isEmpty() || !mayWriteTo(m_dialogs, this, tr("Could Not Save the Brief"), path, {}))
        return;
    const Status written = SafeFileWriter::write(path, BriefWriter::toYaml(brief(), *m_kit));
    m_previewProblem->setText(written
                                  ? tr("Saved the brief as %1.").arg(QDir::toNativeSeparators(path))
                                  : written.errorText());
    m_previewProblem->show();
}

void ImportBriefDialog::accept()
{
    if (!isShowingPreview()) {
        if (readBrief())
            return; // the preview is next, not the session
        return;
    }
    QStringList missing = m_form->missingRequired();
    if (!missing.isEmpty()) {
        m_previewProblem->setText(
            tr("Fill in the required fields first: %1.").arg(missing.join(QStringLiteral(", "))));
        m_previewProblem->show();
        return;
    }
    QDialog::accept();
}

} // namespace PromptDeck::Gui
