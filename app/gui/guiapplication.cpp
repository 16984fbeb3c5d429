#include "guiapplication.h"

#include "clipboard.h"
#include "dialogs.h"
#include "guilogging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace PromptDeck::Gui {

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PromptDeck"));
    QApplication::setOrganizationName(QStringLiteral("PromptDeck"));
    QApplication::setApplicationVersion(QStringLiteral(PROMPTDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.promptdeck.PromptDeck"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Prompt cards for writing SEO articles with a chat AI."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window once to a PNG and exit."),
        QStringLiteral("OUT.png"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("main", "A session (*.promptdeck) to open."),
        QStringLiteral("[FILE]"));
    if (!parser.parse(QApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        QTextStream(stderr) << QApplication::translate("main", "Give at most one session to open.")
                            << '\n';
        return 2;
    }

    SystemClipboard clipboard;
    WidgetDialogs dialogs;
    MainWindow window(&clipboard, &dialogs);
    const QString screenshotPath = parser.value(screenshot);
    if (!screenshotPath.isEmpty())
        window.resize(1400, 900);
    window.startup(files.value(0));
    window.show();

    if (screenshotPath.isEmpty())
        return QApplication::exec();

    int result = 0;
    // Let the window lay out and paint once, then save what it shows.
    QTimer::singleShot(200, &window, [&] {
        const QImage image = window.grab().toImage();
        if (!image.save(screenshotPath, "PNG")) {
            QTextStream(stderr) << QApplication::translate("main",
                                                           "%1: could not write the screenshot")
                                       .arg(screenshotPath)
                                << '\n';
            result = 1;
        }
        QApplication::exit(result);
    });
    QApplication::exec();
    return result;
}

} // namespace PromptDeck::Gui
