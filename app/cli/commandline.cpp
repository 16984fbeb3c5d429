#include "commandline.h"

#include "kit/briefloader.h"
#include "kit/briefwriter.h"
#include "bundledcontent.h"
#include "base/inputlimits.h"
#include "kit/kitloader.h"
#include "models/librarymodel.h"
#include "map/maploader.h"
#include "mustache/mustacherenderer.h"
#include "import/pageimporter.h"
#include "io/safefilewriter.h"
#include "session/sessionexporter.h"
#include "session/sessionfile.h"
#include "session/sessionserializer.h"
#include "text/textstats.h"
#include "yaml/yamlreader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

void printDiagnostics(QTextStream &err, const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        err << d.toString() << '\n';
    err.flush();
}

// A card named by its id or its 1-based number.
int findCard(const Kit &kit, const QString &name)
{
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    if (isNumber)
        return (number >= 1 && number <= kit.cards.size()) ? number - 1 : -1;
    return kit.cardIndex(name);
}

QString cardList(const Kit &kit)
{
    QStringList ids;
    for (int i = 0; i < kit.cards.size(); ++i)
        ids.append(QStringLiteral("%1 %2").arg(i + 1).arg(kit.cards.at(i).id));
    return ids.join(QStringLiteral(", "));
}

} // namespace

CommandLine::CommandLine(QIODevice *in, QIODevice *out, QTextStream &err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

QStringList CommandLine::subcommands()
{
    static const QStringList names =
        QStringLiteral(
            "new cards prompt answer check export validate template import-brief library")
            .split(QLatin1Char(' '));
    return names;
}

bool CommandLine::isSubcommand(const QStringList &arguments)
{
    return !arguments.isEmpty() && subcommands().contains(arguments.first());
}

QString CommandLine::commandsHelp()
{
    // The syntax stays as typed; each description is translated on its own,
    // and the columns are laid out here, whatever the language.
    const QList<std::pair<QString, QString>> commands{
        {QStringLiteral("new [--kit K] [--brief B] -o FILE"),
         tr("start a session (K, B: a file, or a bundled name)")},
        {QStringLiteral("new --map MAP.yaml --article N [-o FILE]"),
         tr("start a map article's session, next to the map")},
        {QStringLiteral("cards FILE"),
         tr("list cards: number, id, phase, state, depends on, title")},
        {QStringLiteral("prompt FILE CARD"), tr("print the filled prompt of a card")},
        {QStringLiteral("answer FILE CARD [PATH|-]"), tr("store an answer (from a file or stdin)")},
        {QStringLiteral("check FILE [CARD]"), tr("run the answer checks, print the results")},
        {QStringLiteral("export FILE --format md|html|txt|json [--export ID] [-o OUT]"),
         tr("the article, the social posts, or the whole session")},
        {QStringLiteral("validate [--kit K] PATH..."), tr("check kits, briefs, maps and sessions")},
        {QStringLiteral("import-brief PAGE.txt [-o OUT]"),
         tr("a brief from a topical-map page's text (- for stdin)")},
        {QStringLiteral("library MAP.yaml"), tr("a topical map's articles and where each stands")},
        {QStringLiteral("template TPL --data DATA.json [--partials DIR] [--escape html|none]"),
         tr("render a Mustache template")},
    };
    constexpr qsizetype column = 42;
    QString text = tr("Commands (they need no display):") + QLatin1Char('\n');
    for (const auto &[syntax, description] : commands) {
        const QString line = QStringLiteral("  promptdeck ") + syntax;
        text += line.size() < column
                    ? line.leftJustified(column) + description
                    : line + QLatin1Char('\n') + QString(column, u' ') + description;
        text += QLatin1Char('\n');
    }
    text += tr("CARD is a card's id or its number. Bundled kits: %1. Bundled briefs: %2.")
                .arg(BundledContent::kitNames().join(QStringLiteral(", ")),
                     BundledContent::briefNames().join(QStringLiteral(", ")));
    text += QLatin1Char('\n');
    text += tr("Exit codes: 0 success, 1 invalid input (or, for check, a warning or failure), 2 "
               "usage error.");
    return text + QLatin1Char('\n');
}

int CommandLine::usageError(const QString &command, const QString &message)
{
    m_err << QStringLiteral("promptdeck %1: ").arg(command) << message << '\n'
          << tr("Run 'promptdeck --help' for usage.") << '\n';
    m_err.flush();
    return UsageError;
}

void CommandLine::write(const QString &text)
{
    writeBytes(text.toUtf8());
}

void CommandLine::writeBytes(const QByteArray &bytes)
{
    m_out->write(bytes);
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.isEmpty() || !subcommands().contains(arguments.first())) {
        const QString what = arguments.isEmpty() ? QString() : arguments.first();
        m_err << (what.isEmpty() ? tr("no command given") : tr("unknown command '%1'").arg(what))
              << "\n\n"
              << commandsHelp();
        m_err.flush();
        return UsageError;
    }
    const QString command = arguments.first();
    const QStringList args = arguments.mid(1);
    if (command == QLatin1String("new"))
        return runNew(args);
    if (command == QLatin1String("cards"))
        return runCards(args);
    if (command == QLatin1String("prompt"))
        return runPrompt(args);
    if (command == QLatin1String("answer"))
        return runAnswer(args);
    if (command == QLatin1String("validate"))
        return runValidate(args);
    if (command == QLatin1String("check"))
        return runCheck(args);
    if (command == QLatin1String("export"))
        return runExport(args);
    if (command == QLatin1String("import-brief"))
        return runImportBrief(args);
    if (command == QLatin1String("library"))
        return runLibrary(args);
    return runTemplate(args);
}

