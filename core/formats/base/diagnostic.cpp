#include "base/diagnostic.h"

namespace PromptDeck::Core {

Diagnostic Diagnostic::error(const QString &file, int line, int column, const QString &message)
{
    return {Severity::Error, file, line, column, message};
}

Diagnostic Diagnostic::warning(const QString &file, int line, int column, const QString &message)
{
    return {Severity::Warning, file, line, column, message};
}

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        if (!where.isEmpty())
            where += QLatin1Char(':');
        where += QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    QString text;
    if (!where.isEmpty())
        text = where + QLatin1String(": ");
    if (severity == Severity::Warning)
        text += tr("warning: ");
    return text + message;
}

QString formatDiagnostics(const Diagnostics &diagnostics)
{
    QStringList lines;
    lines.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace PromptDeck::Core
