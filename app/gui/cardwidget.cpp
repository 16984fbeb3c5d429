#include "cardwidget.h"

#include "answeredit.h"
#include "answerguard.h"
#include "checklist.h"
#include "promptmeter.h"
#include "promptview.h"
#include "statebadge.h"
#include "statestyle.h"

#include <QBoxLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

namespace PromptDeck::Gui {

using namespace PromptDeck::Core;

namespace {
constexpr int typingPauseMs = 300;
constexpr int copiedShownMs = 4000;
} // namespace

CardHeader::CardHeader(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
}

void CardHeader::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        setFocus(Qt::MouseFocusReason);
        Q_EMIT activated();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void CardHeader::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
         event->key() == Qt::Key_Space)) {
        Q_EMIT activated();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CardHeader::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void CardHeader::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void CardHeader::paintEvent(QPaintEvent *)
{
    if (!hasFocus())
        return;
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = rect().adjusted(1, 1, -1, -1);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

CardWidget::CardWidget(SessionDocument *document, CardListModel *model, Dialogs *dialogs, int row,
                       QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_dialogs(dialogs)
    , m_model(model)
    , m_row(row)
{
    setObjectName(QStringLiteral("card_") + cardId());
    setFrameShape(QFrame::NoFrame);

    m_header = new CardHeader(this);
    m_header->setObjectName(QStringLiteral("cardHeader_") + cardId());
    m_number = new QLabel(m_header);
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setObjectName(QStringLiteral("cardNumber"));
    m_title = new QLabel(m_header);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_summary = new QLabel(m_header);
    m_summary->setWordWrap(true);
    m_uses = new QLabel(m_header);
    m_uses->setObjectName(QStringLiteral("usesLabel"));
    m_uses->setToolTip(tr("This card's prompt includes the answers of these cards; PromptDeck "
                          "fills them in for you (\"paste prior output\")."));
    m_detail = new QLabel(m_header);
    m_detail->setObjectName(QStringLiteral("stateDetail"));
    m_detail->setWordWrap(true);
    m_promptMeter = new QLabel(m_header);
    m_promptMeter->setObjectName(QStringLiteral("promptMeter"));
    m_badge = new StateBadge(m_header);
    m_chevron = new QLabel(m_header);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_promptMeter);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_badge);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_chevron);
    text->addLayout(titleRow);
    text->addWidget(m_summary);
    m_usesRow = new QWidget(m_header);
    auto *usesRow = new QHBoxLayout(m_usesRow);
    usesRow->setContentsMargins(0, 0, 0, 0);
    usesRow->addWidget(m_uses);
    usesRow->addWidget(m_detail, 1);
    m_checkSummary = new QWidget(m_usesRow);
    m_checkSummary->setObjectName(QStringLiteral("checkSummary"));
    new QHBoxLayout(m_checkSummary);
    m_checkSummary->layout()->setContentsMargins(0, 0, 0, 0);
    m_checkSummaryText = new QLabel(m_checkSummary);
    m_checkSummary->layout()->addWidget(m_checkSummaryText);
    usesRow->addWidget(m_checkSummary);
    text->addWidget(m_usesRow);

    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(10, 8, 10, 8);
    headerLayout->setSpacing(12);
    headerLayout->addWidget(m_number, 0, Qt::AlignTop);
    headerLayout->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 2, 2);
    layout->setSpacing(0);
    layout->addWidget(m_header);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(typingPauseMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &CardWidget::commitPendingEdit);
    m_copiedTimer.setSingleShot(true);
    m_copiedTimer.setInterval(copiedShownMs);
    connect(&m_copiedTimer, &QTimer::timeout, this, [this] {
        if (m_copiedLabel)
            m_copiedLabel->clear();
    });

    connect(m_header, &CardHeader::activated, this, [this] { setExpanded(!m_expanded); });
    connect(m_header, &CardHeader::activated, this, &CardWidget::headerFocused);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (m_row < topLeft.row() || m_row > bottomRight.row())
                    return;
                updateHeader();
                updateNotice();
                updateCounts();
                updateChecks();
                updatePromptMeter();
            });
    connect(document, &SessionDocument::promptChanged, this, [this](int card) {
        if (card != m_row)
            return;
        m_promptDirty = true;
        if (m_expanded)
            refreshPrompt();
    });
    connect(document, &SessionDocument::answerChanged, this, [this](int card) {
        if (card == m_row && !m_committing)
            refreshAnswer();
    });
    updateHeader();
    updateChecks();
    updatePromptMeter();
    applyStyle();
}

