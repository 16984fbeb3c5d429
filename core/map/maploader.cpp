#include "map/maploader.h"

#include "base/inputlimits.h"
#include "kit/weburl.h"
#include "yaml/yamlmapreader.h"
#include "yaml/yamlreader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace PromptDeck::Core {

namespace {

// A relative path with no ".." part: whatever the folder it is taken from,
// it names something inside that folder.
bool staysInside(const QString &path)
{
    if (QDir::isAbsolutePath(path))
        return false;
    const QStringList parts =
        QDir::fromNativeSeparators(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return !parts.contains(QStringLiteral(".."));
}

// A slug is a path under the map's base_url: letters and digits, with '-',
// '_', '.' or '/' between them, and optionally a '/' at the end.
bool isSlug(const QString &slug)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9]+([-_./][A-Za-z0-9]+)*/?$"));
    return pattern.match(slug).hasMatch();
}

// The map's base_url: an absolute http(s) URL, or empty.
QString readBaseUrl(YamlMapReader &top)
{
    const std::optional<QString> base =
        top.text(QStringLiteral("base_url"), YamlMapReader::Optional);
    if (!base || base->isEmpty())
        return {};
    const QString problem = WebUrl::problem(*base);
    if (!problem.isEmpty()) {
        top.addError(*top.node(QStringLiteral("base_url"), YamlMapReader::Optional),
                     MapLoader::tr("the base_url '%1' %2").arg(*base, problem));
        return {};
    }
    return *base;
}

// An article's URL: its url: when given, else the map's base_url and its
// slug (by default its title's, as in session file names); empty without
// either.
QString readArticleUrl(YamlMapReader &reader, const QString &title, const QString &baseUrl,
                       Diagnostics &warnings, const QString &fileName)
{
    const std::optional<QString> slug =
        reader.text(QStringLiteral("slug"), YamlMapReader::Optional);
    if (const std::optional<QString> url =
            reader.text(QStringLiteral("url"), YamlMapReader::Optional);
        url && !url->isEmpty()) {
        const QString problem = WebUrl::problem(*url);
        if (!problem.isEmpty())
            reader.addError(*reader.node(QStringLiteral("url"), YamlMapReader::Optional),
                            MapLoader::tr("the url '%1' %2").arg(*url, problem));
        return problem.isEmpty() ? *url : QString();
    }
    if (slug && !isSlug(*slug)) {
        reader.addError(*reader.node(QStringLiteral("slug"), YamlMapReader::Optional),
                        MapLoader::tr("the slug '%1' is not a URL path: use letters and digits "
                                      "with '-', '_', '.' or '/' between them, like "
                                      "profiling-in-production")
                            .arg(*slug));
        return {};
    }
    if (baseUrl.isEmpty()) {
        if (slug) {
            const YamlNode *node = reader.node(QStringLiteral("slug"), YamlMapReader::Optional);
            warnings.append(Diagnostic::warning(
                fileName, node->line(), node->column(),
                MapLoader::tr("the slug '%1' gives no URL: the map has no 'base_url'").arg(*slug)));
        }
        return {};
    }
    return WebUrl::join(baseUrl, slug ? *slug : TopicalMap::slug(title));
}

} // namespace

