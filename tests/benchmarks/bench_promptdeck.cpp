// PromptDeck's in-process benchmarks, each measured with its floor in the
// same run. Prints one line per figure, read by run-benchmarks.py:
//
//   RESULT <name> <figure> <floor> <unit>
//
//   bench_promptdeck paste ANSWER.md          paste into the real window vs setPlainText
//   bench_promptdeck keystroke SESSION        typing into a card of a large session
//   bench_promptdeck render SESSION [DIR]     all 12 prompts vs copying their text;
//                                             DIR: write templates and data for mustache.js
//   bench_promptdeck saveload SESSION         SessionFile save/load vs plain QFile
//
// Timings are the median of several runs; figures are milliseconds unless
// the unit says otherwise. Nothing here asserts: the script compares.
#include "../gui/testseams.h"
#include "answeredit.h"
#include "carddeck.h"
#include "cardwidget.h"
#include "mainwindow.h"
#include "promptview.h"
#include "session/sessionautosaver.h"
#include "session/sessionfile.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <unistd.h>
#include <vector>

using namespace PromptDeck;

namespace {

QTextStream out(stdout);

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size())));
    return values[index];
}

// Milliseconds of one call of `work`.
double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianOf(int runs, const std::function<double()> &run)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(run());
    return median(times);
}

void result(const QString &name, double figure, double floor, const QString &unit)
{
    out << "RESULT " << name << ' ' << QString::number(figure, 'f', 3) << ' '
        << QString::number(floor, 'f', 3) << ' ' << unit << Qt::endl;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << path << ": " << file.errorString() << Qt::endl;
        std::exit(1);
    }
    return QString::fromUtf8(file.readAll());
}

Core::Session loadSession(const QString &path)
{
    auto session = Core::SessionFile::load(path);
    if (!session) {
        QTextStream(stderr) << session.errorText() << Qt::endl;
        std::exit(1);
    }
    return std::move(session.value());
}

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
}

