// promptdeck new: a session from a kit and a brief (bundled or files), or
// from an article of a topical map. Each way has its start step (what the
// session is made of) and its save step (where it is written) apart.
#include "bundledcontent.h"
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"
#include "kit/briefloader.h"
#include "map/maploader.h"
#include "session/sessionfile.h"

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
    std::optional<Session> startFromFiles(const QString &kitName, const QString &briefName);
    int fromMap(const QString &mapPath, const QString &articleName, const QString &output);
    std::optional<Session> startFromMap(const TopicalMap &map, int article, const QString &mapPath);
    bool save(const Session &session, const QString &file);

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
    if (QFileInfo(output).exists() || QFileInfo(output).isSymLink()) {
        m_context.err() << tr("%1: the file already exists; 'new' never replaces a file. Choose "
                              "another name.")
                               .arg(output)
                        << '\n';
        return Failure;
    }
    const std::optional<Session> session = startFromFiles(kitName, briefName);
    if (!session || !save(*session, output))
        return Failure;
    const Kit &kit = session->kit();
    m_context.write(tr("Created %1: kit '%2' (cards: %3, phases: %4), brief '%5'.\n")
                        .arg(output, kit.name)
                        .arg(kit.cards.size())
                        .arg(kit.phases.size())
                        .arg(session->brief().displayTitle(kit.fieldKeys())));
    return Success;
}

std::optional<Session> NewCommand::startFromFiles(const QString &kitName, const QString &briefName)
{
    Diagnostics warnings;
    QString kitOrigin;
    Result<KitPtr> kit = BundledContent::loadKit(kitName, &kitOrigin, &warnings);
    if (!kit) {
        m_context.printDiagnostics(warnings + kit.errors());
        return std::nullopt;
    }
    QString briefOrigin;
    Result<Brief> brief =
        BundledContent::loadBrief(briefName, *kit.value(), &briefOrigin, &warnings);
    m_context.printDiagnostics(warnings);
    if (!m_context.succeeded(brief))
        return std::nullopt;
    Session session(kit.value(), brief.value(), m_context.now());
    session.kitOrigin = kitOrigin;
    session.briefOrigin = briefOrigin;
    return session;
}

int NewCommand::fromMap(const QString &mapPath, const QString &articleName, const QString &output)
{
    Diagnostics warnings;
    Result<TopicalMap> map = MapLoader::loadFile(mapPath, &warnings);
    m_context.printDiagnostics(warnings);
    if (!m_context.succeeded(map))
        return Failure;
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
        m_context.err() << tr("%1: no article '%2'; 'promptdeck library %1' lists them")
                               .arg(mapPath, articleName)
                        << '\n';
        return Failure;
    }
    const std::optional<Session> session = startFromMap(m, index, mapPath);
    if (!session)
        return Failure;
    const QString file = output.isEmpty() ? m.articles.at(index).sessionFile : output;
    if (QFileInfo::exists(file)) {
        m_context.err() << tr("%1: the file already exists; 'new' never replaces a file").arg(file)
                        << '\n';
        return Failure;
    }
    // A map may keep its sessions in a folder of their own.
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!save(*session, file))
        return Failure;
    m_context.write(tr("Created %1 for '%2'.\n").arg(file, m.articles.at(index).title));
    return Success;
}

std::optional<Session> NewCommand::startFromMap(const TopicalMap &map, int article,
                                                const QString &mapPath)
{
    QString kitOrigin;
    Result<KitPtr> kit = BundledContent::loadKit(map.kit, &kitOrigin);
    if (!m_context.succeeded(kit))
        return std::nullopt;
    Result<Brief> brief = map.briefFor(article, *kit.value());
    if (!m_context.succeeded(brief))
        return std::nullopt;
    const QStringList missing = BriefLoader::missingRequired(brief.value(), *kit.value());
    if (!missing.isEmpty()) {
        m_context.err() << tr("%1: the brief of '%2' lacks %3; add them to the map (brief: or "
                              "brief_file:), or start the article in the window")
                               .arg(mapPath, map.articles.at(article).title,
                                    missing.join(QStringLiteral(", ")))
                        << '\n';
        return std::nullopt;
    }
    Session session(kit.value(), brief.value(), m_context.now());
    session.kitOrigin = kitOrigin;
    session.briefOrigin = tr("map %1").arg(QFileInfo(mapPath).absoluteFilePath());
    return session;
}

bool NewCommand::save(const Session &session, const QString &file)
{
    return m_context.succeeded(SessionFile::save(session, file, m_context.now()));
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
