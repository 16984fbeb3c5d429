#include "session/sessionserializer.h"

#include "base/inputlimits.h"
#include "corelogging.h"
#include "json/jsonreader.h"
#include "json/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <cstring>

namespace PromptDeck::Core {

namespace {

const QString kFormatVersion = QStringLiteral("format_version");
const QString kGenerator = QStringLiteral("generator");
const QString kCreated = QStringLiteral("created");
const QString kSaved = QStringLiteral("saved");
const QString kKit = QStringLiteral("kit");
const QString kBrief = QStringLiteral("brief");
const QString kOrigin = QStringLiteral("origin");
const QString kSource = QStringLiteral("source");
const QString kFields = QStringLiteral("fields");
const QString kNextRevision = QStringLiteral("next_revision");
const QString kCards = QStringLiteral("cards");
const QString kAnswer = QStringLiteral("answer");
const QString kHistory = QStringLiteral("history");
const QString kAsPasted = QStringLiteral("as_pasted");
const QString kRevision = QStringLiteral("revision");
const QString kText = QStringLiteral("text");
const QString kTime = QStringLiteral("time");
const QString kBasedOn = QStringLiteral("based_on");
const QString kKeptWhileStale = QStringLiteral("kept_while_stale");
const QString kView = QStringLiteral("view");
const QString kCurrentCard = QStringLiteral("current_card");
const QString kExpanded = QStringLiteral("expanded");
const QString kScroll = QStringLiteral("scroll");

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// What the file had and this version does not know, as it was.
void writeUnknown(JsonWriter &out, const UnknownMembers &members)
{
    for (const UnknownMember &member : members) {
        out.key(member.key);
        out.rawValue(member.json);
    }
}

void writeVersion(JsonWriter &out, const AnswerVersion &version)
{
    out.beginObject();
    out.key(kRevision);
    out.value(version.revision);
    out.key(kTime);
    out.value(isoTime(version.time));
    out.key(kOrigin);
    out.value(answerOriginId(version.origin));
    out.key(kBasedOn);
    out.beginObject();
    for (auto it = version.basedOn.cbegin(); it != version.basedOn.cend(); ++it) {
        out.key(it.key());
        out.value(it.value());
    }
    out.endObject();
    if (!version.keptWhileStale.isEmpty()) {
        out.key(kKeptWhileStale);
        out.beginArray();
        for (const QString &input : version.keptWhileStale)
            out.value(input);
        out.endArray();
    }
    out.key(kText);
    out.value(version.text);
    writeUnknown(out, version.extras);
    out.endObject();
}

// A brief field's value: text, a whole number, a list of texts or of links.
void writeJsonValue(JsonWriter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        out.beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            out.key(it.key());
            writeJsonValue(out, it.value());
        }
        out.endObject();
        break;
    }
    case QJsonValue::Array:
        out.beginArray();
        for (const QJsonValue item : value.toArray())
            writeJsonValue(out, item);
        out.endArray();
        break;
    case QJsonValue::String:
        out.value(value.toString());
        break;
    case QJsonValue::Bool:
        out.value(value.toBool());
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 9.0e15)
            out.value(qint64(d));
        else
            out.value(QString::number(d, 'g', 17)); // keeps the value, as text
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.nullValue();
        break;
    }
}

std::optional<qint64> integerValue(const JsonNode &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return qint64(d);
}

// A revision number: a whole number from 1 to most (Session::maxRevision,
// or one more for next_revision). Those are exact as doubles, however the
// reader holds them.
std::optional<qint64> revisionValue(const JsonNode &value, qint64 most)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < 1 || d > double(most))
        return std::nullopt;
    return qint64(d);
}

