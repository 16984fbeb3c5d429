#include "dialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace PromptDeck::Gui {

int WidgetDialogs::ask(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &buttons)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> added;
    for (int i = 0; i < buttons.size(); ++i) {
        QPushButton *button = box.addButton(buttons.at(i), i == 0 ? QMessageBox::AcceptRole
                                                                  : QMessageBox::ActionRole);
        added.append(button);
        if (i == 0)
            box.setDefaultButton(button);
    }
    box.addButton(QMessageBox::Cancel);
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
