#include "json/jsonwriter.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace PromptDeck::Core {

namespace {
constexpr qsizetype pieceBytes = qsizetype{256} * 1024;
constexpr qsizetype pieceUnits = qsizetype{64} * 1024;

// Where unit k of four copied into a quint64 lies in it: the first unit is
// the low lane on a little-endian machine, the high lane on a big-endian one.
constexpr int laneShift(int k)
{
    static_assert(std::endian::native == std::endian::little ||
                  std::endian::native == std::endian::big);
    return std::endian::native == std::endian::little ? 16 * k : 16 * (3 - k);
}
} // namespace

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

JsonWriter::JsonWriter(Sink sink)
    : m_sink(std::move(sink))
{
    m_out.reserve(pieceBytes + 6 * pieceUnits + 64);
}

bool JsonWriter::finish()
{
    if (m_sink && !m_sinkFailed && !m_out.isEmpty())
        m_sinkFailed = !m_sink(m_out);
    m_out.resize(0);
    return !m_sinkFailed;
}

// Strings go a piece at a time, and with a sink each piece goes on at once:
// a megabyte answer passes through a buffer of a few hundred kilobytes.
void JsonWriter::appendString(QStringView text)
{
    if (!m_sink) {
        appendEscaped(m_out, text);
        return;
    }
    m_out += '"';
    // Once a piece was refused, nothing more is handed over: the rest of
    // the text need not be escaped.
    while (!text.isEmpty() && !m_sinkFailed) {
        qsizetype n = std::min(pieceUnits, text.size());
        if (n < text.size() && text.at(n - 1).isHighSurrogate())
            ++n; // a surrogate pair stays in one piece
        appendEscapedUnits(m_out, text.first(n));
        text = text.sliced(n);
        if (m_out.size() >= pieceBytes) {
            m_sinkFailed = !m_sink(m_out);
            m_out.resize(0);
        }
    }
    m_out += '"';
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(QByteArray(qsizetype(m_levels.size()) * 2, ' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (!level.empty)
        m_out += ',';
    level.empty = false;
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.push_back({true, true});
}

void JsonWriter::endObject()
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_out += '}';
    if (m_levels.empty())
        m_out += '\n';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.push_back({false, true});
}

void JsonWriter::endArray()
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_out += ']';
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    appendString(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    appendString(text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::nullValue()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::rawValue(QByteArrayView json)
{
    beforeValue();
    m_out += json;
    if (m_sink && m_out.size() >= pieceBytes) {
        m_sinkFailed = m_sinkFailed || !m_sink(m_out);
        m_out.resize(0);
    }
}

void JsonWriter::appendEscaped(QByteArray &out, QStringView text)
{
    out += '"';
    appendEscapedUnits(out, text);
    out += '"';
}

// The text goes a slice at a time, so that the room kept for the worst case
// (every unit a six-byte \u00XX escape) stays small. Plain ASCII, most of
// any answer, is copied four units at a time; the rest is encoded here.
void JsonWriter::appendEscapedUnits(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    constexpr qsizetype sliceUnits = pieceUnits;
    constexpr quint64 lanes = 0x0001000100010001ULL;
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const qsizetype sliceEnd = std::min(size, i + sliceUnits);
        const qsizetype used = out.size();
        // +4: a surrogate pair may run one unit past the slice's end.
        out.resize(used + 6 * (sliceEnd - i) + 4);
        char *const begin = out.data();
        char *at = begin + used;
        while (i < sliceEnd) {
#if defined(__SSE2__)
            if (sliceEnd - i >= 8) {
                // Eight units at once: each between 0x20 and 0x7F (less
                // 0x20, at most 0x5F unsigned), none a quote or a backslash.
                const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
                const __m128i outside = _mm_subs_epu16(_mm_sub_epi16(units, _mm_set1_epi16(0x20)),
                                                       _mm_set1_epi16(0x5F));
                const __m128i special = _mm_or_si128(
                    outside, _mm_or_si128(_mm_cmpeq_epi16(units, _mm_set1_epi16('"')),
                                          _mm_cmpeq_epi16(units, _mm_set1_epi16('\\'))));
                if (_mm_movemask_epi8(_mm_cmpeq_epi16(special, _mm_setzero_si128())) == 0xFFFF) {
                    _mm_storel_epi64(reinterpret_cast<__m128i *>(at),
                                     _mm_packus_epi16(units, units));
                    at += 8;
                    i += 8;
                    continue;
                }
            }
#endif
            if (sliceEnd - i >= 4) {
                // Four units that are all below 0x80, none below 0x20, none
                // a quote or a backslash. With every unit below 0x80, a
                // unit's top bit after subtracting is a borrow: that unit
                // (or one in a lower lane) was smaller, or zero after the
                // XOR. Which unit is in which lane depends on the byte
                // order; a borrow across lanes only sends these four units
                // the slow way, so the test holds on either.
                quint64 word;
                std::memcpy(&word, data + i, 8);
                const quint64 quote = word ^ (lanes * '"');
                const quint64 backslash = word ^ (lanes * '\\');
                const quint64 special =
                    (word & (lanes * 0xFF80)) |
                    (((word - lanes * 0x20) | (quote - lanes) | (backslash - lanes)) &
                     (lanes * 0x8000));
                if (special == 0) {
                    at[0] = char(word >> laneShift(0));
                    at[1] = char(word >> laneShift(1));
                    at[2] = char(word >> laneShift(2));
                    at[3] = char(word >> laneShift(3));
                    at += 4;
                    i += 4;
                    continue;
                }
            }
            const char16_t c = data[i++];
            if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
                *at++ = char(c);
            } else if (c >= 0x80 && c < 0x800) {
                *at++ = char(0xC0 | (c >> 6));
                *at++ = char(0x80 | (c & 0x3F));
            } else if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
                *at++ = char(0xE0 | (c >> 12));
                *at++ = char(0x80 | ((c >> 6) & 0x3F));
                *at++ = char(0x80 | (c & 0x3F));
            } else if (c >= 0xD800 && c <= 0xDBFF && i < size && data[i] >= 0xDC00 &&
                       data[i] <= 0xDFFF) {
                const char32_t point =
                    0x10000 + ((char32_t(c) - 0xD800) << 10) + (data[i++] - 0xDC00);
                *at++ = char(0xF0 | (point >> 18));
                *at++ = char(0x80 | ((point >> 12) & 0x3F));
                *at++ = char(0x80 | ((point >> 6) & 0x3F));
                *at++ = char(0x80 | (point & 0x3F));
            } else {
                const auto put = [&at](const char *escape) {
                    while (*escape)
                        *at++ = *escape++;
                };
                switch (c) {
                case u'"':
                    put("\\\"");
                    break;
                case u'\\':
                    put("\\\\");
                    break;
                case u'\n':
                    put("\\n");
                    break;
                case u'\r':
                    put("\\r");
                    break;
                case u'\t':
                    put("\\t");
                    break;
                default:
                    if (c >= 0xD800 && c <= 0xDFFF) {
                        // A lone surrogate has no UTF-8 form: U+FFFD.
                        put("\xEF\xBF\xBD");
                    } else {
                        put("\\u00");
                        *at++ = hex[(c >> 4) & 0xF];
                        *at++ = hex[c & 0xF];
                    }
                }
            }
        }
        out.truncate(at - begin);
    }
}

} // namespace PromptDeck::Core
