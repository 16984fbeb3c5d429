// The checklist written beside an article export: OUT.md's list is
// OUT.checklist.md, Markdown with a heading per group and a task box per
// item. A new list replaces the one an earlier export wrote, and when there
// is nothing left to check the earlier list is replaced by a line that says
// so, so no stale list stays beside the article. Only a file PromptDeck
// wrote as a checklist (its first line says so) is ever replaced: never the
// export itself, a session, an input, or a file of the writer's own.
#pragma once

#include "article/articlechecklist.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace PromptDeck::Core {

class ChecklistFile final
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistFile)

public:
    enum class Outcome
    {
        Written,  // the list is in the file
        Cleared,  // an earlier list now says there is nothing left to check
        NotNeeded // nothing to check and no earlier list: no file
    };

    // OUT without its extension, plus ".checklist.md".
    static QString pathFor(const QString &exportPath);

    // Writes the list for the export at exportPath beside it. inputs are the
    // files the export was made from (the session); the list never replaces
    // one of them, the export, a session, or a file that is not a checklist
    // PromptDeck wrote: then nothing is written and the error says why.
    static Result<Outcome> writeBeside(const QString &exportPath, const ArticleChecklist &list,
                                       const QStringList &inputs);

    // The file's content: the signature, then the list's Markdown.
    static QByteArray content(const ArticleChecklist &list);
    // Whether bytes begin as a checklist PromptDeck wrote.
    static bool isChecklist(QByteArrayView bytes);

    // The first line of every checklist file: how one is told from a file
    // of the writer's own. Not translated, so any language recognizes it.
    static inline const QByteArray signature =
        QByteArrayLiteral("<!-- PromptDeck checklist: written anew with each export of the "
                          "article. -->");
};

} // namespace PromptDeck::Core
