// Runs the window: `promptdeck [FILE]` and `promptdeck --screenshot OUT.png
// [FILE]`, which opens the window, lets it paint, saves it as a PNG and
// exits. The options are parsed before (ProgramOptions), without a display.
#pragma once

#include <QString>

namespace PromptDeck::Gui {

int runGui(int &argc, char **argv, const QString &screenshotPath, const QString &file);

} // namespace PromptDeck::Gui
