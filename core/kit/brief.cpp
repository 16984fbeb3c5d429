#include "kit/brief.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PromptDeck::Core {

FieldValue FieldValue::text(FieldType type, const QString &text)
{
    FieldValue value;
    value.m_type = type;
    value.m_text = text;
    return value;
}

FieldValue FieldValue::number(qint64 number)
{
    FieldValue value;
    value.m_type = FieldType::Number;
    value.m_text = QString::number(number);
    return value;
}

FieldValue FieldValue::list(const QStringList &items)
{
    FieldValue value;
    value.m_type = FieldType::List;
    value.m_items = items;
    return value;
}

FieldValue FieldValue::links(const QList<BriefLink> &links)
{
    FieldValue value;
    value.m_type = FieldType::Links;
    value.m_links = links;
    return value;
}

FieldValue FieldValue::empty(FieldType type)
{
    FieldValue value;
    value.m_type = type;
    return value;
}

bool FieldValue::isEmpty() const
{
    switch (m_type) {
    case FieldType::Text:
    case FieldType::Paragraph:
    case FieldType::Number:
        return m_text.trimmed().isEmpty();
    case FieldType::List:
        return m_items.isEmpty();
    case FieldType::Links:
        return m_links.isEmpty();
    }
    return true;
}

std::optional<qint64> FieldValue::number() const
{
    bool ok = false;
    const qint64 n = m_text.toLongLong(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

QVariant FieldValue::toTemplateValue() const
{
    switch (m_type) {
    case FieldType::Text:
    case FieldType::Paragraph:
        return m_text;
    case FieldType::Number:
        if (const auto n = number())
            return *n;
        return QVariant();
    case FieldType::List: {
        QVariantList list;
        list.reserve(m_items.size());
        for (const QString &item : m_items)
            list.append(item);
        return list;
    }
    case FieldType::Links: {
        QVariantList list;
        list.reserve(m_links.size());
        for (const BriefLink &link : m_links) {
            list.append(QVariantMap{{QStringLiteral("title"), link.title},
                                    {QStringLiteral("url"), link.url},
                                    {QStringLiteral("pillar"), link.pillar}});
        }
        return list;
    }
    }
    return {};
}

QJsonValue FieldValue::toJson() const
{
    switch (m_type) {
    case FieldType::Text:
    case FieldType::Paragraph:
        return m_text;
    case FieldType::Number:
        if (const auto n = number())
            return *n;
        return QJsonValue::Null;
    case FieldType::List:
        return QJsonArray::fromStringList(m_items);
    case FieldType::Links: {
        QJsonArray array;
        for (const BriefLink &link : m_links) {
            QJsonObject object{{QStringLiteral("title"), link.title}};
            if (!link.url.isEmpty())
                object.insert(QStringLiteral("url"), link.url);
            if (link.pillar)
                object.insert(QStringLiteral("pillar"), true);
            array.append(object);
        }
        return array;
    }
    }
    return {};
}

QString FieldValue::displayText() const
{
    switch (m_type) {
    case FieldType::Text:
    case FieldType::Paragraph:
    case FieldType::Number:
        return m_text;
    case FieldType::List:
        return m_items.join(QStringLiteral("; "));
    case FieldType::Links: {
        QStringList titles;
        for (const BriefLink &link : m_links)
            titles.append(link.title);
        return titles.join(QStringLiteral("; "));
    }
    }
    return {};
}

void Brief::setValue(const QString &key, const FieldValue &value)
{
    m_values.insert(key, value);
}

QString Brief::displayTitle(const QStringList &fieldOrder) const
{
    for (const QString &key : fieldOrder) {
        QString text = m_values.value(key).displayText().simplified();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QVariantMap Brief::toTemplateData() const
{
    QVariantMap data;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        data.insert(it.key(), it.value().toTemplateValue());
    return data;
}

QString Brief::fingerprint(const QString &key) const
{
    const QJsonArray wrapped{m_values.value(key).toJson()};
    const QByteArray canonical = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace PromptDeck::Core
