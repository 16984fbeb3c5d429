// The window never writes an export or a brief over the open session, and
// over another session only when the user says so; it opens no named pipe
// given as a session.
#include "guitest.h"
#include "mainwindow.h"
#include "session/sessionfile.h"
#include "testfiles.h"
#include "testseams.h"
#include "windowfixture.h"

#include <QFile>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace PromptDeck::Core;
using PromptDeck::Tests::readAll;
using PromptDeck::Tests::WindowFixture;

namespace {} // namespace

class WriteGuardTest final : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDownWindow(); }
    void export_overTheOpenSession_isRefused_data();
    void export_overTheOpenSession_isRefused();
    void export_overAnotherSession_asksFirst_data();
    void export_overAnotherSession_asksFirst();
    void saveBriefAs_overASession_asksFirst();
    void open_aNamedPipe_isRefused();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString session() const { return path(QStringLiteral("open.promptdeck")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void WriteGuardTest::init()
{
    setUpWindow();
    m_dir = std::make_unique<QTemporaryDir>();
    paste(0, QStringLiteral("# Outline"));
    m_dialogs.saveNames = {session()};
    QVERIFY(m_window->saveAs());
    QVERIFY(QFile::copy(session(), path(QStringLiteral("other.promptdeck"))));
    QVERIFY(QFile::link(session(), path(QStringLiteral("link.html"))));
}

void WriteGuardTest::export_overTheOpenSession_isRefused_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("the session") << QStringLiteral("open.promptdeck");
    QTest::newRow("a symbolic link to it") << QStringLiteral("link.html");
}

void WriteGuardTest::export_overTheOpenSession_isRefused()
{
    QFETCH(QString, target);
    const QByteArray before = readAll(session());
    for (const QString &id : {QStringLiteral("page"), QString()}) {
        QVERIFY(!m_window->exportTo(id, path(target)));
        QCOMPARE(m_dialogs.warnings.size(), 1);
        QVERIFY2(m_dialogs.warnings.takeFirst().contains(QStringLiteral("is the open session")),
                 "the warning says why");
        QVERIFY(m_dialogs.questions.isEmpty());
        QCOMPARE(readAll(session()), before);
    }
}

void WriteGuardTest::export_overAnotherSession_asksFirst_data()
{
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<bool>("replaced");
    QTest::newRow("cancelled") << QList<int>{} << false;
    QTest::newRow("replace") << QList<int>{0} << true;
}

void WriteGuardTest::export_overAnotherSession_asksFirst()
{
    QFETCH(QList<int>, answers);
    QFETCH(bool, replaced);
    const QString other = path(QStringLiteral("other.promptdeck"));
    const QByteArray before = readAll(other);
    m_dialogs.answers = answers;
    QCOMPARE(m_window->exportTo(QStringLiteral("page"), other), replaced);
    QCOMPARE(m_dialogs.questions.size(), 1);
    QVERIFY(m_dialogs.questions.first().startsWith(QStringLiteral("Replace a Session?")));
    QCOMPARE(readAll(other) == before, !replaced);
    if (replaced)
        QVERIFY(readAll(other).startsWith("<!DOCTYPE html>"));
}

void WriteGuardTest::saveBriefAs_overASession_asksFirst()
{
    const QString other = path(QStringLiteral("other.promptdeck"));
    QVERIFY(QFile::link(other, path(QStringLiteral("brief.yaml"))));
    const QByteArray before = readAll(other);
    m_dialogs.saveNames = {path(QStringLiteral("brief.yaml"))};
    QVERIFY(!m_window->saveBriefAs());
    QCOMPARE(m_dialogs.questions.size(), 1);
    QCOMPARE(readAll(other), before);
}

void WriteGuardTest::open_aNamedPipe_isRefused()
{
    const QString pipe = path(QStringLiteral("pipe.promptdeck"));
    QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    QVERIFY(!m_window->openFile(pipe));
    QVERIFY(!m_dialogs.warnings.isEmpty());
    QVERIFY2(m_dialogs.warnings.last().contains(QStringLiteral("is a named pipe (FIFO)")),
             qPrintable(m_dialogs.warnings.last()));
    QCOMPARE(m_window->document()->filePath(), session());
}

int main(int argc, char **argv)
{
    return PromptDeck::Tests::runGuiTest<WriteGuardTest>(argc, argv);
}

#include "tst_writeguard.moc"
