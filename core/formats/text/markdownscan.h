// What the answer checks need from a Markdown answer, read with md4c (the
// CommonMark parser Qt itself uses, without Qt Gui): headings with their
// level and text, list items, links with their text and destination, and
// the prose without code.
#pragma once

#include <QList>
#include <QString>

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
    // The text of paragraphs, headings, list items and tables, one space
    // between blocks; code blocks and inline code left out.
    QString prose;

    QList<Heading> headingsOfLevel(int level) const;
};

// The Markdown as HTML (md4c-html). Raw HTML in the Markdown is escaped,
// not passed through: an answer cannot inject markup into an export.
QString markdownToHtml(QStringView markdown);

} // namespace PromptDeck::Core
