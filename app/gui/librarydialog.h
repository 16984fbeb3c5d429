// The Library: a topical map's content groups and articles, each with where
// its session stands (not started, n of 12 answered, checks failing, done).
// Choosing an article opens its session, or starts one next to the map.
#pragma once

#include "models/librarymodel.h"

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;

namespace PromptDeck::Gui {

class LibraryDialog final : public QDialog
{
    Q_OBJECT

public:
    LibraryDialog(Core::LibraryModel *model, QWidget *parent = nullptr);

    // The article chosen when the dialog was accepted.
    int chosenArticle() const { return m_chosen; }
    void choose(int row);
    QListView *view() const { return m_view; }

private:
    void updateButtons();

    Core::LibraryModel *m_model;
    QListView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_open = nullptr;
    int m_chosen = -1;
};

} // namespace PromptDeck::Gui
