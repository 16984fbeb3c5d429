// Runs the window: `promptdeck [FILE]` and `promptdeck --screenshot OUT.png
// [FILE]`, which opens the window, lets it paint, saves it as a PNG and
// exits.
#pragma once

namespace PromptDeck::Gui {

int runGui(int &argc, char **argv);

} // namespace PromptDeck::Gui
