// Fuzz target: a *.promptdeck file as promptdeck opens it. Nothing may
// crash, hang or leak; a session that loads must save and load again to
// the same answers (what a user sees after the next save).
#include "fuzzsupport.h"
#include "sessionserializer.h"

#include <cstddef>
#include <cstdint>

using namespace PromptDeck;
using namespace PromptDeck::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::ensureApplication();
    const SourceText source(QStringLiteral("fuzz.promptdeck"),
                            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
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
    const Result<Session> again =
        SessionSerializer::fromJson(SourceText(QStringLiteral("again.promptdeck"), saved));
    Fuzz::require(again.ok());
    Fuzz::require(again.value().cardCount() == session.cardCount());
    for (int card = 0; card < session.cardCount(); ++card)
        Fuzz::require(again.value().answerText(card) == session.answerText(card));
    return 0;
}
