// The kits and briefs compiled into PromptDeck (content/, as Qt resources),
// and the rule that picks between them and files: a bundled name names the
// bundled one; any other value is a path.
#pragma once

#include "kit/brief.h"
#include "kit/kitloader.h"

#include <QCoreApplication>
#include <QStringList>

namespace PromptDeck::Core {

class BundledContent final
{
    Q_DECLARE_TR_FUNCTIONS(BundledContent)

public:
    static constexpr QStringView defaultKit = u"seo-article";
    static constexpr QStringView defaultBrief = u"python-gil";

    static QStringList kitNames();
    static QStringList briefNames();
    // The resource path of a bundled kit or brief, or an empty string.
    static QString kitResource(const QString &name);
    static QString briefResource(const QString &name);
    // What a session records as the origin of the bundled kit or brief name:
    // "bundled:NAME".
    static QString origin(QStringView name);

    // Loads a bundled kit by name, or a kit file by path. origin receives
    // "bundled:NAME" or the absolute path, for the session to remember.
    static Result<KitPtr> loadKit(const QString &nameOrPath, QString *origin = nullptr,
                                  Diagnostics *warnings = nullptr);
    static Result<Brief> loadBrief(const QString &nameOrPath, const Kit &kit,
                                   QString *origin = nullptr, Diagnostics *warnings = nullptr);
};

} // namespace PromptDeck::Core
