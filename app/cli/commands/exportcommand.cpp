// promptdeck export: one of the kit's exports of a session (the article,
// the social posts) or the whole session as JSON.
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"
#include "session/sessionexporter.h"
#include "session/sessionreview.h"

#include <QCommandLineParser>

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

using enum CommandLine::ExitCode;

struct ExportOptions
{
    QCommandLineOption format;
    QCommandLineOption exportId;
    QCommandLineOption output;
    QCommandLineOption force;

    QList<QCommandLineOption> all() const { return {format, exportId, output, force}; }
};

class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static ExportOptions options();
    static int run(CommandContext &context, const QStringList &args);

private:
    // The exported bytes, or nothing when the kit cannot give them (and
    // then why is printed). A kit export first names on standard error what
    // it goes ahead with: stale cards, missing answers, failing checks.
    static std::optional<QByteArray> exported(CommandContext &context, const QString &path,
                                              const Session &session, const QString &format,
                                              const std::optional<QString> &exportId);
};

ExportOptions ExportCommand::options()
{
    return {
        QCommandLineOption(QStringLiteral("format"),
                           tr("md, html, txt (the kit's exports) or json (the whole session)."),
                           QStringLiteral("FORMAT")),
        QCommandLineOption(QStringLiteral("export"), tr("A kit export, by its id."),
                           QStringLiteral("ID")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                           tr("Write to this file instead of standard output."),
                           QStringLiteral("OUT")),
        CommandContext::forceOption(),
    };
}

int ExportCommand::run(CommandContext &context, const QStringList &args)
{
    const ExportOptions o = options();
    QCommandLineParser parser;
    parser.addOptions(o.all());
    if (!parser.parse(QStringList{QStringLiteral("export")} + args))
        return context.usageError(QStringLiteral("export"), parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("export"), tr("give one session file"));
    const QString format = parser.value(o.format);
    static const QStringList formats{QStringLiteral("md"), QStringLiteral("html"),
                                     QStringLiteral("txt"), QStringLiteral("json")};
    if (!parser.isSet(o.exportId) && !formats.contains(format))
        return context.usageError(QStringLiteral("export"),
                                  tr("--format is md, html, txt or json"));

    const QString path = parser.positionalArguments().first();
    if (!context.mayWriteOutput(parser, o.output, {path}, parser.isSet(o.force)))
        return Failure;
    const std::optional<Session> session = context.loadSession(path);
    if (!session)
        return Failure;
    const std::optional<QByteArray> bytes =
        exported(context, path, *session, format,
                 parser.isSet(o.exportId) ? std::optional(parser.value(o.exportId)) : std::nullopt);
    if (!bytes)
        return Failure;
    return context.writeOutput(parser, o.output, *bytes);
}

std::optional<QByteArray> ExportCommand::exported(CommandContext &context, const QString &path,
                                                  const Session &session, const QString &format,
                                                  const std::optional<QString> &exportId)
{
    const SessionExporter exporter(session);
    if (format == QLatin1String("json") && !exportId)
        return exporter.toJson(context.now());
    const ExportDef *def = exportId ? exporter.exportById(*exportId) : exporter.exportFor(format);
    if (!def) {
        QStringList available;
        for (const ExportDef &e : session.kit().exports)
            available.append(QStringLiteral("%1 (%2)").arg(e.id, e.format));
        context.err() << tr("%1: the kit has no such export; it has: %2")
                             .arg(path, available.isEmpty() ? tr("none")
                                                            : available.join(QStringLiteral(", ")))
                      << '\n';
        return std::nullopt;
    }
    QStringList unplaced;
    Result<QString> rendered = exporter.render(*def, &unplaced);
    if (!context.succeeded(rendered))
        return std::nullopt;
    for (const QString &line : SessionReview(session, *def).lines())
        context.err() << tr("%1: %2").arg(path, line) << '\n';
    // The export shows the draft PromptDeck assembled: what it could not
    // place is for the writer to place by hand.
    for (const QString &line : std::as_const(unplaced))
        context.err() << tr("%1: in the assembled draft: %2").arg(path, line) << '\n';
    return rendered.value().toUtf8();
}

} // namespace

Command exportCommand()
{
    return {
        QStringLiteral("export"),
        {{QStringLiteral("export FILE --format md|html|txt|json [--export ID] [-o OUT [--force]]"),
          ExportCommand::tr("the article, the social posts, or the whole session")}},
        ExportCommand::tr(
            "Writes what the session FILE holds, to standard output or to OUT. With\n"
            "--format md, html or txt: the kit's first export of that format (the article);\n"
            "with --export: the kit export of that id (a social post, say); with --format\n"
            "json: the whole session as JSON: the kit, the brief and every card with its\n"
            "answer. OUT is never the session FILE or another session unless --force is\n"
            "given.\n"
            "\n"
            "Before a kit export, standard error lists what stands between the session and\n"
            "a finished export: the stale cards among those it is made from, the answers it\n"
            "still lacks and the checks that fail (not the warnings), and, when it shows the\n"
            "draft PromptDeck assembled from the parts, every example and link it could not\n"
            "place. The export is written all the same and the exit status stays 0. The\n"
            "JSON of the whole session is a backup; it lists nothing."),
        ExportCommand::options().all(),
        &ExportCommand::run,
    };
}

} // namespace PromptDeck::Cli
