// The main() of a GUI test: settings, autosaves and recovery files go to a
// folder of this run (never the user's), under the program's own names, so
// that a promptdeck process the test starts uses the same folders; then the
// test runs offscreen.
#pragma once

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

namespace PromptDeck::Tests {

template<typename Test>
int runGuiTest(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PromptDeck"));
    QApplication::setApplicationName(QStringLiteral("PromptDeck"));
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace PromptDeck::Tests
