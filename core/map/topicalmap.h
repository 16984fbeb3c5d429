// A topical map: content groups, each with a pillar article and cluster
// articles, and where each article's session lives (next to the map file).
// It knows each article's siblings for internal links: the group's pillar
// first, then the group's other articles, then the rest of the map.
#pragma once

#include "base/result.h"
#include "kit/brief.h"
#include "kit/kitloader.h"
#include "yaml/yamlnode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace PromptDeck::Core {

struct MapArticle
{
    QString title;
    QString url; // its url:, else the map's base_url and its slug; may be empty
    QString group;
    bool pillar = false;
    std::optional<YamlNode> brief; // written in the map
    QString briefFile;             // absolute, or empty
    QString sessionFile;           // absolute
    int line = 0;
};

class TopicalMap final
{
    Q_DECLARE_TR_FUNCTIONS(TopicalMap)

public:
    QString name;
    QString file;    // the map file, absolute
    QString kit;     // a bundled kit name or an absolute path
    QString baseUrl; // where the map's articles are published, or empty
    QStringList groups;
    QList<MapArticle> articles; // per group: the pillar, then the cluster articles
    std::optional<YamlNode> briefDefaults;

    // Sibling articles for internal links, from the article's point of view.
    QList<BriefLink> siblingsOf(int article) const;

    // The article's brief for kit: the map's defaults, then its brief file,
    // then the brief written in the map, then what the map itself says (the
    // title, map, content group, and siblings unless the brief lists some).
    // Required fields may be missing: BriefLoader::missingRequired says which.
    Result<Brief> briefFor(int article, const Kit &kit, Diagnostics *warnings = nullptr) const;

    // A file name (and the default URL slug) for a title: lower case, words
    // joined by hyphens.
    static QString slug(const QString &title);
};

} // namespace PromptDeck::Core
