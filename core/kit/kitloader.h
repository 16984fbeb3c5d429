// Loads a kit from YAML and checks everything that can be checked before a
// brief exists: the structure, every template's syntax, every name a
// template uses, partial cycles, and that cards use only earlier answers.
#pragma once

#include "base/result.h"
#include "base/sourcetext.h"
#include "kit/kit.h"

#include <QCoreApplication>

#include <memory>

namespace PromptDeck::Core {

using KitPtr = std::shared_ptr<const Kit>;

class KitLoader final
{
    Q_DECLARE_TR_FUNCTIONS(KitLoader)

public:
    // Warnings (unknown keys, unused partials, empty phases) are appended to
    // warnings when it is given; they do not stop the kit from loading.
    static Result<KitPtr> load(const SourceText &source, Diagnostics *warnings = nullptr);
    static Result<KitPtr> loadFile(const QString &path, Diagnostics *warnings = nullptr);
};

} // namespace PromptDeck::Core