int CommandLine::runNew(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption kitOption(QStringLiteral("kit"), tr("Kit: a bundled name or a file."),
                                       QStringLiteral("K"), BundledContent::defaultKit.toString());
    const QCommandLineOption briefOption(
        QStringLiteral("brief"), tr("Brief: a bundled name or a file."), QStringLiteral("B"),
        BundledContent::defaultBrief.toString());
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       tr("The session file to create."), QStringLiteral("FILE"));
    const QCommandLineOption mapOption(QStringLiteral("map"), tr("A topical map."),
                                       QStringLiteral("MAP.yaml"));
    const QCommandLineOption articleOption(QStringLiteral("article"),
                                           tr("The map's article, by number or title."),
                                           QStringLiteral("N"));
    parser.addOptions({kitOption, briefOption, outOption, mapOption, articleOption});
    if (!parser.parse(QStringList{QStringLiteral("new")} + args))
        return usageError(QStringLiteral("new"), parser.errorText());
    if (parser.isSet(mapOption) || parser.isSet(articleOption)) {
        if (!parser.isSet(mapOption) || !parser.isSet(articleOption))
            return usageError(QStringLiteral("new"), tr("--map and --article go together"));
        return newFromMap(parser.value(mapOption), parser.value(articleOption),
                          parser.value(outOption));
    }
    if (!parser.isSet(outOption))
        return usageError(QStringLiteral("new"), tr("say where to create the session: -o FILE"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("new"),
                          tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    const QString output = parser.value(outOption);
    if (QFileInfo(output).exists() || QFileInfo(output).isSymLink()) {
        m_err << tr("%1: the file already exists; 'new' never replaces a file. Choose another "
                    "name.")
                     .arg(output)
              << '\n';
        return Failure;
    }
    Diagnostics warnings;
    QString kitOrigin;
    Result<KitPtr> kit = BundledContent::loadKit(parser.value(kitOption), &kitOrigin, &warnings);
    if (!kit) {
        printDiagnostics(m_err, warnings + kit.errors());
        return Failure;
    }
    QString briefOrigin;
    Result<Brief> brief =
        BundledContent::loadBrief(parser.value(briefOption), *kit.value(), &briefOrigin, &warnings);
    printDiagnostics(m_err, warnings);
    if (!brief) {
        printDiagnostics(m_err, brief.errors());
        return Failure;
    }
    Session session(kit.value(), brief.value(), m_clock());
    session.kitOrigin = kitOrigin;
    session.briefOrigin = briefOrigin;
    if (const Status saved = SessionFile::save(session, output, m_clock()); !saved) {
        printDiagnostics(m_err, saved.errors());
        return Failure;
    }
    const Kit &k = *kit.value();
    write(tr("Created %1: kit '%2' (cards: %3, phases: %4), brief '%5'.\n")
              .arg(output, k.name)
              .arg(k.cards.size())
              .arg(k.phases.size())
              .arg(brief.value().displayTitle(k.fieldKeys())));
    return Success;
}

int CommandLine::runCards(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(QStringLiteral("cards"), tr("give one session file"));
    Diagnostics warnings;
    Result<Session> loaded = SessionFile::load(args.first(), &warnings);
    printDiagnostics(m_err, warnings);
    if (!loaded) {
        printDiagnostics(m_err, loaded.errors());
        return Failure;
    }
    const Session &session = loaded.value();
    const Kit &kit = session.kit();
    qsizetype idWidth = 0;
    qsizetype phaseWidth = 0;
    qsizetype dependsWidth = 1;
    for (const CardDef &card : kit.cards) {
        idWidth = std::max(idWidth, card.id.size());
        phaseWidth = std::max(phaseWidth, card.phase.size());
        dependsWidth = std::max(dependsWidth, card.dependsOn.join(QLatin1Char(',')).size());
    }
    const int numberWidth = int(QString::number(kit.cards.size()).size());
    QString text;
    for (int i = 0; i < kit.cards.size(); ++i) {
        const CardDef &card = kit.cards.at(i);
        const QString depends =
            card.dependsOn.isEmpty() ? QStringLiteral("-") : card.dependsOn.join(QLatin1Char(','));
        text += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                    .arg(i + 1, numberWidth)
                    .arg(card.id, -int(idWidth))
                    .arg(card.phase, -int(phaseWidth))
                    .arg(cardStateId(session.status(i).state), -8)
                    .arg(depends, -int(dependsWidth))
                    .arg(card.title);
    }
    write(text);
    return Success;
}

int CommandLine::runPrompt(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(QStringLiteral("prompt"), tr("give a session file and a card"));
    Diagnostics warnings;
    Result<Session> loaded = SessionFile::load(args.at(0), &warnings);
    printDiagnostics(m_err, warnings);
    if (!loaded) {
        printDiagnostics(m_err, loaded.errors());
        return Failure;
    }
    const Session &session = loaded.value();
    const int index = findCard(session.kit(), args.at(1));
    if (index < 0) {
        m_err << tr("%1: no card '%2'; the cards are: %3")
                     .arg(args.at(0), args.at(1), cardList(session.kit()))
              << '\n';
        return Failure;
    }
    Result<RenderedText> prompt = session.renderPrompt(index);
    if (!prompt) {
        printDiagnostics(m_err, prompt.errors());
        return Failure;
    }
    const CardStatus status = session.status(index);
    if (status.state == CardState::Waiting) {
        QStringList missing;
        for (const QString &id : status.missing)
            missing.append(session.kit().cardLabel(session.kit().cardIndex(id)));
        m_err << tr("note: card %1 is waiting for the answer to %2; the prompt marks where it "
                    "goes.")
                     .arg(index + 1)
                     .arg(missing.join(QStringLiteral("; ")))
              << '\n';
        m_err.flush();
    }
    write(prompt.value().text);
    return Success;
}

int CommandLine::runAnswer(const QStringList &args)
{
    if (args.size() < 2 || args.size() > 3)
        return usageError(QStringLiteral("answer"),
                          tr("give a session file, a card, and a file to read (or - for standard "
                             "input)"));
    const QString path = args.at(0);
    Diagnostics warnings;
    Result<Session> loaded = SessionFile::load(path, &warnings);
    printDiagnostics(m_err, warnings);
    if (!loaded) {
        printDiagnostics(m_err, loaded.errors());
        return Failure;
    }
    Session session = std::move(loaded).value();
    const int index = findCard(session.kit(), args.at(1));
    if (index < 0) {
        m_err << tr("%1: no card '%2'; the cards are: %3")
                     .arg(path, args.at(1), cardList(session.kit()))
              << '\n';
        return Failure;
    }

    const QString source = args.size() == 3 ? args.at(2) : QStringLiteral("-");
    const qint64 maxBytes = qint64(Limits::maxAnswerChars) * 3;
    Result<SourceText> text = [&]() -> Result<SourceText> {
        if (source != QLatin1String("-"))
            return SourceText::readFile(source, maxBytes, tr("answer"));
        const QByteArray bytes = m_in->read(maxBytes + 1);
        if (bytes.size() > maxBytes)
            return Diagnostic::error(tr("standard input"), 0, 0, tr("the answer is too large"));
        return SourceText(tr("standard input"), bytes);
    }();
    if (!text) {
        printDiagnostics(m_err, text.errors());
        return Failure;
    }
    if (const Status encoding = text.value().checkEncoding(); !encoding) {
        printDiagnostics(m_err, encoding.errors());
        return Failure;
    }
    const QString answer = text.value().text();
    if (const Status size = Session::checkAnswerSize(answer.size()); !size) {
        m_err << text.value().name() << ": " << size.error().message << '\n';
        return Failure;
    }
    if (answer.trimmed().isEmpty()) {
        m_err << tr("%1: the answer is empty; nothing was stored").arg(text.value().name()) << '\n';
        return Failure;
    }

    QList<CardState> before;
    for (int i = 0; i < session.cardCount(); ++i)
        before.append(session.status(i).state);
    const bool changed =
        session.setAnswer(index, answer, AnswerVersion::Origin::Imported, m_clock());
    if (changed) {
        if (const Status saved =
                SessionFile::save(session, path, m_clock(), SessionFile::Overwrite::Trusted);
            !saved) {
            printDiagnostics(m_err, saved.errors());
            return Failure;
        }
    }
    const QLocale locale;
    QString report =
        changed ? tr("Stored the answer to %1 (characters: %2, words: %3).\n")
                      .arg(session.kit().cardLabel(index), locale.toString(countCharacters(answer)),
                           locale.toString(countWords(answer)))
                : tr("The answer to %1 is already this text; nothing changed.\n")
                      .arg(session.kit().cardLabel(index));
    for (int i = 0; i < session.cardCount(); ++i) {
        const CardState now = session.status(i).state;
        if (now != before.at(i)) {
            report +=
                tr("Card %1 (%2): %3 → %4\n")
                    .arg(i + 1)
                    .arg(session.kit().cards.at(i).id, cardStateId(before.at(i)), cardStateId(now));
        }
    }
    write(report);
    return Success;
}

int CommandLine::runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption kitOption(QStringLiteral("kit"),
                                       tr("Check briefs against this kit (a bundled name or a "
                                          "file)."),
                                       QStringLiteral("K"), BundledContent::defaultKit.toString());
    parser.addOption(kitOption);
    if (!parser.parse(QStringList{QStringLiteral("validate")} + args))
        return usageError(QStringLiteral("validate"), parser.errorText());
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(QStringLiteral("validate"), tr("give at least one file to check"));

    KitPtr briefKit;
    int failures = 0;
    for (const QString &path : paths) {
        Diagnostics warnings;
        QString summary;
        Diagnostics errors;
        const bool isSession = path.endsWith(QStringLiteral(".promptdeck"));
        Result<SourceText> source = SourceText::readFile(
            path, isSession ? Limits::maxSessionFileBytes : Limits::maxYamlFileBytes,
            isSession ? tr("session") : tr("YAML file"));
        if (!source) {
            errors = source.errors();
        } else if (isSession || source.value().bytes().trimmed().startsWith('{')) {
            Result<Session> session = SessionSerializer::fromJson(source.value(), &warnings);
            if (session) {
                int answered = 0;
                for (int i = 0; i < session.value().cardCount(); ++i)
                    answered += session.value().hasAnswer(i) ? 1 : 0;
                summary = tr("session with kit '%1', answered: %2 of %3")
                              .arg(session.value().kit().id)
                              .arg(answered)
                              .arg(session.value().cardCount());
            } else {
                errors = session.errors();
            }
        } else if (Result<YamlNode> root = YamlReader::parse(source.value()); !root) {
            errors = root.errors();
        } else if (root.value().isMap() && root.value().find(u"groups")) {
            Result<TopicalMap> map = MapLoader::load(source.value(), path, &warnings);
            Result<KitPtr> mapKit =
                map ? BundledContent::loadKit(map.value().kit, nullptr, &warnings)
                    : Result<KitPtr>(map.errors());
            if (!mapKit) {
                errors = mapKit.errors();
            } else {
                // Every article's brief is read as a session would read it.
                int complete = 0;
                for (int i = 0; i < map.value().articles.size(); ++i) {
                    Result<Brief> brief = map.value().briefFor(i, *mapKit.value(), &warnings);
                    if (!brief)
                        errors.append(brief.errors());
                    else if (BriefLoader::missingRequired(brief.value(), *mapKit.value()).isEmpty())
                        ++complete;
                }
                summary = tr("map '%1', groups: %2, articles: %3, complete briefs: %4")
                              .arg(map.value().name)
                              .arg(map.value().groups.size())
                              .arg(map.value().articles.size())
                              .arg(complete);
            }
        } else if (root.value().isMap() && root.value().find(u"kit")) {
            Result<KitPtr> kit = KitLoader::load(source.value(), &warnings);
            if (kit) {
                summary = tr("kit '%1', cards: %2, phases: %3")
                              .arg(kit.value()->id)
                              .arg(kit.value()->cards.size())
                              .arg(kit.value()->phases.size());
            } else {
                errors = kit.errors();
            }
        } else {
            if (!briefKit) {
                Result<KitPtr> kit = BundledContent::loadKit(parser.value(kitOption));
                if (!kit) {
                    printDiagnostics(m_err, kit.errors());
                    return Failure;
                }
                briefKit = kit.value();
            }
            Result<Brief> brief =
                BriefLoader::fromYaml(root.value(), source.value().name(), *briefKit, &warnings);
            if (brief) {
                summary = tr("brief '%1' for kit '%2'")
                              .arg(brief.value().displayTitle(briefKit->fieldKeys()), briefKit->id);
            } else {
                errors = brief.errors();
            }
        }
        printDiagnostics(m_err, warnings);
        if (!errors.isEmpty()) {
            printDiagnostics(m_err, errors);
            ++failures;
        } else {
            write(tr("%1: ok (%2)\n").arg(path, summary));
        }
    }
    return failures == 0 ? Success : Failure;
}