// Which widgets were painted, to be sure a measurement included the paint.
class PaintWatch : public QObject
{
public:
    PaintWatch() { qApp->installEventFilter(this); }
    bool painted(const QWidget *widget) const { return m_painted.contains(widget); }
    void clear() { m_painted.clear(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted.insert(watched);
        return false;
    }

private:
    QSet<const QObject *> m_painted;
};

// What the event loop does first after a user action: it sends the posted
// layout and update requests (timers come after them), and the update
// requests paint what changed. Exits if `mustPaint` was not painted.
void layOutAndPaint(const PaintWatch &watch, const QWidget *mustPaint)
{
    QCoreApplication::sendPostedEvents();
    if (!watch.painted(mustPaint)) {
        QTextStream(stderr) << "the text was not painted" << Qt::endl;
        std::exit(1);
    }
}

// A fresh start each time: no last session, no untitled autosave.
void forgetEverything()
{
    QSettings().clear();
    QDir(Core::SessionAutosaver::untitledFolder()).removeRecursively();
}

int paste(const QString &answerPath)
{
    const QString text = readText(answerPath);
    const QString size = QStringLiteral("%1MB").arg(qRound(double(text.toUtf8().size()) / 1e6));
    const int runs = 7;

    // The floor: the same text into a bare QPlainTextEdit of the answer
    // box's size, painted.
    auto floorRun = [&] {
        QPlainTextEdit edit;
        edit.resize(900, 420);
        edit.show();
        settle();
        PaintWatch watch;
        return timed([&] {
            edit.setPlainText(text);
            layOutAndPaint(watch, edit.viewport());
        });
    };

    // PromptDeck: Paste Answer on the open first card of a new session. The
    // answer is stored, the cards that use it update, the next card opens,
    // and the window is painted. The answer's checks and the autosave run on
    // the next pass of the event loop; they are measured on their own.
    std::vector<double> afters;
    auto figureRun = [&] {
        forgetEverything();
        Tests::FakeClipboard clipboard;
        Tests::ScriptedDialogs dialogs;
        Gui::MainWindow window(&clipboard, &dialogs);
        window.resize(1400, 900);
        window.startup();
        window.show();
        settle();
        window.repaint();
        clipboard.contents = text;
        PaintWatch watch;
        const double ms = timed([&] {
            window.pasteAnswer(0);
            // The next card opens and shows its prompt, which quotes the answer.
            layOutAndPaint(watch, window.deck()->card(1)->promptView()->viewport());
        });
        afters.push_back(timed([&] {
            while (window.autosaver()->isPending())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            QCoreApplication::sendPostedEvents(); // the checks' results painted
        }));
        if (window.document()->session().answerText(0) != text ||
            !window.autosaver()->untitledIsSaved()) {
            QTextStream(stderr) << "the pasted answer was not stored and saved" << Qt::endl;
            std::exit(1);
        }
        return ms;
    };

    // The two take turns, so that both meet the machine in the same moods.
    std::vector<double> floors;
    std::vector<double> figures;
    for (int i = 0; i < runs; ++i) {
        floors.push_back(floorRun());
        figures.push_back(figureRun());
    }
    const double floor = median(floors);
    const double figure = median(figures);
    result(QStringLiteral("paste_") + size, figure, floor, QStringLiteral("ms"));
    result(QStringLiteral("paste_") + size + QStringLiteral("_after"), median(afters), 0,
           QStringLiteral("ms"));
    return 0;
}

int keystroke(const QString &sessionPath)
{
    forgetEverything();
    Tests::FakeClipboard clipboard;
    Tests::ScriptedDialogs dialogs;
    Gui::MainWindow window(&clipboard, &dialogs);
    window.resize(1400, 900);
    window.startup(sessionPath);
    window.show();
    settle();
    const int row = 3; // the body: 1 MB of answer in the box
    window.deck()->openCard(row);
    settle();
    Gui::AnswerEdit *edit = window.deck()->card(row)->answerEdit();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    settle();

    std::vector<double> times;
    const QString typed = QStringLiteral("the global interpreter lock serialises bytecode ");
    for (int i = 0; i < 40; ++i) // warm-up
        QTest::keyClick(edit, typed.at(i % typed.size()).toLatin1());
    settle();
    for (int i = 0; i < 400; ++i) {
        const char key = typed.at(i % typed.size()).toLatin1();
        times.push_back(timed([&] {
            QTest::keyClick(edit, key);
            settle();
        }));
    }
    // The pause after typing: the answer is committed, the chain and the
    // checks follow.
    const double commit = timed([&] {
        window.deck()->commitPendingEdits();
        settle();
    });
    result(QStringLiteral("keystroke_median"), median(times), 1000.0 / 60, QStringLiteral("ms"));
    result(QStringLiteral("keystroke_p95"), percentile(times, 0.95), 1000.0 / 60,
           QStringLiteral("ms"));
    result(QStringLiteral("typing_pause_commit"), commit, 0, QStringLiteral("ms"));
    return 0;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        std::exit(1);
}

int render(const QString &sessionPath, const QString &dumpDir)
{
    const Core::Session session = loadSession(sessionPath);
    const int runs = 7;
    qint64 bytes = 0;
    std::vector<QString> outputs;
    for (int i = 0; i < session.cardCount(); ++i) {
        outputs.push_back(session.renderPrompt(i).value().text);
        bytes += outputs.back().toUtf8().size();
    }
    const double figure = medianOf(runs, [&] {
        qint64 chars = 0;
        const double ms = timed([&] {
            for (int i = 0; i < session.cardCount(); ++i)
                chars += session.renderPrompt(i).value().text.size();
        });
        if (chars == 0)
            std::exit(1);
        return ms;
    });
    // The window's view of a prompt also records where each value came from.
    const double withSpans = medianOf(runs, [&] {
        return timed([&] {
            for (int i = 0; i < session.cardCount(); ++i)
                (void)session.renderPrompt(i, true);
        });
    });
    const double floor = medianOf(runs, [&] {
        return timed([&] {
            for (const QString &text : outputs) {
                QString copy(text.constData(), text.size()); // a deep copy
                if (copy.isEmpty())
                    std::exit(1);
            }
        });
    });
    const double gb = double(bytes) / 1e9;
    result(QStringLiteral("render_ms"), figure, floor, QStringLiteral("ms"));
    result(QStringLiteral("render_throughput"), gb / (figure / 1000), gb / (floor / 1000),
           QStringLiteral("GB/s"));
    result(QStringLiteral("render_spans_throughput"), gb / (withSpans / 1000), gb / (floor / 1000),
           QStringLiteral("GB/s"));
    result(QStringLiteral("render_output"), double(bytes) / 1e6, 0, QStringLiteral("MB"));

    if (!dumpDir.isEmpty()) {
        // The same templates and data for the npm mustache package.
        QDir().mkpath(dumpDir + QStringLiteral("/partials"));
        const Core::Kit &kit = session.kit();
        for (auto it = kit.partials.cbegin(); it != kit.partials.cend(); ++it)
            writeFile(dumpDir + QStringLiteral("/partials/") + it.key() +
                          QStringLiteral(".mustache"),
                      it.value().source().toUtf8());
        for (int i = 0; i < kit.cards.size(); ++i)
            writeFile(dumpDir +
                          QStringLiteral("/card-%1.mustache").arg(i + 1, 2, 10, QLatin1Char('0')),
                      kit.cards.at(i).prompt.source().toUtf8());
        writeFile(dumpDir + QStringLiteral("/data.json"),
                  QJsonDocument(QJsonObject::fromVariantMap(session.templateData())).toJson());
    }
    return 0;
}

int saveload(const QString &sessionPath)
{
    const Core::Session session = loadSession(sessionPath);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/saveload-XXXXXX"));
    const QString ours = dir.filePath(QStringLiteral("ours.promptdeck"));
    const QString plain = dir.filePath(QStringLiteral("plain.promptdeck"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int runs = 9;

    if (!Core::SessionFile::save(session, ours, now, Core::SessionFile::Overwrite::Trusted))
        std::exit(1);
    QFile saved(ours);
    saved.open(QIODevice::ReadOnly);
    const QByteArray bytes = saved.readAll();
    saved.close();

    // Each save after the first also keeps the previous file as .bak.
    auto save = [&] {
        if (!Core::SessionFile::save(session, ours, now, Core::SessionFile::Overwrite::Trusted))
            std::exit(1);
    };
    auto write = [&] {
        QFile file(plain);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            std::exit(1);
    };
    auto load = [&] {
        if (!Core::SessionFile::load(ours))
            std::exit(1);
    };
    auto read = [&] {
        QFile file(plain);
        if (!file.open(QIODevice::ReadOnly) || file.readAll().size() != bytes.size())
            std::exit(1);
    };
    // What no save or load of these bytes can do without, against the same
    // floors: a save that survives a power cut waits for the disk
    // (fdatasync, as our save does), and a session in memory is QStrings,
    // so the bytes are decoded from UTF-8.
    auto durableWrite = [&] {
        QFile file(plain);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size() || !file.flush() || ::fdatasync(file.handle()) != 0)
            std::exit(1);
    };
    auto readDecode = [&] {
        QFile file(plain);
        if (!file.open(QIODevice::ReadOnly) || QString::fromUtf8(file.readAll()).isEmpty())
            std::exit(1);
    };
    // All take turns, so that figures and floors meet the disk and the
    // page cache in the same moods.
    const std::vector<std::function<void()>> work{save, write, durableWrite,
                                                  load, read,  readDecode};
    std::vector<std::vector<double>> times(work.size());
    for (int i = 0; i < runs; ++i) {
        for (size_t k = 0; k < work.size(); ++k)
            times[k].push_back(timed(work[k]));
    }
    const QString size = QStringLiteral("%1MB").arg(qRound(double(bytes.size()) / 1e6));
    const auto ms = [&times](size_t k) { return median(times[k]); };
    result(QStringLiteral("save_") + size, ms(0), ms(1), QStringLiteral("ms"));
    result(QStringLiteral("durablewrite_") + size, ms(2), ms(1), QStringLiteral("ms"));
    result(QStringLiteral("load_") + size, ms(3), ms(4), QStringLiteral("ms"));
    result(QStringLiteral("readdecode_") + size, ms(5), ms(4), QStringLiteral("ms"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PromptDeck"));
    QApplication::setApplicationName(QStringLiteral("PromptDeck"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    if (command == QLatin1String("paste") && args.size() == 2)
        return paste(args.at(1));
    if (command == QLatin1String("keystroke") && args.size() == 2)
        return keystroke(args.at(1));
    if (command == QLatin1String("render") && args.size() >= 2)
        return render(args.at(1), args.value(2));
    if (command == QLatin1String("saveload") && args.size() == 2)
        return saveload(args.at(1));
    QTextStream(stderr) << "usage: bench_promptdeck paste ANSWER | keystroke SESSION | render "
                           "SESSION [DIR] | saveload SESSION"
                        << Qt::endl;
    return 2;
}
