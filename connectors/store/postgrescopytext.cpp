#include "postgrescopytext.h"

#include <QString>

#include <charconv>

namespace ct {
namespace {

constexpr char kReplacement[] = "\xef\xbf\xbd";  // U+FFFD in UTF-8

// Writes one byte of UTF-8 text, escaped; returns the new end. At most three bytes.
inline char* put(char* out, char c)
{
    switch (c) {
    case '\\': *out++ = '\\'; *out++ = '\\'; break;
    case '\t': *out++ = '\\'; *out++ = 't'; break;
    case '\n': *out++ = '\\'; *out++ = 'n'; break;
    case '\r': *out++ = '\\'; *out++ = 'r'; break;
    case '\0':
        for (int i = 0; i < 3; ++i)
            *out++ = kReplacement[i];
        break;
    default: *out++ = c; break;
    }
    return out;
}

} // namespace

PostgresCopyText::PostgresCopyText()
{
    m_buffer.resize(1 << 20);
}

void PostgresCopyText::clear()
{
    m_size = 0;
    m_rowStart = true;
}

char* PostgresCopyText::room(qsizetype n)
{
    if (m_size + n > m_buffer.size())
        m_buffer.resize(qMax(m_buffer.size() * 2, m_size + n));  // QByteArray leaves the new bytes as they are
    return m_buffer.data() + m_size;
}

void PostgresCopyText::separate()
{
    if (!m_rowStart) {
        *room(1) = '\t';
        ++m_size;
    }
    m_rowStart = false;
}

void PostgresCopyText::escaped(const char* bytes, qsizetype n)
{
    char* const start = room(3 * n);
    char* out = start;
    for (qsizetype i = 0; i < n; ++i)
        out = put(out, bytes[i]);
    m_size += out - start;
}

void PostgresCopyText::text(QStringView value)
{
    separate();
    const qsizetype n = value.size();
    const char16_t* in = value.utf16();
    char* const start = room(3 * n);
    char* out = start;
    // Identifiers, codes and names are mostly ASCII: copy those code units straight through and hand
    // the rest of the string to the UTF-8 encoder only when a wider one appears.
    for (qsizetype i = 0; i < n; ++i) {
        if (in[i] >= 0x80) {
            m_size += out - start;
            const QByteArray rest = value.sliced(i).toUtf8();
            escaped(rest.constData(), rest.size());
            return;
        }
        out = put(out, char(in[i]));
    }
    m_size += out - start;
}

void PostgresCopyText::utf8(QByteArrayView value)
{
    separate();
    if (value.isValidUtf8()) {
        escaped(value.data(), value.size());
        return;
    }
    const QByteArray repaired = QString::fromUtf8(value).toUtf8();
    escaped(repaired.constData(), repaired.size());
}

void PostgresCopyText::bytes(const QByteArray& value)
{
    if (value.isNull()) {
        null();
        return;
    }
    separate();
    static constexpr char hex[] = "0123456789abcdef";
    char* const start = room(3 + 2 * value.size());
    char* out = start;
    // bytea's hex input form is \x…; the backslash itself needs escaping in the COPY text.
    *out++ = '\\';
    *out++ = '\\';
    *out++ = 'x';
    for (const char c : value) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = hex[b >> 4];
        *out++ = hex[b & 0xf];
    }
    m_size += out - start;
}

void PostgresCopyText::integer(qint64 value)
{
    separate();
    char* const start = room(24);
    const auto [end, ec] = std::to_chars(start, start + 24, value);
    Q_UNUSED(ec);
    m_size += end - start;
}

void PostgresCopyText::boolean(bool value)
{
    separate();
    *room(1) = value ? 't' : 'f';
    ++m_size;
}

void PostgresCopyText::optional(const std::optional<qint64>& value)
{
    if (value)
        integer(*value);
    else
        null();
}

void PostgresCopyText::null()
{
    separate();
    char* out = room(2);
    out[0] = '\\';
    out[1] = 'N';
    m_size += 2;
}

void PostgresCopyText::endRow()
{
    *room(1) = '\n';
    ++m_size;
    m_rowStart = true;
}

} // namespace ct
