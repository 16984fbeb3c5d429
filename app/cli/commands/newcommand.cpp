// promptdeck new: a session from a kit and a brief (bundled or files), or
// from an article of a topical map. Both start and write the session through
// SessionLifecycle, as the window does, so a session records the same
// origins whichever of them started it.
#include "bundledcontent.h"
#include "bundledsessioncontent.h"
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"
#include "map/maploader.h"
#include "session/sessionlifecycle.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

using enum CommandLine::ExitCode;

struct NewOptions
{
    QCommandLineOption kit;
    QCommandLineOption brief;
    QCommandLineOption output;
    QCommandLineOption map;
    QCommandLineOption article;

    QList<QCommandLineOption> all() const { return {kit, brief, output, map, article}; }
};

class NewCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit NewCommand(CommandContext &context)
        : m_context(context)
    {}

    static NewOptions options();
    int run(const QStringList &args);

private:
    int fromFiles(const QString &kitName, const QString &briefName, const QString &output);
    int fromMap(const QString &mapPath, const QString &articleName, const QString &output);
    // The index of the article by its 1-based number or its title; -1 when
    // the map has no such article.
    static int findArticle(const TopicalMap &map, const QString &articleName);
    // Prints the start's warnings, then, if it failed, its errors; false
    // when it failed.
    bool reportPrepared(const PreparedStart &prepared, const Diagnostics &warnings);
    // Writes the new session to file (making its folder for a map article);
    // false when it could not, and then the errors are printed.
    bool create(const SessionStart &start, const QString &file,
                SessionLifecycle::Folder folder = SessionLifecycle::Folder::MustExist);

    CommandContext &m_context;
};

NewOptions NewCommand::options()
{
    return {
        QCommandLineOption(QStringLiteral("kit"), tr("Kit: a bundled name or a file."),
                           QStringLiteral("K"), BundledContent::defaultKit.toString()),
        QCommandLineOption(QStringLiteral("brief"), tr("Brief: a bundled name or a file."),
                           QStringLiteral("B"), BundledContent::defaultBrief.toString()),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                           tr("The session file to create."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("map"), tr("A topical map."), QStringLiteral("MAP.yaml")),
        QCommandLineOption(QStringLiteral("article"), tr("The map's article, by number or title."),
                           QStringLiteral("N")),
    };
}

