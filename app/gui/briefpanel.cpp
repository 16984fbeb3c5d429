#include "briefpanel.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

BriefPanel::BriefPanel(SessionDocument *document, CardListModel *model, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_model(model)
{
    setObjectName(QStringLiteral("briefPanel"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("briefTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_title->setFont(titleFont);

    m_glance = new QLabel(this);
    m_glance->setObjectName(QStringLiteral("briefGlance"));
    m_glance->setWordWrap(true);
    m_glance->setTextFormat(Qt::RichText);
    m_glance->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    QFont progressFont = m_progress->font();
    progressFont.setBold(true);
    m_progress->setFont(progressFont);

    m_editButton = new QPushButton(tr("Edit Brief…"), this);
    m_editButton->setObjectName(QStringLiteral("editBriefButton"));
    m_editButton->setToolTip(
        tr("Change the brief; answered cards that use a changed field turn stale"));

    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(QStringLiteral("showBriefButton"));
    m_moreButton->setCheckable(true);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreButton->setAutoRaise(true);
    m_more = new QWidget(this);
    m_more->setObjectName(QStringLiteral("briefDetails"));
    m_moreLayout = new QFormLayout(m_more);
    m_moreLayout->setContentsMargins(0, 4, 0, 0);
    m_moreLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_more->hide();

    auto *left = new QVBoxLayout;
    left->setSpacing(4);
    left->addWidget(m_title);
    left->addWidget(m_glance);
    left->addWidget(m_moreButton, 0, Qt::AlignLeft);
    left->addWidget(m_more);

    auto *right = new QVBoxLayout;
    right->addWidget(m_progress, 0, Qt::AlignRight);
    right->addStretch(1);
    right->addWidget(m_editButton, 0, Qt::AlignRight);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 10);
    layout->addLayout(left, 1);
    layout->addSpacing(16);
    layout->addLayout(right);

    connect(m_editButton, &QPushButton::clicked, this, &BriefPanel::editBriefRequested);
    connect(m_moreButton, &QToolButton::toggled, this, &BriefPanel::setShowingAllFields);
    connect(document, &SessionDocument::sessionReset, this, [this] {
        updateBrief();
        updateProgress();
    });
    connect(document, &SessionDocument::briefChanged, this, &BriefPanel::updateBrief);
    connect(model, &QAbstractItemModel::dataChanged, this, &BriefPanel::updateProgress);
    connect(model, &QAbstractItemModel::modelReset, this, &BriefPanel::updateProgress);
    setShowingAllFields(false);
    updateBrief();
    updateProgress();
}

bool BriefPanel::isShowingAllFields() const
{
    return m_more->isVisible();
}

void BriefPanel::setShowingAllFields(bool show)
{
    m_more->setVisible(show);
    m_moreButton->setChecked(show);
    m_moreButton->setText(show ? tr("▾ Hide the rest of the brief") : tr("▸ Show the whole brief"));
}

void BriefPanel::updateBrief()
{
    if (!m_document->hasSession())
        return;
    const Kit &kit = m_document->kit();
    const Brief &brief = m_document->session().brief();
    m_title->setText(brief.displayTitle(kit.fieldKeys()));

    // At a glance: the fields a writer checks before every prompt.
    static const QStringList glanceKeys{QStringLiteral("primary_keyword"),
                                        QStringLiteral("audience"), QStringLiteral("tone")};
    QStringList glance;
    QStringList shown{kit.fields.isEmpty() ? QString() : kit.fields.first().key};
    for (const QString &key : glanceKeys) {
        const FieldDef *field = kit.field(key);
        if (!field || brief.value(key).isEmpty())
            continue;
        shown.append(key);
        glance.append(
            QStringLiteral("<b>%1:</b> %2")
                .arg(field->label.toHtmlEscaped(), brief.value(key).displayText().toHtmlEscaped()));
    }
    m_glance->setText(glance.join(QStringLiteral("<br>")));
    m_glance->setVisible(!glance.isEmpty());

    while (m_moreLayout->rowCount() > 0)
        m_moreLayout->removeRow(0);
    for (const FieldDef &field : kit.fields) {
        if (shown.contains(field.key))
            continue;
        const FieldValue value = brief.value(field.key);
        QString text;
        if (value.isEmpty()) {
            text = tr("(empty)");
        } else if (field.type == FieldType::List) {
            text = QStringLiteral("• ") + value.items().join(QStringLiteral("\n• "));
        } else if (field.type == FieldType::Links) {
            QStringList lines;
            for (const BriefLink &link : value.links()) {
                lines.append(QStringLiteral("• ") + link.title +
                             (link.pillar ? tr(" (pillar)") : QString()) +
                             (link.url.isEmpty() ? QString() : QStringLiteral(" — ") + link.url));
            }
            text = lines.join(QLatin1Char('\n'));
        } else {
            text = value.displayText();
        }
        auto *label = new QLabel(text, m_more);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_moreLayout->addRow(QStringLiteral("<b>%1</b>").arg(field.label.toHtmlEscaped()), label);
    }
}

QString BriefPanel::progressText() const
{
    return m_progress->text();
}

void BriefPanel::updateProgress()
{
    if (!m_document->hasSession())
        return;
    const Session &session = m_document->session();
    int answered = 0;
    int stale = 0;
    int failing = 0;
    for (int i = 0; i < session.cardCount(); ++i) {
        answered += session.hasAnswer(i) ? 1 : 0;
        stale += session.status(i).state == CardState::Stale ? 1 : 0;
        failing +=
            m_model->index(i).data(CardRoles::CheckLevel).toInt() == int(CheckResult::Level::Fail)
                ? 1
                : 0;
    }
    QString text = tr("%1 of %2 answered").arg(answered).arg(session.cardCount());
    if (stale > 0)
        text += tr(", %1 stale").arg(stale);
    if (failing > 0)
        text += tr(", %1 failing checks").arg(failing);
    m_progress->setText(text);
    m_progress->setAccessibleName(tr("Progress: %1").arg(text));
}

} // namespace PromptDeck::Gui
