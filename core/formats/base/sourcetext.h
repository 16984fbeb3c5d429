// The bytes of one input file, with its name, read under a size cap and
// checked to be clean UTF-8. It turns byte offsets (what parsers report) into
// the 1-based line and character column that people count.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PromptDeck::Core {

class SourceText final
{
    Q_DECLARE_TR_FUNCTIONS(SourceText)

public:
    SourceText() = default;
    SourceText(QString name, QByteArray bytes);

    // Reads a file (or standard input for "-"), refusing it before parsing if
    // it is larger than maxBytes, and refusing, before any open that could
    // block, whatever is not a regular file (a pipe, a device). kindName
    // ("kit", "session", "data", …) goes into the message as "the kit file"
    // so the user knows which limit applies.
    static Result<SourceText> readFile(const QString &path, qint64 maxBytes,
                                       const QString &kindName);
    static Result<SourceText> readFile(const QString &path, const QString &displayName,
                                       qint64 maxBytes, const QString &kindName);

    const QString &name() const { return m_name; }
    // The text without a leading UTF-8 byte order mark.
    const QByteArray &bytes() const { return m_bytes; }
    QString text() const { return QString::fromUtf8(m_bytes); }

    // Fails on invalid UTF-8 or a NUL byte, naming the line and column.
    Status checkEncoding() const;

    struct Position
    {
        int line = 0;   // 1-based
        int column = 0; // 1-based, in code points
    };
    Position positionOfOffset(qsizetype byteOffset) const;
    // For parsers that report a 0-based line and a 0-based byte column.
    Position positionOfLineByte(int line0, int byteColumn) const;

    QByteArrayView lineBytes(int line0) const;
    int lineCount() const;

    Diagnostic errorAt(qsizetype byteOffset, const QString &message) const;

private:
    void indexLines() const;
    // Code points in the bytes before byteOffset, counted from the nearest
    // sample below it: a one-line file of megabytes asks for thousands of
    // columns, and counting each from the start of its line is quadratic.
    qsizetype codePointsBefore(qsizetype byteOffset) const;

    QString m_name;
    QByteArray m_bytes;
    mutable QList<qsizetype> m_lineStarts;
    // Code points before byte i * codePointStride, for every i.
    mutable QList<qsizetype> m_codePointSamples;
};

// Index of the first byte that is not part of well-formed UTF-8, or -1.
// Overlong forms, surrogates and code points above U+10FFFF are rejected.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

// "16 MiB", "4 KiB", "1,025 bytes"; a size of whole MiB or KiB in those, any
// other above 1 MiB also in bytes ("16.0 MiB (16,777,217 bytes)"), so that
// a size just over a limit never reads as the limit itself.
QString formatByteSize(qint64 bytes);

} // namespace PromptDeck::Core
