// promptdeck export: one of the kit's exports of a session (the article,
// the social posts) or the whole session as JSON.
#include "article/articlechecklist.h"
#include "article/checklistfile.h"
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

// What an export gives: its bytes and, for the article export, the
// article's Markdown its checklist is made from.
struct Exported
{
    QByteArray bytes;
    std::optional<QString> article;
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
    static std::optional<Exported> exported(CommandContext &context, const QString &path,
                                            const Session &session, const QString &format,
                                            const std::optional<QString> &exportId);
    // After the article export: what to check before publishing, on
    // standard error and, for a file, in OUT.checklist.md beside it. The
    // exit status stays the export's.
    static void reportChecklist(CommandContext &context, const QString &path,
                                const Session &session, const QString &article,
                                const std::optional<QString> &output);
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
    const std::optional<Exported> result =
        exported(context, path, *session, format,
                 parser.isSet(o.exportId) ? std::optional(parser.value(o.exportId)) : std::nullopt);
    if (!result)
        return Failure;
    const int status = context.writeOutput(parser, o.output, result->bytes);
    if (status == Success && result->article) {
        reportChecklist(context, path, *session, *result->article,
                        parser.isSet(o.output) ? std::optional(parser.value(o.output))
                                               : std::nullopt);
    }
    return status;
}

void ExportCommand::reportChecklist(CommandContext &context, const QString &path,
                                    const Session &session, const QString &article,
                                    const std::optional<QString> &output)
{
    const ArticleChecklist list = ArticleChecklist::build(article, session);
    if (!list.isEmpty())
        context.err() << tr("%1: before publishing, check:").arg(path) << '\n';
    for (const QString &line : list.lines())
        context.err() << tr("%1: %2").arg(path, line) << '\n';
    if (!output)
        return;
    const Result<ChecklistFile::Outcome> written =
        ChecklistFile::writeBeside(*output, list, {path});
    if (!written) {
        context.err() << written.errorText() << '\n';
        return;
    }
    const QString listPath = ChecklistFile::pathFor(*output);
    if (written.value() == ChecklistFile::Outcome::Written)
        context.err() << tr("Wrote the checklist to %1.").arg(listPath) << '\n';
    else if (written.value() == ChecklistFile::Outcome::Cleared)
        context.err() << tr("Nothing left to check; %1 says so now.").arg(listPath) << '\n';
}

std::optional<Exported> ExportCommand::exported(CommandContext &context, const QString &path,
                                                const Session &session, const QString &format,
                                                const std::optional<QString> &exportId)
{
    const SessionExporter exporter(session);
    if (format == QLatin1String("json") && !exportId)
        return Exported{exporter.toJson(context.now()), std::nullopt};
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
    Result<QString> rendered = exporter.render(*def);
    if (!context.succeeded(rendered))
        return std::nullopt;
    for (const QString &line : SessionReview(session, *def).lines())
        context.err() << tr("%1: %2").arg(path, line) << '\n';
    const bool article = def == ArticleChecklist::articleExport(session.kit());
    return Exported{rendered.value().toUtf8(),
                    article ? std::optional(rendered.value()) : std::nullopt};
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
            "still lacks and the checks that fail (not the warnings). The export is written\n"
            "all the same and the exit status stays 0. The JSON of the whole session is a\n"
            "backup; it lists nothing.\n"
            "\n"
            "After the article export, standard error lists what to check before\n"
            "publishing, each with its line in the article: the research's facts marked\n"
            "CHECK, the [ASSET: …] placeholders to make, links without a web address, and\n"
            "leftovers (unfilled markers, notes for the writer, the chat's opening and\n"
            "closing lines, word counts). With -o OUT the list is also written to\n"
            "OUT.checklist.md (OUT without its extension); when nothing is left to check,\n"
            "an earlier list there is replaced by one that says so. A file of that name\n"
            "that PromptDeck did not write as a checklist is never replaced."),
        ExportCommand::options().all(),
        &ExportCommand::run,
    };
}

} // namespace PromptDeck::Cli
