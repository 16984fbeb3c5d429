#include "session/sessionexporter.h"

#include "checks/answerchecker.h"
#include "json/jsonwriter.h"
#include "mustache/mustacherenderer.h"
#include "text/markdownscan.h"

namespace PromptDeck::Core {

namespace {

// The exported page is opened in a browser, from disk or a site: nothing in
// an answer may run there, and no link may lead nowhere. Links go to web
// pages or mail; images come from the web. Any other destination is
// written as text: javascript:, vbscript:, data:, file:, and every one
// without a scheme ("#", "#faq", a relative path, a page's title in angle
// brackets), which the page pasted into a site would show as a broken
// link (the article's checklist names each of them).
bool pageMayPointAt(HtmlUrlKind kind, QStringView url)
{
    const QString scheme = urlScheme(url);
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (kind == HtmlUrlKind::Image)
        return web;
    return web || scheme == QLatin1String("mailto");
}

} // namespace

SessionExporter::SessionExporter(const Session &session)
    : m_session(session)
{}

const ExportDef *SessionExporter::exportFor(const QString &format) const
{
    for (const ExportDef &def : m_session.kit().exports) {
        if (def.format == format)
            return &def;
    }
    return nullptr;
}

const ExportDef *SessionExporter::exportById(const QString &id) const
{
    for (const ExportDef &def : m_session.kit().exports) {
        if (def.id == id)
            return &def;
    }
    return nullptr;
}

QVariantMap SessionExporter::templateData(bool withHtml) const
{
    QVariantMap data = m_session.templateData();
    const Kit &kit = m_session.kit();
    QVariantMap extracted;
    QVariantMap html;
    for (int i = 0; i < kit.cards.size(); ++i) {
        if (!m_session.hasAnswer(i))
            continue;
        const CardDef &card = kit.cards.at(i);
        const QString answer = m_session.usedAnswer(i);
        for (const ExtractDef &extract : card.extracts) {
            if (const auto value = AnswerChecker::extract(card, extract.name, answer))
                extracted.insert(extract.name, *value);
        }
        if (withHtml)
            html.insert(card.id, markdownToHtml(answer, pageMayPointAt));
    }
    data.insert(QStringLiteral("extracted"), extracted);
    data.insert(QStringLiteral("html"), html);
    data.insert(QStringLiteral("kit"),
                QVariantMap{{QStringLiteral("id"), kit.id},
                            {QStringLiteral("name"), kit.name},
                            {QStringLiteral("version"), kit.version},
                            {QStringLiteral("description"), kit.description}});
    return data;
}

Result<QString> SessionExporter::render(const ExportDef &def) const
{
    const bool html = def.format == QLatin1String("html");
    MustacheRenderer::Options options;
    options.htmlEscape = html;
    options.missingValue = [this, html](const MustacheNode &node) -> std::optional<QString> {
        if (node.path.size() != 2)
            return std::nullopt;
        const QString &root = node.path.first();
        if (root != QLatin1String("answers") && root != QLatin1String("html"))
            return std::nullopt;
        const QString marker = m_session.missingAnswerMarker(node.path.at(1));
        return html ? QStringLiteral("<p><strong>%1</strong></p>").arg(marker.toHtmlEscaped())
                    : marker;
    };
    const MustacheRenderer renderer(&m_session.kit().partials, std::move(options));
    Result<RenderedText> rendered = renderer.render(def.body, templateData(html));
    if (!rendered)
        return rendered.errors();
    return std::move(rendered).value().text;
}

QByteArray SessionExporter::toJson(const QDateTime &exportedAt) const
{
    const Kit &kit = m_session.kit();
    JsonWriter out;
    out.beginObject();
    out.key(u"generator");
    out.value(QStringLiteral("PromptDeck " PROMPTDECK_VERSION));
    out.key(u"exported");
    out.value(exportedAt.toUTC().toString(Qt::ISODateWithMs));
    out.key(u"kit");
    out.beginObject();
    out.key(u"id");
    out.value(kit.id);
    out.key(u"name");
    out.value(kit.name);
    out.key(u"version");
    out.value(kit.version);
    out.endObject();

    out.key(u"brief");
    out.beginObject();
    for (const FieldDef &field : kit.fields) {
        out.key(field.key);
        const FieldValue value = m_session.brief().value(field.key);
        switch (field.type) {
        case FieldType::List:
            out.beginArray();
            for (const QString &item : value.items())
                out.value(item);
            out.endArray();
            break;
        case FieldType::Links:
            out.beginArray();
            for (const BriefLink &link : value.links()) {
                out.beginObject();
                out.key(u"title");
                out.value(link.title);
                out.key(u"url");
                out.value(link.url);
                out.key(u"pillar");
                out.value(link.pillar);
                out.endObject();
            }
            out.endArray();
            break;
        case FieldType::Number:
            if (const auto n = value.number())
                out.value(qint64(*n));
            else
                out.nullValue();
            break;
        default:
            out.value(value.text());
        }
    }
    out.endObject();

    const QVariantMap extracted = templateData(false).value(QStringLiteral("extracted")).toMap();
    out.key(u"extracted");
    out.beginObject();
    for (auto it = extracted.cbegin(); it != extracted.cend(); ++it) {
        out.key(it.key());
        out.value(it.value().toString());
    }
    out.endObject();

    out.key(u"cards");
    out.beginArray();
    for (int i = 0; i < kit.cards.size(); ++i) {
        const CardDef &card = kit.cards.at(i);
        const CardStatus status = m_session.status(i);
        out.beginObject();
        out.key(u"number");
        out.value(i + 1);
        out.key(u"id");
        out.value(card.id);
        out.key(u"title");
        out.value(card.title);
        out.key(u"phase");
        out.value(card.phase);
        out.key(u"state");
        out.value(cardStateId(status.state));
        out.key(u"depends_on");
        out.beginArray();
        for (const QString &id : card.dependsOn)
            out.value(id);
        out.endArray();
        out.key(u"prompt");
        const Result<RenderedText> prompt = m_session.renderPrompt(i);
        out.value(prompt ? prompt.value().text : QString());
        out.key(u"answer");
        if (m_session.hasAnswer(i))
            out.value(m_session.answerText(i));
        else
            out.nullValue();
        out.key(u"earlier_answers");
        out.value(int(m_session.record(i).history.size()));
        out.key(u"checks");
        out.beginArray();
        for (const CheckResult &check : m_session.checkResults(i)) {
            out.beginObject();
            out.key(u"level");
            out.value(checkLevelId(check.level));
            out.key(u"label");
            out.value(check.label);
            out.key(u"message");
            out.value(check.message);
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.take();
}

} // namespace PromptDeck::Core
