#include "texttable.h"

namespace ct::cli {

QString textTable(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c == widths.size())
                widths.append(0);
            widths[c] = qMax(widths.at(c), row.at(c).size());
        }
    }
    QStringList lines;
    lines.reserve(rows.size());
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths.at(c)) : row.at(c);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ct::cli
