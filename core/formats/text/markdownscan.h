// What the answer checks need from a Markdown answer, read with md4c (the
// CommonMark parser Qt itself uses, without Qt Gui): headings with their
// level and text, list items, links with their text and destination, and
// the prose without code. And the HTML of an answer, with a filter on
// what its links and images may point at.
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace PromptDeck::Core {

class MarkdownScan final
{
public:
    struct Heading
    {
        int level = 0;
        QString text;
    };
    struct Link
    {
        QString text;
        QString destination;
    };

    static MarkdownScan parse(QStringView markdown);

    QList<Heading> headings;
    int listItems = 0;
    QList<Link> links;
    // The text a reader reads as prose: paragraphs and list items, one space
    // between blocks. Headings, tables, code blocks, inline code and
    // placeholder paragraphs ([EXAMPLE: …], [ASSET: …], [MISSING: …]) are
    // left out, so a length counted here compares with a word budget.
    QString prose;

    QList<Heading> headingsOfLevel(int level) const;
};

enum class HtmlUrlKind
{
    Link,
    Image
};

// Whether a link or an image of the Markdown may point at url: the
// destination with its character references decoded, as the attribute will
// hold it. The caller owns the rule, because what is safe depends on where
// the HTML is shown.
using HtmlUrlFilter = std::function<bool(HtmlUrlKind kind, QStringView url)>;

// The Markdown as HTML, in md4c-html's markup. Raw HTML in the Markdown is
// escaped, not passed through: an answer cannot inject markup into an
// export. A link allowUrl refuses is written as its text, a refused image
// as its alt text.
QString markdownToHtml(QStringView markdown, const HtmlUrlFilter &allowUrl);

// The scheme of url as a browser finds it, in ASCII lower case: character
// references decoded (named and numeric, with or without the ';'), ASCII
// control characters and spaces dropped. Empty for a relative URL, one
// without a ':' before its first '/', '?' or '#'. What comes back need not
// be a valid scheme (it may hold any character but those), so a caller
// that allows a few schemes refuses everything else.
QString urlScheme(QStringView url);

} // namespace PromptDeck::Core
