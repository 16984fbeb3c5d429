// An article's address as briefs and maps give it: an absolute http or
// https URL, so that a link made from it works wherever the article is
// published.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace PromptDeck::Core {

class WebUrl final
{
    Q_DECLARE_TR_FUNCTIONS(WebUrl)

public:
    // Empty when url is an absolute http(s) URL with a host, else what is
    // wrong with it, to follow the URL in a sentence: "is not an absolute
    // web address; …".
    static QString problem(const QString &url);
    // base (an absolute URL) and a path under it, with one '/' between.
    static QString join(const QString &base, const QString &path);
};

} // namespace PromptDeck::Core
