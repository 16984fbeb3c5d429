// The article's draft, assembled by PromptDeck from the answers of the
// cards that make it (the kit's article: section): the parts in order, each
// [EXAMPLE: …] marker replaced by the example written for it, and each link
// of the link plan placed in its sentence. What cannot be placed is kept
// (an example at the end of the body, a marker where it stands) and listed,
// so the writer sees it before the draft goes on.
//
// Examples are "### Example N: title" items, each with a "Goes in: <section
// heading>, replacing the marker [EXAMPLE: …]" line; the heading and that
// line stay out of the draft. An example replaces the marker its text names
// (compared without regard to case, quotes, dashes, spacing and trailing
// punctuation), or else the first free marker in the section it names; one
// that names no marker goes at the end of its section.
//
// Links are the plan's items "1. [anchor](destination) — Section: … —
// Sentence: …": the sentence is found in the draft (with the same
// tolerance, and reading Markdown links and emphasis as their text) and the
// anchor's first occurrence in it becomes [anchor](destination).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace PromptDeck::Core {

struct ArticleParts
{
    QStringList parts; // the parts' Markdown, in order
    QString examples;  // the examples card's answer (may be empty)
    QString links;     // the link plan (may be empty)
    // The part that takes an example matching nothing when no part holds a
    // marker (the body); -1: the last part.
    int examplesHome = -1;
};

struct AssembledArticle
{
    QString markdown;
    // One sentence per example, marker or link that could not be placed.
    QStringList unplaced;
};

class ArticleAssembler final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleAssembler)

public:
    static AssembledArticle assemble(const ArticleParts &input);
};

} // namespace PromptDeck::Core
