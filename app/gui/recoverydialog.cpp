#include "recoverydialog.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

namespace {

QWidget *titled(const QString &title, QPlainTextEdit *view)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title);
    label->setBuddy(view);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    return box;
}

} // namespace

RecoveryDialog::RecoveryDialog(const Session &recovered, const Session *onDisk,
                               const QList<SessionRecovery::Difference> &differences,
                               QWidget *parent)
    : QDialog(parent)
    , m_recovered(recovered)
    , m_differences(differences)
{
    if (onDisk)
        m_onDisk = *onDisk;
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recovered Work and the File"));
    resize(1000, 640);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("differenceList"));
    m_list->setAccessibleName(tr("Differences"));
    for (const SessionRecovery::Difference &difference : differences)
        m_list->addItem(difference.text);

    auto makeView = [](const QString &name, const QString &accessible) {
        auto *view = new QPlainTextEdit;
        view->setObjectName(name);
        view->setReadOnly(true);
        view->setAccessibleName(accessible);
        return view;
    };
    m_recoveredView = makeView(QStringLiteral("recoveredText"), tr("Recovered answer"));
    m_fileView = makeView(QStringLiteral("fileText"), tr("Answer in the file"));
    auto *texts = new QSplitter;
    texts->addWidget(titled(tr("&Recovered (not saved to the file)"), m_recoveredView));
    texts->addWidget(titled(tr("In the &file"), m_fileView));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(texts);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Select a line to see both versions of an answer. Closing this "
                                "window brings you back to the choice."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const int card = row >= 0 && row < m_differences.size() ? m_differences.at(row).card : -1;
        const bool hasCard = card >= 0 && card < m_recovered.cardCount();
        m_recoveredView->setPlainText(hasCard ? m_recovered.answerText(card) : QString());
        m_fileView->setPlainText(hasCard && m_onDisk && card < m_onDisk->cardCount()
                                     ? m_onDisk->answerText(card)
                                     : QString());
    });
    if (!differences.isEmpty())
        m_list->setCurrentRow(0);
}

int RecoveryDialog::differenceCount() const
{
    return m_list->count();
}

void RecoveryDialog::selectDifference(int row)
{
    m_list->setCurrentRow(row);
}

QString RecoveryDialog::recoveredText() const
{
    return m_recoveredView->toPlainText();
}

QString RecoveryDialog::fileText() const
{
    return m_fileView->toPlainText();
}

} // namespace PromptDeck::Gui