QString CardWidget::cardId() const
{
    return m_model->index(m_row).data(CardRoles::Id).toString();
}

void CardWidget::setExpanded(bool expanded)
{
    if (m_expanded == expanded)
        return;
    if (!expanded)
        commitPendingEdit();
    m_expanded = expanded;
    if (expanded && !m_body)
        buildBody();
    if (m_body) {
        if (expanded && m_promptDirty)
            refreshPrompt();
        if (expanded && m_answerDirty)
            fillAnswer();
        if (expanded)
            updateChecks();
        m_body->setVisible(expanded);
    }
    updateHeader();
    Q_EMIT expandedChanged(expanded);
}

void CardWidget::buildBody()
{
    m_body = new QWidget(this);
    m_body->setObjectName(QStringLiteral("cardBody"));
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(14, 4, 12, 12);
    layout->setSpacing(6);

    m_notice = new QWidget(m_body);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setAutoFillBackground(true);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::PlainText);
    m_dismissButton = new QPushButton(tr("Keep this answer"), m_notice);
    m_dismissButton->setObjectName(QStringLiteral("dismissStaleButton"));
    m_dismissButton->setToolTip(tr("The answer stays as it is, taken as made from its inputs as "
                                   "they are now; the cards made from it are fresh with it."));
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(8, 6, 8, 6);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_dismissButton);
    layout->addWidget(m_notice);

    auto *promptBar = new QHBoxLayout;
    auto *promptLabel = new QLabel(tr("Prompt"), m_body);
    QFont sectionFont = promptLabel->font();
    sectionFont.setBold(true);
    promptLabel->setFont(sectionFont);
    m_copyButton = new QPushButton(tr("Copy Prompt"), m_body);
    m_copyButton->setObjectName(QStringLiteral("copyPromptButton"));
    m_copyButton->setToolTip(tr("Put the complete prompt on the clipboard (Ctrl+Shift+C)"));
    QFont primary = m_copyButton->font();
    primary.setBold(true);
    m_copyButton->setFont(primary);
    m_copyButton->setAutoDefault(true);
    m_copiedLabel = new QLabel(m_body);
    m_copiedLabel->setObjectName(QStringLiteral("copiedLabel"));
    auto *legend = new QLabel(m_body);
    legend->setTextFormat(Qt::RichText);
    legend->setText(tr("<span style=\"background:%1\">&nbsp;from the brief&nbsp;</span>&nbsp;&nbsp;"
                       "<span style=\"background:%2\">&nbsp;from earlier answers&nbsp;</span>")
                        .arg(briefTint(palette()).name(), answerTint(palette()).name()));
    legend->setObjectName(QStringLiteral("legend"));
    promptBar->addWidget(promptLabel);
    promptBar->addSpacing(8);
    promptBar->addWidget(m_copyButton);
    promptBar->addWidget(m_copiedLabel);
    promptBar->addStretch(1);
    promptBar->addWidget(legend);
    layout->addLayout(promptBar);

    // Prompt above, answer below, the boundary the user's to move.
    m_splitter = new QSplitter(Qt::Vertical, m_body);
    m_splitter->setObjectName(QStringLiteral("cardSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_promptView = new PromptView(m_splitter);
    m_promptView->setObjectName(QStringLiteral("promptView"));
    auto *answerPane = new QWidget(m_splitter);
    auto *answerLayout = new QVBoxLayout(answerPane);
    answerLayout->setContentsMargins(0, 6, 0, 0);
    answerLayout->setSpacing(6);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    auto *answerBar = new QHBoxLayout;
    auto *answerLabel = new QLabel(tr("Answer"), answerPane);
    answerLabel->setFont(sectionFont);
    m_pasteButton = new QPushButton(tr("Paste Answer"), answerPane);
    m_pasteButton->setObjectName(QStringLiteral("pasteAnswerButton"));
    m_pasteButton->setToolTip(tr("Use the clipboard's text as this card's answer (Ctrl+Shift+V)"));
    m_historyButton = new QPushButton(answerPane);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setToolTip(tr("Earlier answers of this card, with their times"));
    m_counts = new QLabel(answerPane);
    m_counts->setObjectName(QStringLiteral("answerCounts"));
    answerBar->addWidget(answerLabel);
    answerBar->addSpacing(8);
    answerBar->addWidget(m_pasteButton);
    answerBar->addWidget(m_historyButton);
    answerBar->addStretch(1);
    answerBar->addWidget(m_counts);
    answerLayout->addLayout(answerBar);

    m_answerEdit = new AnswerEdit(answerPane);
    m_answerEdit->setObjectName(QStringLiteral("answerEdit"));
    m_answerEdit->setAccessibleName(tr("Answer to card %1").arg(m_row + 1));
    answerLayout->addWidget(m_answerEdit, 1);
    m_checkList = new CheckList(answerPane);
    answerLayout->addWidget(m_checkList);
    if (m_bodyHeight > 0)
        m_body->setFixedHeight(m_bodyHeight);

    static_cast<QVBoxLayout *>(this->layout())->addWidget(m_body);

    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { Q_EMIT copyPromptRequested(m_row); });
    connect(m_pasteButton, &QPushButton::clicked, this,
            [this] { Q_EMIT pasteAnswerRequested(m_row); });
    connect(m_historyButton, &QPushButton::clicked, this,
            [this] { Q_EMIT historyRequested(m_row); });
    connect(m_dismissButton, &QPushButton::clicked, this,
            [this] { Q_EMIT dismissStaleRequested(m_row); });
    connect(m_answerEdit, &QPlainTextEdit::textChanged, this, &CardWidget::onAnswerTyped);
    m_answerEdit->setPasteGuard([this](const QString &text) {
        return mayStoreAsAnswer(m_dialogs, this, m_document->session(), m_row, text);
    });
    connect(m_answerEdit, &AnswerEdit::wholeAnswerPasted, this, [this](const QString &text) {
        m_editPending = false;
        m_typingTimer.stop();
        m_committing = true;
        if (m_document->setAnswer(m_row, text, AnswerVersion::Origin::Pasted))
            rememberShown(text);
        m_committing = false;
    });
    connect(m_answerEdit, &AnswerEdit::pasteRefused, this, &CardWidget::messageRequested);
    // Text an undo or redo brings back is the answer now, not after a pause:
    // the checks, the prompts that use it and a save right away all see it.
    connect(m_answerEdit, &AnswerEdit::undoneOrRedone, this, &CardWidget::commitPendingEdit);

    refreshAnswer();
    updateNotice();
    updateCounts();
    updateChecks();
}

