// A session whose file comes within a given number of bytes of the cap on
// session files (Limits::maxSessionFileBytes), for the tests of what a save
// near the cap does. Its bulk is the history of one card: versions of
// control characters, each written as a six-byte \u00XX escape, so that a
// few versions (at most Limits::maxAnswerChars each, one string shared
// between them) fill 256 MiB with little memory.
#pragma once

#include "base/inputlimits.h"
#include "session/session.h"
#include "session/sessionserializer.h"

namespace PromptDeck::Tests {

// The size of session's file if it were saved at savedAt.
inline qint64 sessionFileSize(const Core::Session &session, const QDateTime &savedAt)
{
    qint64 size = 0;
    Core::SessionSerializer::write(session, savedAt, [&size](QByteArrayView piece) {
        size += piece.size();
        return true;
    });
    return size;
}

// session with card's history filled so that its file, saved at savedAt,
// is exactly Limits::maxSessionFileBytes - room bytes (measured on small
// sessions; the sizes add up).
inline Core::Session sessionNearTheCap(Core::Session session, int card, qint64 room,
                                       const QDateTime &savedAt)
{
    using namespace PromptDeck::Core;
    QList<CardRecord> records;
    for (int i = 0; i < session.cardCount(); ++i)
        records.append(session.record(i));
    const auto version = [&savedAt](const QString &text, qint64 revision) {
        AnswerVersion v;
        v.revision = revision;
        v.text = text;
        v.time = savedAt;
        return v;
    };
    const auto withHistory = [&](const QList<AnswerVersion> &history) {
        QList<CardRecord> changed = records;
        changed[card].history = history;
        Session s = session;
        s.restoreState(changed, 9); // one digit for every revision: sizes add up
        return s;
    };
    const QString letter = QStringLiteral("a");
    const qint64 one = sessionFileSize(withHistory({version(letter, 1)}), savedAt);
    const qint64 perVersion =
        sessionFileSize(withHistory({version(letter, 1), version(letter, 2)}), savedAt) - one;
    qint64 need = Limits::maxSessionFileBytes - room - one;
    // Full versions of control characters (six bytes each), then one topped
    // up with letters (one byte each) to the exact size; room is left in
    // each for that top-up.
    const qsizetype most = Limits::maxAnswerChars - 1024;
    qint64 fullVersions = 0;
    while (need > 6 * most + perVersion) {
        ++fullVersions;
        need -= 6 * most + perVersion;
    }
    const QString full = letter + QString(most, QChar(1));
    QList<AnswerVersion> history;
    for (qint64 i = 0; i < fullVersions; ++i)
        history.append(version(full, i + 1));
    const qsizetype controls = qsizetype(need / 6);
    history.append(version(letter + QString(controls, QChar(1)) +
                               QString(qsizetype(need - 6 * qint64(controls)), QLatin1Char('a')),
                           fullVersions + 1));
    if (history.size() > 8)
        qFatal("sessionNearTheCap: too many versions for one-digit revisions");
    // The size is exact by construction; the callers check the file.
    return withHistory(history);
}

} // namespace PromptDeck::Tests
