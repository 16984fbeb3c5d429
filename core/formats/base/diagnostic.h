// A message about an input file: what is wrong, and exactly where.
// Every loader reports problems as values of this type; nothing throws past
// the core's boundary.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PromptDeck::Core {

struct Diagnostic
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostic)

public:
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString file;   // as the user named it; empty for text without a file
    int line = 0;   // 1-based; 0 when the problem concerns the whole file
    int column = 0; // 1-based, in characters (code points)
    QString message;

    static Diagnostic error(const QString &file, int line, int column, const QString &message);
    static Diagnostic warning(const QString &file, int line, int column, const QString &message);

    // "file:line:column: message", leaving out the parts that are unknown;
    // warnings say so after the position.
    QString toString() const;

    bool operator==(const Diagnostic &other) const = default;
};

using Diagnostics = QList<Diagnostic>;

QString formatDiagnostics(const Diagnostics &diagnostics);

} // namespace PromptDeck::Core
