#include "kit/weburl.h"

#include <QUrl>

#include <algorithm>

namespace PromptDeck::Core {

QString WebUrl::problem(const QString &url)
{
    const bool hasSpace =
        std::any_of(url.cbegin(), url.cend(), [](QChar c) { return c.isSpace(); });
    if (hasSpace)
        return tr("contains a space; write it as %20, or use hyphens");
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        parsed.host().isEmpty())
        return tr("is not an absolute web address; write it in full, starting with https:// "
                  "(or http://) and the site's name");
    return {};
}

QString WebUrl::join(const QString &base, const QString &path)
{
    QString joined = base;
    if (!joined.endsWith(QLatin1Char('/')))
        joined += QLatin1Char('/');
    QStringView rest(path);
    while (rest.startsWith(QLatin1Char('/')))
        rest = rest.mid(1);
    joined += rest;
    return joined;
}

} // namespace PromptDeck::Core
