#include "kit/kitschema.h"

namespace PromptDeck::Core {

namespace {

const QString brief = QStringLiteral("brief");
const QString answers = QStringLiteral("answers");
const QString kitKey = QStringLiteral("kit");
const QString htmlKey = QStringLiteral("html");
const QString extractedKey = QStringLiteral("extracted");
const QString item = QStringLiteral("[]");

const QStringList linkMembers{QStringLiteral("title"), QStringLiteral("url"),
                              QStringLiteral("pillar")};
const QStringList kitMembers{QStringLiteral("id"), QStringLiteral("name"),
                             QStringLiteral("version"), QStringLiteral("description")};

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
    if (root == brief) {
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
    if (root == answers) {
        if (path.size() == 1)
            return Type::Map;
        if (path.size() == 2 && m_kit.cardIndex(path.at(1)) >= 0)
            return Type::Text;
        return std::nullopt;
    }
    if (root == htmlKey && m_use == Use::Export) {
        if (path.size() == 1)
            return Type::Map;
        if (path.size() == 2 && m_kit.cardIndex(path.at(1)) >= 0)
            return Type::Text;
        return std::nullopt;
    }
    if (root == extractedKey && m_use == Use::Export) {
        if (path.size() == 1)
            return Type::Map;
        if (path.size() == 2 && membersAt({extractedKey}).contains(path.at(1)))
            return Type::Text;
        return std::nullopt;
    }
    if (root == kitKey && m_use == Use::Export) {
        if (path.size() == 1)
            return Type::Map;
        if (path.size() == 2 && kitMembers.contains(path.at(1)))
            return path.at(1) == QLatin1String("version") ? Type::Number : Type::Text;
    }
    return std::nullopt;
}

QStringList KitSchema::membersAt(const QStringList &path) const
{
    if (path.isEmpty()) {
        QStringList roots{brief, answers};
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
    if (path.size() == 3 && path.first() == brief && path.at(2) == item)
        return linkMembers;
    return {};
}

} // namespace PromptDeck::Core
