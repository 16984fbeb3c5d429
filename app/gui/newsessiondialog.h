// Starts a session from a kit and a brief: each a bundled one or a file.
#pragma once

#include <QDialog>

class QComboBox;

namespace PromptDeck::Gui {

class Dialogs;

class NewSessionDialog final : public QDialog
{
    Q_OBJECT

public:
    NewSessionDialog(Dialogs *dialogs, QWidget *parent = nullptr);

    // A bundled name or a path, as BundledContent takes them.
    QString kit() const;
    QString brief() const;
    void setKit(const QString &nameOrPath);
    void setBrief(const QString &nameOrPath);

private:
    void setUp(QComboBox *combo, const QStringList &bundled, const QString &fileCaption,
               const QString &filter);

    Dialogs *m_dialogs;
    QComboBox *m_kit = nullptr;
    QComboBox *m_brief = nullptr;
};

} // namespace PromptDeck::Gui
