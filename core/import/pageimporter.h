// Reads an article brief from the text of a topical-map article page (what
// Select All, Copy gives in a browser, or a saved .txt). Two layouts occur:
//
// - values only, one per line in a fixed order (keyword, title, tone,
//   content group, audience, angle), then one run of "- " bullets holding the
//   secondary keywords, the common mistakes and the pro tips, in that order
//   (ValuesOnlyLayout);
// - labelled ("Primary keyword", "Target audience", "Pro tips", … on their
//   own line or before a colon), with a meta strip such as "Informational ·
//   1,500 words · 12 prompts ready" (LabelledLayout).
//
// Both have the line "… article in the MAP topical map — GROUP content
// group", whose first words are the intent (PageHeader). The kit says which
// field each part of the page fills: the labels a field stands under
// (page_labels) and the unlabelled part that holds it (page_slot); PageToBrief
// puts what was found into the kit's fields. Nothing is guessed silently:
// fields that are not on the page are listed as not found, and where the
// importer had to judge (splitting one run of bullets) it says so.
#pragma once

#include "base/result.h"
#include "base/sourcetext.h"
#include "kit/brief.h"
#include "kit/kit.h"

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
    // The fields of the kit a page can fill (those with page labels or a
    // page slot), in kit order.
    static QStringList pageFields(const Kit &kit);

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
