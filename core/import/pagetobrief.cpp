#include "import/pagetobrief.h"

#include <algorithm>

namespace PromptDeck::Core::PageToBrief {

namespace {

bool isPageField(const FieldDef &field)
{
    return !field.pageLabels.isEmpty() || field.pageSlot != PageSlot::None;
}

QString textOf(const PageText::Findings &findings, const FieldDef &field)
{
    QString labelled = findings.labelledText.value(field.key);
    if (!labelled.isEmpty() || field.pageSlot == PageSlot::None)
        return labelled;
    return findings.slotText.value(field.pageSlot);
}

QStringList listOf(const PageText::Findings &findings, const FieldDef &field)
{
    QStringList labelled = findings.labelledLists.value(field.key);
    if (!labelled.isEmpty() || field.pageSlot == PageSlot::None)
        return labelled;
    return findings.slotLists.value(field.pageSlot);
}

bool isFound(const PageText::Findings &findings, const FieldDef &field)
{
    return field.type == FieldType::List ? !listOf(findings, field).isEmpty()
                                         : !textOf(findings, field).isEmpty();
}

FieldValue valueOf(const PageText::Findings &findings, const FieldDef &field)
{
    switch (field.type) {
    case FieldType::List:
        return FieldValue::list(listOf(findings, field));
    case FieldType::Number: {
        const auto n = PageText::parseWordCount(textOf(findings, field));
        return n ? FieldValue::number(*n) : FieldValue::empty(FieldType::Number);
    }
    case FieldType::Links:
        return FieldValue::empty(FieldType::Links);
    case FieldType::Text:
    case FieldType::Paragraph:
        break;
    }
    return FieldValue::text(field.type, textOf(findings, field));
}

bool holdsBrief(const PageText::Findings &findings, const Kit &kit)
{
    QList<const FieldDef *> anchors;
    for (const PageSlot slot : {PageSlot::Title, PageSlot::PrimaryKeyword}) {
        if (const FieldDef *field = kit.fieldForSlot(slot))
            anchors.append(field);
    }
    if (anchors.isEmpty()) {
        for (const FieldDef &field : kit.fields) {
            if (isPageField(field))
                anchors.append(&field);
        }
    }
    return std::any_of(anchors.cbegin(), anchors.cend(),
                       [&](const FieldDef *field) { return isFound(findings, *field); });
}

} // namespace

QStringList pageFields(const Kit &kit)
{
    QStringList keys;
    for (const FieldDef &field : kit.fields) {
        if (isPageField(field))
            keys.append(field.key);
    }
    return keys;
}

bool fill(const PageText::Findings &findings, const Kit &kit, ImportedBrief &result)
{
    if (!holdsBrief(findings, kit))
        return false;
    for (const FieldDef &field : kit.fields) {
        result.brief.setValue(field.key, valueOf(findings, field));
        if (isPageField(field) && !isFound(findings, field))
            result.notFound.append(field.key);
    }
    result.notes += findings.notes;
    return true;
}

} // namespace PromptDeck::Core::PageToBrief
