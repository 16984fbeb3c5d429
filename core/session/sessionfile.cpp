#include "session/sessionfile.h"

#include "base/inputlimits.h"
#include "base/regularfile.h"
#include "io/safefilewriter.h"
#include "session/sessionserializer.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace PromptDeck::Core {

namespace {

// The format_version of the session file at target, wherever it stands in
// the file; none when there is no such file or it names none. The file is
// mapped, not read: the scan passes over it once.
std::optional<SessionSerializer::PeekedVersion> formatOnDisk(const QString &target)
{
    // Only a regular file is opened: opening a FIFO would wait for a writer.
    QFile existing;
    if (!RegularFile::open(existing, target, target) || existing.size() == 0)
        return std::nullopt;
    if (const uchar *mapped = existing.map(0, existing.size())) {
        return SessionSerializer::peekFormatVersion(
            QByteArrayView(reinterpret_cast<const char *>(mapped), existing.size()));
    }
    return SessionSerializer::peekFormatVersion(existing.readAll());
}

// Why a session is too large to save, and where most of it is.
QString tooLargeMessage(const Session &session)
{
    int largest = -1;
    qsizetype largestChars = 0;
    for (int i = 0; i < session.cardCount(); ++i) {
        const CardRecord &record = session.record(i);
        qsizetype chars = record.answer ? record.answer->text.size() : 0;
        for (const AnswerVersion &old : record.history)
            chars += old.text.size();
        if (chars > largestChars) {
            largest = i;
            largestChars = chars;
        }
    }
    QString message = SessionFile::tr("the session would be larger than the %1 a session file may "
                                      "have (it could not be opened again), so it was not saved. "
                                      "The file is unchanged and the work is still open, unsaved.")
                          .arg(formatByteSize(Limits::maxSessionFileBytes));
    if (largest >= 0) {
        const qsizetype versions = session.record(largest).history.size();
        message += QLatin1Char(' ') +
                   SessionFile::tr("Most of it is %1: %2 characters in its answer and its earlier "
                                   "versions (%3 of them).")
                       .arg(session.kit().cardLabel(largest), QLocale().toString(largestChars),
                            QLocale().toString(versions));
    }
    return message + QLatin1Char(' ') +
           SessionFile::tr("Every answer keeps its earlier versions, so to go on, start a new "
                           "session with the same brief and paste into it the answers you want "
                           "to keep.");
}

} // namespace

Result<Session> SessionFile::load(const QString &path, Diagnostics *warnings)
{
    Result<SourceText> source =
        SourceText::readFile(path, Limits::maxSessionFileBytes, tr("session"));
    if (!source)
        return source.errors();
    return SessionSerializer::fromJson(source.value(), warnings);
}

Status SessionFile::save(const Session &session, const QString &path, const QDateTime &now,
                         Overwrite overwrite)
{
    if (overwrite == Overwrite::CheckFormat) {
        const auto version = formatOnDisk(SafeFileWriter::resolveTarget(path));
        if (version && version->newer) {
            return Diagnostic::error(QDir::toNativeSeparators(path), 0, 0,
                                     tr("this file holds a session from a newer PromptDeck "
                                        "(file format %1); it was not overwritten. Save under "
                                        "another name.")
                                         .arg(version->number));
        }
    }
    // Written as it is made: a large session is never whole in memory. What
    // load would refuse as too large is never written: the count stops the
    // writing at the cap, and the file stays as it was.
    qint64 written = 0;
    bool tooLarge = false;
    Status saved = SafeFileWriter::write(
        path,
        [&](const SafeFileWriter::Sink &sink) {
            return SessionSerializer::write(session, now, [&](QByteArrayView piece) {
                written += piece.size();
                tooLarge = written > Limits::maxSessionFileBytes;
                return !tooLarge && sink(piece);
            });
        },
        SafeFileWriter::Backup::Keep);
    if (tooLarge)
        return Diagnostic::error(QDir::toNativeSeparators(path), 0, 0, tooLargeMessage(session));
    return saved;
}

} // namespace PromptDeck::Core
