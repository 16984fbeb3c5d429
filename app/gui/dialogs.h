// Every question the window asks and every file it asks for goes through
// this interface: the real one shows QMessageBox and QFileDialog, the one in
// the GUI tests answers from a script, so tests drive the real window
// without blocking on a modal dialog.
#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QWidget;

namespace PromptDeck::Gui {

// Which button Return presses: the first given, or Cancel where going on
// should take a deliberate choice (exporting an unfinished article).
enum class DefaultButton
{
    First,
    Cancel
};

class Dialogs
{
public:
    virtual ~Dialogs() = default;

    // Shows text with the given buttons and Cancel; Return presses byDefault,
    // Escape cancels. Returns the index of the button chosen, or -1 when the
    // user cancelled.
    virtual int ask(QWidget *parent, const QString &title, const QString &text,
                    const QStringList &buttons, DefaultButton byDefault) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter) = 0;
    // Runs a dialog the window built (the brief editor, the history).
    virtual int exec(QDialog *dialog) = 0;
};

// A question whose answers are the values of an enum: the buttons in the
// order given, each with the choice it stands for; nullopt when the user
// cancelled.
template<typename Choice>
std::optional<Choice> ask(Dialogs *dialogs, QWidget *parent, const QString &title,
                          const QString &text, const QList<std::pair<Choice, QString>> &buttons,
                          DefaultButton byDefault = DefaultButton::First)
{
    QStringList texts;
    texts.reserve(buttons.size());
    for (const auto &button : buttons)
        texts.append(button.second);
    const int index = dialogs->ask(parent, title, text, texts, byDefault);
    if (index < 0 || index >= buttons.size())
        return std::nullopt;
    return buttons.at(index).first;
}

// Whether an export or a brief may be written to path: never over the open
// session (openSession; empty when it has no file yet), and over another
// session (*.promptdeck) only when the user says so. When not, the user has
// been told why, under title.
bool mayWriteTo(Dialogs *dialogs, QWidget *parent, const QString &title, const QString &path,
                const QString &openSession);

class WidgetDialogs final : public Dialogs
{
public:
    int ask(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons,
            DefaultButton byDefault) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                         const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                         const QString &filter) override;
    int exec(QDialog *dialog) override { return dialog->exec(); }
};

} // namespace PromptDeck::Gui
