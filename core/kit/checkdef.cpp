#include "kit/checkdef.h"

namespace PromptDeck::Core {

namespace {

struct TypeName
{
    CheckDef::Type type;
    const char16_t *name;
};

constexpr TypeName typeNames[] = {
    {CheckDef::Type::Words, u"words"},
    {CheckDef::Type::Characters, u"characters"},
    {CheckDef::Type::Headings, u"headings"},
    {CheckDef::Type::Questions, u"questions"},
    {CheckDef::Type::ListItems, u"list_items"},
    {CheckDef::Type::Links, u"links"},
    {CheckDef::Type::Keyword, u"keyword"},
    {CheckDef::Type::Keywords, u"keywords"},
    {CheckDef::Type::Slug, u"slug"},
    {CheckDef::Type::XThread, u"x_thread"},
    {CheckDef::Type::LinkedIn, u"linkedin"},
    {CheckDef::Type::InternalLinks, u"internal_links"},
};

} // namespace

QString checkLevelId(CheckResult::Level level)
{
    switch (level) {
    case CheckResult::Level::Pass:
        return QStringLiteral("pass");
    case CheckResult::Level::Warn:
        return QStringLiteral("warn");
    case CheckResult::Level::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QString checkLevelLabel(CheckResult::Level level)
{
    switch (level) {
    case CheckResult::Level::Pass:
        return QCoreApplication::translate("CheckResult", "pass");
    case CheckResult::Level::Warn:
        return QCoreApplication::translate("CheckResult", "warning");
    case CheckResult::Level::Fail:
        return QCoreApplication::translate("CheckResult", "fail");
    }
    return {};
}

QString CheckDef::typeName(Type type)
{
    for (const TypeName &entry : typeNames) {
        if (entry.type == type)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<CheckDef::Type> CheckDef::typeFromName(QStringView name)
{
    for (const TypeName &entry : typeNames) {
        if (name == QStringView(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

QString CheckDef::displayLabel() const
{
    if (!label.isEmpty())
        return label;
    switch (type) {
    case Type::Words:
        return tr("Words");
    case Type::Characters:
        return tr("Characters");
    case Type::Headings:
        return tr("H%1 headings").arg(level);
    case Type::Questions:
        return tr("Questions");
    case Type::ListItems:
        return tr("List items");
    case Type::Links:
        return tr("Links");
    case Type::Keyword:
        return tr("Keyword");
    case Type::Keywords:
        return tr("Keywords");
    case Type::Slug:
        return tr("Slug");
    case Type::XThread:
        return tr("X thread");
    case Type::LinkedIn:
        return tr("LinkedIn post");
    case Type::InternalLinks:
        return tr("Internal links");
    }
    return {};
}

} // namespace PromptDeck::Core
