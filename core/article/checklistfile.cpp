#include "article/checklistfile.h"

#include "io/filekind.h"
#include "io/outputtarget.h"
#include "io/safefilewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace PromptDeck::Core {

namespace {

// Why the list may not be written at path, or nothing when it may: what is
// there is the export, an input, a session, something other than a regular
// file, or a file that is not a checklist PromptDeck wrote.
std::optional<QString> refusal(const QString &path, const QString &exportPath,
                               const QStringList &inputs)
{
    if (isSameFile(path, exportPath))
        return ChecklistFile::tr("it is the export itself");
    if (const std::optional<OutputConflict> conflict = outputConflict(path, inputs)) {
        if (conflict->kind == OutputConflict::Kind::Session)
            return ChecklistFile::tr("it is a PromptDeck session");
        return ChecklistFile::tr("it is %1, which the export was made from")
            .arg(QDir::toNativeSeparators(conflict->input));
    }
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return std::nullopt;
    if (!info.exists())
        return ChecklistFile::tr("it is a symbolic link to a file that does not exist");
    if (!info.isFile())
        return ChecklistFile::tr("it is not a regular file");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ChecklistFile::tr("it cannot be read: %1").arg(file.errorString());
    if (!ChecklistFile::isChecklist(file.read(ChecklistFile::signature.size() + 3)))
        return ChecklistFile::tr("it is not a checklist PromptDeck wrote");
    return std::nullopt;
}

} // namespace

QString ChecklistFile::pathFor(const QString &exportPath)
{
    const QFileInfo info(exportPath);
    const QString name = info.fileName();
    const qsizetype dot = name.lastIndexOf(u'.');
    const qsizetype cut = dot > 0 ? name.size() - dot : 0;
    return exportPath.left(exportPath.size() - cut) + QStringLiteral(".checklist.md");
}

bool ChecklistFile::isChecklist(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    return bytes.startsWith(signature);
}

QByteArray ChecklistFile::content(const ArticleChecklist &list)
{
    return signature + "\n\n" + list.toMarkdown().toUtf8();
}

Result<ChecklistFile::Outcome> ChecklistFile::writeBeside(const QString &exportPath,
                                                          const ArticleChecklist &list,
                                                          const QStringList &inputs)
{
    const QString path = pathFor(exportPath);
    const bool earlier = QFileInfo::exists(path) || QFileInfo(path).isSymLink();
    if (list.isEmpty() && !earlier)
        return Outcome::NotNeeded;
    if (const std::optional<QString> why = refusal(path, exportPath, inputs)) {
        // With nothing to check, a file of the writer's own is simply left.
        if (list.isEmpty())
            return Outcome::NotNeeded;
        return Diagnostic::error(QDir::toNativeSeparators(path), 0, 0,
                                 tr("the checklist was not written there: %1. Move it away to "
                                    "get the list.")
                                     .arg(*why));
    }
    if (const Status written = SafeFileWriter::write(path, content(list)); !written)
        return written.errors();
    return list.isEmpty() ? Outcome::Cleared : Outcome::Written;
}

} // namespace PromptDeck::Core
