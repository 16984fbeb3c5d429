#include "json/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

namespace PromptDeck::Core {

namespace {

// The first byte at or after `at` that ends a plain run of string text: a
// quote, a backslash or a control character. Eight bytes at a time, with
// the usual bit tricks: a byte b is zero iff (b - 1) & ~b has its top bit.
const char *endOfPlainRun(const char *at, const char *end)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    while (end - at >= 8) {
        quint64 word;
        std::memcpy(&word, at, 8);
        const quint64 quote = word ^ (ones * '"');
        const quint64 backslash = word ^ (ones * '\\');
        const quint64 special = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) |
                                ((word - ones * 0x20) & ~word);
        if (special & highs)
            break;
        at += 8;
    }
    while (at < end && *at != '"' && *at != '\\' && uchar(*at) >= 0x20)
        ++at;
    return at;
}

// The quote that closes a string whose text starts at `at`, or end.
const char *closingQuote(const char *at, const char *end)
{
    while (at < end) {
        const auto *quote = static_cast<const char *>(std::memchr(at, '"', size_t(end - at)));
        if (!quote)
            return end;
        qsizetype backslashes = 0;
        while (quote - backslashes > at && quote[-1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return quote;
        at = quote + 1;
    }
    return end;
}

class Parser
{
public:
    explicit Parser(QByteArrayView json)
        : m_begin(json.data())
        , m_at(json.data())
        , m_end(json.data() + json.size())
    {}

    JsonNode document()
    {
        skipSpace();
        if (m_at == m_end)
            return fail(JsonReader::tr("the file is empty"));
        JsonNode value = parseValue(0);
        if (failed())
            return {};
        skipSpace();
        if (m_at != m_end)
            return fail(JsonReader::tr("unexpected text after the end of the JSON value"));
        return value;
    }

    bool failed() const { return m_error.offset >= 0; }
    JsonReader::Error error() const { return m_error; }

private:
    JsonNode fail(const QString &message)
    {
        if (!failed())
            m_error = {qsizetype(m_at - m_begin), message};
        return {};
    }

    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    bool literal(const char *word, qsizetype length)
    {
        if (m_end - m_at < length || QByteArrayView(m_at, length) != QByteArrayView(word, length))
            return false;
        m_at += length;
        return true;
    }

    JsonNode parseValue(int depth)
    {
        JsonNode node = parseValueAt(depth);
        node.setEnd(m_at - m_begin);
        return node;
    }

    JsonNode parseValueAt(int depth)
    {
        if (m_at == m_end)
            return fail(JsonReader::tr("the JSON ends where a value should be"));
        const qsizetype offset = m_at - m_begin;
        if ((*m_at == '{' || *m_at == '[') && depth + 1 > JsonReader::maxDepth)
            return fail(JsonReader::tr("too deeply nested (more than %1 levels)")
                            .arg(JsonReader::maxDepth));
        switch (*m_at) {
        case '{':
            return parseObject(depth + 1, offset);
        case '[':
            return parseArray(depth + 1, offset);
        case '"': {
            QString text;
            if (!parseString(&text))
                return {};
            return JsonNode::string(std::move(text), offset);
        }
        case 't':
            if (literal("true", 4))
                return JsonNode::boolean(true, offset);
            break;
        case 'f':
            if (literal("false", 5))
                return JsonNode::boolean(false, offset);
            break;
        case 'n':
            if (literal("null", 4))
                return JsonNode::null(offset);
            break;
        default:
            if (*m_at == '-' || (*m_at >= '0' && *m_at <= '9'))
                return parseNumber();
            break;
        }
        return fail(JsonReader::tr("not a JSON value"));
    }

    // After an item of an object or array: a comma (more to come) or the
    // closing bracket (consumed, *closed set). False when neither is there.
    bool afterItem(char close, bool *closed)
    {
        skipSpace();
        if (m_at < m_end && (*m_at == ',' || *m_at == close)) {
            *closed = *m_at++ == close;
            return true;
        }
        return false;
    }

    JsonNode parseObject(int depth, qsizetype offset)
    {
        ++m_at; // {
        QList<JsonNode::Member> members;
        skipSpace();
        if (m_at < m_end && *m_at == '}') {
            ++m_at;
            return JsonNode::object({}, offset);
        }
        while (true) {
            skipSpace();
            if (m_at == m_end || *m_at != '"')
                return fail(JsonReader::tr("expected a key in quotes"));
            QString key;
            if (!parseString(&key))
                return {};
            skipSpace();
            if (m_at == m_end || *m_at != ':')
                return fail(JsonReader::tr("expected ':' after a key"));
            ++m_at;
            skipSpace();
            JsonNode value = parseValue(depth);
            if (failed())
                return {};
            members.append({std::move(key), std::move(value)});
            bool closed = false;
            if (!afterItem('}', &closed))
                return fail(JsonReader::tr("expected ',' or '}' in an object"));
            if (closed)
                return JsonNode::object(std::move(members), offset);
        }
    }

    JsonNode parseArray(int depth, qsizetype offset)
    {
        ++m_at; // [
        QList<JsonNode> items;
        skipSpace();
        if (m_at < m_end && *m_at == ']') {
            ++m_at;
            return JsonNode::array({}, offset);
        }
        while (true) {
            skipSpace();
            JsonNode value = parseValue(depth);
            if (failed())
                return {};
            items.append(std::move(value));
            bool closed = false;
            if (!afterItem(']', &closed))
                return fail(JsonReader::tr("expected ',' or ']' in an array"));
            if (closed)
                return JsonNode::array(std::move(items), offset);
        }
    }

    JsonNode parseNumber()
    {
        const char *start = m_at;
        bool integral = true;
        if (*m_at == '-')
            ++m_at;
        if (m_at < m_end && *m_at == '0') {
            ++m_at;
        } else if (m_at < m_end && *m_at >= '1' && *m_at <= '9') {
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
        } else {
            return fail(JsonReader::tr("not a valid number"));
        }
        if (m_at < m_end && *m_at == '.') {
            integral = false;
            ++m_at;
            if (m_at == m_end || *m_at < '0' || *m_at > '9')
                return fail(JsonReader::tr("not a valid number"));
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            integral = false;
            ++m_at;
            if (m_at < m_end && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            if (m_at == m_end || *m_at < '0' || *m_at > '9')
                return fail(JsonReader::tr("not a valid number"));
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
        }
        if (integral) {
            qint64 number = 0;
            const auto [end, ec] = std::from_chars(start, m_at, number);
            if (ec == std::errc() && end == m_at)
                return JsonNode::integer(number, start - m_begin);
        }
        double number = 0;
        const auto [end, ec] = std::from_chars(start, m_at, number);
        if (ec != std::errc() || end != m_at || !std::isfinite(number)) {
            m_at = start;
            return fail(JsonReader::tr("the number is out of range"));
        }
        return JsonNode::number(number, start - m_begin);
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(char16_t *unit)
    {
        if (m_end - m_at < 4) {
            fail(JsonReader::tr("an incomplete \\u escape"));
            return false;
        }
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_at[i]);
            if (digit < 0) {
                fail(JsonReader::tr("an incomplete \\u escape"));
                return false;
            }
            value = value * 16 + digit;
        }
        m_at += 4;
        *unit = char16_t(value);
        return true;
    }

    // At the opening quote. Runs of plain text are decoded from UTF-8 in one
    // go, straight into the string's buffer (UTF-16 never needs more units
    // than UTF-8 has bytes); escapes are written one unit at a time.
    bool parseString(QString *out)
    {
        ++m_at; // "
        const char *run = m_at;
        m_at = endOfPlainRun(m_at, m_end);
        // Every run is decoded whole: a U+FEFF at its start is text, not a
        // byte order mark to drop (as QString::fromUtf8 would).
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                         QStringDecoder::Flag::ConvertInitialBom);
        if (m_at < m_end && *m_at == '"') { // no escapes: the common case for short strings
            *out = decoder.decode(QByteArrayView(run, m_at - run));
            ++m_at;
            return true;
        }
        const char *closing = closingQuote(m_at, m_end);
        QString text(closing - run, Qt::Uninitialized);
        QChar *begin = text.data();
        QChar *at = begin;
        m_at = run;
        while (true) {
            run = m_at;
            m_at = endOfPlainRun(m_at, m_end);
            at = decoder.appendToBuffer(at, QByteArrayView(run, m_at - run));
            if (m_at == m_end) {
                fail(JsonReader::tr("a string is not closed"));
                return false;
            }
            if (*m_at == '"')
                break;
            if (uchar(*m_at) < 0x20) {
                fail(JsonReader::tr("a control character in a string (write it as an escape)"));
                return false;
            }
            ++m_at; // backslash
            if (m_at == m_end) {
                fail(JsonReader::tr("a string is not closed"));
                return false;
            }
            char16_t unit = 0;
            switch (*m_at++) {
            case '"':
                unit = u'"';
                break;
            case '\\':
                unit = u'\\';
                break;
            case '/':
                unit = u'/';
                break;
            case 'b':
                unit = u'\b';
                break;
            case 'f':
                unit = u'\f';
                break;
            case 'n':
                unit = u'\n';
                break;
            case 'r':
                unit = u'\r';
                break;
            case 't':
                unit = u'\t';
                break;
            case 'u':
                if (!parseHex4(&unit))
                    return false;
                break;
            default:
                --m_at;
                fail(JsonReader::tr("an unknown escape in a string"));
                return false;
            }
            *at++ = QChar(unit);
        }
        ++m_at; // "
        text.truncate(at - begin);
        *out = std::move(text);
        return true;
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    JsonReader::Error m_error;
};

} // namespace

JsonNode JsonNode::null(qsizetype offset)
{
    JsonNode node;
    node.m_type = Type::Null;
    node.m_offset = offset;
    return node;
}

JsonNode JsonNode::boolean(bool value, qsizetype offset)
{
    JsonNode node;
    node.m_type = Type::Bool;
    node.m_offset = offset;
    node.m_scalar = value ? 1 : 0;
    return node;
}

JsonNode JsonNode::integer(qint64 value, qsizetype offset)
{
    JsonNode node;
    node.m_type = Type::Integer;
    node.m_offset = offset;
    node.m_scalar = value;
    return node;
}

JsonNode JsonNode::number(double value, qsizetype offset)
{
    JsonNode node;
    node.m_type = Type::Double;
    node.m_offset = offset;
    node.m_scalar = std::bit_cast<qint64>(value);
    return node;
}

JsonNode JsonNode::string(QString text, qsizetype offset)
{
    JsonNode node;
    node.m_type = Type::String;
    node.m_offset = offset;
    node.m_string = std::move(text);
    return node;
}

JsonNode JsonNode::array(QList<JsonNode> items, qsizetype offset)
{
    JsonNode node;
    node.m_type = Type::Array;
    node.m_offset = offset;
    node.m_items = std::move(items);
    return node;
}

JsonNode JsonNode::object(QList<Member> members, qsizetype offset)
{
    // Sorted by key, and of a repeated key only the last: stable_sort keeps
    // the repeats in file order, so the last of each run is the one kept.
    std::stable_sort(members.begin(), members.end(),
                     [](const Member &a, const Member &b) { return a.first < b.first; });
    QList<Member> unique;
    unique.reserve(members.size());
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i + 1 < members.size() && members.at(i + 1).first == members.at(i).first)
            continue;
        unique.append(std::move(members[i]));
    }
    JsonNode node;
    node.m_type = Type::Object;
    node.m_offset = offset;
    node.m_members = std::move(unique);
    return node;
}

