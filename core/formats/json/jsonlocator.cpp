#include "json/jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace PromptDeck::Core {

namespace {

class Cursor final
{
public:
    explicit Cursor(QByteArrayView json)
        : m_json(json)
    {}

    qsizetype pos = 0;

    bool atEnd() const { return pos >= m_json.size(); }
    char peek() const { return atEnd() ? '\0' : m_json.at(pos); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++pos;
    }

    // Returns the decoded string; pos ends after the closing quote.
    QString readString()
    {
        const qsizetype start = pos;
        skipString();
        const QByteArray raw = '[' + m_json.sliced(start, pos - start).toByteArray() + ']';
        return QJsonDocument::fromJson(raw).array().at(0).toString();
    }

    void skipString()
    {
        ++pos; // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\')
                ++pos;
            ++pos;
        }
        ++pos; // closing quote
    }

    void skipValue()
    {
        skipSpace();
        if (peek() == '"') {
            skipString();
            return;
        }
        if (peek() == '{' || peek() == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char c = peek();
                if (c == '"') {
                    skipString();
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if (c == '}' || c == ']')
                    --depth;
                ++pos;
                if (depth == 0)
                    return;
            }
            return;
        }
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']')
            ++pos;
    }

private:
    QByteArrayView m_json;
};

} // namespace

qsizetype JsonLocator::offsetOf(QByteArrayView json, const QVariantList &path)
{
    Cursor cursor(json);
    cursor.skipSpace();
    for (const QVariant &step : path) {
        const qsizetype containerStart = cursor.pos;
        bool found = false;
        if (step.metaType() == QMetaType::fromType<QString>() && cursor.peek() == '{') {
            ++cursor.pos;
            while (!cursor.atEnd()) {
                cursor.skipSpace();
                if (cursor.peek() != '"')
                    break;
                const QString key = cursor.readString();
                cursor.skipSpace();
                ++cursor.pos; // ':'
                cursor.skipSpace();
                if (key == step.toString()) {
                    found = true;
                    break;
                }
                cursor.skipValue();
                cursor.skipSpace();
                if (cursor.peek() != ',')
                    break;
                ++cursor.pos;
            }
        } else if (step.metaType() == QMetaType::fromType<int>() && cursor.peek() == '[') {
            ++cursor.pos;
            const int wanted = step.toInt();
            for (int index = 0; !cursor.atEnd(); ++index) {
                cursor.skipSpace();
                if (cursor.peek() == ']')
                    break;
                if (index == wanted) {
                    found = true;
                    break;
                }
                cursor.skipValue();
                cursor.skipSpace();
                if (cursor.peek() != ',')
                    break;
                ++cursor.pos;
            }
        }
        if (!found)
            return containerStart;
    }
    return cursor.pos;
}

} // namespace PromptDeck::Core