int CommandLine::runCheck(const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return usageError(QStringLiteral("check"),
                          tr("give a session file and, if you like, a card"));
    Diagnostics warnings;
    Result<Session> loaded = SessionFile::load(args.first(), &warnings);
    printDiagnostics(m_err, warnings);
    if (!loaded) {
        printDiagnostics(m_err, loaded.errors());
        return Failure;
    }
    const Session &session = loaded.value();
    const Kit &kit = session.kit();
    QList<int> cards;
    if (args.size() == 2) {
        const int index = findCard(kit, args.at(1));
        if (index < 0) {
            m_err << tr("%1: no card '%2'; the cards are: %3")
                         .arg(args.first(), args.at(1), cardList(kit))
                  << '\n';
            return Failure;
        }
        cards.append(index);
    } else {
        for (int i = 0; i < kit.cards.size(); ++i)
            cards.append(i);
    }
    qsizetype idWidth = 0;
    for (int i : std::as_const(cards))
        idWidth = std::max(idWidth, kit.cards.at(i).id.size());
    int counts[3] = {0, 0, 0};
    QString text;
    for (int i : std::as_const(cards)) {
        const QString prefix =
            QStringLiteral("%1  %2  ").arg(i + 1, 2).arg(kit.cards.at(i).id, -int(idWidth));
        if (!session.hasAnswer(i)) {
            text += prefix + tr("-     no answer yet") + QLatin1Char('\n');
            continue;
        }
        const QList<CheckResult> results = session.checkResults(i);
        if (results.isEmpty())
            text += prefix + tr("-     this card has no checks") + QLatin1Char('\n');
        for (const CheckResult &result : results) {
            ++counts[int(result.level)];
            text += prefix + QStringLiteral("%1  ").arg(checkLevelId(result.level), -4) +
                    result.message + QLatin1Char('\n');
        }
    }
    text += tr("pass: %1, warn: %2, fail: %3\n").arg(counts[0]).arg(counts[1]).arg(counts[2]);
    write(text);
    return counts[1] + counts[2] == 0 ? Success : Failure;
}

