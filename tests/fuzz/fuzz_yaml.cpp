// Fuzz target: one YAML text read as a kit, as a brief of the bundled kit
// and as a topical map, the way promptdeck reads files other people wrote.
// Nothing may crash, hang or leak; every refusal must name a position.
#include "fuzzsupport.h"
#include "kit/briefloader.h"
#include "kit/kitloader.h"
#include "map/maploader.h"
#include "session/session.h"

#include <cstddef>
#include <cstdint>

using namespace PromptDeck;
using namespace PromptDeck::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Kit &kit = Fuzz::bundledKit();
    const SourceText source(QStringLiteral("fuzz.yaml"),
                            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    Diagnostics warnings;
    const Result<KitPtr> loadedKit = KitLoader::load(source, &warnings);
    if (loadedKit) {
        // A kit that loads renders every card's prompt: an error is a value,
        // never a crash.
        Brief empty;
        for (const FieldDef &field : loadedKit.value()->fields)
            empty.setValue(field.key, FieldValue::empty(field.type));
        const Session session(loadedKit.value(), empty, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        for (int card = 0; card < session.cardCount(); ++card)
            (void)session.renderPrompt(card, true);
    } else {
        Fuzz::require(!loadedKit.errors().isEmpty());
    }
    const Result<Brief> brief = BriefLoader::load(source, kit, &warnings);
    if (!brief)
        Fuzz::require(!brief.error().message.isEmpty());
    const Result<TopicalMap> map =
        MapLoader::load(source, QStringLiteral("/nonexistent/fuzz.yaml"), &warnings);
    if (map) {
        for (int i = 0; i < map.value().articles.size(); ++i)
            (void)map.value().briefFor(i, kit, &warnings);
    }
    return 0;
}
