// Reads one `checks:` entry of a card, with the keys its type takes, and
// refuses what cannot work: an unknown type, a value of the wrong kind, a
// brief field the kit lacks or of the wrong type, an extract the card does
// not declare.
#pragma once

#include "base/diagnostic.h"
#include "kit/checkdef.h"
#include "kit/kit.h"
#include "yaml/yamlnode.h"

#include <QCoreApplication>

#include <optional>

namespace PromptDeck::Core {

class CheckDefReader final
{
    Q_DECLARE_TR_FUNCTIONS(CheckDefReader)

public:
    CheckDefReader(const Kit &kit, const QString &file, Diagnostics &errors, Diagnostics &warnings)
        : m_kit(kit)
        , m_file(file)
        , m_errors(errors)
        , m_warnings(warnings)
    {}

    // extracts: the names the card declares; what: "card 'meta'".
    std::optional<CheckDef> read(const YamlNode &node, const QList<ExtractDef> &extracts,
                                 const QString &what);
    QList<ExtractDef> readExtracts(const YamlNode &node, const QString &what);

private:
    const Kit &m_kit;
    QString m_file;
    Diagnostics &m_errors;
    Diagnostics &m_warnings;
};

} // namespace PromptDeck::Core