int CommandLine::runExport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("md, html, txt (the kit's exports) or json (the "
                                             "whole session)."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption exportOption(QStringLiteral("export"), tr("A kit export, by its id."),
                                          QStringLiteral("ID"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       tr("Write to this file instead of standard output."),
                                       QStringLiteral("OUT"));
    parser.addOptions({formatOption, exportOption, outOption});
    if (!parser.parse(QStringList{QStringLiteral("export")} + args))
        return usageError(QStringLiteral("export"), parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("export"), tr("give one session file"));
    const QString format = parser.value(formatOption);
    static const QStringList formats{QStringLiteral("md"), QStringLiteral("html"),
                                     QStringLiteral("txt"), QStringLiteral("json")};
    if (!parser.isSet(exportOption) && !formats.contains(format))
        return usageError(QStringLiteral("export"), tr("--format is md, html, txt or json"));

    const QString path = parser.positionalArguments().first();
    Diagnostics warnings;
    Result<Session> loaded = SessionFile::load(path, &warnings);
    printDiagnostics(m_err, warnings);
    if (!loaded) {
        printDiagnostics(m_err, loaded.errors());
        return Failure;
    }
    const SessionExporter exporter(loaded.value());
    QByteArray bytes;
    if (format == QLatin1String("json") && !parser.isSet(exportOption)) {
        bytes = exporter.toJson(m_clock());
    } else {
        const ExportDef *def = parser.isSet(exportOption)
                                   ? exporter.exportById(parser.value(exportOption))
                                   : exporter.exportFor(format);
        if (!def) {
            QStringList available;
            for (const ExportDef &e : loaded.value().kit().exports)
                available.append(QStringLiteral("%1 (%2)").arg(e.id, e.format));
            m_err << tr("%1: the kit has no such export; it has: %2")
                         .arg(path, available.isEmpty() ? tr("none")
                                                        : available.join(QStringLiteral(", ")))
                  << '\n';
            return Failure;
        }
        Result<QString> rendered = exporter.render(*def);
        if (!rendered) {
            printDiagnostics(m_err, rendered.errors());
            return Failure;
        }
        bytes = rendered.value().toUtf8();
    }
    if (!parser.isSet(outOption)) {
        writeBytes(bytes);
        return Success;
    }
    if (const Status saved = SafeFileWriter::write(parser.value(outOption), bytes); !saved) {
        printDiagnostics(m_err, saved.errors());
        return Failure;
    }
    m_err << tr("Wrote %1.").arg(parser.value(outOption)) << '\n';
    return Success;
}

int CommandLine::newFromMap(const QString &mapPath, const QString &articleName,
                            const QString &output)
{
    Diagnostics warnings;
    Result<TopicalMap> map = MapLoader::loadFile(mapPath, &warnings);
    printDiagnostics(m_err, warnings);
    if (!map) {
        printDiagnostics(m_err, map.errors());
        return Failure;
    }
    const TopicalMap &m = map.value();
    bool isNumber = false;
    int index = articleName.toInt(&isNumber) - 1;
    if (!isNumber) {
        index = -1;
        for (int i = 0; i < m.articles.size(); ++i) {
            if (m.articles.at(i).title.compare(articleName, Qt::CaseInsensitive) == 0)
                index = i;
        }
    }
    if (index < 0 || index >= m.articles.size()) {
        m_err << tr("%1: no article '%2'; 'promptdeck library %1' lists them")
                     .arg(mapPath, articleName)
              << '\n';
        return Failure;
    }
    QString kitOrigin;
    Result<KitPtr> kit = BundledContent::loadKit(m.kit, &kitOrigin, &warnings);
    if (!kit) {
        printDiagnostics(m_err, kit.errors());
        return Failure;
    }
    Result<Brief> brief = m.briefFor(index, *kit.value(), &warnings);
    if (!brief) {
        printDiagnostics(m_err, brief.errors());
        return Failure;
    }
    const QStringList missing = BriefLoader::missingRequired(brief.value(), *kit.value());
    if (!missing.isEmpty()) {
        m_err << tr("%1: the brief of '%2' lacks %3; add them to the map (brief: or brief_file:), "
                    "or start "
                    "the article in the window")
                     .arg(mapPath, m.articles.at(index).title, missing.join(QStringLiteral(", ")))
              << '\n';
        return Failure;
    }
    const QString file = output.isEmpty() ? m.articles.at(index).sessionFile : output;
    if (QFileInfo::exists(file)) {
        m_err << tr("%1: the file already exists; 'new' never replaces a file").arg(file) << '\n';
        return Failure;
    }
    Session session(kit.value(), brief.value(), m_clock());
    session.kitOrigin = kitOrigin;
    session.briefOrigin = tr("map %1").arg(QFileInfo(mapPath).absoluteFilePath());
    // A map may keep its sessions in a folder of their own.
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (const Status saved = SessionFile::save(session, file, m_clock()); !saved) {
        printDiagnostics(m_err, saved.errors());
        return Failure;
    }
    write(tr("Created %1 for '%2'.\n").arg(file, m.articles.at(index).title));
    return Success;
}

int CommandLine::runLibrary(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(QStringLiteral("library"), tr("give one map file"));
    Diagnostics warnings;
    Result<TopicalMap> map = MapLoader::loadFile(args.first(), &warnings);
    printDiagnostics(m_err, warnings);
    if (!map) {
        printDiagnostics(m_err, map.errors());
        return Failure;
    }
    LibraryModel model;
    model.setMap(map.value());
    QString text = map.value().name + QLatin1Char('\n');
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(LibraryModel::FirstInGroup).toBool())
            text += QStringLiteral("  %1\n").arg(index.data(LibraryModel::Group).toString());
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(row + 1, 3)
                    .arg(index.data(LibraryModel::Pillar).toBool() ? tr("pillar")
                                                                   : QStringLiteral("      "))
                    .arg(index.data(LibraryModel::StatusText).toString(), -24)
                    .arg(index.data(LibraryModel::Title).toString());
    }
    text += model.summary() + QLatin1Char('\n');
    write(text);
    return Success;
}

