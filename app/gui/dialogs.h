// Every question the window asks and every file it asks for goes through
// this interface: the real one shows QMessageBox and QFileDialog, the one in
// the GUI tests answers from a script, so tests drive the real window
// without blocking on a modal dialog.
#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QWidget;

namespace PromptDeck::Gui {

class Dialogs
{
public:
    virtual ~Dialogs() = default;

    // Shows text with the given buttons (the first is the default); returns
    // the index of the button chosen, or -1 when the user cancelled.
    virtual int ask(QWidget *parent, const QString &title, const QString &text,
                    const QStringList &buttons) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter) = 0;
    // Runs a dialog the window built (the brief editor, the history).
    virtual int exec(QDialog *dialog) = 0;
};

class WidgetDialogs final : public Dialogs
{
public:
    int ask(QWidget *parent, const QString &title, const QString &text,
            const QStringList &buttons) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                         const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                         const QString &filter) override;
    int exec(QDialog *dialog) override { return dialog->exec(); }
};

} // namespace PromptDeck::Gui
