// Parses YAML text into a YamlNode tree, refusing what could hurt us before
// it can: invalid UTF-8, NUL bytes, nesting deeper than a kit ever needs,
// alias ladders that would expand exponentially, alias cycles, duplicate keys
// and several documents in one file. Errors carry the line and column.
#pragma once

#include "base/inputlimits.h"
#include "base/result.h"
#include "base/sourcetext.h"
#include "yaml/yamlnode.h"

#include <QCoreApplication>

namespace PromptDeck::Core {

struct YamlLimits
{
    int maxDepth = Limits::maxYamlDepth;
    int maxAliases = Limits::maxYamlAliases;
    qsizetype maxNodes = Limits::maxYamlNodes;
};

class YamlReader final
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)

public:
    static Result<YamlNode> parse(const SourceText &source, const YamlLimits &limits = {});
};

} // namespace PromptDeck::Core
