#include "mustache/mustacherenderer.h"

#include <QLocale>

#include <cmath>
#include <vector>

namespace PromptDeck::Core {

namespace {

const QVariantMap *asMap(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QVariantMap>())
        return static_cast<const QVariantMap *>(value.constData());
    return nullptr;
}

const QVariantHash *asHash(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QVariantHash>())
        return static_cast<const QVariantHash *>(value.constData());
    return nullptr;
}

const QVariantList *asList(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QVariantList>())
        return static_cast<const QVariantList *>(value.constData());
    return nullptr;
}

const QVariant *member(const QVariant &value, const QString &key)
{
    if (const QVariantMap *map = asMap(value)) {
        const auto it = map->constFind(key);
        return it == map->cend() ? nullptr : &it.value();
    }
    if (const QVariantHash *hash = asHash(value)) {
        const auto it = hash->constFind(key);
        return it == hash->cend() ? nullptr : &it.value();
    }
    return nullptr;
}

} // namespace

// One rendering: the context stack, the output and the first error. Kept out
// of the renderer so that render() stays const and reentrant.
class RenderRun final
{
public:
    RenderRun(const MustacheRenderer &renderer)
        : m_renderer(renderer)
        , m_options(renderer.m_options)
    {}

    bool renderNodes(const std::vector<MustacheNode> &nodes, const QString &partialName);
    void pushRoot(const QVariant &data) { m_stack.push_back({&data, QString()}); }

    RenderedText result;
    std::optional<Diagnostic> error;

private:
    struct Frame
    {
        const QVariant *value;
        QString path; // only kept when spans are collected
    };
    struct Lookup
    {
        const QVariant *value = nullptr;
        QString path;
    };

    Lookup lookup(const QStringList &path) const;
    bool append(QStringView text, TemplateSpan::Kind kind, const QString &source);
    // One function per kind of node; each returns false once rendering failed.
    bool renderNode(const MustacheNode &node, const QString &partialName);
    bool renderVariable(const MustacheNode &node);
    bool renderSection(const MustacheNode &node, const QString &partialName);
    // Renders nodes with frame on top of the context stack.
    bool renderWithin(Frame frame, const std::vector<MustacheNode> &nodes,
                      const QString &partialName);
    bool renderPartial(const MustacheNode &node);
    bool fail(const QString &message, int line = 0, int column = 0)
    {
        if (!error)
            error = Diagnostic::error(QString(), line, column, message);
        return false;
    }

    const MustacheRenderer &m_renderer;
    const MustacheRenderer::Options &m_options;
    qsizetype m_steps = 0;
    std::vector<Frame> m_stack;
    QStringList m_partialChain;
};

RenderRun::Lookup RenderRun::lookup(const QStringList &path) const
{
    if (path.isEmpty())
        return {m_stack.back().value, m_stack.back().path};
    const QString &first = path.first();
    Lookup found;
    for (auto frame = m_stack.crbegin(); frame != m_stack.crend(); ++frame) {
        if (const QVariant *value = member(*frame->value, first)) {
            found.value = value;
            if (m_options.collectSpans)
                found.path = frame->path.isEmpty() ? first : frame->path + QLatin1Char('.') + first;
            break;
        }
    }
    for (qsizetype i = 1; found.value && i < path.size(); ++i) {
        found.value = member(*found.value, path.at(i));
        if (m_options.collectSpans)
            found.path += QLatin1Char('.') + path.at(i);
    }
    return found;
}

bool RenderRun::append(QStringView text, TemplateSpan::Kind kind, const QString &source)
{
    if (text.isEmpty())
        return true;
    if (result.text.size() + text.size() > m_options.maxOutput) {
        return fail(MustacheRenderer::tr("the output would be longer than %1 characters; "
                                         "rendering stopped")
                        .arg(QLocale().toString(m_options.maxOutput)));
    }
    const qsizetype start = result.text.size();
    result.text.append(text);
    if (m_options.collectSpans) {
        TemplateSpans &spans = result.spans;
        if (!spans.isEmpty() && spans.last().kind == kind && spans.last().source == source &&
            spans.last().start + spans.last().length == start) {
            spans.last().length += text.size();
        } else {
            spans.append({start, text.size(), kind, source});
        }
    }
    return true;
}

bool RenderRun::renderNodes(const std::vector<MustacheNode> &nodes, const QString &partialName)
{
    for (const MustacheNode &node : nodes) {
        if (++m_steps > m_options.maxSteps) {
            return fail(MustacheRenderer::tr("the template does more than %1 steps (sections "
                                             "nested over lists multiply); rendering stopped")
                            .arg(QLocale().toString(m_options.maxSteps)),
                        node.line, node.column);
        }
        if (!renderNode(node, partialName))
            return false;
    }
    return true;
}

