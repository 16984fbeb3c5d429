// Reading and writing *.promptdeck files: the size cap before parsing, the
// refusal to overwrite a session of a newer format, and the safe write with
// a .bak of the previous version.
#pragma once

#include "base/result.h"
#include "session/session.h"

#include <QCoreApplication>

namespace PromptDeck::Core {

class SessionFile final
{
    Q_DECLARE_TR_FUNCTIONS(SessionFile)

public:
    static Result<Session> load(const QString &path, Diagnostics *warnings = nullptr);

    enum class Overwrite
    {
        // Refuse to replace a session written by a newer version (its
        // format_version read wherever it stands; the whole file is scanned).
        CheckFormat,
        // The caller read the file itself moments before, in the same run
        // (a command that loads, changes and saves). The window always
        // checks: another program may have replaced its file since it opened
        // it, unseen when size and time stamp stayed the same.
        Trusted,
    };
    // Refuses, with a message and the file unchanged, a session whose file
    // would be larger than load accepts (Limits::maxSessionFileBytes).
    static Status save(const Session &session, const QString &path, const QDateTime &now,
                       Overwrite overwrite = Overwrite::CheckFormat);
};

} // namespace PromptDeck::Core
