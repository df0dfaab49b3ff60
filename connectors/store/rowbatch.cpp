#include "rowbatch.h"

#include <algorithm>

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

} // namespace

QString RowBatch::json() const
{
    QString out;
    out.reserve(64 * m_rows.size() * qMax<qsizetype>(1, m_columns.size()));
    out += QLatin1Char('[');
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (r > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('[');
        const QVariantList& row = m_rows.at(r);
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            if (m_columns.at(i).type == Type::Integer)
                out += QString::number(row.at(i).toLongLong());
            else
                appendJsonString(out, row.at(i).toString());
        }
        out += QLatin1Char(']');
    }
    out += QLatin1Char(']');
    return out;
}

} // namespace ct
