// The top of the window: the brief at a glance (title, keyword, audience,
// tone; the rest one click away), the progress line, and Edit Brief.
#pragma once

#include "models/cardlistmodel.h"
#include "session/sessiondocument.h"

#include <QFrame>

class QFormLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace PromptDeck::Gui {

class BriefPanel final : public QFrame
{
    Q_OBJECT

public:
    BriefPanel(Core::SessionDocument *document, Core::CardListModel *model,
               QWidget *parent = nullptr);

    QString progressText() const;
    bool isShowingAllFields() const;
    void setShowingAllFields(bool show);

Q_SIGNALS:
    void editBriefRequested();

private:
    void updateBrief();
    void updateProgress();

    Core::SessionDocument *m_document;
    Core::CardListModel *m_model;
    QLabel *m_title = nullptr;
    QLabel *m_glance = nullptr;
    QLabel *m_progress = nullptr;
    QToolButton *m_moreButton = nullptr;
    QWidget *m_more = nullptr;
    QFormLayout *m_moreLayout = nullptr;
    QPushButton *m_editButton = nullptr;
};

} // namespace PromptDeck::Gui
