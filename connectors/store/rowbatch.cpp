#include "rowbatch.h"

#include <charconv>

namespace ct {
namespace {

// The rest of a JSON string from its first character that is not plain ASCII: in UTF-8, quotes,
// backslashes and control characters escaped (the bytes of a character beyond ASCII are all 0x80 or
// above, never escaped).
void appendEscaped(QByteArray& out, QStringView rest)
{
    for (const char c : rest.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
            out.append(escape, sizeof escape);
        } else {
            out += c;
        }
    }
}

// A JSON string in UTF-8. Plain ASCII, which nearly every value is, is copied a character to a byte.
void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char* to = out.data() + start;
    const QChar* from = text.constData();
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = from[i].unicode();
        if (c >= 0x80 || c < 0x20 || c == u'"' || c == u'\\')
            break;
        to[i] = char(c);
    }
    if (i < text.size()) {
        out.truncate(start + i);
        appendEscaped(out, QStringView(text).mid(i));
    }
    out += '"';
}

void appendInteger(QByteArray& out, qint64 n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, end - digits);
}

} // namespace

RowBatch::RowBatch(QList<Column> columns) : m_columns(std::move(columns))
{
    m_place.reserve(m_columns.size());
    for (const Column& c : std::as_const(m_columns))
        m_place.append(c.type == Type::Text ? m_textColumns++ : m_integerColumns++);
}

void RowBatch::add(std::initializer_list<Value> row)
{
    Q_ASSERT(qsizetype(row.size()) == m_columns.size());
    qsizetype column = 0;
    for (const Value& v : row) {
        if (m_columns.at(column++).type == Type::Text) {
            Q_ASSERT(v.text());
            m_texts.append(v.text()->isNull() ? QStringLiteral("") : *v.text());
        } else {
            m_integers.append(v.integer());
        }
    }
    ++m_rows;
}

QByteArray RowBatch::json() const
{
    QByteArray out;
    qsizetype textChars = 0;
    for (const QString& t : m_texts)
        textChars += t.size() + 3;
    out.reserve(2 + m_rows * (3 + m_columns.size()) + textChars + 20 * m_integers.size());
    out += '[';
    for (qsizetype r = 0; r < m_rows; ++r) {
        if (r > 0)
            out += ',';
        out += '[';
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (c > 0)
                out += ',';
            if (m_columns.at(c).type == Type::Integer)
                appendInteger(out, integer(r, c));
            else
                appendJsonString(out, text(r, c));
        }
        out += ']';
    }
    out += ']';
    return out;
}

} // namespace ct
