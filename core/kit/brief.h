// The facts about one article, keyed by the kit's field names. Values are
// typed as the kit declares them; the brief knows how to present itself to
// templates and to JSON, and fingerprints each field so that a change can be
// told apart from an edit that put the same value back.
#pragma once

#include "kit/fieldtype.h"

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace PromptDeck::Core {

struct BriefLink
{
    QString title;
    QString url;
    bool pillar = false;

    bool operator==(const BriefLink &other) const = default;
};

class FieldValue final
{
public:
    FieldValue() = default;
    static FieldValue text(FieldType type, const QString &text);
    static FieldValue number(qint64 number);
    static FieldValue list(const QStringList &items);
    static FieldValue links(const QList<BriefLink> &links);
    static FieldValue empty(FieldType type);

    FieldType type() const { return m_type; }
    bool isEmpty() const;
    const QString &text() const { return m_text; }
    std::optional<qint64> number() const;
    const QStringList &items() const { return m_items; }
    const QList<BriefLink> &links() const { return m_links; }

    QVariant toTemplateValue() const;
    QJsonValue toJson() const;
    // Text as people read it in one line: lists joined by "; ".
    QString displayText() const;

    bool operator==(const FieldValue &other) const = default;

private:
    FieldType m_type = FieldType::Text;
    QString m_text; // text, paragraph, and number (as digits)
    QStringList m_items;
    QList<BriefLink> m_links;
};

class Brief final
{
public:
    bool contains(const QString &key) const { return m_values.contains(key); }
    FieldValue value(const QString &key) const { return m_values.value(key); }
    void setValue(const QString &key, const FieldValue &value);
    QStringList keys() const { return m_values.keys(); }

    // What names this brief in lists and messages: the value of the kit's
    // first field (the title, in the bundled kit).
    QString displayTitle(const QStringList &fieldOrder) const;

    // {"title": "…", "secondary_keywords": ["…"], …} for rendering.
    QVariantMap toTemplateData() const;

    // A short, stable digest of one field's value: equal values, equal
    // fingerprints, on every machine and in every run.
    QString fingerprint(const QString &key) const;

    bool operator==(const Brief &other) const { return m_values == other.m_values; }

private:
    QMap<QString, FieldValue> m_values;
};

} // namespace PromptDeck::Core
