#include "import/pageheader.h"

namespace PromptDeck::Core::PageHeader {

namespace {

const QRegularExpression &mapLine()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+?)\\s+article\\s+in\\s+the\\s+(.+?)\\s+topical\\s+map\\s*[—–-]+\\s*(.+?"
                       ")\\s+content\\s+group\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &metaStrip()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\w[\\w -]*?)\\s*[·|•]\\s*)?([0-9][0-9,. ]*)\\s*words\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

qsizetype readMapLine(const QStringList &lines, PageText::Findings &findings)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = mapLine().match(lines.at(i));
        if (match.hasMatch()) {
            findings.slotText[PageSlot::Intent] = match.captured(1).trimmed();
            findings.slotText[PageSlot::Map] = match.captured(2).trimmed();
            findings.slotText[PageSlot::ContentGroup] = match.captured(3).trimmed();
            return i;
        }
    }
    return -1;
}

void readMetaStrip(const QStringList &lines, PageText::Findings &findings)
{
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = metaStrip().match(line);
        if (match.hasMatch()) {
            if (const auto words = PageText::parseWordCount(match.captured(2)))
                findings.slotText[PageSlot::WordCount] = QString::number(*words);
            if (!match.captured(1).isEmpty())
                findings.slotText[PageSlot::Intent] = match.captured(1).trimmed();
            return;
        }
    }
}

} // namespace

qsizetype read(const QStringList &lines, const PageLabels &labels, PageText::Findings &findings)
{
    const qsizetype mapAt = readMapLine(lines, findings);
    // The title: the line just above the map line (a breadcrumb is not it).
    for (qsizetype i = mapAt - 1; i >= 0; --i) {
        if (!PageText::isBreadcrumb(lines.at(i)) && !labels.match(lines.at(i))) {
            findings.slotText[PageSlot::Title] = lines.at(i);
            break;
        }
    }
    readMetaStrip(lines, findings);
    return mapAt;
}

} // namespace PromptDeck::Core::PageHeader
