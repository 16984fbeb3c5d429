// The differences between work recovered after a crash and the session in
// its file: one line per difference, and for a card the two answers side by
// side, so the user can decide between Recover and Discard knowing what each
// keeps.
#pragma once

#include "session/sessionrecovery.h"

#include <QDialog>

#include <optional>

class QListWidget;
class QPlainTextEdit;

namespace PromptDeck::Gui {

class RecoveryDialog final : public QDialog
{
    Q_OBJECT

public:
    // onDisk: the session in its file, if it could be read.
    RecoveryDialog(const Core::Session &recovered, const Core::Session *onDisk,
                   const QList<Core::SessionRecovery::Difference> &differences,
                   QWidget *parent = nullptr);

    int differenceCount() const;
    void selectDifference(int row);
    QString recoveredText() const;
    QString fileText() const;

private:
    Core::Session m_recovered;
    std::optional<Core::Session> m_onDisk;
    QList<Core::SessionRecovery::Difference> m_differences;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_recoveredView = nullptr;
    QPlainTextEdit *m_fileView = nullptr;
};

} // namespace PromptDeck::Gui
