// promptdeck template: renders a Mustache template with JSON data, in the
// prompt mode the kits use (no escaping) or as the Mustache specification
// does (HTML escaping), so the engine can be tried and tested from outside.
#include "base/inputlimits.h"
#include "commandcontext.h"
#include "commandline.h"
#include "commands/commands.h"
#include "mustache/mustacherenderer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace PromptDeck::Cli {

using namespace PromptDeck::Core;

namespace {

using enum CommandLine::ExitCode;

struct TemplateOptions
{
    QCommandLineOption data;
    QCommandLineOption partials;
    QCommandLineOption escape;

    QList<QCommandLineOption> all() const { return {data, partials, escape}; }
};

class TemplateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit TemplateCommand(CommandContext &context)
        : m_context(context)
    {}

    static TemplateOptions options();
    int run(const QStringList &args);

private:
    // Each returns nothing when the file cannot be used, and then says why.
    std::optional<MustacheTemplate> readTemplate(const QString &path);
    std::optional<MustachePartials> readPartials(const QString &folder);
    std::optional<QVariant> readData(const QString &path);

    CommandContext &m_context;
};

TemplateOptions TemplateCommand::options()
{
    return {
        QCommandLineOption(QStringLiteral("data"), tr("The data, as JSON."),
                           QStringLiteral("DATA.json")),
        QCommandLineOption(QStringLiteral("partials"),
                           tr("Folder of partials: {{> name}} reads DIR/name.mustache."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("escape"),
                           tr("html: escape values as the Mustache specification does; none "
                              "(default): as prompts."),
                           QStringLiteral("html|none"), QStringLiteral("none")),
    };
}

int TemplateCommand::run(const QStringList &args)
{
    const TemplateOptions o = options();
    QCommandLineParser parser;
    parser.addOptions(o.all());
    if (!parser.parse(QStringList{QStringLiteral("template")} + args))
        return m_context.usageError(QStringLiteral("template"), parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(QStringLiteral("template"), tr("give one template file"));
    if (!parser.isSet(o.data))
        return m_context.usageError(QStringLiteral("template"),
                                    tr("give the data: --data DATA.json"));
    const QString escape = parser.value(o.escape);
    if (escape != QLatin1String("html") && escape != QLatin1String("none"))
        return m_context.usageError(QStringLiteral("template"), tr("--escape is html or none"));

    const QString path = parser.positionalArguments().first();
    const std::optional<MustacheTemplate> tpl = readTemplate(path);
    if (!tpl)
        return Failure;
    const std::optional<MustachePartials> partials =
        parser.isSet(o.partials) ? readPartials(parser.value(o.partials)) : MustachePartials();
    if (!partials)
        return Failure;
    const std::optional<QVariant> data = readData(parser.value(o.data));
    if (!data)
        return Failure;

    MustacheRenderer::Options options;
    options.htmlEscape = escape == QLatin1String("html");
    const MustacheRenderer renderer(&*partials, options);
    Result<RenderedText> rendered = renderer.render(*tpl, *data);
    if (!rendered) {
        Diagnostic error = rendered.error();
        error.file = path;
        m_context.printDiagnostics({error});
        return Failure;
    }
    m_context.write(rendered.value().text);
    return Success;
}

std::optional<MustacheTemplate> TemplateCommand::readTemplate(const QString &path)
{
    const Result<SourceText> source =
        SourceText::readFile(path, Limits::maxYamlFileBytes, tr("template"));
    if (!m_context.succeeded(source) || !m_context.succeeded(source.value().checkEncoding()))
        return std::nullopt;
    Result<MustacheTemplate> tpl = MustacheTemplate::parse(source.value().text());
    if (!tpl) {
        Diagnostic error = tpl.error();
        error.file = path;
        m_context.printDiagnostics({error});
        return std::nullopt;
    }
    return std::move(tpl).value();
}

std::optional<MustachePartials> TemplateCommand::readPartials(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        m_context.err() << tr("%1: no such folder").arg(folder) << '\n';
        return std::nullopt;
    }
    MustachePartials partials;
    const QStringList files =
        dir.entryList({QStringLiteral("*.mustache")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const std::optional<MustacheTemplate> partial = readTemplate(dir.filePath(file));
        if (!partial)
            return std::nullopt;
        partials.insert(QFileInfo(file).completeBaseName(), *partial);
    }
    return partials;
}

std::optional<QVariant> TemplateCommand::readData(const QString &path)
{
    const Result<SourceText> data =
        SourceText::readFile(path, Limits::maxJsonDataBytes, tr("data"));
    if (!m_context.succeeded(data))
        return std::nullopt;
    // JSON allows any value at the top (RFC 8259); Qt's parser wants an
    // object or an array, so the data is read as the one item of an array.
    QJsonParseError parseError;
    const QJsonDocument json =
        QJsonDocument::fromJson('[' + data.value().bytes() + "\n]", &parseError);
    if (parseError.error != QJsonParseError::NoError || json.array().size() != 1) {
        const bool syntax = parseError.error != QJsonParseError::NoError;
        const qsizetype offset =
            syntax ? std::max<qsizetype>(parseError.offset - 1, 0) : data.value().bytes().size();
        m_context.printDiagnostics({data.value().errorAt(
            offset, tr("not valid JSON: %1")
                        .arg(syntax ? parseError.errorString() : tr("more than one value")))});
        return std::nullopt;
    }
    return json.array().first().toVariant();
}

} // namespace

Command templateCommand()
{
    return {
        QStringLiteral("template"),
        {{QStringLiteral("template TPL --data DATA.json [--partials DIR] [--escape html|none]"),
          TemplateCommand::tr("render a Mustache template")}},
        TemplateCommand::tr(
            "Renders the Mustache template TPL with the JSON value in DATA.json (any value:\n"
            "an object, an array, a string) and prints the result. Partials come from DIR;\n"
            "a partial that is not there renders as nothing. Values are inserted as they\n"
            "are, as in a kit's prompts, unless --escape html escapes them as the Mustache\n"
            "specification does."),
        TemplateCommand::options().all(),
        [](CommandContext &context, const QStringList &args) {
            return TemplateCommand(context).run(args);
        },
    };
}

} // namespace PromptDeck::Cli
