#include "io/outputtarget.h"

#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <QFile>

#include <sys/stat.h>
#endif

namespace PromptDeck::Core {

bool isSameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat first = {};
    struct stat second = {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &second) == 0 &&
           first.st_dev == second.st_dev && first.st_ino == second.st_ino;
#else
    const QString canonical = QFileInfo(a).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(b).canonicalFilePath();
#endif
}

std::optional<OutputConflict> outputConflict(const QString &output, const QStringList &inputs)
{
    for (const QString &input : inputs) {
        if (isSameFile(output, input))
            return OutputConflict{OutputConflict::Kind::Input, input};
    }
    // The name written to, or the file a symbolic link there leads to.
    const QFileInfo info(output);
    if (info.exists() && (hasSessionSuffix(output) || hasSessionSuffix(info.canonicalFilePath())))
        return OutputConflict{OutputConflict::Kind::Session, QString()};
    return std::nullopt;
}

} // namespace PromptDeck::Core
