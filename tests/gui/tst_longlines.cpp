// Megabyte lines in the window: a session whose answer is one line of a
// million characters opens, shows the answer exactly and lets it be edited
// and copied; the answer and prompt views break words anywhere they must.
// Issue 15, finding 8: such a line took 20 s to lay out (5M: 100 s).
#include "answeredit.h"
#include "carddeck.h"
#include "cardwidget.h"
#include "guitest.h"
#include "longlines.h"
#include "mainwindow.h"
#include "promptview.h"
#include "session/sessionfile.h"
#include "windowfixture.h"

#include <QClipboard>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>

using namespace PromptDeck;
using namespace PromptDeck::Core;
using namespace PromptDeck::Gui;

namespace {

// The longest paragraph of a view's document, without its break.
qsizetype longestBlock(const QTextDocument *document)
{
    qsizetype longest = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        longest = std::max(longest, qsizetype(block.length()) - 1);
    return longest;
}

// characters of text with no break opportunity, a few non-ASCII among them.
QString unbreakable(qsizetype characters)
{
    QString text(characters, QLatin1Char('x'));
    for (qsizetype at = 7; at + 1 < characters; at += 9973) {
        text[at] = QChar(0xD83D); // 🐍, a surrogate pair, now and then
        text[at + 1] = QChar(0xDC0D);
    }
    return text;
}

} // namespace

class LongLinesTest final : public QObject, public Tests::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpWindow(); }
    void cleanup() { tearDownWindow(); }

    void cut_uncut_giveBackTheText_data();
    void cut_uncut_giveBackTheText();

    void bigLineSession_opensWithTheAnswerExact_data();
    void bigLineSession_opensWithTheAnswerExact();
    void bigLine_editingAndCopying_keepTheTextExact();
    void bigLine_pastedWhole_isStoredExactlyAndShownCut();
    void pasteWithAWordJoiner_intoACutBox_keepsBoth();
};

void LongLinesTest::cut_uncut_giveBackTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isCut");
    const qsizetype piece = LongLines::maxPiece;
    QTest::newRow("short") << QStringLiteral("a short answer\nof two lines") << false;
    QTest::newRow("exactly a piece") << QString(piece, QLatin1Char('x')) << false;
    QTest::newRow("a piece and one") << QString(piece + 1, QLatin1Char('x')) << true;
    QTest::newRow("many lines of a piece")
        << (QString(piece, QLatin1Char('y')) + QStringLiteral("\n")).repeated(5) << false;
    QTest::newRow("words") << QStringLiteral("word ").repeated(10 * piece) << true;
    QTest::newRow("surrogate pairs") << QStringLiteral("🐍").repeated(3 * piece) << true;
    QTest::newRow("a pair across the piece's end")
        << QString(piece - 1, QLatin1Char('x')) + QStringLiteral("🐍🐍") << true;
    QTest::newRow("CR, LF and CRLF")
        << (QString(piece + 5, QLatin1Char('z')) + QStringLiteral("\r\n\r")).repeated(3) +
               QString(3 * piece, QLatin1Char('z')) + QStringLiteral("\n")
        << true;
    QTest::newRow("its own word joiner")
        << QString(3 * piece, QLatin1Char('x')) + QStringLiteral("\u2060\n") << false;
}

void LongLinesTest::cut_uncut_giveBackTheText()
{
    QFETCH(QString, text);
    QFETCH(bool, isCut);
    QList<qsizetype> cuts;
    const QString shown = LongLines::cut(text, &cuts);
    QCOMPARE(!cuts.isEmpty(), isCut);
    QCOMPARE(shown.size(), text.size() + cuts.size() * LongLines::cutMark.size());
    if (!isCut)
        return;
    QCOMPARE(LongLines::uncut(shown), text);
    for (const qsizetype at : std::as_const(cuts))
        QVERIFY(!text.at(at).isLowSurrogate());
    // A piece and the joiner of its cut, between line breaks of any kind.
    for (const QString &line : shown.split(QRegularExpression(QStringLiteral("[\r\n]"))))
        QVERIFY(line.size() <= LongLines::maxPiece + 1);
}

void LongLinesTest::bigLineSession_opensWithTheAnswerExact_data()
{
    QTest::addColumn<qsizetype>("characters");
    QTest::newRow("1M") << qsizetype(1000 * 1000);
    QTest::newRow("5M") << qsizetype(5000 * 1000);
}

