#include "text/markdownscan.h"

#include <md4c-html.h>
#include <md4c.h>

namespace PromptDeck::Core {

namespace {

constexpr unsigned parserFlags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS |
                                 MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS |
                                 MD_FLAG_NOHTML;

struct Collector
{
    MarkdownScan scan;
    QByteArray prose;
    QByteArray headingText;
    int headingLevel = 0;
    QByteArray linkText;
    QByteArray linkDestination;
    int linkDepth = 0;
    int codeBlockDepth = 0;
};

QString attribute(const MD_ATTRIBUTE &attr)
{
    return QString::fromUtf8(attr.text, qsizetype(attr.size));
}

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *c = static_cast<Collector *>(userdata);
    switch (type) {
    case MD_BLOCK_H:
        c->headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        c->headingText.clear();
        break;
    case MD_BLOCK_LI:
        ++c->scan.listItems;
        break;
    case MD_BLOCK_CODE:
        ++c->codeBlockDepth;
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *c = static_cast<Collector *>(userdata);
    switch (type) {
    case MD_BLOCK_H:
        c->scan.headings.append({c->headingLevel, QString::fromUtf8(c->headingText).simplified()});
        c->headingLevel = 0;
        break;
    case MD_BLOCK_CODE:
        --c->codeBlockDepth;
        break;
    default:
        break;
    }
    if (type == MD_BLOCK_H || type == MD_BLOCK_P || type == MD_BLOCK_LI || type == MD_BLOCK_TD ||
        type == MD_BLOCK_TH)
        c->prose += ' ';
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
{
    auto *c = static_cast<Collector *>(userdata);
    if (type == MD_SPAN_A) {
        if (c->linkDepth++ == 0) {
            c->linkText.clear();
            c->linkDestination = attribute(static_cast<MD_SPAN_A_DETAIL *>(detail)->href).toUtf8();
        }
    }
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto *c = static_cast<Collector *>(userdata);
    if (type == MD_SPAN_A && --c->linkDepth == 0) {
        c->scan.links.append(
            {QString::fromUtf8(c->linkText).simplified(), QString::fromUtf8(c->linkDestination)});
    }
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR *chars, MD_SIZE size, void *userdata)
{
    auto *c = static_cast<Collector *>(userdata);
    const QByteArrayView piece(chars, qsizetype(size));
    const bool code = type == MD_TEXT_CODE || c->codeBlockDepth > 0;
    if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR) {
        c->prose += ' ';
        c->headingText += ' ';
        c->linkText += ' ';
        return 0;
    }
    if (c->headingLevel > 0)
        c->headingText += piece;
    if (c->linkDepth > 0)
        c->linkText += piece;
    if (!code)
        c->prose += piece;
    return 0;
}

} // namespace

MarkdownScan MarkdownScan::parse(QStringView markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = parserFlags;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;
    Collector collector;
    collector.prose.reserve(utf8.size()); // grown piece by piece, never copied
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &collector);
    collector.scan.prose = QString::fromUtf8(collector.prose);
    return std::move(collector.scan);
}

QList<MarkdownScan::Heading> MarkdownScan::headingsOfLevel(int level) const
{
    QList<Heading> list;
    for (const Heading &h : headings) {
        if (h.level == level)
            list.append(h);
    }
    return list;
}

QString markdownToHtml(QStringView markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray html;
    html.reserve(utf8.size() + utf8.size() / 4);
    md_html(
        utf8.constData(), MD_SIZE(utf8.size()),
        [](const MD_CHAR *chars, MD_SIZE size, void *userdata) {
            static_cast<QByteArray *>(userdata)->append(chars, qsizetype(size));
        },
        &html, parserFlags, 0);
    return QString::fromUtf8(html);
}

} // namespace PromptDeck::Core
