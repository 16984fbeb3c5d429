// What every PromptDeck fuzz target shares: a QCoreApplication (Qt's
// translation and resource machinery want one) created once, and the
// bundled kit that briefs, maps and pages are read against.
#pragma once

#include "bundledcontent.h"

#include <QCoreApplication>

#include <cstdlib>

namespace PromptDeck::Fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "promptdeck-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

inline const Core::Kit &bundledKit()
{
    static const Core::KitPtr kit = [] {
        ensureApplication();
        Core::Result<Core::KitPtr> loaded =
            Core::BundledContent::loadKit(Core::BundledContent::defaultKit.toString());
        if (!loaded)
            std::abort();
        return loaded.value();
    }();
    return *kit;
}

// A check that must hold for every input: abort, so the fuzzer reports it.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace PromptDeck::Fuzz
