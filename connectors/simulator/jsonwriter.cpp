#include "jsonwriter.h"

#include "civiltime.h"

#include <algorithm>
#include <cstring>

namespace ct {

void appendJsonString(QByteArray& out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            // Hand the rest to Qt's encoder only when there is something non-ASCII to encode.
            qsizetype end = i;
            while (end < text.size() && text[end].unicode() >= 0x80)
                ++end;
            out.append(text.mid(i, end - i).toUtf8());
            i = end - 1;
        } else if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(char(c));
        } else if (c >= 0x20) {
            out.append(char(c));
        } else if (c == '\n') {
            out.append("\\n", 2);
        } else if (c == '\t') {
            out.append("\\t", 2);
        } else if (c == '\r') {
            out.append("\\r", 2);
        } else {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escaped, sizeof escaped);
        }
    }
    out.append('"');
}

void JsonObjectWriter::start(const char* key)
{
    Q_ASSERT_X(std::none_of(m_fields.cbegin(), m_fields.cend(),
                            [key](const Field& f) { return std::strcmp(f.key, key) == 0; }),
               "JsonObjectWriter", "a key is written twice");
    m_fields.append(Field{key, m_values.size(), 0});
}

void JsonObjectWriter::finish()
{
    m_fields.back().end = m_values.size();
}

void JsonObjectWriter::add(const char* key, qint64 value)
{
    start(key);
    m_values.append(QByteArray::number(value));
    finish();
}

void JsonObjectWriter::add(const char* key, bool value)
{
    start(key);
    m_values.append(value ? QByteArrayView("true") : QByteArrayView("false"));
    finish();
}

void JsonObjectWriter::add(const char* key, QStringView value)
{
    start(key);
    appendJsonString(m_values, value);
    finish();
}

void JsonObjectWriter::add(const char* key, QLatin1String value)
{
    add(key, QString(value));
}

void JsonObjectWriter::addTime(const char* key, qint64 us)
{
    start(key);
    m_values.append('"');
    appendIsoTime(m_values, us);
    m_values.append('"');
    finish();
}

void JsonObjectWriter::addRaw(const char* key, const QByteArray& json)
{
    start(key);
    m_values.append(json);
    finish();
}

bool JsonObjectWriter::remove(const char* key)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (std::strcmp(m_fields[i].key, key) == 0) {
            m_fields.remove(i);
            return true;
        }
    }
    return false;
}

QByteArray JsonObjectWriter::toJson() const
{
    QVarLengthArray<const Field*, 24> order;
    for (const Field& f : m_fields)
        order.append(&f);
    std::sort(order.begin(), order.end(),
              [](const Field* a, const Field* b) { return std::strcmp(a->key, b->key) < 0; });
    QByteArray out;
    out.reserve(m_values.size() + 8 * m_fields.size() + 2);
    out.append('{');
    for (const Field* f : order) {
        if (out.size() > 1)
            out.append(',');
        out.append('"');
        out.append(f->key);
        out.append("\":", 2);
        out.append(m_values.constData() + f->begin, f->end - f->begin);
    }
    out.append('}');
    return out;
}

void JsonArrayWriter::addRaw(const QByteArray& json)
{
    if (m_text.size() > 1)
        m_text.append(',');
    m_text.append(json);
}

void JsonArrayWriter::add(QStringView text)
{
    if (m_text.size() > 1)
        m_text.append(',');
    appendJsonString(m_text, text);
}

} // namespace ct
