#include "historydialog.h"

#include "text/textstats.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

namespace {

QString originText(AnswerVersion::Origin origin)
{
    switch (origin) {
    case AnswerVersion::Origin::Pasted:
        return HistoryDialog::tr("pasted");
    case AnswerVersion::Origin::Typed:
        return HistoryDialog::tr("typed");
    case AnswerVersion::Origin::Restored:
        return HistoryDialog::tr("restored");
    case AnswerVersion::Origin::Imported:
        return HistoryDialog::tr("read from a file");
    }
    return {};
}

} // namespace

HistoryDialog::HistoryDialog(SessionDocument *document, int card, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_card(card)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Answers to %1").arg(document->kit().cardLabel(card)));
    resize(900, 560);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setAccessibleName(tr("Versions"));
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("versionPreview"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("The selected version"));
    auto *splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("Restore This Version"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &HistoryDialog::selectVersion);

    auto *note = new QLabel(tr("Restoring makes an earlier answer the current one; the current "
                               "answer is kept in this list."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    fill();
}

void HistoryDialog::fill()
{
    m_list->clear();
    const CardRecord &record = m_document->session().record(m_card);
    const QLocale locale;
    auto describe = [&](const AnswerVersion &version) {
        return tr("%1 · %2 · %3 characters")
            .arg(locale.toString(version.time.toLocalTime(), QLocale::ShortFormat),
                 originText(version.origin), locale.toString(countCharacters(version.text)));
    };
    if (record.answer)
        m_list->addItem(tr("Current: %1").arg(describe(*record.answer)));
    for (qsizetype i = record.history.size() - 1; i >= 0; --i)
        m_list->addItem(describe(record.history.at(i)));
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

int HistoryDialog::versionCount() const
{
    return m_list->count();
}

int HistoryDialog::historyIndexOfRow(int row) const
{
    const CardRecord &record = m_document->session().record(m_card);
    const int offset = record.answer ? 1 : 0;
    if (row < offset)
        return -1; // the current answer
    return int(record.history.size()) - 1 - (row - offset);
}

void HistoryDialog::selectVersion(int row)
{
    if (row < 0 || row >= m_list->count())
        return;
    if (m_list->currentRow() != row)
        m_list->setCurrentRow(row);
    const CardRecord &record = m_document->session().record(m_card);
    const int history = historyIndexOfRow(row);
    m_preview->setPlainText(history < 0 ? record.answer->text : record.history.at(history).text);
    m_restore->setEnabled(history >= 0);
}

QString HistoryDialog::shownText() const
{
    return m_preview->toPlainText();
}

void HistoryDialog::restoreSelected()
{
    const int history = historyIndexOfRow(m_list->currentRow());
    if (history < 0)
        return;
    m_document->restoreVersion(m_card, history);
    accept();
}

} // namespace PromptDeck::Gui
