#include "base/sourcetext.h"

#include "base/regularfile.h"

#include <QFile>
#include <QLocale>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace PromptDeck::Core {

namespace {

int utf8SequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// Number of code points in a run of (already validated or not) UTF-8 bytes:
// every byte that is not a continuation byte starts one.
qsizetype countCodePoints(QByteArrayView bytes)
{
    qsizetype count = 0;
    for (char c : bytes) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

// Bytes between two samples of SourceText::codePointsBefore: small enough
// that counting from a sample costs nothing, large enough that the samples
// take a fraction of the text's memory.
constexpr qsizetype codePointStride = 256;

} // namespace

SourceText::SourceText(QString name, QByteArray bytes)
    : m_name(std::move(name))
    , m_bytes(std::move(bytes))
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_bytes.remove(0, 3);
}

Result<SourceText> SourceText::readFile(const QString &path, qint64 maxBytes,
                                        const QString &kindName)
{
    return readFile(path, path, maxBytes, kindName);
}

Result<SourceText> SourceText::readFile(const QString &path, const QString &displayName,
                                        qint64 maxBytes, const QString &kindName)
{
    const QString limitText = formatByteSize(maxBytes);
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return Diagnostic::error(displayName, 0, 0,
                                     tr("cannot read standard input: %1").arg(file.errorString()));
        }
    } else {
        if (Status opened = RegularFile::open(file, path, displayName); !opened)
            return opened.errors();
        if (file.size() > maxBytes) {
            return Diagnostic::error(displayName, 0, 0,
                                     tr("the %1 file is %2, larger than the %3 limit; it was not "
                                        "read")
                                         .arg(kindName, formatByteSize(file.size()), limitText));
        }
    }
    // Read up to one byte past the cap: the file may have grown since we
    // looked, and standard input has no size to look at. The buffer starts
    // at the file's size and grows only if the file does, so reading never
    // allocates the cap itself.
    const qint64 cap = maxBytes + 1;
    QByteArray bytes(qsizetype(file.isSequential() ? std::min<qint64>(cap, qint64{64} * 1024)
                                                   : std::min(cap, file.size() + 1)),
                     Qt::Uninitialized);
    qsizetype filled = 0;
    while (true) {
        const qint64 n = file.read(bytes.data() + filled, bytes.size() - filled);
        if (n < 0) {
            return Diagnostic::error(displayName, 0, 0,
                                     tr("cannot read: %1").arg(file.errorString()));
        }
        if (n == 0)
            break;
        filled += qsizetype(n);
        if (filled >= cap)
            break;
        if (filled == bytes.size())
            bytes.resize(qsizetype(std::min<qint64>(cap, qint64(bytes.size()) * 2)));
    }
    bytes.truncate(filled);
    if (bytes.size() > maxBytes) {
        return Diagnostic::error(displayName, 0, 0,
                                 tr("the %1 input is larger than the %2 limit; it was not read")
                                     .arg(kindName, limitText));
    }
    return SourceText(displayName, std::move(bytes));
}

Status SourceText::checkEncoding() const
{
    const qsizetype nul = m_bytes.indexOf('\0');
    const qsizetype invalid = firstInvalidUtf8(m_bytes);
    if (nul >= 0 && (invalid < 0 || nul < invalid))
        return errorAt(nul, tr("the file contains a NUL byte; it is not a text file"));
    if (invalid >= 0) {
        return errorAt(invalid, tr("the file is not valid UTF-8 (byte 0x%1); save it as UTF-8")
                                    .arg(static_cast<unsigned char>(m_bytes.at(invalid)), 2, 16,
                                         QLatin1Char('0')));
    }
    return success();
}

void SourceText::indexLines() const
{
    if (!m_lineStarts.isEmpty())
        return;
    m_lineStarts.append(0);
    m_codePointSamples.reserve(m_bytes.size() / codePointStride + 1);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < m_bytes.size(); ++i) {
        if (i % codePointStride == 0)
            m_codePointSamples.append(codePoints);
        const char c = m_bytes.at(i);
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++codePoints;
        if (c == '\n')
            m_lineStarts.append(i + 1);
    }
    if (m_bytes.size() % codePointStride == 0)
        m_codePointSamples.append(codePoints);
}

qsizetype SourceText::codePointsBefore(qsizetype byteOffset) const
{
    const qsizetype sample = byteOffset / codePointStride;
    const qsizetype sampleStart = sample * codePointStride;
    return m_codePointSamples.at(sample) +
           countCodePoints(QByteArrayView(m_bytes).sliced(sampleStart, byteOffset - sampleStart));
}

int SourceText::lineCount() const
{
    indexLines();
    return int(m_lineStarts.size());
}

QByteArrayView SourceText::lineBytes(int line0) const
{
    indexLines();
    if (line0 < 0 || line0 >= m_lineStarts.size())
        return {};
    const qsizetype start = m_lineStarts.at(line0);
    qsizetype end =
        line0 + 1 < m_lineStarts.size() ? m_lineStarts.at(line0 + 1) - 1 : m_bytes.size();
    if (end > start && m_bytes.at(end - 1) == '\r')
        --end;
    return QByteArrayView(m_bytes).sliced(start, end - start);
}

SourceText::Position SourceText::positionOfOffset(qsizetype byteOffset) const
{
    indexLines();
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, m_bytes.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), byteOffset);
    const int line0 = int(std::distance(m_lineStarts.cbegin(), it)) - 1;
    const qsizetype start = m_lineStarts.at(line0);
    const int column = int(codePointsBefore(byteOffset) - codePointsBefore(start)) + 1;
    return {line0 + 1, column};
}

SourceText::Position SourceText::positionOfLineByte(int line0, int byteColumn) const
{
    indexLines();
    if (line0 < 0)
        return {1, 1};
    if (line0 >= m_lineStarts.size())
        return positionOfOffset(m_bytes.size());
    const qsizetype start = m_lineStarts.at(line0);
    const qsizetype offset = std::min<qsizetype>(start + std::max(byteColumn, 0), m_bytes.size());
    return positionOfOffset(offset);
}

Diagnostic SourceText::errorAt(qsizetype byteOffset, const QString &message) const
{
    const Position p = positionOfOffset(byteOffset);
    return Diagnostic::error(m_name, p.line, p.column, message);
}

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // ASCII eight bytes at a time: most text is.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, data + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(lead);
        if (length == 0 || i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
        }
        const unsigned char second = data[i + 1];
        if (lead == 0xE0 && second < 0xA0)
            return i; // overlong
        if (lead == 0xED && second > 0x9F)
            return i; // UTF-16 surrogate
        if (lead == 0xF0 && second < 0x90)
            return i; // overlong
        if (lead == 0xF4 && second > 0x8F)
            return i; // above U+10FFFF
        i += length;
    }
    return -1;
}

QString formatByteSize(qint64 bytes)
{
    const QLocale locale;
    constexpr qint64 mebibyte = qint64{1024} * 1024;
    if (bytes >= mebibyte && bytes % mebibyte == 0)
        return SourceText::tr("%1 MiB").arg(bytes / mebibyte);
    if (bytes >= mebibyte)
        return SourceText::tr("%1 MiB (%2 bytes)")
            .arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1),
                 locale.toString(bytes));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return SourceText::tr("%1 KiB").arg(bytes / 1024);
    return SourceText::tr("%1 bytes").arg(locale.toString(bytes));
}

} // namespace PromptDeck::Core
