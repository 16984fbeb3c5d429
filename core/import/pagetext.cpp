#include "import/pagetext.h"

namespace PromptDeck::Core::PageText {

QStringList lines(const QString &text)
{
    // A line ends at LF, CRLF or a lone CR (text copied on an old Mac, or
    // through some browsers): every one of them is a line break.
    QStringList out;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = start;
        while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
            ++end;
        const QString line = text.sliced(start, end - start).trimmed();
        if (!line.isEmpty())
            out.append(line);
        if (end + 1 < text.size() && text.at(end) == u'\r' && text.at(end + 1) == u'\n')
            ++end;
        start = end + 1;
    }
    return out;
}

std::optional<QString> bulletText(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:[-*•‣▪◦]|\\d{1,2}[.)])\\s+(.*)$"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).trimmed();
}

QString stripBullet(const QString &line)
{
    const std::optional<QString> text = bulletText(line);
    return text ? *text : line;
}

bool isStopLine(const QString &line)
{
    static const QRegularExpression stop(
        QStringLiteral("^(\\d+\\s+prompts\\b.*|phase\\s+\\d+\\b.*|how\\s+to\\s+use\\s+this\\s+"
                       "prompt\\s+kit)$"),
        QRegularExpression::CaseInsensitiveOption);
    return stop.match(line).hasMatch();
}

bool isHowToLine(const QString &line)
{
    static const QRegularExpression howTo(
        QStringLiteral("(work through (the )?prompts|copy prompt|paste into|paste prior output|no "
                       "editing needed|"
                       "builds on the last|expand it)"),
        QRegularExpression::CaseInsensitiveOption);
    return howTo.match(line).hasMatch();
}

bool isBreadcrumb(const QString &line)
{
    return line.contains(QStringLiteral("›")) || line.contains(QStringLiteral(" > ")) ||
           line.contains(QStringLiteral(" » "));
}

bool isBriefHeading(const QString &line)
{
    return line.compare(QLatin1String("Article Brief"), Qt::CaseInsensitive) == 0;
}

std::optional<qint64> parseWordCount(const QString &text)
{
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok && n > 0 ? std::optional(n) : std::nullopt;
}

} // namespace PromptDeck::Core::PageText
