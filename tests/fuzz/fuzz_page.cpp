// Fuzz target: the text of a topical-map page, as File > New Session from
// Page Text and "promptdeck import-brief" read it. Nothing may crash, hang
// or leak; a brief that comes out must be writable as YAML and load again.
#include "fuzzsupport.h"
#include "import/pageimporter.h"
#include "kit/briefloader.h"
#include "kit/briefwriter.h"
#include "yaml/yamlreader.h"

#include <cstddef>
#include <cstdint>

using namespace PromptDeck;
using namespace PromptDeck::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Kit &kit = Fuzz::bundledKit();
    const SourceText page(QStringLiteral("page.txt"),
                          QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const Result<ImportedBrief> imported = PageImporter::import(page, kit);
    if (!imported)
        return 0;
    const QByteArray yaml =
        BriefWriter::toYaml(imported.value().brief, kit, QStringLiteral("fuzz"));
    const Result<YamlNode> root = YamlReader::parse(SourceText(QStringLiteral("brief.yaml"), yaml));
    Fuzz::require(root.ok());
    const Result<Brief> again = BriefLoader::fromYaml(root.value(), QStringLiteral("brief.yaml"),
                                                      kit, nullptr, BriefLoader::Required::Allow);
    Fuzz::require(again.ok());
    Fuzz::require(again.value() == imported.value().brief);
    return 0;
}
