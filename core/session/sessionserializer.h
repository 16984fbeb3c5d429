// The *.promptdeck file format: one JSON object with an integer
// format_version, the kit's YAML text, the brief, every answer with its
// history, and the view. JSON rather than YAML because YAML emitters lose
// the type of strings such as "null", "true" or "3".
#pragma once

#include "base/result.h"
#include "base/sourcetext.h"
#include "session/session.h"

#include <QCoreApplication>

#include <functional>

namespace PromptDeck::Core {

class SessionSerializer final
{
    Q_DECLARE_TR_FUNCTIONS(SessionSerializer)

public:
    // 2: an answer records its inputs by the fingerprint of their content.
    // 1 recorded earlier answers by revision number; such files are read
    // and converted (see convertRevisionBasis in the .cpp).
    static constexpr int formatVersion = 2;

    static QByteArray toJson(const Session &session, const QDateTime &savedAt);
    // The same text, handed to sink a piece at a time (see JsonWriter);
    // false if the sink refused a piece.
    static bool write(const Session &session, const QDateTime &savedAt,
                      const std::function<bool(QByteArrayView)> &sink);
    static Result<Session> fromJson(const SourceText &source, Diagnostics *warnings = nullptr);

    // A file's format_version as it is written there.
    struct PeekedVersion
    {
        QString number;     // the number's text (shortened when very long)
        bool newer = false; // a whole number above formatVersion, however large
    };
    // The top-level format_version of a session file's text, wherever it
    // stands in the object (the last one, if repeated, as the reader takes
    // it), in one pass that skips strings and nested values without building
    // anything. None when the text is no object or has no number there.
    static std::optional<PeekedVersion> peekFormatVersion(QByteArrayView text);
};

} // namespace PromptDeck::Core
