// One card of the deck, bound to a row of the CardListModel. Collapsed, it
// is a header: number, title, summary, "uses: …", state. Expanded, it shows
// the complete prompt with Copy Prompt and the answer box. The expanded
// part is built the first time it is shown and its prompt is rendered only
// while it is visible, so a collapsed card costs almost nothing.
#pragma once

#include "models/cardlistmodel.h"
#include "session/sessiondocument.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;
class QSplitter;
class QToolButton;

namespace PromptDeck::Gui {

class AnswerEdit;
class CheckList;
class CheckMark;
class Dialogs;
class PromptView;
class StateBadge;

class CardHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit CardHeader(QWidget *parent = nullptr);

Q_SIGNALS:
    void activated();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

class CardWidget final : public QFrame
{
    Q_OBJECT

public:
    CardWidget(Core::SessionDocument *document, Core::CardListModel *model, Dialogs *dialogs,
               int row, QWidget *parent = nullptr);

    int row() const { return m_row; }
    QString cardId() const;
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    bool hasBody() const { return m_body != nullptr; }

    CardHeader *header() const { return m_header; }
    // The answer box, holding the session's answer (filled now if the card
    // was collapsed when the answer changed).
    AnswerEdit *answerEdit();
    PromptView *promptView() const { return m_promptView; }

    // Puts text typed since the last pause into the session now (before a
    // save, a copy, or a collapse).
    void commitPendingEdit();
    // Shows "Copied" next to the button for a moment.
    void showCopied(qsizetype characters);
    void focusAnswer();
    // The height of the expanded part: the deck makes an open card fill its
    // view.
    void setBodyHeight(int height);

Q_SIGNALS:
    void expandedChanged(bool expanded);
    void headerFocused();
    void copyPromptRequested(int row);
    void pasteAnswerRequested(int row);
    void historyRequested(int row);
    void dismissStaleRequested(int row);
    void messageRequested(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildBody();
    void updateHeader();
    void updateNotice();
    void updateCounts();
    void updatePromptMeter();
    void updateChecks();
    void refreshPrompt();
    void refreshAnswer();
    void fillAnswer();
    // answer is what the box now shows (as the box has it: no CR of a CRLF).
    void rememberShown(const QString &answer);
    void onAnswerTyped();
    void applyStyle();

    Core::SessionDocument *m_document;
    Dialogs *m_dialogs; // asks before a pasted prompt becomes the answer
    Core::CardListModel *m_model;
    int m_row;
    bool m_expanded = false;
    bool m_promptDirty = true;
    bool m_committing = false;
    bool m_editPending = false; // typed text not yet in the session
    bool m_answerDirty = false; // the answer changed while the card was collapsed
    QString m_shownAnswer;      // the session's answer the box was last given
    QString m_shownInBox;       // and the box's text for it

    CardHeader *m_header = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_uses = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_promptMeter = nullptr; // the filled prompt's words and tokens
    QWidget *m_usesRow = nullptr;
    QWidget *m_checkSummary = nullptr; // mark and words of the worst result
    QLabel *m_checkSummaryText = nullptr;
    int m_checkLevel = -2;
    StateBadge *m_badge = nullptr;
    QLabel *m_chevron = nullptr;

    QWidget *m_body = nullptr;
    QWidget *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QPushButton *m_dismissButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_copiedLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    PromptView *m_promptView = nullptr;
    QPushButton *m_pasteButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QLabel *m_counts = nullptr;
    AnswerEdit *m_answerEdit = nullptr;
    CheckList *m_checkList = nullptr;

    QColor m_accent;
    bool m_styling = false;
    int m_bodyHeight = 0;
    QTimer m_typingTimer;
    QTimer m_copiedTimer;
};

} // namespace PromptDeck::Gui
