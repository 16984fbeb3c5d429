#include "bundledsessioncontent.h"

#include "bundledcontent.h"

namespace PromptDeck::Core {

SessionContent bundledSessionContent()
{
    SessionContent content;
    content.loadKit = [](const QString &nameOrPath, QString *origin, Diagnostics *warnings) {
        return BundledContent::loadKit(nameOrPath, origin, warnings);
    };
    content.loadBrief = [](const QString &nameOrPath, const Kit &kit, QString *origin,
                           Diagnostics *warnings) {
        return BundledContent::loadBrief(nameOrPath, kit, origin, warnings);
    };
    content.defaultKit = BundledContent::defaultKit.toString();
    content.defaultBrief = BundledContent::defaultBrief.toString();
    return content;
}

} // namespace PromptDeck::Core
