// Reads an article brief from the text of a topical-map article page (what
// Select All, Copy gives in a browser, or a saved .txt). Two layouts occur:
//
// - values only, one per line in a fixed order (keyword, title, tone,
//   content group, audience, angle), then one run of "- " bullets holding the
//   secondary keywords, the common mistakes and the pro tips, in that order;
// - labelled ("Primary keyword", "Target audience", "Pro tips", … on their
//   own line or before a colon), with a meta strip such as "Informational ·
//   1,500 words · 12 prompts ready".
//
// Both have the line "… article in the MAP topical map — GROUP content
// group", whose first words are the intent. Nothing is guessed silently:
// fields that are not on the page are listed as not found, and where the
// importer had to judge (splitting one run of bullets) it says so.
#pragma once

#include "kit/brief.h"
#include "kit/kit.h"
#include "base/result.h"
#include "base/sourcetext.h"

#include <QCoreApplication>

namespace PromptDeck::Core {

struct ImportedBrief
{
    enum class Layout
    {
        ValuesOnly,
        Labelled
    };

    Layout layout = Layout::ValuesOnly;
    Brief brief;          // every field of the kit; what was not found is empty
    QStringList notFound; // keys of page fields that are not on the page
    QStringList notes;    // judgements the user should check
};

class PageImporter final
{
    Q_DECLARE_TR_FUNCTIONS(PageImporter)

public:
    // The brief fields a page can hold, in page order.
    static const QStringList &pageFields();

    static Result<ImportedBrief> import(const SourceText &page, const Kit &kit);
    static Result<ImportedBrief> importFile(const QString &path, const Kit &kit);

    struct BulletSplit
    {
        QStringList keywords;
        QStringList mistakes;
        QStringList tips;
    };
    // One run of bullets, in the order keywords, mistakes, tips, split where
    // the wording changes: short noun phrases, then descriptions of what goes
    // wrong (mostly starting with an -ing verb), then instructions.
    static BulletSplit splitBullets(const QStringList &bullets);
};

} // namespace PromptDeck::Core
