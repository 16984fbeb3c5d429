#include "map/topicalmap.h"

#include "base/inputlimits.h"
#include "kit/briefloader.h"
#include "yaml/yamlreader.h"

#include <QRegularExpression>

namespace PromptDeck::Core {

QString TopicalMap::slug(const QString &title)
{
    QString out;
    bool dash = false;
    const QString decomposed = title.normalized(QString::NormalizationForm_D);
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            out += c.toLower();
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    if (out.size() > 80) {
        out.truncate(80);
        const qsizetype cut = out.lastIndexOf(QLatin1Char('-'));
        if (cut > 40)
            out.truncate(cut);
    }
    return out.isEmpty() ? QStringLiteral("article") : out;
}

QList<BriefLink> TopicalMap::siblingsOf(int article) const
{
    const MapArticle &self = articles.at(article);
    QList<BriefLink> same;
    QList<BriefLink> rest;
    auto link = [](const MapArticle &a) { return BriefLink{a.title, a.url, a.pillar}; };
    // Pillars lead their group's list and the rest of the map's.
    for (int pass = 0; pass < 2; ++pass) {
        const bool pillars = pass == 0;
        for (int i = 0; i < articles.size(); ++i) {
            const MapArticle &a = articles.at(i);
            if (i == article || a.pillar != pillars)
                continue;
            if (a.group == self.group)
                same.append(link(a));
            else
                rest.append(link(a));
        }
    }
    // Only this group's pillar is "the pillar" for the article's links.
    for (BriefLink &l : rest)
        l.pillar = false;
    return same + rest;
}

Result<Brief> TopicalMap::briefFor(int index, const Kit &kit, Diagnostics *warnings) const
{
    const MapArticle &article = articles.at(index);
    Brief brief;
    for (const FieldDef &field : kit.fields)
        brief.setValue(field.key, FieldValue::empty(field.type));
    auto merge = [&](const Brief &layer) {
        for (const FieldDef &field : kit.fields) {
            if (!layer.value(field.key).isEmpty())
                brief.setValue(field.key, layer.value(field.key));
        }
    };
    if (briefDefaults) {
        Result<Brief> defaults = BriefLoader::fromYaml(*briefDefaults, file, kit, warnings,
                                                       BriefLoader::Required::Allow);
        if (!defaults)
            return defaults.errors();
        merge(defaults.value());
    }
    if (!article.briefFile.isEmpty()) {
        Result<SourceText> source =
            SourceText::readFile(article.briefFile, Limits::maxYamlFileBytes, tr("brief"));
        if (!source)
            return source.errors();
        Result<YamlNode> root = YamlReader::parse(source.value());
        if (!root)
            return root.errors();
        Result<Brief> fromFile = BriefLoader::fromYaml(root.value(), source.value().name(), kit,
                                                       warnings, BriefLoader::Required::Allow);
        if (!fromFile)
            return fromFile.errors();
        merge(fromFile.value());
    }
    if (article.brief) {
        Result<Brief> inlineBrief = BriefLoader::fromYaml(*article.brief, file, kit, warnings,
                                                          BriefLoader::Required::Allow);
        if (!inlineBrief)
            return inlineBrief.errors();
        merge(inlineBrief.value());
    }
    auto fill = [&](const QString &key, const FieldValue &value) {
        if (kit.field(key) && brief.value(key).isEmpty())
            brief.setValue(key, value);
    };
    fill(QStringLiteral("title"), FieldValue::text(FieldType::Text, article.title));
    fill(QStringLiteral("map"), FieldValue::text(FieldType::Text, name));
    fill(QStringLiteral("content_group"), FieldValue::text(FieldType::Text, article.group));
    for (const FieldDef &field : kit.fields) {
        if (field.type == FieldType::Links)
            fill(field.key, FieldValue::links(siblingsOf(index)));
    }
    return brief;
}

} // namespace PromptDeck::Core
