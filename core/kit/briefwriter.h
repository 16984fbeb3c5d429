// Writes a brief as the flat YAML BriefLoader reads: one key per kit field,
// in the kit's order, every text double-quoted and escaped so that values
// such as "null", "true", "3" or "# not a comment" come back as text.
#pragma once

#include "kit/brief.h"
#include "kit/kit.h"

#include <QByteArray>

namespace PromptDeck::Core {

class BriefWriter final
{
public:
    // comment: an optional first line, written as a YAML comment.
    static QByteArray toYaml(const Brief &brief, const Kit &kit,
                             const QString &comment = QString());
    static QString quoted(QStringView text);
};

} // namespace PromptDeck::Core
