#include "dialogs.h"

#include "io/outputtarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace PromptDeck::Gui {

namespace {

class DialogsText final
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)
};

enum class ReplaceChoice
{
    Replace
};

} // namespace

bool mayWriteTo(Dialogs *dialogs, QWidget *parent, const QString &title, const QString &path,
                const QString &openSession)
{
    using Core::OutputConflict;
    const QStringList inputs = openSession.isEmpty() ? QStringList() : QStringList{openSession};
    const std::optional<OutputConflict> conflict = Core::outputConflict(path, inputs);
    if (!conflict)
        return true;
    const QString shown = QDir::toNativeSeparators(path);
    if (conflict->kind == OutputConflict::Kind::Input) {
        dialogs->warn(parent, title,
                      DialogsText::tr("%1 is the open session; writing there would replace it, "
                                      "so nothing was written. Choose another file.")
                          .arg(shown));
        return false;
    }
    return ask<ReplaceChoice>(
               dialogs, parent, DialogsText::tr("Replace a Session?"),
               DialogsText::tr("%1 is a PromptDeck session. Writing there replaces the session "
                               "and every answer in it.")
                   .arg(shown),
               {{ReplaceChoice::Replace, DialogsText::tr("Replace the Session")}})
        .has_value();
}

int WidgetDialogs::ask(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &buttons, DefaultButton byDefault)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> added;
    for (int i = 0; i < buttons.size(); ++i) {
        QPushButton *button = box.addButton(buttons.at(i), i == 0 ? QMessageBox::AcceptRole
                                                                  : QMessageBox::ActionRole);
        added.append(button);
        if (i == 0 && byDefault == DefaultButton::First)
            box.setDefaultButton(button);
    }
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    if (byDefault == DefaultButton::Cancel)
        box.setDefaultButton(cancel);
    box.exec();
    return int(added.indexOf(box.clickedButton()));
}

void WidgetDialogs::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString WidgetDialogs::openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString WidgetDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

} // namespace PromptDeck::Gui
