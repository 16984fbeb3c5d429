#include "text/xpostcounter.h"

#include <QRegularExpression>

namespace PromptDeck::Core {

namespace {

bool isLightWeight(char32_t c)
{
    return c <= 0x10FF || (c >= 0x2000 && c <= 0x200D) || (c >= 0x2010 && c <= 0x201F) ||
           (c >= 0x2032 && c <= 0x2037);
}

// Code points that start an emoji presentation sequence (an approximation
// of Extended_Pictographic good for the emoji people put in posts).
bool isPictographic(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
           (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0x2190 && c <= 0x21FF) ||
           (c >= 0x2300 && c <= 0x23FF) || (c >= 0x25A0 && c <= 0x25FF) || c == 0x3030 ||
           c == 0x303D || c == 0x3297 || c == 0x3299 || c == 0x00A9 || c == 0x00AE || c == 0x2122 ||
           c == 0x2139 || (c >= 0x2934 && c <= 0x2935);
}

bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

bool isModifier(char32_t c)
{
    return c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0x20E3 ||
           (c >= 0xE0020 && c <= 0xE007F);
}

// Length of the emoji sequence that starts at i, in code points; 0 when
// there is none.
qsizetype emojiSequence(const QList<uint> &cps, qsizetype i)
{
    const qsizetype n = cps.size();
    const char32_t c = cps.at(i);
    // Keycaps: 0-9, # or *, an optional VS16, then U+20E3.
    if ((c >= u'0' && c <= u'9') || c == u'#' || c == u'*') {
        qsizetype j = i + 1;
        if (j < n && cps.at(j) == 0xFE0F)
            ++j;
        if (j < n && cps.at(j) == 0x20E3)
            return j + 1 - i;
        return 0;
    }
    if (isRegionalIndicator(c))
        return (i + 1 < n && isRegionalIndicator(cps.at(i + 1))) ? 2 : 1;
    if (!isPictographic(c))
        return 0;
    // Text-style symbols in the light range (©, ®) are emoji only with VS16.
    if (isLightWeight(c) && !(i + 1 < n && cps.at(i + 1) == 0xFE0F))
        return 0;
    qsizetype j = i + 1;
    while (j < n) {
        if (isModifier(cps.at(j))) {
            ++j;
        } else if (cps.at(j) == 0x200D && j + 1 < n && isPictographic(cps.at(j + 1))) {
            j += 2;
        } else {
            break;
        }
    }
    return j - i;
}

const QRegularExpression &urlPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]'’”]"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

int XPostCounter::weightedLength(QStringView text, const QStringList &placeholders)
{
    QString normalized = text.toString().normalized(QString::NormalizationForm_C);
    int length = 0;
    // Links first: each counts 23, whatever its length.
    QRegularExpressionMatchIterator it = urlPattern().globalMatch(normalized);
    QList<QPair<qsizetype, qsizetype>> cuts;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        cuts.append({match.capturedStart(), match.capturedLength()});
    }
    for (const QString &placeholder : placeholders) {
        const QRegularExpression word(
            QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(placeholder)));
        QRegularExpressionMatchIterator p = word.globalMatch(normalized);
        while (p.hasNext()) {
            const QRegularExpressionMatch match = p.next();
            cuts.append({match.capturedStart(), match.capturedLength()});
        }
    }
    std::sort(cuts.begin(), cuts.end());
    QString rest;
    qsizetype from = 0;
    for (const auto &[start, size] : cuts) {
        if (start < from)
            continue; // overlapping matches count once
        rest += QStringView(normalized).mid(from, start - from);
        rest += QLatin1Char(' '); // keeps words apart; uncounted below
        length += urlLength - 1;
        from = start + size;
    }
    rest += QStringView(normalized).mid(from);

    const QList<uint> codePoints = rest.toUcs4();
    for (qsizetype i = 0; i < codePoints.size();) {
        if (const qsizetype emoji = emojiSequence(codePoints, i)) {
            length += 2;
            i += emoji;
            continue;
        }
        length += isLightWeight(codePoints.at(i)) ? 1 : 2;
        ++i;
    }
    return length;
}

QList<XPostCounter::Post> XPostCounter::splitThread(QStringView text)
{
    // "1/6" style, or "1." / "1)" / "(1)" style; a thread uses one of them,
    // so a numbered list inside a "1/6"-style post does not split it.
    static const QRegularExpression slashStyle(
        QStringLiteral("^\\s*\\(?(\\d{1,2})\\s*/\\s*\\d{1,2}\\)?[.):]?(?:\\s|$)"));
    static const QRegularExpression plainStyle(
        QStringLiteral("^\\s*\\(?(\\d{1,2})\\)?[.):](?:\\s|$)"));
    QStringList lines;
    for (QStringView line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        lines.append(line.toString());
    }
    const bool slash = std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return slashStyle.match(line).hasMatch();
    });
    const QRegularExpression &numbered = slash ? slashStyle : plainStyle;

    QList<Post> posts;
    QStringList current;
    auto flush = [&] {
        const QString post = current.join(QLatin1Char('\n')).trimmed();
        if (!post.isEmpty())
            posts.append({int(posts.size()) + 1, post});
        current.clear();
    };

    bool anyNumbered = false;
    int expected = 1;
    for (const QString &line : std::as_const(lines)) {
        const QRegularExpressionMatch match = numbered.match(line);
        if (match.hasMatch() && match.captured(1).toInt() == expected) {
            flush();
            anyNumbered = true;
            ++expected;
        }
        // Text before the first numbered post ("Here is your thread:") is
        // the AI talking, not a post.
        if (anyNumbered)
            current.append(line);
    }
    flush();
    if (anyNumbered)
        return posts;

    // No numbers: one post per paragraph.
    posts.clear();
    current.clear();
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            flush();
        else
            current.append(line);
    }
    flush();
    return posts;
}

} // namespace PromptDeck::Core
