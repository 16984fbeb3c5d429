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
#include <limits>

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
const QString kRevision = QStringLiteral("revision");
const QString kText = QStringLiteral("text");
const QString kTime = QStringLiteral("time");
const QString kBasedOn = QStringLiteral("based_on");
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
        if (!record.answer && record.history.isEmpty() && record.extras.isEmpty())
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
    const auto revision = integerValue(object.value(kRevision));
    if (!revision || *revision < 1 || *revision > std::numeric_limits<int>::max() / 2)
        return errorAt(
            object.offsetOf(kRevision),
            SessionSerializer::tr("an answer's revision must be a positive whole number"));
    version.revision = int(*revision);
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
    static const QStringList known{kRevision, kTime, kOrigin, kBasedOn, kText};
    version.extras = unknownMembers(object, known);
    return std::nullopt;
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
    if (!version || *version < 1)
        return errorAt(versionValue.offset(),
                       SessionSerializer::tr("format_version must be a positive whole number"));
    if (*version > SessionSerializer::formatVersion) {
        return errorAt(versionValue.offset(),
                       SessionSerializer::tr("this session was written by a newer PromptDeck "
                                             "(file format %1; this version reads format %2). "
                                             "Open it with a newer version; the file was not "
                                             "changed.")
                           .arg(*version)
                           .arg(SessionSerializer::formatVersion));
    }

    const JsonNode &kitObject = root.value(kKit);
    if (!kitObject.value(kSource).isString())
        return errorAt(root.offsetOf(kKit),
                       SessionSerializer::tr("the session has no kit (kit.source)"));
    QByteArray kitText = kitObject.value(kSource).toString().toUtf8();
    // The cap of a kit file holds for the kit a session carries.
    if (kitText.size() > Limits::maxYamlFileBytes) {
        return errorAt(
            kitObject.offsetOf(kSource),
            SessionSerializer::tr("the session's kit is %1, larger than the %2 a kit "
                                  "may have, so the session cannot be opened; the "
                                  "file was not changed")
                .arg(formatByteSize(kitText.size()), formatByteSize(Limits::maxYamlFileBytes)));
    }
    const SourceText kitSource(SessionSerializer::tr("%1 (its kit)").arg(m_source.name()),
                               std::move(kitText));
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
    int maxRevision = 0;
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
        record.extras = unknownMembers(card, {kAnswer, kHistory});
    }
    const int nextRevision =
        std::max(int(integerValue(root.value(kNextRevision)).value_or(1)), maxRevision + 1);
    session.restoreState(std::move(records), nextRevision);

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

std::optional<qint64> SessionSerializer::peekFormatVersion(const QByteArray &head)
{
    // Our writer puts format_version first; other writers may not, so this
    // looks for the key near the start of whatever text it is given.
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*\\{\\s*\"format_version\"\\s*:\\s*([0-9]{1,9})"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(head.left(4096)));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

} // namespace PromptDeck::Core
