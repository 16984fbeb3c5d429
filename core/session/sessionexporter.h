// The finished work out of a session: the kit's export templates (the
// article as Markdown or as an HTML page, the social posts as text) and a
// JSON document of the whole session for other tools.
#pragma once

#include "base/result.h"
#include "session/session.h"

#include <QCoreApplication>

namespace PromptDeck::Core {

class SessionExporter final
{
    Q_DECLARE_TR_FUNCTIONS(SessionExporter)

public:
    explicit SessionExporter(const Session &session);

    // The kit's first export of a format ("md", "html", "txt"), or none.
    const ExportDef *exportFor(const QString &format) const;
    const ExportDef *exportById(const QString &id) const;

    // Renders an export. Answers still missing show the same marker as in
    // prompts; HTML exports escape every value except the html.<card>
    // renderings of Markdown answers. When the export shows the assembled
    // draft (article.draft or article.html) and unplaced is given, it
    // receives what the draft could not place.
    Result<QString> render(const ExportDef &def, QStringList *unplaced = nullptr) const;

    // The session for other tools: kit, brief, and per card its state,
    // prompt, answer and check results.
    QByteArray toJson(const QDateTime &exportedAt) const;

    // {brief, answers, html, extracted, kit, article} as export templates
    // see it (article when withArticle and the kit has an article: section,
    // with article.html when withHtml too).
    QVariantMap templateData(bool withHtml, bool withArticle = false) const;

private:
    const Session &m_session;
};

} // namespace PromptDeck::Core
