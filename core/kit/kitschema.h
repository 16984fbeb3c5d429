// What prompt and export templates can read: brief.<field> (typed as the
// kit declares it), answers.<card id>, article.draft when the kit has an
// article: section, and, for exports, kit.<name|id|…> and article.html.
#pragma once

#include "kit/kit.h"
#include "mustache/templateanalyzer.h"

namespace PromptDeck::Core {

class KitSchema final : public TemplateSchema
{
public:
    enum class Use
    {
        Prompt,
        Export
    };

    KitSchema(const Kit &kit, Use use);

    std::optional<Type> typeAt(const QStringList &path) const override;
    QStringList membersAt(const QStringList &path) const override;

private:
    std::optional<Type> briefTypeAt(const QStringList &path) const;
    std::optional<Type> articleTypeAt(const QStringList &path) const;

    const Kit &m_kit;
    Use m_use;
};

} // namespace PromptDeck::Core