void LongLinesTest::bigLineSession_opensWithTheAnswerExact()
{
    QFETCH(qsizetype, characters);
    const QString text = unbreakable(characters);
    Session session = m_window->document()->session();
    session.setAnswer(0, text, AnswerVersion::Origin::Pasted, QDateTime::currentDateTimeUtc());
    session.view.expandedCards = {session.kit().cards.at(0).id, session.kit().cards.at(1).id};
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("big-line.promptdeck"));
    QVERIFY(SessionFile::save(session, file, QDateTime::currentDateTimeUtc()).ok());

    tearDownWindow();
    m_window = makeWindow(file);
    QCOMPARE(m_window->document()->filePath(), file);
    AnswerEdit *edit = card(0)->answerEdit();
    QVERIFY(card(0)->isExpanded());
    QCOMPARE(edit->answerText(), text);
    QCOMPARE(edit->wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
    QVERIFY(longestBlock(edit->document()) <= LongLines::maxPiece + 1);

    // The next card's prompt quotes the answer, cut the same way.
    PromptView *prompt = card(1)->promptView();
    QVERIFY(prompt);
    QVERIFY(prompt->promptText().contains(text));
    QCOMPARE(prompt->wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
    QVERIFY(longestBlock(prompt->document()) <= LongLines::maxPiece + 1);
    QVERIFY(!m_window->document()->isModified());
}

void LongLinesTest::bigLine_editingAndCopying_keepTheTextExact()
{
    const QString text = unbreakable(qsizetype(1000) * 1000);
    paste(0, text);
    QCOMPARE(m_window->document()->session().answerText(0), text);
    AnswerEdit *edit = card(0)->answerEdit();
    QVERIFY(longestBlock(edit->document()) <= LongLines::maxPiece + 1);

    // Typing at the start of the second piece, and deleting the line break
    // of the cut before it, changes only what was typed.
    edit->setFocus();
    QTextCursor cursor(edit->document()->findBlockByNumber(1));
    edit->setTextCursor(cursor);
    QTest::keyClicks(edit, QStringLiteral("AB"));
    QTest::keyClick(edit, Qt::Key_Home);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QString typed = text;
    const qsizetype at = LongLines::maxPiece;
    typed.insert(at, QStringLiteral("AB"));
    QCOMPARE(edit->answerText(), typed);
    QTRY_COMPARE(m_window->document()->session().answerText(0), typed);

    // What the box copies is the answer, not the cuts.
    edit->selectAll();
    edit->copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), typed);
}

void LongLinesTest::bigLine_pastedWhole_isStoredExactlyAndShownCut()
{
    const QString text =
        QStringLiteral("🐍 ") + unbreakable(qsizetype(2) * 1000 * 1000) + QStringLiteral("\r\n");
    AnswerEdit *edit = card(0)->answerEdit();
    edit->setFocus();
    QGuiApplication::clipboard()->setText(text);
    edit->paste();
    const std::optional<AnswerVersion> &stored = m_window->document()->session().record(0).answer;
    QVERIFY(stored);
    QCOMPARE(stored->text, text);
    QCOMPARE(stored->origin, AnswerVersion::Origin::Pasted);
    QVERIFY(longestBlock(edit->document()) <= LongLines::maxPiece + 1);
    // The box holds the answer as a text box has it: a CRLF is one break.
    QCOMPARE(edit->answerText(),
             QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
}

void LongLinesTest::pasteWithAWordJoiner_intoACutBox_keepsBoth()
{
    const QString text = unbreakable(qsizetype(100) * 1000);
    paste(0, text);
    AnswerEdit *edit = card(0)->answerEdit();
    QVERIFY(edit->document()->blockCount() > 1);
    // A paste at the end, of text that holds a WORD JOINER of its own.
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    const QString joined = QStringLiteral("one\u2060two\u2060\nthree");
    QGuiApplication::clipboard()->setText(joined);
    edit->paste();
    QCOMPARE(edit->answerText(), text + joined);
    QTRY_COMPARE(m_window->document()->session().answerText(0), text + joined);
}

int main(int argc, char **argv)
{
    return PromptDeck::Tests::runGuiTest<LongLinesTest>(argc, argv);
}

#include "tst_longlines.moc"
