#include "session/cardstate.h"

#include <QCoreApplication>

namespace PromptDeck::Core {

QString cardStateId(CardState state)
{
    switch (state) {
    case CardState::Waiting:
        return QStringLiteral("waiting");
    case CardState::Ready:
        return QStringLiteral("ready");
    case CardState::Answered:
        return QStringLiteral("answered");
    case CardState::Stale:
        return QStringLiteral("stale");
    }
    return {};
}

QString cardStateLabel(CardState state)
{
    switch (state) {
    case CardState::Waiting:
        return QCoreApplication::translate("CardState", "waiting");
    case CardState::Ready:
        return QCoreApplication::translate("CardState", "ready");
    case CardState::Answered:
        return QCoreApplication::translate("CardState", "answered");
    case CardState::Stale:
        return QCoreApplication::translate("CardState", "stale");
    }
    return {};
}

} // namespace PromptDeck::Core
