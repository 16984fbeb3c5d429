// Loads a brief (flat YAML: one key per kit field) and checks it against the
// kit's field list: required fields present, values of the declared type,
// unknown keys reported.
#pragma once

#include "base/result.h"
#include "base/sourcetext.h"
#include "kit/brief.h"
#include "kit/kit.h"
#include "yaml/yamlnode.h"

#include <QCoreApplication>

namespace PromptDeck::Core {

class BriefLoader final
{
    Q_DECLARE_TR_FUNCTIONS(BriefLoader)

public:
    static Result<Brief> load(const SourceText &source, const Kit &kit,
                              Diagnostics *warnings = nullptr);
    static Result<Brief> loadFile(const QString &path, const Kit &kit,
                                  Diagnostics *warnings = nullptr);
    enum class Required
    {
        Enforce,
        Allow
    };
    // For a brief that is part of a larger YAML document (a map's article).
    // Required::Allow reads a partial brief: a map's defaults or an article
    // whose brief the writer completes later.
    static Result<Brief> fromYaml(const YamlNode &node, const QString &file, const Kit &kit,
                                  Diagnostics *warnings = nullptr,
                                  Required required = Required::Enforce);

    // Missing required fields, as messages; empty when the brief is complete.
    static QStringList missingRequired(const Brief &brief, const Kit &kit);
};

} // namespace PromptDeck::Core
