// Whether writing a result (an export, an imported brief) to a file would
// replace something it must not: one of the files the result was made from,
// or a session. The same file is told by what it is on disk (device and
// inode, through symbolic links), not by its name, so "./x", "dir/../x", a
// symbolic link or a hard link to an input are all that input.
#pragma once

#include "io/filekind.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace PromptDeck::Core {

struct OutputConflict
{
    enum class Kind
    {
        Input,  // output is the same file as input
        Session // output names an existing session (*.promptdeck)
    };
    Kind kind = Kind::Input;
    QString input; // for Input: the input, as it was given
};

// True when both paths name one existing file.
bool isSameFile(const QString &a, const QString &b);

// What writing to output would replace, or nothing when it replaces neither
// an input nor a session (a new file, or an ordinary one).
std::optional<OutputConflict> outputConflict(const QString &output, const QStringList &inputs);

} // namespace PromptDeck::Core
