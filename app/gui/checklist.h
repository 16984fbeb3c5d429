// A card's check results: one row per result, a mark of its own shape and
// the sentence that says what was counted, and a line that says these are
// conventions where a check's limit is one.
#pragma once

#include "kit/checkdef.h"

#include <QVariantList>
#include <QWidget>

class QVBoxLayout;

namespace PromptDeck::Gui {

class CheckMark final : public QWidget
{
    Q_OBJECT

public:
    explicit CheckMark(Core::CheckResult::Level level, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Core::CheckResult::Level m_level;
};

class CheckList final : public QWidget
{
    Q_OBJECT

public:
    explicit CheckList(QWidget *parent = nullptr);

    // results as CardRoles::CheckResults holds them.
    void setResults(const QVariantList &results);
    int resultCount() const { return m_count; }
    QStringList messages() const;

private:
    QVBoxLayout *m_layout = nullptr;
    int m_count = 0;
};

} // namespace PromptDeck::Gui