int CommandLine::runImportBrief(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption kitOption(QStringLiteral("kit"), tr("Write the fields of this kit."),
                                       QStringLiteral("K"), BundledContent::defaultKit.toString());
    const QCommandLineOption outOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("Write the brief to this file instead of standard output."), QStringLiteral("OUT.yaml"));
    parser.addOptions({kitOption, outOption});
    if (!parser.parse(QStringList{QStringLiteral("import-brief")} + args))
        return usageError(QStringLiteral("import-brief"), parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("import-brief"),
                          tr("give the page's text file, or - for standard input"));

    Result<KitPtr> kit = BundledContent::loadKit(parser.value(kitOption));
    if (!kit) {
        printDiagnostics(m_err, kit.errors());
        return Failure;
    }
    const QString path = parser.positionalArguments().first();
    Result<SourceText> page = [&]() -> Result<SourceText> {
        if (path != QLatin1String("-"))
            return SourceText::readFile(path, Limits::maxPageTextBytes, tr("page"));
        const QByteArray bytes = m_in->read(Limits::maxPageTextBytes + 1);
        return SourceText(tr("standard input"), bytes);
    }();
    if (!page) {
        printDiagnostics(m_err, page.errors());
        return Failure;
    }
    Result<ImportedBrief> imported = PageImporter::import(page.value(), *kit.value());
    if (!imported) {
        printDiagnostics(m_err, imported.errors());
        return Failure;
    }
    const ImportedBrief &result = imported.value();
    for (const QString &note : result.notes)
        m_err << tr("note: %1").arg(note) << '\n';
    QString comment = tr("A brief imported by PromptDeck from %1.").arg(page.value().name());
    if (!result.notFound.isEmpty()) {
        const QString missing = result.notFound.join(QStringLiteral(", "));
        m_err << tr("not found on the page: %1").arg(missing) << '\n';
        comment += QLatin1Char('\n') + tr("Not found on the page: %1.").arg(missing);
    }
    m_err.flush();
    const QByteArray yaml = BriefWriter::toYaml(result.brief, *kit.value(), comment);
    if (!parser.isSet(outOption)) {
        writeBytes(yaml);
        return Success;
    }
    if (const Status saved = SafeFileWriter::write(parser.value(outOption), yaml); !saved) {
        printDiagnostics(m_err, saved.errors());
        return Failure;
    }
    m_err << tr("Wrote %1.").arg(parser.value(outOption)) << '\n';
    return Success;
}

