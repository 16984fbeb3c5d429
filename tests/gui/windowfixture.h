// The window every GUI test drives: a real MainWindow over a fake
// clipboard and scripted dialogs, in a settings and data folder of its own,
// with the steps the tests share (paste an answer, reach a card).
#pragma once

#include "carddeck.h"
#include "cardwidget.h"
#include "mainwindow.h"
#include "session/sessionautosaver.h"
#include "testseams.h"
#include "windowactions.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace PromptDeck::Tests {

class WindowFixture
{
protected:
    std::unique_ptr<Gui::MainWindow> makeWindow(const QString &file = QString())
    {
        auto window = std::make_unique<Gui::MainWindow>(&m_clipboard, &m_dialogs);
        window->autosaver()->setDelay(50);
        window->resize(1400, 900);
        window->startup(file);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }

    // Before each test: no settings, no untitled sessions, a new window.
    void setUpWindow()
    {
        QSettings().clear();
        QDir(Core::SessionAutosaver::untitledFolder()).removeRecursively();
        m_clipboard = FakeClipboard();
        m_dialogs = ScriptedDialogs();
        m_window = makeWindow();
    }

    // Closing would ask about the untitled session; tests that close do so
    // themselves.
    void tearDownWindow() { m_window.reset(); }

    Gui::CardWidget *card(int row) const { return m_window->deck()->card(row); }
    static QString binary() { return QStringLiteral(PROMPTDECK_BINARY); }
    void paste(int row, const QString &text)
    {
        m_clipboard.contents = text;
        m_window->pasteAnswer(row);
    }
    // File › New Session from Files with the test data's kit and brief
    // (names under tests/data): "Choose a file…", the last entry of each
    // list, asks for them, and the dialog is accepted.
    void newSessionFromFiles(const QString &kit, const QString &brief)
    {
        m_dialogs.openNames = {QStringLiteral(PROMPTDECK_TEST_DATA "/") + kit,
                               QStringLiteral(PROMPTDECK_TEST_DATA "/") + brief};
        m_dialogs.onExec = [](QDialog *dialog) {
            for (const char *name : {"kitChoice", "briefChoice"}) {
                auto *choice = dialog->findChild<QComboBox *>(QLatin1String(name));
                choice->setCurrentIndex(choice->count() - 1);
                Q_EMIT choice->activated(choice->count() - 1);
            }
            return int(QDialog::Accepted);
        };
        m_window->windowActions().newFromFiles->trigger();
        m_dialogs.onExec = nullptr;
    }

    QTemporaryDir m_home;
    FakeClipboard m_clipboard;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<Gui::MainWindow> m_window;
};

} // namespace PromptDeck::Tests
