// Three lists side by side (keywords, mistakes, tips) whose items the user
// can move between them, by drag and drop or with the buttons (keyboard:
// select an item, then Alt+1, Alt+2 or Alt+3), edit in place, or remove.
// The import preview uses it because a page's one run of bullets is split
// by judgement.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace PromptDeck::Gui {

class BulletSorter final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int listCount = 3;

    BulletSorter(const QStringList &titles, QWidget *parent = nullptr);

    void setItems(int list, const QStringList &items);
    QStringList items(int list) const;
    QListWidget *listWidget(int list) const { return m_lists[list]; }

    // Moves the selected item of whichever list has one to list `to`.
    void moveSelectedTo(int to);
    void removeSelected();

private:
    QListWidget *selectedList() const;
    void updateTitles();

    QListWidget *m_lists[listCount] = {};
    QStringList m_titles;
    QLabel *m_labels[listCount] = {};
};

} // namespace PromptDeck::Gui
