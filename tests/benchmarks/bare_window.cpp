// The floor for the window budgets: a bare Qt Widgets window with 12 rows,
// the size of PromptDeck's screenshot, painted once to a PNG the way
// `promptdeck --screenshot` paints its own. What it costs is what any Qt
// Widgets program pays before doing anything of its own.
//
//   bench_bare_window OUT.png
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2)
        return 2;
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    for (int row = 1; row <= 12; ++row) {
        auto *label =
            new QLabel(QStringLiteral("%1. Card title, with the one line that says what it "
                                      "produces")
                           .arg(row));
        label->setFrameShape(QFrame::StyledPanel);
        layout->addWidget(label);
    }
    window.resize(1400, 900);
    window.show();
    int result = 0;
    QTimer::singleShot(0, &window, [&] {
        if (!window.grab().toImage().save(QString::fromLocal8Bit(argv[1]), "PNG"))
            result = 1;
        QApplication::exit(result);
    });
    QApplication::exec();
    return result;
}
