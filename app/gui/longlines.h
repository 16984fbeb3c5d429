// Qt lays a paragraph out whole, at about a microsecond a character, and
// again whenever its width changes: one line of a million characters took
// twenty seconds to show. The text views show such a line cut into
// paragraphs of at most maxPiece characters. Each cut is a WORD JOINER (no
// width, no glyph) and a line break, and both are taken out again of what
// a view gives back: the text the user edits and copies is the text stored.
#pragma once

#include <QList>
#include <QString>

namespace PromptDeck::Gui::LongLines {

inline constexpr qsizetype maxPiece = 10000;
// What each cut adds to the shown text.
inline constexpr QStringView cutMark = u"\u2060\n";

// Whether text may be shown cut: it holds no WORD JOINER of its own, which
// could not be told from a cut.
bool canCut(QStringView text);
// text with every line over maxPiece characters cut (after a space near
// the end of a piece where there is one, never inside a surrogate pair);
// text itself when no line is that long or it cannot be cut. *cuts, if
// given, receives the positions in text where a cut stands, ascending.
QString cut(const QString &text, QList<qsizetype> *cuts = nullptr);
// The text a view shows (of text that canCut), its cuts taken out.
QString uncut(QString shown);

} // namespace PromptDeck::Gui::LongLines
