// A stand-in user for the kill tests: runs the real main window (offscreen)
// and works in it, so that another process can kill it at any moment.
//
//   faultdriver work [FILE] SEED   pastes ~1 MB answers and types into the
//                                  answer boxes of the session in FILE (or
//                                  of the untitled session), and prints
//                                  "saved CARD N" each time an autosave that
//                                  holds marker N for that card completed;
//   faultdriver restart            starts as a user would after a crash,
//                                  recovers whatever is offered, prints
//                                  "card CARD N" for the highest marker each
//                                  card holds, then closes normally.
#include "answeredit.h"
#include "carddeck.h"
#include "cardwidget.h"
#include "mainwindow.h"
#include "testseams.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace PromptDeck;
using namespace PromptDeck::Core;
using namespace PromptDeck::Gui;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int highestMarker(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("(?:marker|typed)-(\\d+)"));
    int highest = -1;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        highest = std::max(highest, match.captured(1).toInt());
    return highest;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PromptDeck"));
    QApplication::setApplicationName(QStringLiteral("PromptDeck"));
    const QStringList args = QApplication::arguments().mid(1);
    if (args.isEmpty())
        return 2;

    Tests::FakeClipboard clipboard;
    Tests::ScriptedDialogs dialogs;
    dialogs.answers = QList<int>(16, 0); // Recover, Save As…, …: the first button
    MainWindow window(&clipboard, &dialogs);
    window.autosaver()->setDelay(30);

    if (args.first() == QLatin1String("restart")) {
        window.startup();
        for (int card = 0; card < window.document()->cardCount(); ++card) {
            say(QStringLiteral("card %1 %2")
                    .arg(card)
                    .arg(highestMarker(window.document()->session().answerText(card))));
        }
        say(QStringLiteral("questions %1").arg(dialogs.questions.size()));
        // Closing keeps an untitled session for next time (the second button).
        dialogs.answers = {1};
        window.close();
        return 0;
    }

    const QString file = args.size() > 2 ? args.at(1) : QString();
    QRandomGenerator random(args.last().toUInt());
    window.startup(file);
    window.show();
    const int cards = window.document()->cardCount();
    int marker = args.last().toInt() * 1000;
    int pendingCard = -1;
    int pendingMarker = -1;
    QObject::connect(window.autosaver(), &SessionAutosaver::saved, &window, [&] {
        if (pendingCard >= 0)
            say(QStringLiteral("saved %1 %2").arg(pendingCard).arg(pendingMarker));
        pendingCard = -1;
    });
    QObject::connect(window.autosaver(), &SessionAutosaver::saveFailed, &window,
                     [&pendingCard](const QString &message) {
                         say(QStringLiteral("failed ") + message.simplified());
                         pendingCard = -1;
                     });

    QTimer step;
    QObject::connect(&step, &QTimer::timeout, &window, [&] {
        if (pendingCard >= 0)
            return; // a typed change waits for its autosave
        const int card = int(random.bounded(cards));
        ++marker;
        AnswerEdit *edit = nullptr;
        if (random.bounded(3) == 0 && window.document()->session().hasAnswer(card)) {
            window.deck()->openCard(card);
            edit = window.deck()->card(card)->answerEdit();
        }
        if (edit) {
            edit->moveCursor(QTextCursor::End);
            pendingCard = card;
            pendingMarker = marker;
            QTest::keyClicks(edit, QStringLiteral(" typed-%1").arg(marker));
            return;
        }
        QString text = QStringLiteral("marker-%1\n").arg(marker);
        const int size = 256 * 1024 + int(random.bounded(1024 * 1024));
        // Lines as an AI writes them.
        const QString line = QString(79, QLatin1Char('a' + char(marker % 26))) + QLatin1Char('\n');
        while (text.size() < size)
            text += line;
        pendingCard = card;
        pendingMarker = marker;
        clipboard.contents = text;
        window.pasteAnswer(card);
    });
    step.start(5);
    return QApplication::exec();
}
