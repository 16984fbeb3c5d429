// Stand-ins for the window's seams in GUI tests: a clipboard the test can
// read and fill, and dialogs that answer from a script instead of blocking.
#pragma once

#include "clipboard.h"
#include "dialogs.h"

#include <QDialog>
#include <QStringList>

#include <functional>

namespace PromptDeck::Tests {

class FakeClipboard final : public Gui::Clipboard
{
public:
    std::optional<QString> text() const override
    {
        ++reads;
        return contents;
    }
    void setText(const QString &text) override { contents = text; }

    std::optional<QString> contents;
    mutable int reads = 0;
};

class ScriptedDialogs final : public Gui::Dialogs
{
public:
    int ask(QWidget *, const QString &title, const QString &text, const QStringList &buttons,
            Gui::DefaultButton byDefault) override
    {
        questions.append(title + QStringLiteral(": ") + text);
        lastButtons = buttons;
        lastDefault = byDefault;
        return answers.isEmpty() ? -1 : answers.takeFirst();
    }
    void warn(QWidget *, const QString &title, const QString &text) override
    {
        warnings.append(title + QStringLiteral(": ") + text);
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openNames.isEmpty() ? QString() : openNames.takeFirst();
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveNames.isEmpty() ? QString() : saveNames.takeFirst();
    }
    int exec(QDialog *dialog) override
    {
        executed.append(dialog->objectName());
        return onExec ? onExec(dialog) : QDialog::Rejected;
    }

    QList<int> answers; // ask(): button indexes to return, in order; then cancel
    QStringList questions;
    QStringList lastButtons;
    Gui::DefaultButton lastDefault = Gui::DefaultButton::First;
    QStringList warnings;
    QStringList openNames;
    QStringList saveNames;
    QStringList executed;
    std::function<int(QDialog *)> onExec;
};

} // namespace PromptDeck::Tests
