// A small streaming JSON writer: keys come out in the order they are
// written (format_version first, so a file's version can be read from its
// first bytes), strings are escaped in one pass straight to UTF-8.
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace PromptDeck::Core {

class JsonWriter final
{
public:
    explicit JsonWriter(qsizetype reserve = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    void key(QStringView name);
    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(const char *) = delete; // say QStringLiteral or u"…"
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void nullValue();

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    static void appendEscaped(QByteArray &out, QStringView text);

private:
    void beforeValue();
    void newline();

    QByteArray m_out;
    struct Level
    {
        bool isObject;
        bool empty;
    };
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace PromptDeck::Core
