// Translations: no user-visible string is left out. Every string the
// sources pass to tr() is in each committed .ts file with a finished
// translation that keeps its placeholders, mnemonics and shortcuts; no
// prose reaches the user without tr(); and with the German translation
// loaded, the window's menus and buttons and the command line's messages
// are German.
#include "commandline.h"
#include "mainwindow.h"
#include "testseams.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace PromptDeck;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "unfinished", "vanished", "obsolete" or empty
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText();
            messages.append(current);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^& ]"));
    return mnemonic.match(text).hasMatch();
}

QStringList tsFiles()
{
    QStringList files;
    for (const QString &name : QStringLiteral(PROMPTDECK_TS_FILES).split(QLatin1Char(';')))
        files.append(name);
    return files;
}

} // namespace

class TranslationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessage_isTranslatedWithItsPlaceholders_data();
    void everyMessage_isTranslatedWithItsPlaceholders();
    void tsFiles_holdExactlyTheStringsOfTheSources();
    void sources_passNoProseAroundTr();
    void german_windowMenusAndButtonsAreGerman();
    void german_commandLineSpeaksGerman();
};

void TranslationsTest::everyMessage_isTranslatedWithItsPlaceholders_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TranslationsTest::everyMessage_isTranslatedWithItsPlaceholders()
{
    QFETCH(QString, file);
    const QList<Message> messages = readTs(file);
    QVERIFY2(messages.size() > 500, qPrintable(file));
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (!m.type.isEmpty() || m.translation.isEmpty())
            problems.append(where + QStringLiteral(" — not translated (") + m.type + u')');
        else if (placeholders(m.source) != placeholders(m.translation))
            problems.append(where + QStringLiteral(" — placeholders differ"));
        else if (hasMnemonic(m.source) != hasMnemonic(m.translation))
            problems.append(where + QStringLiteral(" — the & mnemonic is lost or added"));
        else if (m.source.startsWith(QStringLiteral("Ctrl+")) && m.translation != m.source)
            problems.append(where + QStringLiteral(" — a shortcut must stay as it is"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::tsFiles_holdExactlyTheStringsOfTheSources()
{
    // What lupdate finds in the sources now, against what the .ts files hold.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(PROMPTDECK_SOURCE_DIR));
    lupdate.start(QStringLiteral(PROMPTDECK_LUPDATE),
                  {QStringLiteral("core"), QStringLiteral("content"), QStringLiteral("app"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QSet<QString> inSources;
    for (const Message &m : readTs(fresh))
        inSources.insert(m.context + u'\x1f' + m.source);
    QVERIFY(inSources.size() > 500);
    for (const QString &file : tsFiles()) {
        QSet<QString> inFile;
        for (const Message &m : readTs(file))
            inFile.insert(m.context + u'\x1f' + m.source);
        const QStringList missing = (inSources - inFile).values();
        const QStringList extra = (inFile - inSources).values();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 lacks (run the update_translations target):\n%2")
                                .arg(file, missing.join(u'\n'))));
        QVERIFY2(extra.isEmpty(),
                 qPrintable(QStringLiteral("%1 holds strings the sources no longer have:\n%2")
                                .arg(file, extra.join(u'\n'))));
    }
}

void TranslationsTest::sources_passNoProseAroundTr()
{
    // With Qt's string-safety defines a string reaches the user through
    // tr() or through an explicit literal; a literal that reads like prose
    // (two words in lower case; style sheets and templates aside) is a
    // string that escaped translation. The page importer's patterns match
    // the English page, not the user's language.
    static const QRegularExpression prose(
        QStringLiteral("(QStringLiteral|QLatin1String|QLatin1StringView|u)\\(?\"([^\"{]*[A-Za-z][a-"
                       "z]+ [a-z]{2,}[^\"{]*)\""));
    const QStringList allowedFiles{QStringLiteral("core/import/bulletsplit.cpp"),
                                   QStringLiteral("core/import/pagetext.cpp")};
    QStringList found;
    for (const QString &folder :
         {QStringLiteral("core"), QStringLiteral("content"), QStringLiteral("app")}) {
        QDirIterator it(QStringLiteral(PROMPTDECK_SOURCE_DIR "/") + folder,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(QStringLiteral(PROMPTDECK_SOURCE_DIR "/").size());
            if (allowedFiles.contains(relative))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            int line = 0;
            while (!file.atEnd()) {
                const QString text = QString::fromUtf8(file.readLine());
                ++line;
                if (text.trimmed().startsWith(QStringLiteral("//")) ||
                    text.contains(QStringLiteral("qC")))
                    continue;
                for (const QRegularExpressionMatch &match : prose.globalMatch(text)) {
                    if (match.captured(2).contains(QStringLiteral("--")))
                        continue; // command syntax, typed as it is in any language
                    found.append(
                        QStringLiteral("%1:%2: %3").arg(relative).arg(line).arg(match.captured(2)));
                }
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TranslationsTest::german_windowMenusAndButtonsAreGerman()
{
    const QString language = installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(language.startsWith(QStringLiteral("de")), qPrintable(language));
    Tests::FakeClipboard clipboard;
    Tests::ScriptedDialogs dialogs;
    Gui::MainWindow window(&clipboard, &dialogs);
    window.startup();
    window.show();
    QStringList english;
    QStringList texts;
    for (QAction *action : window.menuBar()->actions())
        texts.append(action->text());
    for (QAction *action : window.findChildren<QAction *>())
        texts.append(action->text());
    for (QPushButton *button : window.findChildren<QPushButton *>())
        texts.append(button->text());
    texts.removeAll(QString());
    QVERIFY(texts.size() > 30);
    // Each of these texts is a translated string: none may be its English
    // source (the few words that are the same in German aside).
    QSet<QString> sources;
    for (const Message &m : readTs(tsFiles().first())) {
        if (m.source != m.translation)
            sources.insert(m.source);
    }
    for (const QString &text : std::as_const(texts)) {
        if (sources.contains(text))
            english.append(text);
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));
    QVERIFY(texts.contains(QStringLiteral("&Datei")));
    QVERIFY(texts.contains(QStringLiteral("Prompt kopieren")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("progressLabel"))->text(),
             QStringLiteral("0 von 12 beantwortet"));
    window.close();
}

void TranslationsTest::german_commandLineSpeaksGerman()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PROMPTDECK_BINARY), {QStringLiteral("cards")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("geben Sie eine Sitzungsdatei an")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("„promptdeck --help“ zeigt, wie der Aufruf geht.")),
             qPrintable(err));

    process.start(QStringLiteral(PROMPTDECK_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("Befehle (sie brauchen keinen Bildschirm):")),
             qPrintable(help));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PromptDeckTests"));
    QApplication::setApplicationName(QStringLiteral("PromptDeckTranslations"));
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    TranslationsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
