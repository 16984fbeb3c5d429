// The entries of the command table (CommandLine::commands()), one file each
// in this folder: a command's texts, options and run function sit together.
#pragma once

#include "command.h"

namespace PromptDeck::Cli {

Command newCommand();
Command cardsCommand();
Command promptCommand();
Command answerCommand();
Command checkCommand();
Command exportCommand();
Command validateCommand();
Command importBriefCommand();
Command libraryCommand();
Command templateCommand();

} // namespace PromptDeck::Cli
