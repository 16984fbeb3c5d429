// promptdeck import-brief: a brief (YAML) from the text of a topical-map
// page, with what the page lacks said on standard error.
#include "base/inputlimits.h"
#include "bundledcontent.h"
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"
#include "import/pageimporter.h"
#include "kit/briefwriter.h"

#include <QCommandLineParser>

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

using enum CommandLine::ExitCode;

struct ImportBriefOptions
{
    QCommandLineOption kit;
    QCommandLineOption output;
    QCommandLineOption force;

    QList<QCommandLineOption> all() const { return {kit, output, force}; }
};

class ImportBriefCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static ImportBriefOptions options();
    static int run(CommandContext &context, const QStringList &args);

private:
    static Result<SourceText> readPage(CommandContext &context, const QString &path);
    // The brief's YAML, after the notes and what was not found are printed.
    static QByteArray toYaml(CommandContext &context, const ImportedBrief &imported, const Kit &kit,
                             const QString &pageName);
};

ImportBriefOptions ImportBriefCommand::options()
{
    return {
        QCommandLineOption(QStringLiteral("kit"), tr("Write the fields of this kit."),
                           QStringLiteral("K"), BundledContent::defaultKit.toString()),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                           tr("Write the brief to this file instead of standard output."),
                           QStringLiteral("OUT.yaml")),
        CommandContext::forceOption(),
    };
}

int ImportBriefCommand::run(CommandContext &context, const QStringList &args)
{
    const ImportBriefOptions o = options();
    QCommandLineParser parser;
    parser.addOptions(o.all());
    if (!parser.parse(QStringList{QStringLiteral("import-brief")} + args))
        return context.usageError(QStringLiteral("import-brief"), parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("import-brief"),
                                  tr("give the page's text file, or - for standard input"));

    const QString pagePath = parser.positionalArguments().first();
    // The kit too, when it is a file: a bundled name names no file here.
    QStringList inputs{parser.value(o.kit)};
    if (pagePath != QLatin1String("-"))
        inputs.append(pagePath);
    if (!context.mayWriteOutput(parser, o.output, inputs, parser.isSet(o.force)))
        return Failure;
    const Result<KitPtr> kit = BundledContent::loadKit(parser.value(o.kit));
    if (!context.succeeded(kit))
        return Failure;
    const Result<SourceText> page = readPage(context, pagePath);
    if (!context.succeeded(page))
        return Failure;
    const Result<ImportedBrief> imported = PageImporter::import(page.value(), *kit.value());
    if (!context.succeeded(imported))
        return Failure;
    const QByteArray yaml = toYaml(context, imported.value(), *kit.value(), page.value().name());
    return context.writeOutput(parser, o.output, yaml);
}

Result<SourceText> ImportBriefCommand::readPage(CommandContext &context, const QString &path)
{
    if (path != QLatin1String("-"))
        return SourceText::readFile(path, Limits::maxPageTextBytes, tr("page"));
    const QByteArray bytes = context.in()->read(Limits::maxPageTextBytes + 1);
    return SourceText(tr("standard input"), bytes);
}

QByteArray ImportBriefCommand::toYaml(CommandContext &context, const ImportedBrief &imported,
                                      const Kit &kit, const QString &pageName)
{
    for (const QString &note : imported.notes)
        context.err() << tr("note: %1").arg(note) << '\n';
    QString comment = tr("A brief imported by PromptDeck from %1.").arg(pageName);
    if (!imported.notFound.isEmpty()) {
        const QString missing = imported.notFound.join(QStringLiteral(", "));
        context.err() << tr("not found on the page: %1").arg(missing) << '\n';
        comment += QLatin1Char('\n') + tr("Not found on the page: %1.").arg(missing);
    }
    context.err().flush();
    return BriefWriter::toYaml(imported.brief, kit, comment);
}

} // namespace

Command importBriefCommand()
{
    return {
        QStringLiteral("import-brief"),
        {{QStringLiteral("import-brief PAGE.txt [-o OUT [--force]]"),
          ImportBriefCommand::tr("a brief from a topical-map page's text (- for stdin)")}},
        ImportBriefCommand::tr(
            "Reads the text of a topical-map tool's article page (copied from the browser;\n"
            "- for standard input) and writes a brief for the kit K with every field it\n"
            "found, to standard output or to OUT.yaml. The fields the page lacks are listed\n"
            "on standard error and in a comment at the top of the brief. OUT is never the\n"
            "page, the kit or a session unless --force is given."),
        ImportBriefCommand::options().all(),
        &ImportBriefCommand::run,
    };
}

} // namespace PromptDeck::Cli
