#include "mustache/templateanalyzer.h"

#include <vector>

namespace PromptDeck::Core {

namespace {

struct Frame
{
    QStringList path;
    TemplateSchema::Type type;
};

class Walk final
{
public:
    Walk(const TemplateSchema &schema, const MustachePartials &partials)
        : m_schema(schema)
        , m_partials(partials)
    {
        m_frames.push_back({{}, TemplateSchema::Type::Map});
    }

    void nodes(const std::vector<MustacheNode> &list, const QString &partial);

    TemplateAnalysis result;

private:
    // The absolute path a name resolves to, or nothing (after reporting).
    std::optional<Frame> resolve(const MustacheNode &node, const QString &partial);

    const TemplateSchema &m_schema;
    const MustachePartials &m_partials;
    std::vector<Frame> m_frames;
    QStringList m_partialChain;
};

std::optional<Frame> Walk::resolve(const MustacheNode &node, const QString &partial)
{
    if (node.path.isEmpty()) {
        if (m_frames.size() == 1) {
            TemplateProblem problem;
            problem.kind = TemplateProblem::Kind::IteratorOutsideList;
            problem.name = node.text;
            problem.partial = partial;
            problem.line = node.line;
            problem.column = node.column;
            result.problems.append(problem);
            return std::nullopt;
        }
        return m_frames.back();
    }
    const QString &first = node.path.first();
    std::optional<Frame> found;
    for (auto frame = m_frames.crbegin(); frame != m_frames.crend(); ++frame) {
        if (frame->type != TemplateSchema::Type::Map)
            continue;
        const QStringList candidate = frame->path + QStringList{first};
        if (const auto type = m_schema.typeAt(candidate)) {
            found = Frame{candidate, *type};
            break;
        }
    }
    TemplateProblem problem;
    problem.kind = TemplateProblem::Kind::UnknownName;
    problem.name = node.text;
    problem.partial = partial;
    problem.line = node.line;
    problem.column = node.column;
    if (!found) {
        problem.missing = first;
        for (const Frame &frame : m_frames) {
            if (frame.type == TemplateSchema::Type::Map)
                problem.candidates += m_schema.membersAt(frame.path);
        }
        result.problems.append(problem);
        return std::nullopt;
    }
    for (qsizetype i = 1; i < node.path.size(); ++i) {
        const QStringList next = found->path + QStringList{node.path.at(i)};
        const auto type =
            found->type == TemplateSchema::Type::Map ? m_schema.typeAt(next) : std::nullopt;
        if (!type) {
            problem.resolved = found->path;
            problem.missing = node.path.at(i);
            if (found->type == TemplateSchema::Type::Map)
                problem.candidates = m_schema.membersAt(found->path);
            result.problems.append(problem);
            return std::nullopt;
        }
        found = Frame{next, *type};
    }
    result.references.append({found->path, partial, node.line, node.column});
    return found;
}

void Walk::nodes(const std::vector<MustacheNode> &list, const QString &partial)
{
    for (const MustacheNode &node : list) {
        switch (node.type) {
        case MustacheNode::Type::Text:
            break;
        case MustacheNode::Type::Variable:
            resolve(node, partial);
            break;
        case MustacheNode::Type::InvertedSection:
            resolve(node, partial);
            nodes(node.children, partial);
            break;
        case MustacheNode::Type::Section: {
            const std::optional<Frame> frame = resolve(node, partial);
            if (!frame) {
                nodes(node.children, partial); // still check what is inside
                break;
            }
            if (frame->type == TemplateSchema::Type::List) {
                const QStringList item = frame->path + QStringList{QStringLiteral("[]")};
                m_frames.push_back(
                    {item, m_schema.typeAt(item).value_or(TemplateSchema::Type::Text)});
            } else {
                m_frames.push_back(*frame);
            }
            nodes(node.children, partial);
            m_frames.pop_back();
            break;
        }
        case MustacheNode::Type::Partial: {
            TemplateProblem problem;
            problem.name = node.text;
            problem.partial = partial;
            problem.line = node.line;
            problem.column = node.column;
            const auto it = m_partials.constFind(node.text);
            if (it == m_partials.cend()) {
                problem.kind = TemplateProblem::Kind::UnknownPartial;
                problem.candidates = m_partials.keys();
                result.problems.append(problem);
                break;
            }
            if (m_partialChain.contains(node.text)) {
                problem.kind = TemplateProblem::Kind::PartialCycle;
                problem.chain = m_partialChain.mid(m_partialChain.indexOf(node.text));
                problem.chain.append(node.text);
                result.problems.append(problem);
                break;
            }
            m_partialChain.append(node.text);
            nodes(it->nodes(), node.text);
            m_partialChain.removeLast();
            break;
        }
        }
    }
}

} // namespace

TemplateAnalyzer::TemplateAnalyzer(const TemplateSchema &schema, const MustachePartials &partials)
    : m_schema(schema)
    , m_partials(partials)
{}

TemplateAnalysis TemplateAnalyzer::analyze(const MustacheTemplate &tpl) const
{
    Walk walk(m_schema, m_partials);
    walk.nodes(tpl.nodes(), QString());
    return std::move(walk.result);
}

} // namespace PromptDeck::Core
