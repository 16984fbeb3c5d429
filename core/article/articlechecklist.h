// What to check in an article before it is published, each item with the
// line of the article's Markdown where it is: the facts the research marked
// CHECK, the assets a chat model could not make ([ASSET: …]), links that
// lead nowhere on a web page, and what was left in by accident (unfilled
// [EXAMPLE: …] markers, missing-answer markers, notes for the writer, the
// chat's own opening and closing lines, word-count trailers). The article
// is read as the writer sees it: nothing inside code spans or code blocks
// counts, and Markdown links, footnotes and task boxes are not notes.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace PromptDeck::Core {

class Session;
struct ExportDef;
class Kit;

struct ChecklistItem
{
    enum class Group
    {
        Facts,
        Assets,
        Links,
        Leftovers
    };

    Group group = Group::Leftovers;
    // 1-based line in the article; 0 for a fact the article does not seem
    // to use.
    int line = 0;
    // What to check, as the list shows it (without the line).
    QString text;
    // Facts only: the research's source, and whether the article seems to
    // use the fact.
    QString source;
    bool used = false;

    bool operator==(const ChecklistItem &other) const = default;
};

class ArticleChecklist final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleChecklist)

public:
    using Group = ChecklistItem::Group;

    // The list for article (the Markdown the article export renders), with
    // the facts to verify from the session's research answer (the card
    // "research") and its missing-answer marker.
    static ArticleChecklist build(QStringView article, const Session &session);
    // The same from the research answer's text; missingMarker is the start
    // of the marker the app writes for a missing answer ("[MISSING").
    static ArticleChecklist build(QStringView article, QStringView research,
                                  const QString &missingMarker = QStringLiteral("[MISSING"));

    // The research items marked CHECK in a research answer, in order, with
    // no line yet.
    static QList<ChecklistItem> factsToVerify(QStringView research);

    // The export the list belongs to: the kit's "article" export, or else
    // its first Markdown export; null when it has neither.
    static const ExportDef *articleExport(const Kit &kit);

    const QList<ChecklistItem> &items() const { return m_items; }
    QList<ChecklistItem> items(Group group) const;
    bool isEmpty() const { return m_items.isEmpty(); }

    static QString groupTitle(Group group);
    static QList<Group> groups();
    // "text (line N)", or the text alone when the item has no line.
    static QString itemLine(const ChecklistItem &item);

    // A heading per group that has items, each item as "- [ ] … (line N)";
    // "Nothing left to check." when there are none.
    QString toMarkdown() const;
    // One line per item, "Group: … (line N)", for a terminal.
    QStringList lines() const;

private:
    QList<ChecklistItem> m_items;
};

} // namespace PromptDeck::Core
