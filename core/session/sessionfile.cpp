#include "session/sessionfile.h"

#include "base/inputlimits.h"
#include "base/regularfile.h"
#include "io/safefilewriter.h"
#include "session/sessionserializer.h"

#include <QDir>
#include <QFile>

namespace PromptDeck::Core {

Result<Session> SessionFile::load(const QString &path, Diagnostics *warnings)
{
    Result<SourceText> source =
        SourceText::readFile(path, Limits::maxSessionFileBytes, tr("session"));
    if (!source)
        return source.errors();
    return SessionSerializer::fromJson(source.value(), warnings);
}

Status SessionFile::save(const Session &session, const QString &path, const QDateTime &now,
                         Overwrite overwrite)
{
    if (overwrite == Overwrite::CheckFormat) {
        QFile existing;
        if (RegularFile::open(existing, SafeFileWriter::resolveTarget(path), path)) {
            const auto version = SessionSerializer::peekFormatVersion(existing.read(4096));
            if (version && *version > SessionSerializer::formatVersion) {
                return Diagnostic::error(QDir::toNativeSeparators(path), 0, 0,
                                         tr("this file holds a session from a newer PromptDeck "
                                            "(file format %1); it was not overwritten. Save under "
                                            "another name.")
                                             .arg(*version));
            }
        }
    }
    // Written as it is made: a large session is never whole in memory.
    return SafeFileWriter::write(
        path,
        [&](const SafeFileWriter::Sink &sink) {
            return SessionSerializer::write(session, now, sink);
        },
        SafeFileWriter::Backup::Keep);
}

} // namespace PromptDeck::Core
