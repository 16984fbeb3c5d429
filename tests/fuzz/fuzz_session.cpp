// Fuzz target: a *.promptdeck file as promptdeck opens it. Nothing may
// crash, hang or leak; a session that loads must save and load again to
// the same answers (what a user sees after the next save). The session's
// JSON reader is also held against Qt's: a document both accept must give
// the same value.
#include "fuzzsupport.h"
#include "json/jsonreader.h"
#include "session/sessionserializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace PromptDeck;
using namespace PromptDeck::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::ensureApplication();
    const SourceText source(QStringLiteral("fuzz.promptdeck"),
                            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (source.checkEncoding()) {
        JsonReader::Error error;
        const QJsonValue ours = JsonReader::parse(source.bytes(), &error);
        QJsonParseError qtError;
        const QJsonDocument qt = QJsonDocument::fromJson(source.bytes(), &qtError);
        // Qt drops a U+FEFF that starts a string without escapes; we keep it.
        if (error.offset < 0 && qtError.error == QJsonParseError::NoError &&
            !source.bytes().contains("\xEF\xBB\xBF"))
            Fuzz::require(ours ==
                          (qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array())));
    }
    Diagnostics warnings;
    const Result<Session> loaded = SessionSerializer::fromJson(source, &warnings);
    if (!loaded)
        return 0;
    const Session &session = loaded.value();
    for (int card = 0; card < session.cardCount(); ++card) {
        (void)session.status(card);
        (void)session.renderPrompt(card, true);
    }
    const QByteArray saved =
        SessionSerializer::toJson(session, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    // Written a piece at a time (as a save writes it), the same bytes.
    QByteArray streamed;
    Fuzz::require(SessionSerializer::write(session, QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                                           [&streamed](QByteArrayView piece) {
                                               streamed += piece;
                                               return true;
                                           }));
    Fuzz::require(streamed == saved);
    const Result<Session> again =
        SessionSerializer::fromJson(SourceText(QStringLiteral("again.promptdeck"), saved));
    Fuzz::require(again.ok());
    Fuzz::require(again.value().cardCount() == session.cardCount());
    for (int card = 0; card < session.cardCount(); ++card)
        Fuzz::require(again.value().answerText(card) == session.answerText(card));
    return 0;
}
