// How card states and filled-in text look: colours chosen from the
// Okabe–Ito palette (distinguishable with every common colour-vision
// deficiency), adjusted to the light or dark system palette, and a mark of
// a different shape for each state, so colour is never the only cue.
#pragma once

#include "kit/checkdef.h"
#include "mustache/templatespan.h"
#include "session/cardstate.h"

#include <QColor>
#include <QPalette>

class QPainter;
class QRectF;

namespace PromptDeck::Gui {

bool isDarkPalette(const QPalette &palette);

QColor stateColor(Core::CardState state, const QPalette &palette);

// Waiting: an open ring. Ready: a play triangle. Answered: a disc with a
// tick. Stale: a warning triangle with "!".
void paintStateMark(QPainter *painter, const QRectF &rect, Core::CardState state,
                    const QPalette &palette);

// A check result's mark: pass a disc with a tick, a warning a triangle
// with "!", a failure an octagon with a cross; the same colours-plus-shapes
// rule as the states.
QColor checkColor(Core::CheckResult::Level level, const QPalette &palette);
void paintCheckMark(QPainter *painter, const QRectF &rect, Core::CheckResult::Level level,
                    const QPalette &palette);

// Background for text filled in from the brief, from an answer, or marking
// a missing answer.
QColor briefTint(const QPalette &palette);
QColor answerTint(const QPalette &palette);
QColor missingTint(const QPalette &palette);

} // namespace PromptDeck::Gui
