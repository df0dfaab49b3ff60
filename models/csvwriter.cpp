#include "csvwriter.h"

namespace ct {

QString csvField(const QString& field)
{
    static const QString kSpecial = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : field) {
        if (kSpecial.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return field;
    QString doubled = field;
    doubled.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

QString csvRecord(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted.append(csvField(f));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray csvDocument(const QList<QStringList>& records)
{
    QString text;
    for (const QStringList& r : records)
        text += csvRecord(r);
    return text.toUtf8();
}

} // namespace ct
