#include "session/sessionrecovery.h"

#include "base/inputlimits.h"
#include "base/regularfile.h"
#include "base/sourcetext.h"
#include "corelogging.h"
#include "io/safefilewriter.h"
#include "session/sessionserializer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace PromptDeck::Core {

namespace {

const QString recoverySuffix = QStringLiteral(".recovery");

QString lockPathOf(const QString &recoveryFile)
{
    return recoveryFile + QStringLiteral(".lock");
}

// Takes the lock of a recovery file without waiting; a lock left by a dead
// process is taken over.
std::unique_ptr<QLockFile> tryLock(const QString &recoveryFile)
{
    auto lock = std::make_unique<QLockFile>(lockPathOf(recoveryFile));
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

bool isHeldByAnotherInstance(const QString &recoveryFile)
{
    if (!QFileInfo::exists(lockPathOf(recoveryFile)))
        return false;
    return !tryLock(recoveryFile);
}

QJsonObject diskStateToJson(const DiskState &state)
{
    QJsonObject object;
    object.insert(QStringLiteral("exists"), state.exists);
    object.insert(QStringLiteral("size"), double(state.size));
    if (state.modified.isValid())
        object.insert(QStringLiteral("modified"), state.modified.toString(Qt::ISODateWithMs));
    return object;
}

DiskState diskStateFromJson(const QJsonObject &object)
{
    DiskState state;
    state.exists = object.value(QStringLiteral("exists")).toBool();
    state.size = qint64(object.value(QStringLiteral("size")).toDouble());
    state.modified = QDateTime::fromString(object.value(QStringLiteral("modified")).toString(),
                                           Qt::ISODateWithMs);
    return state;
}

QString plural(qsizetype n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(QLocale().toString(n));
}

} // namespace

SessionRecovery::SessionRecovery() = default;

SessionRecovery::~SessionRecovery() = default;

QString SessionRecovery::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString SessionRecovery::slotBase(const QString &sessionPath)
{
    const QByteArray key = QDir::cleanPath(QFileInfo(sessionPath).absoluteFilePath()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex();
    return folder() + QLatin1Char('/') + QString::fromLatin1(hash.left(16));
}

void SessionRecovery::attach(const QString &sessionPath)
{
    detach();
    QDir().mkpath(folder());
    const QString base = slotBase(sessionPath);
    QString candidate = base + recoverySuffix;
    for (int n = 2; n < 100; ++n) {
        // A slot whose file exists holds a crash's work the user has not
        // decided on; never write over it.
        if (!QFileInfo::exists(candidate)) {
            if (auto lock = tryLock(candidate)) {
                m_lock = std::move(lock);
                m_sessionPath = sessionPath;
                m_recoveryFile = candidate;
                return;
            }
        }
        candidate = base + QLatin1Char('-') + QString::number(n) + recoverySuffix;
    }
    qCWarning(lcCore) << "no free recovery slot for" << sessionPath;
}

void SessionRecovery::detach()
{
    m_lock.reset(); // unlocks
    m_sessionPath.clear();
    m_recoveryFile.clear();
}

bool SessionRecovery::hasRecoveryFile() const
{
    return !m_recoveryFile.isEmpty() && QFileInfo::exists(m_recoveryFile);
}

Status SessionRecovery::write(const Session &session, bool untitled, const DiskState &basedOn,
                              const QDateTime &now)
{
    if (!isAttached()) {
        return Diagnostic::error(folder(), 0, 0,
                                 tr("no recovery file could be reserved for this session"));
    }
    QJsonObject header;
    header.insert(QStringLiteral("promptdeck_recovery"), formatVersion);
    header.insert(QStringLiteral("session_path"), m_sessionPath);
    header.insert(QStringLiteral("untitled"), untitled);
    header.insert(QStringLiteral("time"), now.toUTC().toString(Qt::ISODateWithMs));
    header.insert(QStringLiteral("based_on"), diskStateToJson(basedOn));
    const QByteArray headerLine = QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    return SafeFileWriter::write(m_recoveryFile, [&](const SafeFileWriter::Sink &sink) {
        return sink(headerLine) && SessionSerializer::write(session, now, sink);
    });
}

void SessionRecovery::discard()
{
    if (!m_recoveryFile.isEmpty())
        QFile::remove(m_recoveryFile);
}

bool SessionRecovery::isOpenElsewhere(const QString &sessionPath)
{
    return isHeldByAnotherInstance(slotBase(sessionPath) + recoverySuffix);
}

std::optional<SessionRecovery::Header> SessionRecovery::readHeader(const QString &recoveryFile)
{
    QFile file;
    if (!RegularFile::open(file, recoveryFile, recoveryFile))
        return std::nullopt;
    const QByteArray line = file.readLine(qint64{64} * 1024);
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    if (object.value(QStringLiteral("promptdeck_recovery")).toInt() < 1)
        return std::nullopt;
    Header header;
    header.formatVersion = object.value(QStringLiteral("promptdeck_recovery")).toInt();
    header.sessionPath = object.value(QStringLiteral("session_path")).toString();
    header.untitled = object.value(QStringLiteral("untitled")).toBool();
    header.time =
        QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    header.basedOn = diskStateFromJson(object.value(QStringLiteral("based_on")).toObject());
    return header;
}

QList<SessionRecovery::Entry> SessionRecovery::orphans()
{
    QList<Entry> entries;
    const QDir dir(folder());
    const QStringList names =
        dir.entryList({QStringLiteral("*") + recoverySuffix}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (isHeldByAnotherInstance(path))
            continue;
        if (const std::optional<Header> header = readHeader(path)) {
            entries.append({path, *header});
        } else {
            // Unreadable as a recovery file: still offered, so that nothing
            // is removed without the user's word.
            Header unknown;
            unknown.time = QFileInfo(path).lastModified().toUTC();
            entries.append({path, unknown});
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.header.time > b.header.time; });
    return entries;
}

std::optional<SessionRecovery::Entry> SessionRecovery::orphanFor(const QString &sessionPath)
{
    const QString base = QFileInfo(slotBase(sessionPath)).fileName();
    for (const Entry &entry : orphans()) {
        if (QFileInfo(entry.recoveryFile).fileName().startsWith(base))
            return entry;
    }
    return std::nullopt;
}

Result<Session> SessionRecovery::load(const QString &recoveryFile, Header *header)
{
    Result<SourceText> source = SourceText::readFile(
        recoveryFile, Limits::maxSessionFileBytes + qint64{64} * 1024, tr("recovery"));
    if (!source)
        return source.errors();
    const QByteArray &bytes = source.value().bytes();
    const qsizetype newline = bytes.indexOf('\n');
    const std::optional<Header> read = readHeader(recoveryFile);
    if (newline < 0 || !read) {
        return Diagnostic::error(QDir::toNativeSeparators(recoveryFile), 1, 1,
                                 tr("this is not a PromptDeck recovery file"));
    }
    if (read->formatVersion > formatVersion) {
        return Diagnostic::error(QDir::toNativeSeparators(recoveryFile), 1, 1,
                                 tr("this recovery file is from a newer PromptDeck (format %1)")
                                     .arg(read->formatVersion));
    }
    if (header)
        *header = *read;
    return SessionSerializer::fromJson(
        SourceText(QDir::toNativeSeparators(recoveryFile), bytes.mid(newline + 1)));
}

void SessionRecovery::remove(const QString &recoveryFile)
{
    QFile::remove(recoveryFile);
    // The lock goes with it when no one holds it.
    if (auto lock = tryLock(recoveryFile)) {
        lock->unlock();
    }
}

QList<SessionRecovery::Difference> SessionRecovery::differences(const Session &recovered,
                                                                const Session *onDisk)
{
    QList<Difference> lines;
    if (!onDisk || !onDisk->isValid()) {
        int answers = 0;
        for (int i = 0; i < recovered.cardCount(); ++i)
            answers += recovered.hasAnswer(i) ? 1 : 0;
        lines.append({-1, tr("The session's file is missing or unreadable; the recovered "
                             "session has %1.")
                              .arg(plural(answers, tr("%1 answer"), tr("%1 answers")))});
        return lines;
    }
    if (recovered.kit().id != onDisk->kit().id) {
        lines.append({-1, tr("The file now holds a session of another kit ('%1', not '%2').")
                              .arg(onDisk->kit().id, recovered.kit().id)});
        return lines;
    }
    QStringList fields;
    for (const FieldDef &field : recovered.kit().fields) {
        if (!(recovered.brief().value(field.key) == onDisk->brief().value(field.key)))
            fields.append(field.label);
    }
    if (!fields.isEmpty()) {
        lines.append({-1, tr("Brief: %1 differ.").arg(fields.join(QStringLiteral(", ")))});
    }
    const int cards = std::min(recovered.cardCount(), onDisk->cardCount());
    for (int i = 0; i < cards; ++i) {
        const QString label = tr("Card %1, %2").arg(i + 1).arg(recovered.kit().cards.at(i).title);
        const QString mine = recovered.answerText(i);
        const QString theirs = onDisk->answerText(i);
        if (mine != theirs) {
            if (theirs.isEmpty()) {
                lines.append({i, tr("%1: an answer of %2 only in the recovered session.")
                                     .arg(label, plural(mine.size(), tr("%1 character"),
                                                        tr("%1 characters")))});
            } else if (mine.isEmpty()) {
                lines.append(
                    {i, tr("%1: the answer in the file (%2) is not in the recovered session.")
                            .arg(label,
                                 plural(theirs.size(), tr("%1 character"), tr("%1 characters")))});
            } else {
                lines.append(
                    {i,
                     tr("%1: the answers differ (recovered: %2; file: %3).")
                         .arg(label, plural(mine.size(), tr("%1 character"), tr("%1 characters")),
                              plural(theirs.size(), tr("%1 character"), tr("%1 characters")))});
            }
        } else if (recovered.record(i).history.size() != onDisk->record(i).history.size() ||
                   (recovered.hasAnswer(i) && onDisk->hasAnswer(i) &&
                    (recovered.record(i).answer->basedOn != onDisk->record(i).answer->basedOn ||
                     recovered.record(i).answer->keptWhileStale !=
                         onDisk->record(i).answer->keptWhileStale))) {
            lines.append(
                {i, tr("%1: the same answer, but its history or state differs.").arg(label)});
        }
    }
    return lines;
}

int SessionRecovery::sweepStaleTemporaries(const QString &folder, const QStringList &suffixes,
                                           std::chrono::seconds minimumAge)
{
    // QSaveFile names its temporary file after the target plus a dot and six
    // random letters or digits.
    QStringList alternatives;
    for (const QString &suffix : suffixes)
        alternatives.append(QRegularExpression::escape(suffix));
    const QRegularExpression ours(
        QStringLiteral("^.+(%1)\\.[A-Za-z0-9]{6}$").arg(alternatives.join(QLatin1Char('|'))));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-qint64(minimumAge.count()));
    int removed = 0;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        if (!ours.match(file.fileName()).hasMatch() || file.lastModified().toUTC() > before)
            continue;
        if (QFile::remove(file.absoluteFilePath())) {
            qCDebug(lcCore) << "swept stale temporary file" << file.absoluteFilePath();
            ++removed;
        }
    }
    return removed;
}

} // namespace PromptDeck::Core
