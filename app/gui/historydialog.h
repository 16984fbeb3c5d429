// A card's answers over time: the current one and every earlier version
// with its time and how it got there; view any of them and restore one.
#pragma once

#include "session/sessiondocument.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace PromptDeck::Gui {

class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Core::SessionDocument *document, int card, QWidget *parent = nullptr);

    // Rows: the current answer first (when there is one), then earlier
    // versions, newest first.
    int versionCount() const;
    void selectVersion(int row);
    QString shownText() const;
    void restoreSelected();

private:
    void fill();
    int historyIndexOfRow(int row) const;

    Core::SessionDocument *m_document;
    int m_card;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace PromptDeck::Gui
