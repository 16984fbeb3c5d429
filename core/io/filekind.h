// What a PromptDeck file holds (a session, a kit, a brief or a topical map),
// told from its name and its content, so a command that takes any of them
// (validate) reads each with the right loader.
#pragma once

#include <QByteArray>
#include <QString>

namespace PromptDeck::Core {

enum class FileKind
{
    Session, // JSON: the name ends in .promptdeck, or the content is an object
    Map,     // YAML mapping with groups:
    Kit,     // YAML mapping with kit:
    Brief,   // any other YAML
    Unknown  // neither: YAML that does not parse (the YAML reader says why)
};

// A session by its name alone, so the session size limit applies before
// the file is read.
bool hasSessionSuffix(const QString &path);

// path names the file in the YAML reader's messages; bytes is its content.
FileKind detectFileKind(const QString &path, const QByteArray &bytes);

} // namespace PromptDeck::Core