double JsonNode::toDouble() const
{
    if (m_type == Type::Integer)
        return double(m_scalar);
    return m_type == Type::Double ? std::bit_cast<double>(m_scalar) : 0;
}

const QString &JsonNode::toString() const
{
    static const QString none;
    return m_type == Type::String ? m_string : none;
}

const QList<JsonNode> &JsonNode::items() const
{
    static const QList<JsonNode> none;
    return m_type == Type::Array ? m_items : none;
}

const QList<JsonNode::Member> &JsonNode::members() const
{
    static const QList<Member> none;
    return m_type == Type::Object ? m_members : none;
}

const JsonNode &JsonNode::value(QStringView key) const
{
    static const JsonNode undefined;
    if (m_type != Type::Object)
        return undefined;
    const auto it = std::lower_bound(m_members.cbegin(), m_members.cend(), key,
                                     [](const Member &m, QStringView k) { return m.first < k; });
    return it != m_members.cend() && it->first == key ? it->second : undefined;
}

qsizetype JsonNode::offsetOf(QStringView key) const
{
    const JsonNode &member = value(key);
    return member.isUndefined() ? m_offset : member.m_offset;
}

QJsonValue JsonNode::toJsonValue() const
{
    switch (m_type) {
    case Type::Undefined:
        return QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(m_scalar != 0);
    case Type::Integer:
        return QJsonValue(m_scalar);
    case Type::Double:
        return QJsonValue(std::bit_cast<double>(m_scalar));
    case Type::String:
        return QJsonValue(m_string);
    case Type::Array: {
        QJsonArray array;
        for (const JsonNode &item : m_items)
            array.append(item.toJsonValue());
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (const Member &member : m_members)
            object.insert(member.first, member.second.toJsonValue());
        return object;
    }
    }
    return {};
}

JsonNode JsonReader::parseTree(QByteArrayView json, Error *error)
{
    Parser parser(json);
    JsonNode value = parser.document();
    if (error)
        *error = parser.error();
    return parser.failed() ? JsonNode() : value;
}

QJsonValue JsonReader::parse(QByteArrayView json, Error *error)
{
    return parseTree(json, error).toJsonValue();
}

} // namespace PromptDeck::Core