int CommandLine::runTemplate(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dataOption(QStringLiteral("data"), tr("The data, as JSON."),
                                        QStringLiteral("DATA.json"));
    const QCommandLineOption partialsOption(QStringLiteral("partials"),
                                            tr("Folder of partials: {{> name}} reads "
                                               "DIR/name.mustache."),
                                            QStringLiteral("DIR"));
    const QCommandLineOption escapeOption(QStringLiteral("escape"),
                                          tr("html: escape values as the Mustache "
                                             "specification does; none (default): as prompts."),
                                          QStringLiteral("html|none"), QStringLiteral("none"));
    parser.addOptions({dataOption, partialsOption, escapeOption});
    if (!parser.parse(QStringList{QStringLiteral("template")} + args))
        return usageError(QStringLiteral("template"), parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("template"), tr("give one template file"));
    if (!parser.isSet(dataOption))
        return usageError(QStringLiteral("template"), tr("give the data: --data DATA.json"));
    const QString escape = parser.value(escapeOption);
    if (escape != QLatin1String("html") && escape != QLatin1String("none"))
        return usageError(QStringLiteral("template"), tr("--escape is html or none"));

    auto readTemplate = [this](const QString &path) -> std::optional<MustacheTemplate> {
        Result<SourceText> source =
            SourceText::readFile(path, Limits::maxYamlFileBytes, tr("template"));
        if (!source) {
            printDiagnostics(m_err, source.errors());
            return std::nullopt;
        }
        if (const Status encoding = source.value().checkEncoding(); !encoding) {
            printDiagnostics(m_err, encoding.errors());
            return std::nullopt;
        }
        Result<MustacheTemplate> tpl = MustacheTemplate::parse(source.value().text());
        if (!tpl) {
            Diagnostic error = tpl.error();
            error.file = path;
            printDiagnostics(m_err, {error});
            return std::nullopt;
        }
        return std::move(tpl).value();
    };

    const std::optional<MustacheTemplate> tpl = readTemplate(parser.positionalArguments().first());
    if (!tpl)
        return Failure;

    MustachePartials partials;
    if (parser.isSet(partialsOption)) {
        const QDir dir(parser.value(partialsOption));
        if (!dir.exists()) {
            m_err << tr("%1: no such folder").arg(parser.value(partialsOption)) << '\n';
            return Failure;
        }
        const QStringList files =
            dir.entryList({QStringLiteral("*.mustache")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const std::optional<MustacheTemplate> partial = readTemplate(dir.filePath(file));
            if (!partial)
                return Failure;
            partials.insert(QFileInfo(file).completeBaseName(), *partial);
        }
    }

    Result<SourceText> data =
        SourceText::readFile(parser.value(dataOption), Limits::maxJsonDataBytes, tr("data file"));
    if (!data) {
        printDiagnostics(m_err, data.errors());
        return Failure;
    }
    // JSON allows any value at the top (RFC 8259); Qt's parser wants an
    // object or an array, so the data is read as the one item of an array.
    QJsonParseError parseError;
    const QJsonDocument json =
        QJsonDocument::fromJson('[' + data.value().bytes() + "\n]", &parseError);
    if (parseError.error != QJsonParseError::NoError || json.array().size() != 1) {
        const bool syntax = parseError.error != QJsonParseError::NoError;
        const qsizetype offset =
            syntax ? std::max<qsizetype>(parseError.offset - 1, 0) : data.value().bytes().size();
        printDiagnostics(
            m_err, {data.value().errorAt(offset, tr("not valid JSON: %1")
                                                     .arg(syntax ? parseError.errorString()
                                                                 : tr("more than one value")))});
        return Failure;
    }

    MustacheRenderer::Options options;
    options.htmlEscape = escape == QLatin1String("html");
    const MustacheRenderer renderer(&partials, options);
    Result<RenderedText> rendered = renderer.render(*tpl, json.array().first().toVariant());
    if (!rendered) {
        Diagnostic error = rendered.error();
        error.file = parser.positionalArguments().first();
        printDiagnostics(m_err, {error});
        return Failure;
    }
    write(rendered.value().text);
    return Success;
}

} // namespace PromptDeck::Cli