int NewCommand::run(const QStringList &args)
{
    const NewOptions o = options();
    QCommandLineParser parser;
    parser.addOptions(o.all());
    if (!parser.parse(QStringList{QStringLiteral("new")} + args))
        return m_context.usageError(QStringLiteral("new"), parser.errorText());
    if (parser.isSet(o.map) || parser.isSet(o.article)) {
        if (!parser.isSet(o.map) || !parser.isSet(o.article))
            return m_context.usageError(QStringLiteral("new"),
                                        tr("--map and --article go together"));
        return fromMap(parser.value(o.map), parser.value(o.article), parser.value(o.output));
    }
    if (!parser.isSet(o.output))
        return m_context.usageError(QStringLiteral("new"),
                                    tr("say where to create the session: -o FILE"));
    if (!parser.positionalArguments().isEmpty())
        return m_context.usageError(
            QStringLiteral("new"),
            tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    return fromFiles(parser.value(o.kit), parser.value(o.brief), parser.value(o.output));
}

int NewCommand::fromFiles(const QString &kitName, const QString &briefName, const QString &output)
{
    // Held from before the file is looked for until it is written, so that
    // two commands never both find the name free.
    const std::unique_ptr<SessionLock> lock = m_context.lockSession(output);
    if (!lock)
        return Failure;
    if (QFileInfo(output).exists() || QFileInfo(output).isSymLink()) {
        m_context.err() << tr("%1: the file already exists; 'new' never replaces a file. Choose "
                              "another name.")
                               .arg(output)
                        << '\n';
        return Failure;
    }
    Diagnostics warnings;
    const PreparedStart prepared =
        SessionLifecycle::fromFiles(bundledSessionContent(), kitName, briefName, &warnings);
    if (!reportPrepared(prepared, warnings) || !create(prepared.start, output))
        return Failure;
    const Kit &kit = *prepared.start.kit;
    m_context.write(tr("Created %1: kit '%2' (cards: %3, phases: %4), brief '%5'.\n")
                        .arg(output, kit.name)
                        .arg(kit.cards.size())
                        .arg(kit.phases.size())
                        .arg(prepared.start.brief.displayTitle(kit.fieldKeys())));
    return Success;
}

int NewCommand::fromMap(const QString &mapPath, const QString &articleName, const QString &output)
{
    Diagnostics mapWarnings;
    Result<TopicalMap> map = MapLoader::loadFile(mapPath, &mapWarnings);
    m_context.printDiagnostics(mapWarnings);
    if (!m_context.succeeded(map))
        return Failure;
    const TopicalMap &m = map.value();
    const int index = findArticle(m, articleName);
    if (index < 0) {
        m_context.err() << tr("%1: no article '%2'; 'promptdeck library %1' lists them")
                               .arg(mapPath, articleName)
                        << '\n';
        return Failure;
    }
    Diagnostics warnings;
    const PreparedStart prepared =
        SessionLifecycle::forMapArticle(bundledSessionContent(), m, index, &warnings);
    if (!reportPrepared(prepared, warnings))
        return Failure;
    const QStringList missing = prepared.start.missingRequired();
    if (!missing.isEmpty()) {
        m_context.err() << tr("%1: the brief of '%2' lacks %3; add them to the map (brief: or "
                              "brief_file:), or start the article in the window")
                               .arg(mapPath, m.articles.at(index).title,
                                    missing.join(QStringLiteral(", ")))
                        << '\n';
        return Failure;
    }
    const QString file = output.isEmpty() ? prepared.start.file : output;
    // Held from before the file is looked for until it is written. In a
    // folder the map has not made yet no lock file can be made: the file
    // is looked for without one.
    const std::unique_ptr<SessionLock> lock = m_context.lockSession(file);
    if (!lock)
        return Failure;
    if (QFileInfo::exists(file)) {
        m_context.err() << tr("%1: the file already exists; 'new' never replaces a file").arg(file)
                        << '\n';
        return Failure;
    }
    // Folders are made for the session only inside the map's folder; a file
    // given with -o elsewhere goes into a folder that is there already.
    const QString mapFolder = QDir::cleanPath(QFileInfo(m.file).absolutePath());
    const QString sessionFolder = QDir::cleanPath(QFileInfo(file).absolutePath());
    const QString mapPrefix =
        mapFolder.endsWith(QLatin1Char('/')) ? mapFolder : mapFolder + QLatin1Char('/');
    const bool insideMap = sessionFolder == mapFolder || sessionFolder.startsWith(mapPrefix);
    if (!create(prepared.start, file,
                insideMap ? SessionLifecycle::Folder::Make : SessionLifecycle::Folder::MustExist))
        return Failure;
    m_context.write(tr("Created %1 for '%2'.\n").arg(file, m.articles.at(index).title));
    return Success;
}

int NewCommand::findArticle(const TopicalMap &map, const QString &articleName)
{
    bool isNumber = false;
    int index = articleName.toInt(&isNumber) - 1;
    if (!isNumber) {
        index = -1;
        for (int i = 0; i < map.articles.size(); ++i) {
            if (map.articles.at(i).title.compare(articleName, Qt::CaseInsensitive) == 0)
                index = i;
        }
    }
    return index >= 0 && index < map.articles.size() ? index : -1;
}

bool NewCommand::reportPrepared(const PreparedStart &prepared, const Diagnostics &warnings)
{
    m_context.printDiagnostics(warnings);
    if (prepared)
        return true;
    m_context.printDiagnostics(prepared.errors);
    return false;
}

bool NewCommand::create(const SessionStart &start, const QString &file,
                        SessionLifecycle::Folder folder)
{
    const QDateTime now = m_context.now();
    return m_context.succeeded(
        SessionLifecycle::create(SessionLifecycle::build(start, now), file, now, folder));
}

} // namespace

Command newCommand()
{
    return {
        QStringLiteral("new"),
        {{QStringLiteral("new [--kit K] [--brief B] -o FILE"),
          NewCommand::tr("start a session (K, B: a file, or a bundled name)")},
         {QStringLiteral("new --map MAP.yaml --article N [-o FILE]"),
          NewCommand::tr("start a map article's session, next to the map")}},
        NewCommand::tr(
            "Creates a session file from a kit and a brief: each a bundled name or a YAML\n"
            "file (the bundled seo-article kit and python-gil brief when not given). With\n"
            "--map, the session of one of the map's articles, by the number 'promptdeck\n"
            "library' shows or by its title, in the file the map names for it unless -o\n"
            "says otherwise; the article's brief must be complete. 'new' never replaces a\n"
            "file."),
        NewCommand::options().all(),
        [](CommandContext &context, const QStringList &args) {
            return NewCommand(context).run(args);
        },
    };
}

} // namespace PromptDeck::Cli
