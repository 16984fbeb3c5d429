// What prompt and export templates can read: brief.<field> (typed as the
// kit declares it), answers.<card id>, budget.<part> when the kit has a
// budget, and, for exports, kit.<name|id|…>.
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
    std::optional<Type> budgetTypeAt(const QStringList &path) const;

    const Kit &m_kit;
    Use m_use;
};

} // namespace PromptDeck::Core