void CardWidget::updateChecks()
{
    const QModelIndex index = m_model->index(m_row);
    const int level = index.data(CardRoles::CheckLevel).toInt();
    if (level != m_checkLevel) {
        // The summary's mark changes shape with the worst result.
        m_checkLevel = level;
        delete m_checkSummary->findChild<CheckMark *>();
        if (level >= 0) {
            auto *mark = new CheckMark(CheckResult::Level(level), m_checkSummary);
            static_cast<QHBoxLayout *>(m_checkSummary->layout())->insertWidget(0, mark);
        }
    }
    const QString summary = index.data(CardRoles::CheckSummary).toString();
    m_checkSummaryText->setText(summary);
    m_checkSummary->setVisible(!summary.isEmpty());
    m_checkSummary->setAccessibleName(summary);
    if (m_checkList && m_expanded)
        m_checkList->setResults(index.data(CardRoles::CheckResults).toList());
}

void CardWidget::setBodyHeight(int height)
{
    m_bodyHeight = height;
    if (m_body)
        m_body->setFixedHeight(height);
}

void CardWidget::onAnswerTyped()
{
    if (m_answerEdit->isShowingText())
        return;
    m_editPending = true;
    m_typingTimer.start();
}

void CardWidget::commitPendingEdit()
{
    if (!m_editPending)
        return;
    m_editPending = false;
    m_typingTimer.stop();
    // The box keeps no CR of a CRLF; text edited back to what the box was
    // given (an undo, say) is that answer again, byte for byte.
    const QString typed = m_answerEdit->answerText();
    const QString text = typed == m_shownInBox ? m_shownAnswer : typed;
    if (const Status size = Session::checkAnswerSize(text.size()); !size) {
        Q_EMIT messageRequested(size.error().message);
        return;
    }
    if (const Status room = m_document->session().checkRevisionRoom(); !room) {
        Q_EMIT messageRequested(room.error().message);
        return;
    }
    m_committing = true;
    m_document->setAnswer(m_row, text, AnswerVersion::Origin::Typed);
    m_committing = false;
}

