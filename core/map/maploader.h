// Loads a topical map (YAML, see content/README.md): the map's name, its
// kit, brief defaults, and per content group its pillar and cluster
// articles. Paths in the map are relative to the map file.
#pragma once

#include "base/result.h"
#include "base/sourcetext.h"
#include "map/topicalmap.h"

#include <QCoreApplication>

namespace PromptDeck::Core {

class MapLoader final
{
    Q_DECLARE_TR_FUNCTIONS(MapLoader)

public:
    // mapFile: the map's path, for resolving relative paths.
    static Result<TopicalMap> load(const SourceText &source, const QString &mapFile,
                                   Diagnostics *warnings = nullptr);
    static Result<TopicalMap> loadFile(const QString &path, Diagnostics *warnings = nullptr);
};

} // namespace PromptDeck::Core
