#include "text/labelreader.h"

#include <QRegularExpression>

#include <algorithm>

namespace PromptDeck::Core {

namespace {

// bullet or number, bold or italic marks, the label, a colon (ASCII or
// full-width), marks again, then the value.
QRegularExpression labelPattern(const QString &label)
{
    return QRegularExpression(
        QStringLiteral("^\\s*(?:[-*+•]\\s+|\\d+[.)]\\s+)?[*_]{0,3}\\s*(%1)\\s*[*_]{0,3}\\s*[:"
                       "：]\\s*[*_]{0,3}\\s*(.*)$")
            .arg(QRegularExpression::escape(label).replace(QStringLiteral("\\ "),
                                                           QStringLiteral("\\s+"))),
        QRegularExpression::CaseInsensitiveOption);
}

} // namespace

QString LabelReader::withoutLabelledLines(QStringView text, const QStringList &labels)
{
    QList<QRegularExpression> patterns;
    patterns.reserve(labels.size());
    for (const QString &label : labels)
        patterns.append(labelPattern(label));
    QString out;
    out.reserve(text.size());
    for (const QStringView line : text.split(QLatin1Char('\n'))) {
        const bool labelled = std::any_of(
            patterns.cbegin(), patterns.cend(),
            [line](const QRegularExpression &pattern) { return pattern.match(line).hasMatch(); });
        // A labelled line becomes an empty one, so the blocks around it stay apart.
        if (!labelled)
            out += line;
        out += QLatin1Char('\n');
    }
    out.chop(1);
    return out;
}

std::optional<LabelReader::Value> LabelReader::find(QStringView text, const QStringList &labels)
{
    const QList<QStringView> lines = text.split(QLatin1Char('\n'));
    for (const QString &label : labels) {
        const QRegularExpression pattern = labelPattern(label);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i).toString();
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            const QRegularExpressionMatch match = pattern.match(line);
            if (!match.hasMatch())
                continue;
            QString value = match.captured(2).trimmed();
            // Closing marks and quotes around the whole value.
            static const QRegularExpression trailingMarks(QStringLiteral("\\s*[*_]{1,3}$"));
            value.remove(trailingMarks);
            static const QList<QPair<QChar, QChar>> quotes{
                {u'"', u'"'}, {u'“', u'”'}, {u'\'', u'\''}, {u'`', u'`'}};
            for (const auto &[open, close] : quotes) {
                if (value.size() >= 2 && value.startsWith(open) && value.endsWith(close)) {
                    value = value.mid(1, value.size() - 2).trimmed();
                    break;
                }
            }
            return Value{match.captured(1), value, int(i) + 1};
        }
    }
    return std::nullopt;
}

} // namespace PromptDeck::Core
