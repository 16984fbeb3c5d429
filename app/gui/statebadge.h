// A card's state as a mark of its own shape and the state's word, so it
// reads without colour.
#pragma once

#include "session/cardstate.h"

#include <QWidget>

namespace PromptDeck::Gui {

class StateBadge final : public QWidget
{
    Q_OBJECT

public:
    explicit StateBadge(QWidget *parent = nullptr);

    void setState(Core::CardState state);
    Core::CardState state() const { return m_state; }
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Core::CardState m_state = Core::CardState::Ready;
};

} // namespace PromptDeck::Gui
