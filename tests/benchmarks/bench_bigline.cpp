// A session whose first answer is one line without a break opportunity,
// opened in the real window: from the window's construction to the answer
// box painted, with the next card's prompt (which quotes the answer) filled
// below it. Its
// floor is loading the file alone; for reference, what Qt takes to lay the
// same line out whole in a bare QPlainTextEdit (what the window once did:
// 20 s for 1M in the window, where each change of width did it again).
// Prints a table and, for run-benchmarks.py:
//
//   RESULT bigline_open_<size> <milliseconds> <load milliseconds> ms
//   RESULT bigline_whole_<size> <milliseconds> 0 ms
//
//   bench_bigline [CHARACTERS ...]     default: 1000000 5000000
//
// Each open should take under a second; this only says whether it did.
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
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace PromptDeck;

namespace {

QTextStream out(stdout);

constexpr double budgetMs = 1000;
constexpr qsizetype million = 1000 * qsizetype{1000};
// The whole-line reference is measured up to this size: above it Qt takes
// many seconds.
constexpr qsizetype wholeLineUpTo = million;

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void result(const QString &name, double figure, double floor)
{
    out << "RESULT " << name << ' ' << QString::number(figure, 'f', 3) << ' '
        << QString::number(floor, 'f', 3) << " ms" << Qt::endl;
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    std::exit(1);
}

// Which widgets were painted, to be sure a measurement included the paint.
class PaintWatch : public QObject
{
public:
    PaintWatch() { qApp->installEventFilter(this); }
    ~PaintWatch() override { qApp->removeEventFilter(this); }
    PaintWatch(const PaintWatch &) = delete;
    PaintWatch &operator=(const PaintWatch &) = delete;
    bool painted(const QWidget *widget) const { return m_painted.contains(widget); }

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

// One line of `characters` with no space, a two-unit character now and then.
QString unbreakableLine(qsizetype characters)
{
    QString text(characters, QLatin1Char('x'));
    for (qsizetype at = 7; at + 1 < characters; at += 9973) {
        text[at] = QChar(0xD83D);
        text[at + 1] = QChar(0xDC0D);
    }
    return text;
}

// A session of the bundled kit whose first answer is line, with the first
// two cards open, saved to file.
void writeSession(const QString &file, const QString &line)
{
    Tests::FakeClipboard clipboard;
    Tests::ScriptedDialogs dialogs;
    Gui::MainWindow window(&clipboard, &dialogs);
    window.startup();
    Core::Session session = window.document()->session();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    session.setAnswer(0, line, Core::AnswerVersion::Origin::Pasted, now);
    session.view.expandedCards = {session.kit().cards.at(0).id, session.kit().cards.at(1).id};
    if (const Core::Status saved = Core::SessionFile::save(session, file, now); !saved)
        fail(saved.errorText());
}

double openInWindow(const QString &file, const QString &line)
{
    QSettings().clear();
    QDir(Core::SessionAutosaver::untitledFolder()).removeRecursively();
    Tests::FakeClipboard clipboard;
    Tests::ScriptedDialogs dialogs;
    PaintWatch watch;
    std::unique_ptr<Gui::MainWindow> window;
    // Until the first card's answer box is painted (the deck builds a
    // card's body when it is first shown) and the second card, open below
    // it, has its prompt, which quotes the answer.
    const auto shown = [&] {
        Gui::CardWidget *first = window->deck()->card(0);
        Gui::CardWidget *second = window->deck()->card(1);
        return first && second && first->promptView() && second->promptView() &&
               watch.painted(first->answerEdit()->viewport());
    };
    QElapsedTimer limit;
    limit.start();
    const double ms = timed([&] {
        window = std::make_unique<Gui::MainWindow>(&clipboard, &dialogs);
        window->resize(1400, 900);
        window->startup(file);
        window->show();
        while (!shown()) {
            if (limit.elapsed() > qint64{600} * 1000)
                fail(QStringLiteral("the answer box was not painted"));
            QCoreApplication::processEvents();
        }
    });
    Gui::CardWidget *first = window->deck()->card(0);
    if (window->document()->filePath() != file || !first->isExpanded())
        fail(QStringLiteral("the session did not open with its first card expanded"));
    if (!window->deck()->card(1)->promptView()->promptText().contains(line))
        fail(QStringLiteral("the next card's prompt does not quote the answer"));
    if (first->answerEdit()->answerText() != line)
        fail(QStringLiteral("the answer box does not show the answer"));
    return ms;
}

double loadAlone(const QString &file)
{
    return timed([&] {
        if (const auto session = Core::SessionFile::load(file); !session)
            fail(session.errorText());
    });
}

double wholeLineInQt(const QString &line)
{
    QPlainTextEdit edit;
    edit.setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    edit.resize(900, 420);
    edit.show();
    QCoreApplication::processEvents();
    PaintWatch watch;
    const double ms = timed([&] {
        edit.setPlainText(line);
        edit.repaint();
    });
    if (!watch.painted(edit.viewport()))
        fail(QStringLiteral("the bare edit was not painted"));
    return ms;
}

QString sizeName(qsizetype characters)
{
    return characters % million == 0 ? QStringLiteral("%1M").arg(characters / million)
                                     : QString::number(characters);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PromptDeck"));
    QApplication::setApplicationName(QStringLiteral("PromptDeck bench"));
    QList<qsizetype> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QByteArray(argv[i]).toLongLong());
    if (sizes.isEmpty())
        sizes = {million, 5 * million};

    QTemporaryDir dir;
    out << "A session with one unbreakable line as its answer, opened in the window "
           "(each should open in under "
        << budgetMs << " ms)" << Qt::endl;
    for (const qsizetype characters : std::as_const(sizes)) {
        const QString line = unbreakableLine(characters);
        const QString file = dir.filePath(QStringLiteral("line-%1.promptdeck").arg(characters));
        writeSession(file, line);
        const double load = loadAlone(file);
        const double open = openInWindow(file, line);
        const double whole = characters <= wholeLineUpTo ? wholeLineInQt(line) : -1;
        const QString name = sizeName(characters);
        out << "  " << QStringLiteral("%1 characters").arg(name).leftJustified(16) << " open "
            << QString::number(open, 'f', 1).rightJustified(8) << " ms  "
            << (open < budgetMs ? "within" : "NO") << "; loading alone "
            << QString::number(load, 'f', 1) << " ms";
        if (whole >= 0)
            out << "; Qt laying it out whole: " << QString::number(whole, 'f', 1) << " ms";
        out << Qt::endl;
        result(QStringLiteral("bigline_open_") + name, open, load);
        if (whole >= 0)
            result(QStringLiteral("bigline_whole_") + name, whole, 0);
    }
    return 0;
}
