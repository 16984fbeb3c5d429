#include "text/markdownscan.h"

#include <md4c.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

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
    int tableDepth = 0;
    qsizetype paragraphStart = -1; // where the open paragraph's prose begins
};

// A paragraph that is only a placeholder ("[EXAMPLE: …]", "[ASSET: …]",
// "[MISSING: …]") stands for text still to come; it is not prose.
bool isPlaceholder(QByteArrayView paragraph)
{
    const QByteArray text = paragraph.toByteArray().trimmed();
    if (!text.startsWith('[') || !text.endsWith(']'))
        return false;
    for (const char *kind : {"[EXAMPLE:", "[ASSET:", "[MISSING:"}) {
        if (text.startsWith(kind))
            return true;
    }
    return false;
}

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
    case MD_BLOCK_TABLE:
        ++c->tableDepth;
        break;
    case MD_BLOCK_P:
        c->paragraphStart = c->prose.size();
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
    case MD_BLOCK_TABLE:
        --c->tableDepth;
        break;
    case MD_BLOCK_P:
        if (c->paragraphStart >= 0 &&
            isPlaceholder(QByteArrayView(c->prose).sliced(c->paragraphStart)))
            c->prose.truncate(c->paragraphStart);
        c->paragraphStart = -1;
        break;
    default:
        break;
    }
    if (type == MD_BLOCK_P || type == MD_BLOCK_LI)
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
        if (c->headingLevel == 0 && c->tableDepth == 0)
            c->prose += ' ';
        c->headingText += ' ';
        c->linkText += ' ';
        return 0;
    }
    if (c->headingLevel > 0)
        c->headingText += piece;
    if (c->linkDepth > 0)
        c->linkText += piece;
    if (!code && c->headingLevel == 0 && c->tableDepth == 0)
        c->prose += piece;
    return 0;
}

// The named character references whose character is ASCII (and nbsp): the
// only ones that can change how a URL's scheme reads. Any other is kept as
// written; in a URL that makes it literal text, which no scheme holds.
struct NamedReference
{
    QLatin1StringView name;
    char16_t character;
};
constexpr std::array namedReferences{
    NamedReference{QLatin1StringView("Tab"), u'\t'},
    NamedReference{QLatin1StringView("NewLine"), u'\n'},
    NamedReference{QLatin1StringView("nbsp"), u'\u00a0'},
    NamedReference{QLatin1StringView("excl"), u'!'},
    NamedReference{QLatin1StringView("quot"), u'"'},
    NamedReference{QLatin1StringView("QUOT"), u'"'},
    NamedReference{QLatin1StringView("num"), u'#'},
    NamedReference{QLatin1StringView("dollar"), u'$'},
    NamedReference{QLatin1StringView("percnt"), u'%'},
    NamedReference{QLatin1StringView("amp"), u'&'},
    NamedReference{QLatin1StringView("AMP"), u'&'},
    NamedReference{QLatin1StringView("apos"), u'\''},
    NamedReference{QLatin1StringView("lpar"), u'('},
    NamedReference{QLatin1StringView("rpar"), u')'},
    NamedReference{QLatin1StringView("ast"), u'*'},
    NamedReference{QLatin1StringView("midast"), u'*'},
    NamedReference{QLatin1StringView("plus"), u'+'},
    NamedReference{QLatin1StringView("comma"), u','},
    NamedReference{QLatin1StringView("period"), u'.'},
    NamedReference{QLatin1StringView("sol"), u'/'},
    NamedReference{QLatin1StringView("colon"), u':'},
    NamedReference{QLatin1StringView("semi"), u';'},
    NamedReference{QLatin1StringView("lt"), u'<'},
    NamedReference{QLatin1StringView("LT"), u'<'},
    NamedReference{QLatin1StringView("equals"), u'='},
    NamedReference{QLatin1StringView("gt"), u'>'},
    NamedReference{QLatin1StringView("GT"), u'>'},
    NamedReference{QLatin1StringView("quest"), u'?'},
    NamedReference{QLatin1StringView("commat"), u'@'},
    NamedReference{QLatin1StringView("lsqb"), u'['},
    NamedReference{QLatin1StringView("lbrack"), u'['},
    NamedReference{QLatin1StringView("bsol"), u'\\'},
    NamedReference{QLatin1StringView("rsqb"), u']'},
    NamedReference{QLatin1StringView("rbrack"), u']'},
    NamedReference{QLatin1StringView("Hat"), u'^'},
    NamedReference{QLatin1StringView("lowbar"), u'_'},
    NamedReference{QLatin1StringView("UnderBar"), u'_'},
    NamedReference{QLatin1StringView("grave"), u'`'},
    NamedReference{QLatin1StringView("DiacriticalGrave"), u'`'},
    NamedReference{QLatin1StringView("lcub"), u'{'},
    NamedReference{QLatin1StringView("lbrace"), u'{'},
    NamedReference{QLatin1StringView("verbar"), u'|'},
    NamedReference{QLatin1StringView("vert"), u'|'},
    NamedReference{QLatin1StringView("VerticalLine"), u'|'},
    NamedReference{QLatin1StringView("rcub"), u'}'},
    NamedReference{QLatin1StringView("rbrace"), u'}'},
};