AnswerEdit *CardWidget::answerEdit()
{
    if (m_answerDirty)
        fillAnswer();
    return m_answerEdit;
}

void CardWidget::refreshAnswer()
{
    if (!m_answerEdit)
        return;
    m_editPending = false;
    m_typingTimer.stop();
    // A collapsed card's box is filled when it is next shown: a paste that
    // moves on to the next card must not lay out megabytes nobody sees.
    if (!m_expanded) {
        m_answerDirty = true;
        return;
    }
    fillAnswer();
}

void CardWidget::fillAnswer()
{
    m_answerDirty = false;
    const QString text = m_document->session().answerText(m_row);
    if (m_answerEdit->answerText() != text)
        m_answerEdit->showText(text);
    rememberShown(text);
}

void CardWidget::rememberShown(const QString &answer)
{
    m_shownAnswer = answer;
    const QString box = m_answerEdit->answerText();
    // Shared with the answer when the box shows it as it is.
    m_shownInBox = box == answer ? answer : box;
}

void CardWidget::refreshPrompt()
{
    if (!m_promptView)
        return;
    m_promptDirty = false;
    const Session &session = m_document->session();
    const Result<RenderedText> prompt = session.renderPrompt(m_row, true);
    if (!prompt) {
        m_promptView->setPlainText(prompt.errorText());
        return;
    }
    m_promptView->setPrompt(prompt.value(), [&session](const TemplateSpan &span) {
        const QStringList parts = span.source.split(QLatin1Char('.'));
        const QString input = parts.mid(0, 2).join(QLatin1Char('.'));
        if (span.kind == TemplateSpan::Kind::Missing)
            return tr("Missing: %1. Answer that card first.").arg(session.describeInput(input));
        return tr("From %1").arg(session.describeInput(input));
    });
}

void CardWidget::updateHeader()
{
    const QModelIndex index = m_model->index(m_row);
    const auto state = CardState(index.data(CardRoles::State).toInt());
    m_number->setText(QString::number(m_row + 1));
    m_title->setText(index.data(CardRoles::Title).toString());
    m_summary->setText(index.data(CardRoles::Summary).toString());
    const QStringList uses = index.data(CardRoles::Uses).toStringList();
    m_uses->setVisible(!uses.isEmpty());
    m_uses->setText(tr("Uses: %1").arg(uses.join(QStringLiteral(", "))));
    m_badge->setState(state);
    m_chevron->setText(m_expanded ? QStringLiteral("▾") : QStringLiteral("▸"));

    QString detail;
    if (state == CardState::Waiting) {
        detail = tr("· waiting for %1")
                     .arg(index.data(CardRoles::Missing).toStringList().join(QStringLiteral(", ")));
    } else if (state == CardState::Stale) {
        detail = tr("· stale: %1").arg(index.data(CardRoles::StaleReason).toString());
    }
    m_detail->setText(detail);
    m_usesRow->setVisible(!uses.isEmpty() || !detail.isEmpty() ||
                          !index.data(CardRoles::CheckSummary).toString().isEmpty());
    m_header->setAccessibleName(tr("Card %1, %2, %3%4")
                                    .arg(m_row + 1)
                                    .arg(index.data(CardRoles::Title).toString(), m_badge->text(),
                                         m_expanded ? tr(", expanded") : tr(", collapsed")));
    m_header->setAccessibleDescription(index.data(CardRoles::Summary).toString());
    applyStyle();
}

