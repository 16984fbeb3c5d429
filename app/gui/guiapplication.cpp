#include "guiapplication.h"

#include "appicon.h"
#include "clipboard.h"
#include "dialogs.h"
#include "guilogging.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace PromptDeck::Gui {

int runGui(int &argc, char **argv, const QString &screenshotPath, const QString &file)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PromptDeck"));
    QApplication::setOrganizationName(QStringLiteral("PromptDeck"));
    QApplication::setApplicationVersion(QStringLiteral(PROMPTDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.promptdeck.PromptDeck"));
    QApplication::setWindowIcon(applicationIcon());
    installTranslations(app);

    SystemClipboard clipboard;
    WidgetDialogs dialogs;
    MainWindow window(&clipboard, &dialogs);
    if (!screenshotPath.isEmpty())
        window.resize(1400, 900);
    window.startup(file);
    window.show();

    if (screenshotPath.isEmpty())
        return QApplication::exec();

    int result = 0;
    // The first pass of the event loop lays the window out; grab() then
    // paints it once into the image, exactly as it would appear.
    QTimer::singleShot(
        0, &window, [&] {
            const QImage image = window.grab().toImage();
            if (!image.save(screenshotPath, "PNG")) {
                QTextStream(stderr)
                    << MainWindow::tr("%1: could not write the screenshot").arg(screenshotPath)
                    << '\n';
                result = 1;
            }
            QApplication::exit(result);
        });
    QApplication::exec();
    return result;
}

} // namespace PromptDeck::Gui
