// promptdeck validate: reads kits, briefs, topical maps and sessions as
// PromptDeck would, each by what it holds (core's detectFileKind), and says
// for each one that it is fine, with a summary, or why not.
#include "base/inputlimits.h"
#include "bundledcontent.h"
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"
#include "io/filekind.h"
#include "kit/briefloader.h"
#include "map/maploader.h"
#include "session/sessionserializer.h"
#include "yaml/yamlreader.h"

#include <QCommandLineParser>

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

using enum CommandLine::ExitCode;

// What validating one file found: a summary when it is valid, else errors.
struct Verdict
{
    QString summary;
    Diagnostics errors;
};

class ValidateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit ValidateCommand(CommandContext &context)
        : m_context(context)
    {}

    static QCommandLineOption kitOption();
    int run(const QStringList &args);

private:
    enum class Outcome
    {
        Valid,
        Invalid,
        Stop // the kit for briefs cannot be loaded: nothing more is checked
    };
    Outcome validateFile(const QString &path);
    static Verdict session(const SourceText &source, Diagnostics *warnings);
    static Verdict map(const SourceText &source, const QString &path, Diagnostics *warnings);
    static Verdict kit(const SourceText &source, Diagnostics *warnings);
    Verdict brief(const SourceText &source, Diagnostics *warnings) const;

    CommandContext &m_context;
    QString m_briefKitName;
    KitPtr m_briefKit; // loaded for the first brief
};

QCommandLineOption ValidateCommand::kitOption()
{
    return QCommandLineOption(QStringLiteral("kit"),
                              tr("Check briefs against this kit (a bundled name or a file)."),
                              QStringLiteral("K"), BundledContent::defaultKit.toString());
}

int ValidateCommand::run(const QStringList &args)
{
    const QCommandLineOption kit = kitOption();
    QCommandLineParser parser;
    parser.addOption(kit);
    if (!parser.parse(QStringList{QStringLiteral("validate")} + args))
        return m_context.usageError(QStringLiteral("validate"), parser.errorText());
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return m_context.usageError(QStringLiteral("validate"),
                                    tr("give at least one file to check"));
    m_briefKitName = parser.value(kit);
    int failures = 0;
    for (const QString &path : paths) {
        const Outcome outcome = validateFile(path);
        if (outcome == Outcome::Stop)
            return Failure;
        failures += outcome == Outcome::Invalid ? 1 : 0;
    }
    return failures == 0 ? Success : Failure;
}

ValidateCommand::Outcome ValidateCommand::validateFile(const QString &path)
{
    const bool isSession = hasSessionSuffix(path);
    const Result<SourceText> source = SourceText::readFile(
        path, isSession ? Limits::maxSessionFileBytes : Limits::maxYamlFileBytes,
        isSession ? tr("session") : tr("YAML"));
    Diagnostics warnings;
    Verdict verdict;
    if (!source) {
        verdict.errors = source.errors();
    } else {
        switch (detectFileKind(path, source.value().bytes())) {
        case FileKind::Session:
            verdict = session(source.value(), &warnings);
            break;
        case FileKind::Map:
            verdict = map(source.value(), path, &warnings);
            break;
        case FileKind::Kit:
            verdict = kit(source.value(), &warnings);
            break;
        case FileKind::Brief:
            if (!m_briefKit) {
                const Result<KitPtr> briefKit = BundledContent::loadKit(m_briefKitName);
                if (!m_context.succeeded(briefKit))
                    return Outcome::Stop;
                m_briefKit = briefKit.value();
            }
            verdict = brief(source.value(), &warnings);
            break;
        case FileKind::Unknown: // not YAML: the reader says why
            verdict.errors = YamlReader::parse(source.value()).errors();
            break;
        }
    }
    m_context.printDiagnostics(warnings);
    if (!verdict.errors.isEmpty()) {
        m_context.printDiagnostics(verdict.errors);
        return Outcome::Invalid;
    }
    m_context.write(tr("%1: ok (%2)\n").arg(path, verdict.summary));
    return Outcome::Valid;
}

Verdict ValidateCommand::session(const SourceText &source, Diagnostics *warnings)
{
    const Result<Session> session = SessionSerializer::fromJson(source, warnings);
    if (!session)
        return {{}, session.errors()};
    int answered = 0;
    for (int i = 0; i < session.value().cardCount(); ++i)
        answered += session.value().hasAnswer(i) ? 1 : 0;
    return {tr("session with kit '%1', answered: %2 of %3")
                .arg(session.value().kit().id)
                .arg(answered)
                .arg(session.value().cardCount()),
            {}};
}

// Every article's brief is read as a session would read it.
Verdict ValidateCommand::map(const SourceText &source, const QString &path, Diagnostics *warnings)
{
    const Result<TopicalMap> map = MapLoader::load(source, path, warnings);
    const Result<KitPtr> kit = map ? BundledContent::loadKit(map.value().kit, nullptr, warnings)
                                   : Result<KitPtr>(map.errors());
    if (!kit)
        return {{}, kit.errors()};
    Verdict verdict;
    int complete = 0;
    for (int i = 0; i < map.value().articles.size(); ++i) {
        const Result<Brief> brief = map.value().briefFor(i, *kit.value(), warnings);
        if (!brief)
            verdict.errors.append(brief.errors());
        else if (BriefLoader::missingRequired(brief.value(), *kit.value()).isEmpty())
            ++complete;
    }
    verdict.summary = tr("map '%1', groups: %2, articles: %3, complete briefs: %4")
                          .arg(map.value().name)
                          .arg(map.value().groups.size())
                          .arg(map.value().articles.size())
                          .arg(complete);
    return verdict;
}

Verdict ValidateCommand::kit(const SourceText &source, Diagnostics *warnings)
{
    const Result<KitPtr> kit = KitLoader::load(source, warnings);
    if (!kit)
        return {{}, kit.errors()};
    return {tr("kit '%1', cards: %2, phases: %3")
                .arg(kit.value()->id)
                .arg(kit.value()->cards.size())
                .arg(kit.value()->phases.size()),
            {}};
}

Verdict ValidateCommand::brief(const SourceText &source, Diagnostics *warnings) const
{
    const Result<Brief> brief = BriefLoader::load(source, *m_briefKit, warnings);
    if (!brief)
        return {{}, brief.errors()};
    return {tr("brief '%1' for kit '%2'")
                .arg(brief.value().displayTitle(m_briefKit->fieldKeys()), m_briefKit->id),
            {}};
}

} // namespace

Command validateCommand()
{
    return {
        QStringLiteral("validate"),
        {{QStringLiteral("validate [--kit K] PATH..."),
          ValidateCommand::tr("check kits, briefs, maps and sessions")}},
        ValidateCommand::tr(
            "Reads each PATH as PromptDeck would and prints 'ok' with a summary, or what is\n"
            "wrong, with the line and column. What a file is comes from its content: a\n"
            "session (*.promptdeck, JSON), a topical map (groups:), a kit (kit:) or a brief\n"
            "(anything else, checked against the kit K). For a map, every article's brief\n"
            "is read too."),
        {ValidateCommand::kitOption()},
        [](CommandContext &context, const QStringList &args) {
            return ValidateCommand(context).run(args);
        },
    };
}

} // namespace PromptDeck::Cli
