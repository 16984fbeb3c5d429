// A small streaming JSON writer: keys come out in the order they are
// written (format_version first, so a file's version can be read from its
// first bytes), strings are escaped in one pass straight to UTF-8.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace PromptDeck::Core {

class JsonWriter final
{
public:
    explicit JsonWriter(qsizetype reserve = 0);
    // Hands the text to sink a piece at a time (about 256 KiB): a large
    // document is never whole in memory. A sink returns false when it could
    // not take a piece (a failed write); nothing more goes to it then.
    using Sink = std::function<bool(QByteArrayView)>;
    explicit JsonWriter(Sink sink);
    // With a sink: hands over what is left; false if any piece was refused.
    bool finish();

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
    // A value already in JSON form (a value read from a file, kept as its
    // text), written as it is: its bytes are not checked, nor re-indented.
    void rawValue(QByteArrayView json);

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    static void appendEscaped(QByteArray &out, QStringView text);

private:
    void beforeValue();
    void newline();
    void appendString(QStringView text);
    static void appendEscapedUnits(QByteArray &out, QStringView text);

    QByteArray m_out;
    Sink m_sink;
    bool m_sinkFailed = false;
    struct Level
    {
        bool isObject;
        bool empty;
    };
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace PromptDeck::Core
