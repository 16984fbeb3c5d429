#include "bundledcontent.h"

#include "base/inputlimits.h"
#include "kit/briefloader.h"

#include <QDir>
#include <QFileInfo>

namespace PromptDeck::Core {

namespace {

const QString kitsDir = QStringLiteral(":/content/kits");
const QString briefsDir = QStringLiteral(":/content/briefs");

QStringList yamlNames(const QString &dir)
{
    QStringList names;
    const QStringList files =
        QDir(dir).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

QString resourceFor(const QString &dir, const QString &name)
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return {};
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".yaml");
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace

QStringList BundledContent::kitNames()
{
    return yamlNames(kitsDir);
}

QStringList BundledContent::briefNames()
{
    return yamlNames(briefsDir);
}

QString BundledContent::kitResource(const QString &name)
{
    return resourceFor(kitsDir, name);
}

QString BundledContent::briefResource(const QString &name)
{
    return resourceFor(briefsDir, name);
}

QString BundledContent::origin(QStringView name)
{
    return QStringLiteral("bundled:") + name.toString();
}

Result<KitPtr> BundledContent::loadKit(const QString &nameOrPath, QString *origin,
                                       Diagnostics *warnings)
{
    const QString resource = kitResource(nameOrPath);
    const QString path = resource.isEmpty() ? nameOrPath : resource;
    const QString shown = resource.isEmpty() ? nameOrPath : tr("%1.yaml (bundled)").arg(nameOrPath);
    Result<SourceText> source =
        SourceText::readFile(path, shown, Limits::maxYamlFileBytes, tr("kit"));
    if (!source)
        return source.errors();
    if (origin) {
        *origin = resource.isEmpty() ? QFileInfo(nameOrPath).absoluteFilePath()
                                     : BundledContent::origin(nameOrPath);
    }
    return KitLoader::load(source.value(), warnings);
}

Result<Brief> BundledContent::loadBrief(const QString &nameOrPath, const Kit &kit, QString *origin,
                                        Diagnostics *warnings)
{
    const QString resource = briefResource(nameOrPath);
    const QString path = resource.isEmpty() ? nameOrPath : resource;
    const QString shown = resource.isEmpty() ? nameOrPath : tr("%1.yaml (bundled)").arg(nameOrPath);
    Result<SourceText> source =
        SourceText::readFile(path, shown, Limits::maxYamlFileBytes, tr("brief"));
    if (!source)
        return source.errors();
    if (origin) {
        *origin = resource.isEmpty() ? QFileInfo(nameOrPath).absoluteFilePath()
                                     : BundledContent::origin(nameOrPath);
    }
    return BriefLoader::load(source.value(), kit, warnings);
}

} // namespace PromptDeck::Core