void CardWidget::updateNotice()
{
    if (!m_notice)
        return;
    const QModelIndex index = m_model->index(m_row);
    const auto state = CardState(index.data(CardRoles::State).toInt());
    QPalette noticePalette = palette();
    if (state == CardState::Waiting) {
        m_noticeText->setText(
            tr("Waiting for the answer to %1. The prompt marks where it goes; "
               "answer that card first.")
                .arg(index.data(CardRoles::Missing).toStringList().join(tr(" and "))));
        noticePalette.setColor(QPalette::Window, missingTint(palette()));
        m_dismissButton->hide();
        m_notice->show();
    } else if (state == CardState::Stale) {
        m_noticeText->setText(
            tr("This answer is stale: %1. Copy the prompt again to re-run it, or keep the "
               "answer as it is; Next Stale Card (F8) then opens the next one to re-run.")
                .arg(index.data(CardRoles::StaleReason).toString()));
        noticePalette.setColor(QPalette::Window, missingTint(palette()));
        m_dismissButton->show();
        m_notice->show();
    } else {
        m_notice->hide();
    }
    m_notice->setPalette(noticePalette);
}

void CardWidget::updateCounts()
{
    if (!m_counts)
        return;
    const QModelIndex index = m_model->index(m_row);
    const QLocale locale;
    const int history = index.data(CardRoles::HistoryCount).toInt();
    m_historyButton->setText(tr("History (%1)").arg(history));
    m_historyButton->setEnabled(history > 0);
    if (!index.data(CardRoles::HasAnswer).toBool()) {
        m_counts->setText(tr("No answer yet"));
        return;
    }
    m_counts->setText(
        tr("%1 characters · %2 words")
            .arg(locale.toString(index.data(CardRoles::AnswerCharacters).toLongLong()),
                 locale.toString(index.data(CardRoles::AnswerWords).toLongLong())));
}

// Filled in once the model has measured the prompt (on the next pass of
// the event loop after a change); until then it shows what it had.
void CardWidget::updatePromptMeter()
{
    const QModelIndex index = m_model->index(m_row);
    const QVariant tokens = index.data(CardRoles::PromptTokens);
    if (!tokens.isValid())
        return;
    PromptMeasure measure;
    measure.words = index.data(CardRoles::PromptWords).toLongLong();
    measure.tokens = tokens.toLongLong();
    m_promptMeter->setText(PromptMeter::cardText(measure));
    m_promptMeter->setToolTip(PromptMeter::cardToolTip(measure));
    m_promptMeter->setAccessibleName(PromptMeter::cardText(measure));
    QPalette meterPalette = palette();
    meterPalette.setColor(QPalette::WindowText, measure.newChatAdvised()
                                                    ? stateColor(CardState::Stale, palette())
                                                    : palette().color(QPalette::PlaceholderText));
    m_promptMeter->setPalette(meterPalette);
}

void CardWidget::showCopied(qsizetype characters)
{
    if (!m_copiedLabel)
        return;
    m_copiedLabel->setText(tr("✓ Copied (%1 characters)").arg(QLocale().toString(characters)));
    m_copiedTimer.start();
}

void CardWidget::focusAnswer()
{
    if (answerEdit())
        m_answerEdit->setFocus(Qt::OtherFocusReason);
}

void CardWidget::applyStyle()
{
    const auto state = CardState(m_model->index(m_row).data(CardRoles::State).toInt());
    const QColor accent = stateColor(state, palette());
    if (accent == m_accent || m_styling)
        return;
    m_accent = accent;
    // Setting a style sheet sends palette changes back to this widget.
    const QScopedValueRollback guard(m_styling, true);
    setStyleSheet(
        QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid palette(mid);"
                       " border-left: 4px solid %2; border-radius: 6px; }"
                       "QLabel#cardNumber { background: palette(window); border-radius: 14px;"
                       " min-width: 28px; min-height: 28px; font-weight: bold; }")
            .arg(objectName(), accent.name()));
    QPalette secondary = palette();
    secondary.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_summary->setPalette(secondary);
    m_uses->setPalette(secondary);
    QPalette detail = palette();
    detail.setColor(QPalette::WindowText, accent);
    m_detail->setPalette(detail);
}

void CardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_styling) {
        m_accent = QColor();
        applyStyle();
        updatePromptMeter();
    }
    QFrame::changeEvent(event);
}

} // namespace PromptDeck::Gui
