#include "import/pageimporter.h"

#include "base/inputlimits.h"
#include "import/labelledlayout.h"
#include "import/pageheader.h"
#include "import/pagetobrief.h"
#include "import/valuesonlylayout.h"
#include "text/textstats.h"

namespace PromptDeck::Core {

QStringList PageImporter::pageFields(const Kit &kit)
{
    return PageToBrief::pageFields(kit);
}

Result<ImportedBrief> PageImporter::importFile(const QString &path, const Kit &kit)
{
    Result<SourceText> source = SourceText::readFile(path, Limits::maxPageTextBytes, tr("page"));
    if (!source)
        return source.errors();
    return import(source.value(), kit);
}

Result<ImportedBrief> PageImporter::import(const SourceText &page, const Kit &kit)
{
    if (page.bytes().size() > Limits::maxPageTextBytes) {
        return Diagnostic::error(
            page.name(), 0, 0,
            tr("the page text is %1, larger than the %2 limit of a page; nothing "
               "was imported")
                .arg(formatByteSize(page.bytes().size()),
                     formatByteSize(Limits::maxPageTextBytes)));
    }
    if (const Status encoding = page.checkEncoding(); !encoding) {
        Diagnostic error = encoding.error();
        error.message = tr("this is not the text of a page: %1").arg(error.message);
        return error;
    }
    const QStringList lines = PageText::lines(page.text());
    if (lines.isEmpty())
        return Diagnostic::error(page.name(), 0, 0,
                                 tr("the page is empty; paste the whole text of an article page"));

    const PageLabels labels(kit);
    PageText::Findings findings;
    // The map line gives intent, map and content group on both layouts.
    const qsizetype mapAt = PageHeader::read(lines, labels, findings);
    ImportedBrief result;
    if (LabelledLayout::applies(lines, labels)) {
        result.layout = ImportedBrief::Layout::Labelled;
        LabelledLayout::read(lines, mapAt, labels, findings);
    } else {
        result.layout = ImportedBrief::Layout::ValuesOnly;
        ValuesOnlyLayout::read(lines, mapAt, findings);
    }
    if (!PageToBrief::fill(findings, kit, result)) {
        return Diagnostic::error(
            page.name(), 0, 0,
            tr("no article brief found: PromptDeck looks for the line \"… article in the MAP "
               "topical map — GROUP content group\" or labels such as \"Primary keyword\" "
               "and \"Target audience\"; nothing was imported"));
    }
    return result;
}

} // namespace PromptDeck::Core
