#include "rowbatch.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ct {

QString RowBatch::json() const
{
    QJsonArray rows;
    for (const QVariantList& row : m_rows) {
        QJsonArray values;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (m_columns.at(i).type == Type::Integer)
                values.append(row.at(i).toLongLong());
            else
                values.append(row.at(i).toString());
        }
        rows.append(values);
    }
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

} // namespace ct
