// Reads the keys of one YAML mapping with clear messages: a required key
// that is missing, a value of the wrong kind, and (at the end) every key
// nobody asked for, reported as a warning with a suggestion.
#pragma once

#include "base/diagnostic.h"
#include "yaml/yamlnode.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace PromptDeck::Core {

class YamlMapReader final
{
    Q_DECLARE_TR_FUNCTIONS(YamlMapReader)

public:
    enum Need
    {
        Optional,
        Required
    };

    // what: how messages name this mapping ("card 'outline'", "the kit").
    YamlMapReader(const YamlNode &node, const QString &file, const QString &what,
                  Diagnostics &errors, Diagnostics &warnings);

    bool isMap() const { return m_node.isMap(); }

    const YamlNode *node(const QString &key, Need need);
    std::optional<QString> text(const QString &key, Need need);
    std::optional<qint64> integer(const QString &key, Need need, qint64 minimum);
    std::optional<bool> boolean(const QString &key, Need need);
    const YamlNode *sequence(const QString &key, Need need);
    const YamlNode *mapping(const QString &key, Need need);

    void reportUnknownKeys();

    Diagnostic errorAt(const YamlNode &node, const QString &message) const;
    void addError(const YamlNode &node, const QString &message);

private:
    const YamlNode &m_node;
    QString m_file;
    QString m_what;
    Diagnostics &m_errors;
    Diagnostics &m_warnings;
    QStringList m_known;
};

} // namespace PromptDeck::Core
