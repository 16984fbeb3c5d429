#include "kit/kitschema.h"

namespace PromptDeck::Core {

namespace {

const QString brief = QStringLiteral("brief");
const QString answers = QStringLiteral("answers");
const QString kitKey = QStringLiteral("kit");
const QString htmlKey = QStringLiteral("html");
const QString extractedKey = QStringLiteral("extracted");
const QString budgetKey = QStringLiteral("budget");
const QString totalKey = QStringLiteral("total");
const QString item = QStringLiteral("[]");

const QStringList linkMembers{QStringLiteral("title"), QStringLiteral("url"),
                              QStringLiteral("pillar")};
const QStringList kitMembers{QStringLiteral("id"), QStringLiteral("name"),
                             QStringLiteral("version"), QStringLiteral("description")};

// The roots only exports can read.
bool isExportRoot(const QString &root)
{
    return root == htmlKey || root == extractedKey || root == kitKey;
}

} // namespace

KitSchema::KitSchema(const Kit &kit, Use use)
    : m_kit(kit)
    , m_use(use)
{}

std::optional<TemplateSchema::Type> KitSchema::typeAt(const QStringList &path) const
{
    if (path.isEmpty())
        return Type::Map;
    const QString &root = path.first();
    if (root == brief)
        return briefTypeAt(path);
    if (root == budgetKey && !m_kit.budget.isEmpty())
        return budgetTypeAt(path);
    if (path.size() == 1 && (root == answers || (m_use == Use::Export && isExportRoot(root))))
        return Type::Map;
    if (path.size() != 2)
        return std::nullopt;
    const QString &member = path.at(1);
    if (root == answers || (root == htmlKey && m_use == Use::Export))
        return m_kit.cardIndex(member) >= 0 ? std::optional(Type::Text) : std::nullopt;
    if (root == extractedKey && m_use == Use::Export)
        return membersAt({extractedKey}).contains(member) ? std::optional(Type::Text)
                                                          : std::nullopt;
    if (root == kitKey && m_use == Use::Export && kitMembers.contains(member))
        return member == QLatin1String("version") ? Type::Number : Type::Text;
    return std::nullopt;
}

// budget, budget.total and budget.<part>: whole numbers of words.
std::optional<TemplateSchema::Type> KitSchema::budgetTypeAt(const QStringList &path) const
{
    if (path.size() == 1)
        return Type::Map;
    if (path.size() == 2 && (path.at(1) == totalKey || m_kit.budget.hasPart(path.at(1))))
        return Type::Number;
    return std::nullopt;
}

// brief, brief.<field>, brief.<list>.[] and brief.<links>.[].<member>.
std::optional<TemplateSchema::Type> KitSchema::briefTypeAt(const QStringList &path) const
{
    if (path.size() == 1)
        return Type::Map;
    const FieldDef *field = m_kit.field(path.at(1));
    if (!field)
        return std::nullopt;
    if (path.size() == 2) {
        switch (field->type) {
        case FieldType::Text:
        case FieldType::Paragraph:
            return Type::Text;
        case FieldType::Number:
            return Type::Number;
        case FieldType::List:
        case FieldType::Links:
            return Type::List;
        }
    }
    if (path.at(2) != item)
        return std::nullopt;
    if (field->type == FieldType::List)
        return path.size() == 3 ? std::optional(Type::Text) : std::nullopt;
    if (field->type == FieldType::Links) {
        if (path.size() == 3)
            return Type::Map;
        if (path.size() == 4 && linkMembers.contains(path.at(3)))
            return path.at(3) == QLatin1String("pillar") ? Type::Bool : Type::Text;
    }
    return std::nullopt;
}

QStringList KitSchema::membersAt(const QStringList &path) const
{
    if (path.isEmpty()) {
        QStringList roots{brief, answers};
        if (!m_kit.budget.isEmpty())
            roots.append(budgetKey);
        if (m_use == Use::Export)
            roots += QStringList{htmlKey, extractedKey, kitKey};
        return roots;
    }
    if (path == QStringList{brief}) {
        QStringList keys;
        for (const FieldDef &field : m_kit.fields)
            keys.append(field.key);
        return keys;
    }
    if (path == QStringList{extractedKey}) {
        QStringList names;
        for (const CardDef &card : m_kit.cards) {
            for (const ExtractDef &extract : card.extracts)
                names.append(extract.name);
        }
        return names;
    }
    if (path == QStringList{answers} || path == QStringList{htmlKey}) {
        QStringList ids;
        for (const CardDef &card : m_kit.cards)
            ids.append(card.id);
        return ids;
    }
    if (path == QStringList{kitKey})
        return kitMembers;
    if (path == QStringList{budgetKey} && !m_kit.budget.isEmpty())
        return QStringList{totalKey} + m_kit.budget.partNames();
    if (path.size() == 3 && path.first() == brief && path.at(2) == item)
        return linkMembers;
    return {};
}

} // namespace PromptDeck::Core
