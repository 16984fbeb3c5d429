#include "longlines.h"

namespace PromptDeck::Gui::LongLines {

namespace {
constexpr QChar wordJoiner(0x2060);
// How far back from a piece's end a space is looked for.
constexpr qsizetype spaceReach = maxPiece / 4;
} // namespace

bool canCut(QStringView text)
{
    return !text.contains(wordJoiner);
}

QString cut(const QString &text, QList<qsizetype> *cuts)
{
    if (cuts)
        cuts->clear();
    if (text.size() <= maxPiece || !canCut(text))
        return text;
    QString shown;
    qsizetype copied = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\r') {
            lineStart = i + 1;
            continue;
        }
        if (i - lineStart < maxPiece)
            continue;
        qsizetype at = i;
        for (qsizetype back = i; back > i - spaceReach; --back) {
            if (text.at(back - 1) == u' ') {
                at = back;
                break;
            }
        }
        if (at == i && text.at(i).isLowSurrogate())
            --at;
        if (shown.isEmpty())
            shown.reserve(text.size() +
                          (text.size() / (maxPiece - spaceReach) + 1) * cutMark.size());
        shown.append(QStringView(text).sliced(copied, at - copied));
        shown.append(cutMark);
        copied = at;
        lineStart = at;
        if (cuts)
            cuts->append(at);
    }
    if (copied == 0)
        return text;
    shown.append(QStringView(text).sliced(copied));
    return shown;
}

QString uncut(QString shown)
{
    static const QString mark = cutMark.toString();
    // A joiner left alone is what remains of a cut whose line break was
    // deleted: the text never had one of its own (canCut).
    return shown.remove(mark).remove(wordJoiner);
}

} // namespace PromptDeck::Gui::LongLines
