// The window's actions, menus and toolbar. The actions are made here with
// their names, texts and shortcuts; what they do is the window's wiring.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace PromptDeck::Gui {

class AnswerEdit;

// Every action of the window's menus and toolbar, each with its objectName
// (the GUI tests find them so, too).
class WindowActions final
{
    Q_DECLARE_TR_FUNCTIONS(PromptDeck::Gui::WindowActions)

public:
    QAction *newSession = nullptr;
    QAction *newFromFiles = nullptr;
    QAction *newFromPage = nullptr;
    QAction *newFromBlank = nullptr;
    QAction *saveBriefAs = nullptr;
    QAction *openMap = nullptr;
    QAction *library = nullptr;
    QAction *open = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *copyPrompt = nullptr;
    QAction *pasteAnswer = nullptr;
    QAction *copyArticle = nullptr;
    QAction *editBrief = nullptr;
    QAction *history = nullptr;
    QAction *nextStale = nullptr;
    QAction *keepAll = nullptr;
    QAction *expandAll = nullptr;
    QAction *collapseAll = nullptr;
    QAction *nextCard = nullptr;
    QAction *previousCard = nullptr;
    QAction *toggleCard = nullptr;
    QAction *beforePublish = nullptr;
    QAction *about = nullptr;

    // The menus whose entries change with the session; the window fills
    // them when they are about to show.
    struct Menus
    {
        QMenu *recent = nullptr;
        QMenu *exports = nullptr;
    };

    // Makes the actions as children of window, which takes their shortcuts
    // even where no menu shows them.
    static WindowActions create(QWidget *window);
    // Puts the actions into window's menu bar and toolbar.
    Menus addMenus(QMainWindow *window) const;
};

// Edit › Undo and Redo act on the answer box that has the focus (the only
// text the window lets the user edit) and are enabled exactly when that box
// has a step to undo or redo; with the focus on a prompt, a header or
// nowhere in the window they are greyed. The window connects
// QApplication::focusChanged to focusChanged().
class EditUndo final : public QObject
{
    Q_OBJECT

public:
    EditUndo(QAction *undo, QAction *redo, QWidget *window);

    void focusChanged(QWidget *old, QWidget *now);

private:
    // Listens to edit's document (and to nothing else) from now on.
    void follow(AnswerEdit *edit);
    void editorDestroyed();
    void undo();
    void redo();
    void update();

    QAction *m_undo;
    QAction *m_redo;
    QWidget *m_window;
    AnswerEdit *m_editor = nullptr; // cleared when it is destroyed
    QList<QMetaObject::Connection> m_editorConnections;
};

} // namespace PromptDeck::Gui