Result<TopicalMap> MapLoader::load(const SourceText &source, const QString &mapFile,
                                   Diagnostics *warnings)
{
    Result<YamlNode> root = YamlReader::parse(source);
    if (!root)
        return root.errors();
    const QString &fileName = source.name();
    Diagnostics errors;
    Diagnostics ownWarnings;
    const QDir dir = QFileInfo(mapFile).absoluteDir();
    auto relative = [&dir](const QString &path) {
        return QDir::cleanPath(dir.absoluteFilePath(path));
    };

    TopicalMap map;
    map.file = QFileInfo(mapFile).absoluteFilePath();
    YamlMapReader top(root.value(), fileName, tr("the map"), errors, ownWarnings);
    if (!top.isMap())
        return errors;
    map.name = top.text(QStringLiteral("map"), YamlMapReader::Required).value_or(QString());
    map.kit = top.text(QStringLiteral("kit"), YamlMapReader::Optional)
                  .value_or(QStringLiteral("seo-article"));
    if (map.kit.contains(QLatin1Char('/')) || map.kit.endsWith(QStringLiteral(".yaml")))
        map.kit = relative(map.kit);
    const QString baseUrl = readBaseUrl(top);
    map.baseUrl = baseUrl;
    if (const YamlNode *defaults =
            top.mapping(QStringLiteral("brief_defaults"), YamlMapReader::Optional))
        map.briefDefaults = *defaults;

    QHash<QString, const YamlNode *> sessions;
    auto readArticle = [&](const YamlNode &node, const QString &group, bool pillar) {
        const QString what = pillar ? tr("the pillar of group '%1'").arg(group)
                                    : tr("an article of group '%1'").arg(group);
        YamlMapReader reader(node, fileName, what, errors, ownWarnings);
        if (!reader.isMap())
            return;
        MapArticle article;
        article.group = group;
        article.pillar = pillar;
        article.line = node.line();
        article.title =
            reader.text(QStringLiteral("title"), YamlMapReader::Required).value_or(QString());
        article.url = readArticleUrl(reader, article.title, baseUrl, ownWarnings, fileName);
        if (const YamlNode *brief =
                reader.mapping(QStringLiteral("brief"), YamlMapReader::Optional))
            article.brief = *brief;
        if (const auto briefFile =
                reader.text(QStringLiteral("brief_file"), YamlMapReader::Optional)) {
            article.briefFile = relative(*briefFile);
            if (!QFileInfo::exists(article.briefFile)) {
                reader.addError(*reader.node(QStringLiteral("brief_file"), YamlMapReader::Optional),
                                tr("the brief file %1 does not exist")
                                    .arg(QDir::toNativeSeparators(article.briefFile)));
            }
        }
        const std::optional<QString> session =
            reader.text(QStringLiteral("session"), YamlMapReader::Optional);
        if (session && !staysInside(*session)) {
            // The map decides where sessions are made and which files the
            // library reads: a shared map must not reach outside its folder.
            reader.addError(*reader.node(QStringLiteral("session"), YamlMapReader::Optional),
                            tr("the session file %1 is outside the map's folder; give a path "
                               "inside it, without '..' or a leading '/'")
                                .arg(*session));
            return;
        }
        article.sessionFile = relative(
            session ? *session : TopicalMap::slug(article.title) + QStringLiteral(".promptdeck"));
        reader.reportUnknownKeys();
        if (article.title.isEmpty())
            return;
        if (const YamlNode *other = sessions.value(article.sessionFile)) {
            reader.addError(
                node,
                tr("'%1' would share its session file %2 with the article on line %3; give one "
                   "of them a 'session:' of its own")
                    .arg(article.title, QFileInfo(article.sessionFile).fileName())
                    .arg(other->line()));
            return;
        }
        sessions.insert(article.sessionFile, &node);
        map.articles.append(article);
    };

    if (const YamlNode *groups = top.sequence(QStringLiteral("groups"), YamlMapReader::Required)) {
        if (groups->size() == 0)
            top.addError(*groups, tr("'groups' is empty; a map needs at least one content group"));
        for (const YamlNode &groupNode : groups->items()) {
            YamlMapReader group(groupNode, fileName, tr("a content group"), errors, ownWarnings);
            if (!group.isMap())
                continue;
            const QString name =
                group.text(QStringLiteral("name"), YamlMapReader::Required).value_or(QString());
            // (A group without a name has been reported already.)
            if (!name.isEmpty() && map.groups.contains(name))
                group.addError(*group.node(QStringLiteral("name"), YamlMapReader::Optional),
                               tr("two content groups are named '%1'").arg(name));
            map.groups.append(name);
            if (const YamlNode *pillar =
                    group.mapping(QStringLiteral("pillar"), YamlMapReader::Optional))
                readArticle(*pillar, name, true);
            if (const YamlNode *articles =
                    group.sequence(QStringLiteral("articles"), YamlMapReader::Optional)) {
                for (const YamlNode &article : articles->items())
                    readArticle(article, name, false);
            }
            group.reportUnknownKeys();
        }
    }
    top.reportUnknownKeys();
    if (warnings)
        warnings->append(ownWarnings);
    if (!errors.isEmpty())
        return errors;
    return map;
}

Result<TopicalMap> MapLoader::loadFile(const QString &path, Diagnostics *warnings)
{
    Result<SourceText> source = SourceText::readFile(path, Limits::maxYamlFileBytes, tr("map"));
    if (!source)
        return source.errors();
    return load(source.value(), path, warnings);
}

} // namespace PromptDeck::Core