void writeSession(JsonWriter &out, const Session &session, const QDateTime &savedAt)
{
    out.beginObject();
    out.key(kFormatVersion);
    out.value(SessionSerializer::formatVersion);
    out.key(kGenerator);
    out.value(QStringLiteral("PromptDeck " PROMPTDECK_VERSION));
    out.key(kCreated);
    out.value(isoTime(session.created));
    out.key(kSaved);
    out.value(isoTime(savedAt));

    out.key(kBrief);
    out.beginObject();
    out.key(kOrigin);
    out.value(session.briefOrigin);
    out.key(kFields);
    out.beginObject();
    for (const FieldDef &field : session.kit().fields) {
        out.key(field.key);
        writeJsonValue(out, session.brief().value(field.key).toJson());
    }
    writeUnknown(out, session.unknown.briefFields);
    out.endObject();
    writeUnknown(out, session.unknown.brief);
    out.endObject();

    out.key(kView);
    out.beginObject();
    out.key(kCurrentCard);
    out.value(session.view.currentCard);
    out.key(kExpanded);
    out.beginArray();
    for (const QString &id : session.view.expandedCards)
        out.value(id);
    out.endArray();
    out.key(kScroll);
    out.value(session.view.scroll);
    writeUnknown(out, session.unknown.view);
    out.endObject();

    out.key(kNextRevision);
    out.value(session.nextRevision());
    out.key(kCards);
    out.beginObject();
    for (int i = 0; i < session.cardCount(); ++i) {
        const CardRecord &record = session.record(i);
        if (!record.answer && record.history.isEmpty() && record.extras.isEmpty() &&
            !record.asPasted)
            continue;
        out.key(session.kit().cards.at(i).id);
        out.beginObject();
        out.key(kAnswer);
        if (record.answer)
            writeVersion(out, *record.answer);
        else
            out.nullValue();
        out.key(kHistory);
        out.beginArray();
        for (const AnswerVersion &old : record.history)
            writeVersion(out, old);
        out.endArray();
        // Written only when set: a card cleaned as usual looks as it did
        // before the choice existed.
        if (record.asPasted) {
            out.key(kAsPasted);
            out.value(true);
        }
        writeUnknown(out, record.extras);
        out.endObject();
    }
    writeUnknown(out, session.unknown.cards);
    out.endObject();

    writeUnknown(out, session.unknown.top);

    out.key(kKit);
    out.beginObject();
    out.key(kOrigin);
    out.value(session.kitOrigin);
    out.key(kSource);
    out.value(session.kit().source);
    writeUnknown(out, session.unknown.kit);
    out.endObject();
    out.endObject();
}

// The text of the JSON number that starts at offset.
QByteArrayView numberAt(QByteArrayView text, qsizetype offset)
{
    qsizetype end = offset;
    while (end < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '-' ||
            text[end] == '+' || text[end] == '.' || text[end] == 'e' || text[end] == 'E'))
        ++end;
    return text.sliced(offset, end - offset);
}

// A number as a message shows it: a hostile one of a thousand digits is cut.
QString shownNumber(QByteArrayView number)
{
    constexpr qsizetype longest = 40;
    if (number.size() <= longest)
        return QString::fromLatin1(number);
    return QString::fromLatin1(number.first(longest)) + QChar(0x2026);
}

// Whether a JSON number's text names a newer format than this version
// reads: a whole number above formatVersion, however many digits it has
// (99999999999999999999 is newer, not malformed).
bool namesNewerFormat(QByteArrayView number)
{
    const bool integral = !number.contains('.') && !number.contains('e') && !number.contains('E');
    if (integral) {
        if (number.startsWith('-'))
            return false;
        qsizetype first = 0;
        while (first < number.size() - 1 && number[first] == '0')
            ++first;
        const QByteArrayView digits = number.sliced(first);
        return digits.size() > 9 || digits.toInt() > SessionSerializer::formatVersion;
    }
    bool ok = false;
    const double d = QByteArray(number.data(), number.size()).toDouble(&ok);
    // A number too large for a double is read as infinity: newer still.
    if (!ok && !std::isinf(d))
        return false;
    return std::isinf(d) ? d > 0 : d == std::floor(d) && d > SessionSerializer::formatVersion;
}

// The members of a JSON object's top level, one after another, without
// parsing their values: strings are stepped over by their quotes and
// escapes, nested objects and arrays by counting brackets. Linear in the
// text, whatever its shape.
class TopLevelScan
{
public:
    explicit TopLevelScan(QByteArrayView text)
        : m_text(text)
    {}

