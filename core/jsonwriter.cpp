#include "jsonwriter.h"

#include <QStringEncoder>

#include <algorithm>

namespace PromptDeck::Core {

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
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
    appendEscaped(m_out, name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    appendEscaped(m_out, text);
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

// Runs of text between escapes are encoded to UTF-8 straight into the
// output; the text goes a slice at a time, so that the room kept for the
// worst case (every unit a six-byte \u00XX escape) stays small.
void JsonWriter::appendEscaped(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    constexpr qsizetype sliceUnits = 64 * 1024;
    out += '"';
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
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
        qsizetype runStart = i;
        for (; i < sliceEnd; ++i) {
            const char16_t c = data[i];
            if (c >= 0x20 && c != u'"' && c != u'\\' && (c < 0xD800 || c > 0xDFFF))
                continue;
            if (c >= 0xD800 && c <= 0xDBFF && i + 1 < size && data[i + 1] >= 0xDC00 &&
                data[i + 1] <= 0xDFFF) {
                ++i; // a well-formed pair: part of the run
                continue;
            }
            at = encoder.appendToBuffer(at, QStringView(data + runStart, data + i));
            runStart = i + 1;
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
                    // A lone surrogate has no UTF-8 form: write U+FFFD, on
                    // purpose rather than whatever the encoder would substitute.
                    put("\xEF\xBF\xBD");
                } else {
                    put("\\u00");
                    *at++ = hex[(c >> 4) & 0xF];
                    *at++ = hex[c & 0xF];
                }
            }
        }
        at = encoder.appendToBuffer(at, QStringView(data + runStart, data + i));
        out.truncate(at - begin);
    }
    out += '"';
}

} // namespace PromptDeck::Core
