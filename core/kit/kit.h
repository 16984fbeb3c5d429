// A kit: the brief fields it needs, shared partials, phases, the ordered
// cards with their prompt templates, and export templates. Loaded once
// (KitLoader) and then shared, immutable, by every session that uses it.
#pragma once

#include "kit/budget.h"
#include "kit/checkdef.h"
#include "kit/fieldtype.h"
#include "mustache/mustacherenderer.h"
#include "mustache/mustachetemplate.h"
#include "yaml/yamlnode.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PromptDeck::Core {

// The parts of a topical-map article page that hold a value without a label:
// the header (title, the "… article in the MAP topical map — GROUP content
// group" line, the "1,500 words" strip) and the values-only layout (six value
// lines, then one run of bullets). A field names the part it takes
// (page_slot in the kit); the names are those of kitPageSlotNames().
enum class PageSlot
{
    None,
    Title,
    PrimaryKeyword,
    Intent,
    WordCount,
    Tone,
    Map,
    ContentGroup,
    Audience,
    Angle,
    SecondaryKeywords,
    Mistakes,
    Tips
};

// The kit's names of the slots, in page order (None has none).
const QStringList &kitPageSlotNames();
QString pageSlotName(PageSlot slot);
std::optional<PageSlot> pageSlotFromName(QStringView name);
// The bullet runs hold lists; every other slot one value.
bool pageSlotHoldsList(PageSlot slot);

struct FieldDef
{
    QString key;
    QString label;
    FieldType type = FieldType::Text;
    bool required = false;
    QString help;
    // How an article page shows the field: the labels it stands under in the
    // labelled layout (any case, alone on a line or before a colon), and the
    // part of the header or the values-only layout that holds it.
    QStringList pageLabels;
    PageSlot pageSlot = PageSlot::None;
};

struct PhaseDef
{
    QString id;
    QString name;
};

struct CardDef
{
    QString id;
    QString phase; // a PhaseDef id
    QString title;
    QString summary;
    MustacheTemplate prompt;
    // What the prompt reads, found by analysing the template (partials
    // included): the cards whose answers it uses, in kit order, and the brief
    // fields it uses, in field order.
    QStringList dependsOn;
    QStringList briefFields;
    QList<ExtractDef> extracts; // labelled values the answer holds (Meta title: …)
    QList<CheckDef> checks;     // answer checks
};

struct ExportDef
{
    QString id;
    QString label;
    QString format; // "md", "html" or "txt": also the file extension
    MustacheTemplate body;
    QStringList answersUsed;
    // The file name a user would expect, from the id and format.
    QString suggestedFileName(const QString &base) const;
};

class Kit final
{
public:
    QString id;
    QString name;
    int version = 0;
    QString description;
    QList<FieldDef> fields;
    MustachePartials partials;
    QList<PhaseDef> phases;
    QList<CardDef> cards;
    QList<ExportDef> exports;
    // The word budget (budget: in the kit), empty when the kit has none.
    Budget budget;

    // The YAML text the kit was loaded from: sessions embed it, so a session
    // reopens with the same prompts after the bundled kit has changed.
    QString source;

    int cardIndex(QStringView id) const;
    int phaseIndex(QStringView id) const;
    const FieldDef *field(QStringView key) const;
    // The field that takes its value from a slot of a page, if any.
    const FieldDef *fieldForSlot(PageSlot slot) const;
    const CardDef *card(QStringView id) const;
    QStringList fieldKeys() const;
    // "Card 3, Introduction"-style label used in messages.
    QString cardLabel(int index) const;
};

} // namespace PromptDeck::Core
