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
        CheckFormat, // refuse to replace a session written by a newer version
        Trusted,     // the caller knows the file (it loaded it from there)
    };
    static Status save(const Session &session, const QString &path, const QDateTime &now,
                       Overwrite overwrite = Overwrite::CheckFormat);
};

} // namespace PromptDeck::Core
