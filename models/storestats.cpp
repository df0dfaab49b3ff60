#include "storestats.h"


namespace ct {
namespace {

QJsonObject toObject(const QMap<QString, qint64>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void appendSection(QString& out, const QString& title, const QMap<QString, qint64>& counts)
{
    out += title % QLatin1String(":\n");
    if (counts.isEmpty()) {
        out += QLatin1String("  (none)\n");
        return;
    }
    qsizetype width = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        width = qMax(width, it.key().size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out += QLatin1String("  ") % it.key().leftJustified(width + 2) % QString::number(it.value())
            % QLatin1Char('\n');
}

} // namespace

QJsonObject StoreStats::toJson() const
{
    return QJsonObject{
        {QStringLiteral("tables"), toObject(tables)},
        {QStringLiteral("events_by_flow"), toObject(eventsByFlow)},
        {QStringLiteral("events_by_status"), toObject(eventsByStatus)},
        {QStringLiteral("failed_by_error_class"), toObject(failedByErrorClass)},
        {QStringLiteral("failed_by_state"), toObject(failedByState)},
        {QStringLiteral("faults_by_class"), toObject(faultsByClass)},
    };
}

QString StoreStats::toText() const
{
    QString out;
    appendSection(out, QStringLiteral("Tables"), tables);
    appendSection(out, QStringLiteral("Events by flow"), eventsByFlow);
    appendSection(out, QStringLiteral("Events by status"), eventsByStatus);
    appendSection(out, QStringLiteral("Failed messages by error class"), failedByErrorClass);
    appendSection(out, QStringLiteral("Failed messages by state"), failedByState);
    appendSection(out, QStringLiteral("Injected faults by class"), faultsByClass);
    return out;
}

} // namespace ct