constexpr char32_t replacementCharacter = 0xfffd;
constexpr char32_t pastUnicode = 0x110000;

char32_t validCodePoint(char32_t c)
{
    if (c == 0 || c >= pastUnicode || (c >= 0xd800 && c <= 0xdfff))
        return replacementCharacter;
    return c;
}

int digitValue(char16_t c, int base)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (base == 16 && c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (base == 16 && c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// The numeric reference at text[i] ("&#..."), its ';' optional, any number
// of leading zeros; i moves past it. Nothing if no digit follows.
std::optional<char32_t> numericReference(QStringView text, qsizetype &i)
{
    qsizetype at = i + 2;
    const bool hex = at < text.size() && (text[at] == u'x' || text[at] == u'X');
    const int base = hex ? 16 : 10;
    if (hex)
        ++at;
    const qsizetype digitsStart = at;
    char32_t value = 0;
    for (; at < text.size(); ++at) {
        const int digit = digitValue(text[at].unicode(), base);
        if (digit < 0)
            break;
        // Saturates: a long run of digits stays out of range, not wrapped.
        value = std::min<char32_t>(value * base + char32_t(digit), pastUnicode);
    }
    if (at == digitsStart)
        return std::nullopt;
    if (at < text.size() && text[at] == u';')
        ++at;
    i = at;
    return validCodePoint(value);
}

// The longest named reference of the table at text[i] ("&name"), its ';'
// optional; i moves past it.
std::optional<char32_t> namedReference(QStringView text, qsizetype &i)
{
    const QStringView rest = text.mid(i + 1);
    const NamedReference *best = nullptr;
    for (const NamedReference &ref : namedReferences) {
        if (rest.startsWith(ref.name) && (!best || ref.name.size() > best->name.size()))
            best = &ref;
    }
    if (!best)
        return std::nullopt;
    qsizetype at = i + 1 + best->name.size();
    if (at < text.size() && text[at] == u';')
        ++at;
    i = at;
    return best->character;
}

// The character of url at i, a character reference decoded; i moves past it.
char32_t nextUrlCharacter(QStringView url, qsizetype &i)
{
    if (url[i] == u'&' && i + 1 < url.size()) {
        const auto decoded = url[i + 1] == u'#' ? numericReference(url, i) : namedReference(url, i);
        if (decoded)
            return *decoded;
    }
    const char16_t c = url[i].unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < url.size() && url[i + 1].isLowSurrogate()) {
        const char32_t pair = QChar::surrogateToUcs4(c, url[i + 1].unicode());
        i += 2;
        return pair;
    }
    ++i;
    return c;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    out += QString::fromUcs4(&c, 1).toUtf8();
}

// The character of an entity md4c found ("&#106;", "&#x6A;", "&amp;": always
// well-formed, ';' included), appended as UTF-8. False for a named one the
// table does not hold.
bool appendEntity(QByteArray &out, QByteArrayView entity)
{
    const QString text = QString::fromLatin1(entity);
    qsizetype i = 0;
    const auto decoded =
        text.size() > 1 && text[1] == u'#' ? numericReference(text, i) : namedReference(text, i);
    if (!decoded || i != text.size())
        return false;
    appendUtf8(out, *decoded);
    return true;
}

// Writes md4c's events as HTML, in the markup md4c-html gives, except that
// every link and image destination goes past the filter first.
class HtmlWriter final
{
public:
    HtmlWriter(const HtmlUrlFilter &allowUrl, QByteArray &out)
        : m_allowUrl(allowUrl)
        , m_out(out)
    {}

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
    {
        static_cast<HtmlWriter *>(userdata)->openBlock(type, detail);
        return 0;
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
    {
        static_cast<HtmlWriter *>(userdata)->closeBlock(type, detail);
        return 0;
    }
    static int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
    {
        static_cast<HtmlWriter *>(userdata)->openSpan(type, detail);
        return 0;
    }
    static int leaveSpan(MD_SPANTYPE type, void *detail, void *userdata)
    {
        static_cast<HtmlWriter *>(userdata)->closeSpan(type, detail);
        return 0;
    }
    static int text(MD_TEXTTYPE type, const MD_CHAR *chars, MD_SIZE size, void *userdata)
    {
        static_cast<HtmlWriter *>(userdata)->writeText(type,
                                                       QByteArrayView(chars, qsizetype(size)));
        return 0;
    }

private:
    void openBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_QUOTE:
            m_out += "<blockquote>\n";
            break;
        case MD_BLOCK_UL:
            m_out += "<ul>\n";
            break;
        case MD_BLOCK_OL: {
            const unsigned start = static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start;
            m_out += start == 1 ? QByteArray("<ol>\n")
                                : "<ol start=\"" + QByteArray::number(start) + "\">\n";
            break;
        }
        case MD_BLOCK_LI: {
            const auto *li = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
            if (!li->is_task) {
                m_out += "<li>";
                break;
            }
            m_out += "<li class=\"task-list-item\">"
                     "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled";
            if (li->task_mark == 'x' || li->task_mark == 'X')
                m_out += " checked";
            m_out += '>';
            break;
        }
        case MD_BLOCK_HR:
            m_out += "<hr>\n";
            break;
        case MD_BLOCK_H:
            m_out +=
                "<h" + QByteArray::number(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level) + '>';
            break;
        case MD_BLOCK_CODE: {
            const MD_ATTRIBUTE &lang = static_cast<MD_BLOCK_CODE_DETAIL *>(detail)->lang;
            m_out += "<pre><code";
            if (lang.text) {
                m_out += " class=\"language-";
                writeAttribute(lang);
                m_out += '"';
            }
            m_out += '>';
            break;
        }
        case MD_BLOCK_P:
            m_out += "<p>";
            break;
        case MD_BLOCK_TABLE:
            m_out += "<table>\n";
            break;
        case MD_BLOCK_THEAD:
            m_out += "<thead>\n";
            break;
        case MD_BLOCK_TBODY:
            m_out += "<tbody>\n";
            break;
        case MD_BLOCK_TR:
            m_out += "<tr>\n";
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            openCell(type == MD_BLOCK_TH ? "<th" : "<td",
                     static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align);
            break;
        default: // the document, and raw HTML (never reported: MD_FLAG_NOHTML)
            break;
        }
    }

    void openCell(const char *tag, MD_ALIGN align)
    {
        m_out += tag;
        switch (align) {
        case MD_ALIGN_LEFT:
            m_out += " align=\"left\">";
            break;
        case MD_ALIGN_CENTER:
            m_out += " align=\"center\">";
            break;
        case MD_ALIGN_RIGHT:
            m_out += " align=\"right\">";
            break;
        default:
            m_out += '>';
            break;
        }
    }

    void closeBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_QUOTE:
            m_out += "</blockquote>\n";
            break;
        case MD_BLOCK_UL:
            m_out += "</ul>\n";
            break;
        case MD_BLOCK_OL:
            m_out += "</ol>\n";
            break;
        case MD_BLOCK_LI:
            m_out += "</li>\n";
            break;
        case MD_BLOCK_H:
            m_out +=
                "</h" + QByteArray::number(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level) + ">\n";
            break;
        case MD_BLOCK_CODE:
            m_out += "</code></pre>\n";
            break;
        case MD_BLOCK_P:
            m_out += "</p>\n";
            break;
        case MD_BLOCK_TABLE:
            m_out += "</table>\n";
            break;
        case MD_BLOCK_THEAD:
            m_out += "</thead>\n";
            break;
        case MD_BLOCK_TBODY:
            m_out += "</tbody>\n";
            break;
        case MD_BLOCK_TR:
            m_out += "</tr>\n";
            break;
        case MD_BLOCK_TH:
            m_out += "</th>\n";
            break;
        case MD_BLOCK_TD:
            m_out += "</td>\n";
            break;
        default: // the document, a rule, raw HTML
            break;
        }
    }

    void openSpan(MD_SPANTYPE type, void *detail)
    {
        // Inside an image only text is written (it is the alt text), and
        // an image in an image is part of that text.
        if (m_imageDepth > 0) {
            if (type == MD_SPAN_IMG)
                ++m_imageDepth;
            return;
        }
        switch (type) {
        case MD_SPAN_EM:
            m_out += "<em>";
            break;
        case MD_SPAN_STRONG:
            m_out += "<strong>";
            break;
        case MD_SPAN_A:
            openLink(*static_cast<MD_SPAN_A_DETAIL *>(detail));
            break;
        case MD_SPAN_IMG:
            openImage(*static_cast<MD_SPAN_IMG_DETAIL *>(detail));
            break;
        case MD_SPAN_CODE:
            m_out += "<code>";
            break;
        case MD_SPAN_DEL:
            m_out += "<del>";
            break;
        default: // spans of extensions the parser flags leave off
            break;
        }
    }

    void openLink(const MD_SPAN_A_DETAIL &link)
    {
        const QByteArray url = decodedUrl(link.href);
        const bool shown = m_allowUrl(HtmlUrlKind::Link, QString::fromUtf8(url));
        m_linksShown.append(shown);
        if (!shown)
            return;
        m_out += "<a href=\"";
        writeUrl(url);
        if (link.title.text) {
            m_out += "\" title=\"";
            writeAttribute(link.title);
        }
        m_out += "\">";
    }

    void openImage(const MD_SPAN_IMG_DETAIL &image)
    {
        m_imageDepth = 1;
        const QByteArray url = decodedUrl(image.src);
        m_imageShown = m_allowUrl(HtmlUrlKind::Image, QString::fromUtf8(url));
        if (!m_imageShown)
            return;
        m_out += "<img src=\"";
        writeUrl(url);
        m_out += "\" alt=\"";
    }

    void closeSpan(MD_SPANTYPE type, void *detail)
    {
        if (m_imageDepth > 0) {
            if (type == MD_SPAN_IMG && --m_imageDepth == 0 && m_imageShown)
                closeImage(*static_cast<MD_SPAN_IMG_DETAIL *>(detail));
            return;
        }
        switch (type) {
        case MD_SPAN_EM:
            m_out += "</em>";
            break;
        case MD_SPAN_STRONG:
            m_out += "</strong>";
            break;
        case MD_SPAN_A:
            if (m_linksShown.takeLast())
                m_out += "</a>";
            break;
        case MD_SPAN_CODE:
            m_out += "</code>";
            break;
        case MD_SPAN_DEL:
            m_out += "</del>";
            break;
        default:
            break;
        }
    }

    void closeImage(const MD_SPAN_IMG_DETAIL &image)
    {
        if (image.title.text) {
            m_out += "\" title=\"";
            writeAttribute(image.title);
        }
        m_out += "\">";
    }

    void writeText(MD_TEXTTYPE type, QByteArrayView chars)
    {
        switch (type) {
        case MD_TEXT_NULLCHAR:
            appendUtf8(m_out, replacementCharacter);
            break;
        case MD_TEXT_BR:
            m_out += m_imageDepth > 0 ? " " : "<br>\n";
            break;
        case MD_TEXT_SOFTBR:
            m_out += m_imageDepth > 0 ? ' ' : '\n';
            break;
        case MD_TEXT_ENTITY:
            writeEntity(chars);
            break;
        default: // text, code, and raw HTML (escaped, should it ever come)
            writeEscaped(chars);
            break;
        }
    }

    // A reference the table does not hold is written as it stands: md4c
    // only reports well-formed ones, and the browser knows them all.
    void writeEntity(QByteArrayView entity)
    {
        QByteArray decoded;
        if (appendEntity(decoded, entity))
            writeEscaped(decoded);
        else
            m_out += entity;
    }

    void writeEscaped(QByteArrayView chars)
    {
        qsizetype from = 0;
        for (qsizetype i = 0; i < chars.size(); ++i) {
            const char *escape = nullptr;
            switch (chars[i]) {
            case '&':
                escape = "&amp;";
                break;
            case '<':
                escape = "&lt;";
                break;
            case '>':
                escape = "&gt;";
                break;
            case '"':
                escape = "&quot;";
                break;
            default:
                continue;
            }
            m_out += chars.sliced(from, i - from);
            m_out += escape;
            from = i + 1;
        }
        m_out += chars.sliced(from);
    }

    // A title or a code block's language, escaped like text.
    void writeAttribute(const MD_ATTRIBUTE &attr)
    {
        for (int i = 0; attr.substr_offsets[i] < attr.size; ++i) {
            const QByteArrayView piece(
                attr.text + attr.substr_offsets[i],
                qsizetype(attr.substr_offsets[i + 1] - attr.substr_offsets[i]));
            writeText(attr.substr_types[i], piece);
        }
    }

    // The destination as the attribute will hold it. A named reference the
    // table does not hold stays literal text (its '&' is written "&amp;"), so
    // the browser reads exactly what the filter was shown.
    static QByteArray decodedUrl(const MD_ATTRIBUTE &attr)
    {
        QByteArray url;
        for (int i = 0; attr.substr_offsets[i] < attr.size; ++i) {
            const QByteArrayView piece(
                attr.text + attr.substr_offsets[i],
                qsizetype(attr.substr_offsets[i + 1] - attr.substr_offsets[i]));
            switch (attr.substr_types[i]) {
            case MD_TEXT_NULLCHAR:
                appendUtf8(url, replacementCharacter);
                break;
            case MD_TEXT_ENTITY:
                if (!appendEntity(url, piece))
                    url += piece;
                break;
            default:
                url += piece;
                break;
            }
        }
        return url;
    }

    // Percent-encodes all but the characters URLs commonly hold unencoded,
    // as md4c-html does; '&' is the one written as a reference.
    void writeUrl(QByteArrayView url)
    {
        static constexpr char plain[] = "-_.+!*(),%#@?=;:/$";
        static constexpr char hex[] = "0123456789ABCDEF";
        for (const char c : url) {
            const auto byte = static_cast<unsigned char>(c);
            const bool plainByte = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                   (c >= '0' && c <= '9') || (c != '\0' && std::strchr(plain, c));
            if (plainByte) {
                m_out += c;
            } else if (c == '&') {
                m_out += "&amp;";
            } else {
                m_out += '%';
                m_out += hex[byte >> 4];
                m_out += hex[byte & 0xf];
            }
        }
    }

    const HtmlUrlFilter &m_allowUrl;
    QByteArray &m_out;
    QList<bool> m_linksShown;  // for each open link: written as <a>?
    int m_imageDepth = 0;      // open images; text inside goes to the alt text
    bool m_imageShown = false; // the outermost open image written as <img>?
};

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

QString markdownToHtml(QStringView markdown, const HtmlUrlFilter &allowUrl)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray html;
    html.reserve(utf8.size() + utf8.size() / 4);
    HtmlWriter writer(allowUrl, html);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = parserFlags;
    parser.enter_block = HtmlWriter::enterBlock;
    parser.leave_block = HtmlWriter::leaveBlock;
    parser.enter_span = HtmlWriter::enterSpan;
    parser.leave_span = HtmlWriter::leaveSpan;
    parser.text = HtmlWriter::text;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &writer);
    return QString::fromUtf8(html);
}

QString urlScheme(QStringView url)
{
    QString scheme;
    for (qsizetype i = 0; i < url.size();) {
        const char32_t c = nextUrlCharacter(url, i);
        if (c <= 0x20 || c == 0x7f)
            continue;
        if (c == U':')
            return scheme;
        if (c == U'/' || c == U'?' || c == U'#')
            return {};
        if (c >= U'A' && c <= U'Z')
            scheme += QChar(char16_t(c - U'A' + U'a'));
        else
            scheme += QString::fromUcs4(&c, 1);
    }
    return {};
}

} // namespace PromptDeck::Core
