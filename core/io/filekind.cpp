#include "io/filekind.h"

#include "base/sourcetext.h"
#include "yaml/yamlreader.h"

namespace PromptDeck::Core {

bool hasSessionSuffix(const QString &path)
{
    return path.endsWith(QStringLiteral(".promptdeck"));
}

FileKind detectFileKind(const QString &path, const QByteArray &bytes)
{
    // Kits, briefs and maps are YAML documents that are mappings; a JSON
    // object is also YAML, so JSON is told first.
    const SourceText source(path, bytes); // without a byte order mark
    if (hasSessionSuffix(path) || source.bytes().trimmed().startsWith('{'))
        return FileKind::Session;
    const Result<YamlNode> root = YamlReader::parse(source);
    if (!root)
        return FileKind::Unknown;
    if (root.value().isMap() && root.value().find(u"groups"))
        return FileKind::Map;
    if (root.value().isMap() && root.value().find(u"kit"))
        return FileKind::Kit;
    return FileKind::Brief;
}

} // namespace PromptDeck::Core
