#include "rowbatch.h"

#include <algorithm>
#include <charconv>

namespace ct {
namespace {

// A JSON string: quotes, backslashes and control characters escaped, the rest as it is.
void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    const auto needsEscape = [](QChar c) { return c.unicode() < 0x20 || c == u'"' || c == u'\\'; };
    if (std::none_of(text.cbegin(), text.cend(), needsEscape)) {
        out += text;
    } else {
        for (QChar c : text) {
            if (c == u'"' || c == u'\\') {
                out += QLatin1Char('\\');
                out += c;
            } else if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    out += QLatin1Char('"');
}

void appendInteger(QString& out, qint64 n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out += QLatin1StringView(digits, end - digits);
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

QString RowBatch::json() const
{
    QString out;
    qsizetype textChars = 0;
    for (const QString& t : m_texts)
        textChars += t.size() + 3;
    out.reserve(2 + m_rows * (3 + m_columns.size()) + textChars + 20 * m_integers.size());
    out += QLatin1Char('[');
    for (qsizetype r = 0; r < m_rows; ++r) {
        if (r > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('[');
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (c > 0)
                out += QLatin1Char(',');
            if (m_columns.at(c).type == Type::Integer)
                appendInteger(out, integer(r, c));
            else
                appendJsonString(out, text(r, c));
        }
        out += QLatin1Char(']');
    }
    out += QLatin1Char(']');
    return out;
}

} // namespace ct
