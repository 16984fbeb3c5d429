#include "import/valuesonlylayout.h"

#include "import/pageimporter.h"
#include "text/textstats.h"

namespace PromptDeck::Core::ValuesOnlyLayout {

namespace {

// The value lines, in page order.
const QList<PageSlot> &valueOrder()
{
    static const QList<PageSlot> order{PageSlot::PrimaryKeyword, PageSlot::Title,
                                       PageSlot::Tone,           PageSlot::ContentGroup,
                                       PageSlot::Audience,       PageSlot::Angle};
    return order;
}

void readUsualValues(const QStringList &values, PageText::Findings &findings)
{
    QMap<PageSlot, QString> &text = findings.slotText;
    for (qsizetype k = 0; k < valueOrder().size(); ++k) {
        const PageSlot slot = valueOrder().at(k);
        if (slot != PageSlot::Title && slot != PageSlot::ContentGroup) {
            text[slot] = values.at(k);
            continue;
        }
        // Repeated on the page; the header's version is kept, and a
        // difference is worth a note.
        const QString header = text.value(slot);
        if (header.isEmpty()) {
            text[slot] = values.at(k);
        } else if (header != values.at(k)) {
            findings.notes.append(
                PageImporter::tr("The page gives two different values for %1: \"%2\" and \"%3\"; "
                                 "the first was kept.")
                    .arg(pageSlotName(slot), header, values.at(k)));
        }
    }
}

// Not the usual six lines: keep what can be recognised and say so.
void readOtherValues(const QStringList &values, PageText::Findings &findings)
{
    QMap<PageSlot, QString> &text = findings.slotText;
    QStringList rest;
    for (const QString &value : values) {
        if (value.compare(text.value(PageSlot::Title), Qt::CaseInsensitive) == 0 ||
            value.compare(text.value(PageSlot::ContentGroup), Qt::CaseInsensitive) == 0)
            continue;
        rest.append(value);
    }
    if (!rest.isEmpty())
        text[PageSlot::PrimaryKeyword] = rest.takeFirst();
    if (!rest.isEmpty() && countWords(rest.first()) <= 8)
        text[PageSlot::Tone] = rest.takeFirst();
    if (!rest.isEmpty())
        text[PageSlot::Audience] = rest.takeFirst();
    if (!rest.isEmpty())
        text[PageSlot::Angle] = rest.takeFirst();
    findings.notes.append(
        PageImporter::tr("The page does not have the usual six value lines (it has %1); check the "
                         "keyword, tone, audience and angle.")
            .arg(values.size()));
}

void readBullets(const QStringList &bullets, PageText::Findings &findings)
{
    const PageImporter::BulletSplit split = PageImporter::splitBullets(bullets);
    findings.slotLists[PageSlot::SecondaryKeywords] = split.keywords;
    findings.slotLists[PageSlot::Mistakes] = split.mistakes;
    findings.slotLists[PageSlot::Tips] = split.tips;
    findings.notes.append(PageImporter::tr("The %1 bullets were split by their wording into %2 "
                                           "keywords, %3 mistakes and %4 tips; check where one "
                                           "list ends and the next begins.")
                              .arg(bullets.size())
                              .arg(split.keywords.size())
                              .arg(split.mistakes.size())
                              .arg(split.tips.size()));
}

} // namespace

void read(const QStringList &lines, qsizetype mapAt, PageText::Findings &findings)
{
    if (mapAt < 0)
        return;
    qsizetype i = mapAt + 1;
    while (i < lines.size() &&
           (PageText::bulletText(lines.at(i)) || PageText::isHowToLine(lines.at(i))))
        ++i;
    QStringList values;
    while (i < lines.size() && !PageText::bulletText(lines.at(i)) &&
           !PageText::isStopLine(lines.at(i)))
        values.append(lines.at(i++));
    QStringList bullets;
    while (i < lines.size()) {
        const std::optional<QString> bullet = PageText::bulletText(lines.at(i++));
        if (!bullet)
            break;
        bullets.append(*bullet);
    }

    if (values.size() == valueOrder().size())
        readUsualValues(values, findings);
    else if (!values.isEmpty())
        readOtherValues(values, findings);
    if (!bullets.isEmpty())
        readBullets(bullets, findings);
}

} // namespace PromptDeck::Core::ValuesOnlyLayout