bool RenderRun::renderNode(const MustacheNode &node, const QString &partialName)
{
    switch (node.type) {
    case MustacheNode::Type::Text:
        return append(node.text,
                      partialName.isNull() ? TemplateSpan::Kind::Literal
                                           : TemplateSpan::Kind::Partial,
                      partialName);
    case MustacheNode::Type::Variable:
        return renderVariable(node);
    case MustacheNode::Type::Section:
        return renderSection(node, partialName);
    case MustacheNode::Type::InvertedSection: {
        const Lookup found = lookup(node.path);
        if (found.value && MustacheRenderer::isTruthy(*found.value))
            return true;
        return renderNodes(node.children, partialName);
    }
    case MustacheNode::Type::Partial:
        return renderPartial(node);
    }
    return true;
}

bool RenderRun::renderVariable(const MustacheNode &node)
{
    const Lookup found = lookup(node.path);
    if (!found.value) {
        if (m_options.missingValue) {
            if (const std::optional<QString> marker = m_options.missingValue(node))
                return append(*marker, TemplateSpan::Kind::Missing, node.text);
        }
        return true;
    }
    // A string value is appended as it is: never parsed, never expanded.
    const QString text = MustacheRenderer::valueToString(*found.value);
    const bool escape = m_options.htmlEscape && node.escape;
    return append(escape ? MustacheRenderer::escapeHtml(text) : text, TemplateSpan::Kind::Value,
                  found.path);
}

bool RenderRun::renderSection(const MustacheNode &node, const QString &partialName)
{
    const Lookup found = lookup(node.path);
    if (!found.value || !MustacheRenderer::isTruthy(*found.value))
        return true;
    const QVariantList *list = asList(*found.value);
    if (!list)
        return renderWithin({found.value, found.path}, node.children, partialName);
    for (qsizetype i = 0; i < list->size(); ++i) {
        const Frame item{&list->at(i), m_options.collectSpans
                                           ? found.path + QLatin1Char('.') + QString::number(i)
                                           : QString()};
        if (!renderWithin(item, node.children, partialName))
            return false;
    }
    return true;
}

bool RenderRun::renderWithin(Frame frame, const std::vector<MustacheNode> &nodes,
                             const QString &partialName)
{
    m_stack.push_back(std::move(frame));
    const bool ok = renderNodes(nodes, partialName);
    m_stack.pop_back();
    return ok;
}

bool RenderRun::renderPartial(const MustacheNode &node)
{
    const MustachePartials *partials = m_renderer.m_partials;
    if (!partials)
        return true;
    const auto it = partials->constFind(node.text);
    if (it == partials->cend())
        return true; // the specification renders an unknown partial as nothing
    if (m_partialChain.size() >= m_options.maxPartialDepth) {
        QStringList chain = m_partialChain;
        chain.append(node.text);
        return fail(MustacheRenderer::tr("partials include each other more than %1 levels deep: "
                                         "%2")
                        .arg(m_options.maxPartialDepth)
                        .arg(chain.join(QStringLiteral(" → "))),
                    node.line, node.column);
    }
    const MustacheTemplate *tpl = &it.value();
    if (!node.indent.isEmpty()) {
        const QString key = node.text + QLatin1Char('\n') + node.indent;
        auto cached = m_renderer.m_indentedPartials.find(key);
        if (cached == m_renderer.m_indentedPartials.end())
            cached = m_renderer.m_indentedPartials.insert(key, tpl->indented(node.indent));
        tpl = &cached.value();
    }
    m_partialChain.append(node.text);
    const bool ok = renderNodes(tpl->nodes(), node.text);
    m_partialChain.removeLast();
    return ok;
}

MustacheRenderer::MustacheRenderer(const MustachePartials *partials)
    : m_partials(partials)
{}

MustacheRenderer::MustacheRenderer(const MustachePartials *partials, Options options)
    : m_partials(partials)
    , m_options(std::move(options))
{}

Result<RenderedText> MustacheRenderer::render(const MustacheTemplate &tpl,
                                              const QVariant &data) const
{
    RenderRun run(*this);
    run.pushRoot(data);
    run.renderNodes(tpl.nodes(), QString());
    if (run.error)
        return *run.error;
    return std::move(run.result);
}

QString MustacheRenderer::valueToString(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return {};
    case QMetaType::QString:
        return *static_cast<const QString *>(value.constData());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return {};
    case QMetaType::QVariantList: {
        QStringList parts;
        for (const QVariant &item : *asList(value))
            parts.append(valueToString(item));
        return parts.join(QStringLiteral(", "));
    }
    default:
        return value.toString();
    }
}

bool MustacheRenderer::isTruthy(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return false;
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QString:
        return !static_cast<const QString *>(value.constData())->isEmpty();
    case QMetaType::QVariantList:
        return !asList(value)->isEmpty();
    default:
        return !value.isNull();
    }
}

QString MustacheRenderer::escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace PromptDeck::Core
