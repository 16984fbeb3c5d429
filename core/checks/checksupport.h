// What the check types share: numbers as people read them, keyword
// normalizing (whole words, any case or punctuation), the verdict of a
// value against a check's range, extracted values, and the sentences
// results are built from. Internal to checks/.
#pragma once

#include "checks/checktypes.h"

#include <QStringList>
#include <QStringView>

#include <optional>

namespace PromptDeck::Core::Checks {

using Level = CheckResult::Level;

// A whole number in the user's locale: "3,000".
QString number(double n);

// Lower case, every run of non-letters and non-digits one space, padded:
// " python gil explained ".
QString normalized(QStringView text);
// normalized(text).split(' ', Qt::SkipEmptyParts).mid(0, count), without
// going past the words it needs.
QStringList firstNormalizedWords(QStringView text, qsizetype count);
// Whether the phrase is in the normalized text as whole words.
bool containsWords(const QString &normalizedText, QStringView phrase);

QString quoted(const QString &text); // “text”

struct Verdict
{
    Level level = Level::Pass;
    QString text; // "within 10–12", "fewer than 5 (a convention, not a rule)"
};

// Judges value against the check's range. lengthWords: "shorter/longer"
// for lengths, "fewer/more" for counts.
Verdict judge(const CheckDef &check, double value, bool lengthWords);

// "what — verdict", or what alone for a verdict with nothing to say.
QString joinSentence(const QString &what, const Verdict &verdict);

CheckResult result(Level level, const QString &label, const QString &message);

// The value of the card's extract `name` in the answer, and in *label how
// results name it (the check's label, else the extract's first label).
std::optional<QString> extracted(const CheckInput &input, const QString &name, QString *label);
// The failure for an extract the answer lacks.
CheckResult missingExtract(const QString &label);

} // namespace PromptDeck::Core::Checks