    // Steps into the object; false if the text does not start with one.
    bool open()
    {
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_at = 3;
        skipSpace();
        if (!take('{'))
            return false;
        skipSpace();
        return true;
    }
    // The next member's key, up to its value: whether it is key. None at the
    // end of the object or where the text is no valid JSON.
    std::optional<bool> nextKey(const QString &key)
    {
        if (m_at < m_text.size() && m_text[m_at] == '}')
            return std::nullopt;
        const qsizetype start = m_at;
        if (!skipString())
            return std::nullopt;
        const QByteArrayView raw = m_text.sliced(start + 1, m_at - start - 2);
        skipSpace();
        if (!take(':'))
            return std::nullopt;
        skipSpace();
        return raw.contains('\\') ? decodedKeyIs(raw, key) : raw == key.toLatin1();
    }
    // The value here, if it is a number (else empty).
    QByteArrayView number() const { return numberAt(m_text, m_at); }
    // Past the value and the comma after it; false at the end or on an error.
    bool skipValue()
    {
        if (m_at >= m_text.size())
            return false;
        const char c = m_text[m_at];
        if (c == '"') {
            if (!skipString())
                return false;
        } else if (c == '{' || c == '[') {
            if (!skipNested())
                return false;
        } else {
            while (m_at < m_text.size() && !isDelimiter(m_text[m_at]))
                ++m_at;
        }
        skipSpace();
        if (!take(','))
            return false;
        skipSpace();
        return true;
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static bool isDelimiter(char c) { return isSpace(c) || c == ',' || c == '}' || c == ']'; }
    void skipSpace()
    {
        while (m_at < m_text.size() && isSpace(m_text[m_at]))
            ++m_at;
    }
    bool take(char c)
    {
        if (m_at >= m_text.size() || m_text[m_at] != c)
            return false;
        ++m_at;
        return true;
    }
    // From an opening quote to past its closing one. Most of a session is
    // inside strings: memchr steps over the runs between escapes.
    bool skipString()
    {
        if (!take('"'))
            return false;
        const char *const end = m_text.data() + m_text.size();
        const char *at = m_text.data() + m_at;
        // The next quote is searched for again only when it was escaped, so
        // each byte is looked at once by each search: linear.
        const char *quote = nullptr;
        while (at < end) {
            if (!quote || quote < at)
                quote = static_cast<const char *>(std::memchr(at, '"', size_t(end - at)));
            if (!quote)
                break;
            const auto *escape =
                static_cast<const char *>(std::memchr(at, '\\', size_t(quote - at)));
            if (!escape) {
                m_at = quote + 1 - m_text.data();
                return true;
            }
            at = escape + 2; // the escaped character, a quote perhaps, is no end
        }
        m_at = m_text.size();
        return false;
    }
    bool skipNested()
    {
        qsizetype depth = 0;
        const char *const begin = m_text.data();
        const qsizetype size = m_text.size();
        while (m_at < size) {
            const char c = begin[m_at];
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }
    // A key written with escapes (format\u005fversion is format_version to
    // the reader, so to this too); a key far longer than key cannot be it.
    static bool decodedKeyIs(QByteArrayView raw, const QString &key)
    {
        if (raw.size() > 8 * key.size())
            return false;
        JsonReader::Error error;
        const QByteArray quoted = '"' + raw.toByteArray() + '"';
        const JsonNode decoded = JsonReader::parseTree(quoted, &error);
        return error.offset < 0 && decoded.toString() == key;
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
};

class Reader final
{
public:
    Reader(const SourceText &source, Diagnostics &warnings)
        : m_source(source)
        , m_warnings(warnings)
    {}

    Result<Session> read(const JsonNode &root);

private:
    // offset: of the value the message is about, from JsonNode::offset or,
    // for a member that may be missing, JsonNode::offsetOf.
    Diagnostic errorAt(qsizetype offset, const QString &message) const
    {
        return m_source.errorAt(offset, message);
    }
    void warnAt(qsizetype offset, const QString &message)
    {
        Diagnostic d = errorAt(offset, message);
        d.severity = Diagnostic::Severity::Warning;
        m_warnings.append(d);
    }

    // The members of object whose keys are not in known, each as the text
    // the file has for its value.
    UnknownMembers unknownMembers(const JsonNode &object, const QStringList &known) const
    {
        UnknownMembers unknown;
        for (const auto &[key, value] : object.members()) {
            if (!known.contains(key))
                unknown.append({key, sourceOf(value)});
        }
        return unknown;
    }
    QByteArray sourceOf(const JsonNode &value) const
    {
        return m_source.bytes().sliced(value.offset(), value.end() - value.offset());
    }

    std::optional<Diagnostic> readBrief(const JsonNode &fields, const Kit &kit, Brief &brief,
                                        UnknownMembers &unknownFields);
    std::optional<Diagnostic> readVersion(const JsonNode &object, AnswerVersion &version);

    const SourceText &m_source;
    Diagnostics &m_warnings;
};

std::optional<Diagnostic> Reader::readBrief(const JsonNode &fields, const Kit &kit, Brief &brief,
                                            UnknownMembers &unknownFields)
{
    QStringList known;
    for (const FieldDef &field : kit.fields) {
        known.append(field.key);
        const JsonNode &value = fields.value(field.key);
        if (value.isUndefined() || value.isNull()) {
            brief.setValue(field.key, FieldValue::empty(field.type));
            continue;
        }
        switch (field.type) {
        case FieldType::Text:
        case FieldType::Paragraph:
            if (!value.isString())
                return errorAt(
                    value.offset(),
                    SessionSerializer::tr("the brief's '%1' must be text").arg(field.key));
            brief.setValue(field.key, FieldValue::text(field.type, value.toString()));
            break;
        case FieldType::Number:
            if (const auto n = integerValue(value)) {
                brief.setValue(field.key, FieldValue::number(*n));
                break;
            }
            return errorAt(
                value.offset(),
                SessionSerializer::tr("the brief's '%1' must be a whole number").arg(field.key));
        case FieldType::List: {
            if (!value.isArray())
                return errorAt(
                    value.offset(),
                    SessionSerializer::tr("the brief's '%1' must be a list").arg(field.key));
            QStringList items;
            const QList<JsonNode> &array = value.items();
            for (int i = 0; i < array.size(); ++i) {
                if (!array.at(i).isString()) {
                    return errorAt(
                        array.at(i).offset(),
                        SessionSerializer::tr("each item of the brief's '%1' must be text")
                            .arg(field.key));
                }
                items.append(array.at(i).toString());
            }
            brief.setValue(field.key, FieldValue::list(items));
            break;
        }
        case FieldType::Links: {
            if (!value.isArray())
                return errorAt(
                    value.offset(),
                    SessionSerializer::tr("the brief's '%1' must be a list").arg(field.key));
            QList<BriefLink> links;
            const QList<JsonNode> &array = value.items();
            for (int i = 0; i < array.size(); ++i) {
                const JsonNode &object = array.at(i);
                if (!array.at(i).isObject() || !object.value(QStringLiteral("title")).isString()) {
                    return errorAt(object.offset(),
                                   SessionSerializer::tr("each article of the brief's '%1' needs a "
                                                         "title")
                                       .arg(field.key));
                }
                links.append({object.value(QStringLiteral("title")).toString(),
                              object.value(QStringLiteral("url")).toString(),
                              object.value(QStringLiteral("pillar")).toBool()});
            }
            brief.setValue(field.key, FieldValue::links(links));
            break;
        }
        }
    }
    for (const JsonNode::Member &member : fields.members()) {
        if (!known.contains(member.first)) {
            warnAt(member.second.offset(),
                   SessionSerializer::tr("the brief's '%1' is not a field of the kit; it is kept "
                                         "in the file but not used")
                       .arg(member.first));
        }
    }
    unknownFields = unknownMembers(fields, known);
    return std::nullopt;
}

std::optional<Diagnostic> Reader::readVersion(const JsonNode &object, AnswerVersion &version)
{
    if (!object.isObject())
        return errorAt(object.offset(), SessionSerializer::tr("an answer must be an object"));
    const auto revision = revisionValue(object.value(kRevision), Session::maxRevision);
    if (!revision)
        return errorAt(object.offsetOf(kRevision),
                       SessionSerializer::tr("an answer's revision must be a whole number from 1 "
                                             "to %1")
                           .arg(Session::maxRevision));
    version.revision = *revision;
    if (!object.value(kText).isString())
        return errorAt(object.offsetOf(kText),
                       SessionSerializer::tr("an answer's text must be text"));
    if (const qsizetype size = object.value(kText).toString().size();
        size > Limits::maxAnswerChars) {
        const QLocale locale;
        return errorAt(object.offsetOf(kText),
                       SessionSerializer::tr("this answer has %1 characters; an answer can have "
                                             "at most %2 (16 MiB), so the session cannot be "
                                             "opened. Shorten the answer in a text editor; the "
                                             "file was not changed.")
                           .arg(locale.toString(size), locale.toString(Limits::maxAnswerChars)));
    }
    version.text = object.value(kText).toString();
    version.time = QDateTime::fromString(object.value(kTime).toString(), Qt::ISODateWithMs);
    if (!version.time.isValid())
        return errorAt(object.offsetOf(kTime),
                       SessionSerializer::tr("an answer's time must be a date and time like "
                                             "2026-04-04T09:30:00Z"));
    version.time = version.time.toUTC();
    const QString origin = object.value(kOrigin).toString();
    if (const auto parsed = answerOriginFromId(origin)) {
        version.origin = *parsed;
    } else {
        warnAt(object.offsetOf(kOrigin),
               SessionSerializer::tr("unknown answer origin '%1'; read as 'pasted'").arg(origin));
    }
    for (const JsonNode::Member &member : object.value(kBasedOn).members())
        version.basedOn.insert(member.first, member.second.toString());
    for (const JsonNode &input : object.value(kKeptWhileStale).items()) {
        if (input.isString())
            version.keptWhileStale.append(input.toString());
    }
    static const QStringList known{kRevision, kTime, kOrigin, kBasedOn, kKeptWhileStale, kText};
    version.extras = unknownMembers(object, known);
    return std::nullopt;
}

// Format 1 recorded an earlier answer by its revision number ("r12"); this
// format records the fingerprint of its text. Every revision the session
// still holds (current answers and their histories) is matched to its
// text; a revision that is gone (typing continued a version in place) is
// marked unknown, which keeps the card stale, as format 1 showed it.
// Returns how many records were marked unknown.
int convertRevisionBasis(QList<CardRecord> &records)
{
    QHash<qint64, QString> prints;
    for (const CardRecord &record : std::as_const(records)) {
        if (record.answer)
            prints.insert(record.answer->revision, Session::textFingerprint(record.answer->text));
        for (const AnswerVersion &old : record.history)
            prints.insert(old.revision, Session::textFingerprint(old.text));
    }
    int unknown = 0;
    auto convert = [&](AnswerVersion &version) {
        bool lost = false;
        for (auto it = version.basedOn.begin(); it != version.basedOn.end(); ++it) {
            if (!it.key().startsWith(QLatin1String("answers.")) || it.value().isEmpty())
                continue;
            bool isNumber = false;
            const qint64 revision = QStringView(it.value()).mid(1).toLongLong(&isNumber);
            const auto found = prints.constFind(revision);
            if (it.value().startsWith(QLatin1Char('r')) && isNumber && found != prints.cend()) {
                it.value() = *found;
            } else {
                it.value() = Session::unknownBasis;
                lost = true;
            }
        }
        unknown += lost ? 1 : 0;
    };
    for (CardRecord &record : records) {
        if (record.answer)
            convert(*record.answer);
        for (AnswerVersion &old : record.history)
            convert(old);
    }
    return unknown;
}

Result<Session> Reader::read(const JsonNode &root)
{
    // The version first: a newer file is refused before anything else is read.
    const JsonNode &versionValue = root.value(kFormatVersion);
    const auto version = integerValue(versionValue);
    if (versionValue.isUndefined())
        return errorAt(root.offset(),
                       SessionSerializer::tr("this is not a PromptDeck session: it has no "
                                             "format_version"));
    // The number as written decides "newer": one too large for any integer
    // type is still a version this one cannot read, not a malformed file.
    const QByteArrayView number = versionValue.isDouble()
                                      ? numberAt(m_source.bytes(), versionValue.offset())
                                      : QByteArrayView();
    if (versionValue.isDouble() && namesNewerFormat(number)) {
        return errorAt(versionValue.offset(),
                       SessionSerializer::tr("this session was written by a newer PromptDeck "
                                             "(file format %1; this version reads format %2). "
                                             "Open it with a newer version; the file was not "
                                             "changed.")
                           .arg(shownNumber(number))
                           .arg(SessionSerializer::formatVersion));
    }
    if (!version || *version < 1)
        return errorAt(versionValue.offset(),
                       SessionSerializer::tr("format_version must be a positive whole number"));

    const JsonNode &kitObject = root.value(kKit);
    if (!kitObject.value(kSource).isString())
        return errorAt(root.offsetOf(kKit),
                       SessionSerializer::tr("the session has no kit (kit.source)"));
    QByteArray kitBytes = kitObject.value(kSource).toString().toUtf8();
    // The kit a session carries is held to the cap of a kit file: the
    // session's own cap is far above what YAML can be read in.
    if (kitBytes.size() > Limits::maxYamlFileBytes) {
        return errorAt(
            kitObject.offsetOf(kSource),
            SessionSerializer::tr("the session's kit (kit.source) is %1, larger than "
                                  "the %2 limit of a kit; the session was not read")
                .arg(formatByteSize(kitBytes.size()), formatByteSize(Limits::maxYamlFileBytes)));
    }
    const SourceText kitSource(SessionSerializer::tr("%1 (its kit)").arg(m_source.name()),
                               std::move(kitBytes));
    Diagnostics kitWarnings;
    Result<KitPtr> kit = KitLoader::load(kitSource, &kitWarnings);
    if (!kit)
        return kit.errors();

    const JsonNode &briefObject = root.value(kBrief);
    if (!briefObject.value(kFields).isObject())
        return errorAt(root.offsetOf(kBrief),
                       SessionSerializer::tr("the session has no brief (brief.fields)"));
    Brief brief;
    UnknownParts unknown;
    if (auto error =
            readBrief(briefObject.value(kFields), *kit.value(), brief, unknown.briefFields))
        return *error;
    unknown.brief = unknownMembers(briefObject, {kOrigin, kFields});
    unknown.kit = unknownMembers(kitObject, {kOrigin, kSource});

    QDateTime created = QDateTime::fromString(root.value(kCreated).toString(), Qt::ISODateWithMs);
    if (!created.isValid()) {
        warnAt(root.offsetOf(kCreated),
               SessionSerializer::tr("the session's creation time is missing or "
                                     "unreadable"));
    }
    Session session(kit.value(), brief, created);
    session.kitOrigin = kitObject.value(kOrigin).toString();
    session.briefOrigin = briefObject.value(kOrigin).toString();

    const Kit &k = *kit.value();
    QList<CardRecord> records(k.cards.size());
    qint64 maxRevision = 0;
    for (const auto &[id, card] : root.value(kCards).members()) {
        const int index = k.cardIndex(id);
        if (index < 0) {
            warnAt(card.offset(),
                   SessionSerializer::tr("the kit has no card '%1'; its answers are kept in the "
                                         "file but not shown")
                       .arg(id));
            unknown.cards.append({id, sourceOf(card)});
            continue;
        }
        CardRecord &record = records[index];
        if (card.contains(kAnswer) && !card.value(kAnswer).isNull()) {
            AnswerVersion answer;
            if (auto error = readVersion(card.value(kAnswer), answer))
                return *error;
            maxRevision = std::max(maxRevision, answer.revision);
            record.answer = answer;
        }
        const QList<JsonNode> &history = card.value(kHistory).items();
        for (int i = 0; i < history.size(); ++i) {
            AnswerVersion old;
            if (auto error = readVersion(history.at(i), old))
                return *error;
            maxRevision = std::max(maxRevision, old.revision);
            record.history.append(old);
        }
        record.asPasted = card.value(kAsPasted).toBool();
        if (card.contains(kAsPasted) && !card.value(kAsPasted).isBool()) {
            warnAt(card.value(kAsPasted).offset(),
                   SessionSerializer::tr("a card's as_pasted must be true or false; read as "
                                         "false (the answer is cleaned)"));
        }
        record.extras = unknownMembers(card, {kAnswer, kHistory, kAsPasted});
    }
    // One past the cap means every revision number is used: readable, and
    // what a session that used them all writes.
    // Anything else that is no revision number is taken as unset, as the
    // answers' own revisions say what comes next.
    const JsonNode &nextValue = root.value(kNextRevision);
    const auto next = revisionValue(nextValue, Session::maxRevision + 1);
    if (nextValue.isDouble() && nextValue.toDouble() > double(Session::maxRevision + 1))
        return errorAt(nextValue.offset(),
                       SessionSerializer::tr("next_revision must be a whole number from 1 to %1")
                           .arg(Session::maxRevision + 1));
    if (*version == 1) {
        if (const int unknownBasis = convertRevisionBasis(records); unknownBasis > 0) {
            warnAt(versionValue.offset(),
                   SessionSerializer::tr("this session was saved by an older PromptDeck, which "
                                         "recorded earlier answers by number; for %1 the "
                                         "earlier text is gone, and such an answer stays stale "
                                         "until you re-run or keep it")
                       .arg(unknownBasis == 1
                                ? SessionSerializer::tr("1 answer")
                                : SessionSerializer::tr("%1 answers").arg(unknownBasis)));
        }
    }
    session.restoreState(std::move(records), std::max(next.value_or(1), maxRevision + 1));

    const JsonNode &view = root.value(kView);
    session.view.currentCard = view.value(kCurrentCard).toString();
    for (const JsonNode &id : view.value(kExpanded).items())
        session.view.expandedCards.append(id.toString());
    session.view.scroll = int(integerValue(view.value(kScroll)).value_or(0));
    unknown.view = unknownMembers(view, {kCurrentCard, kExpanded, kScroll});

    static const QStringList known{kFormatVersion, kGenerator,    kCreated, kSaved, kKit,
                                   kBrief,         kNextRevision, kCards,   kView};
    unknown.top = unknownMembers(root, known);
    session.unknown = std::move(unknown);
    return session;
}

} // namespace

QByteArray SessionSerializer::toJson(const Session &session, const QDateTime &savedAt)
{
    qsizetype textSize = session.kit().source.size();
    for (int i = 0; i < session.cardCount(); ++i) {
        const CardRecord &record = session.record(i);
        textSize += record.answer ? record.answer->text.size() : 0;
        for (const AnswerVersion &old : record.history)
            textSize += old.text.size();
    }
    JsonWriter out(textSize + textSize / 8 + qsizetype{64} * 1024);
    writeSession(out, session, savedAt);
    return out.take();
}

bool SessionSerializer::write(const Session &session, const QDateTime &savedAt,
                              const std::function<bool(QByteArrayView)> &sink)
{
    JsonWriter out(sink);
    writeSession(out, session, savedAt);
    return out.finish();
}

Result<Session> SessionSerializer::fromJson(const SourceText &source, Diagnostics *warnings)
{
    if (const Status encoding = source.checkEncoding(); !encoding)
        return encoding.errors();
    JsonReader::Error parseError;
    const JsonNode document = JsonReader::parseTree(source.bytes(), &parseError);
    if (parseError.offset >= 0) {
        return source.errorAt(parseError.offset,
                              tr("not a valid session file (JSON): %1").arg(parseError.message));
    }
    if (!document.isObject())
        return Diagnostic::error(source.name(), 1, 1,
                                 tr("not a PromptDeck session: the file is "
                                    "not a JSON object"));
    Diagnostics ownWarnings;
    Reader reader(source, ownWarnings);
    Result<Session> session = reader.read(document);
    if (warnings)
        warnings->append(ownWarnings);
    qCDebug(lcCore) << "read" << source.name() << (session ? "ok" : "with errors");
    return session;
}

std::optional<SessionSerializer::PeekedVersion>
SessionSerializer::peekFormatVersion(QByteArrayView text)
{
    TopLevelScan scan(text);
    if (!scan.open())
        return std::nullopt;
    std::optional<QByteArrayView> found;
    // A file cut short or broken further on still says what it said before.
    while (const std::optional<bool> isVersion = scan.nextKey(kFormatVersion)) {
        if (*isVersion)
            found = scan.number();
        if (!scan.skipValue())
            break;
    }
    if (!found || found->isEmpty())
        return std::nullopt;
    return PeekedVersion{shownNumber(*found), namesNewerFormat(*found)};
}

} // namespace PromptDeck::Core
