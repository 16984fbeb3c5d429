#include "guiapplication.h"

#include "appicon.h"
#include "clipboard.h"
#include "dialogs.h"
#include "guilogging.h"
#include "io/safefilewriter.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QBuffer>
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
            // Encoded in memory and written like a session: a failed write
            // (a full disk, a file-size limit) leaves no half image, and
            // libpng never meets a write error it cannot clean up after.
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            const bool encoded = window.grab().toImage().save(&buffer, "PNG");
            const Core::Status written =
                encoded ? Core::SafeFileWriter::write(screenshotPath, png) : Core::success();
            if (!encoded || !written) {
                QTextStream(stderr)
                    << MainWindow::tr("%1: could not write the screenshot").arg(screenshotPath)
                    << (encoded ? QStringLiteral(": ") + written.error().message : QString())
                    << '\n';
                result = 1;
            }
            QApplication::exit(result);
        });
    QApplication::exec();
    return result;
}

} // namespace PromptDeck::Gui
