#pragma once

// The mock system APIs' estate and the example systems file pointed at them, shared by the position
// connector's tests.
#include "apisecrets.h"
#include "systemsconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace ct::test {

inline const QStringList kEstate{QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--days"), QStringLiteral("1"),
                                 QStringLiteral("--orders-per-day"), QStringLiteral("120"), QStringLiteral("--sales-per-store"),
                                 QStringLiteral("30"), QStringLiteral("--stores"), QStringLiteral("3"), QStringLiteral("--skus"),
                                 QStringLiteral("40")};
inline const QStringList kWellBehaved{QStringLiteral("--api-rate"), QStringLiteral("0"), QStringLiteral("--api-error-rate"),
                                      QStringLiteral("0"), QStringLiteral("--api-slow-rate"), QStringLiteral("0")};
inline const QString kToken = QStringLiteral("s3cret-T0ken-4711");
inline const QStringList kSystems{QStringLiteral("erp"), QStringLiteral("wms"), QStringLiteral("pos"), QStringLiteral("webshop")};

// The example systems file pointed at `port`, each system changed by `edit`.
inline QJsonObject systemsJson(quint16 port, const std::function<void(QJsonObject&)>& edit = {})
{
    QFile file(QStringLiteral(CT_SYSTEMS_JSON));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray systems;
    for (const QJsonValue& v : root.value(QStringLiteral("systems")).toArray()) {
        QJsonObject s = v.toObject();
        s.insert(QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        if (edit)
            edit(s);
        systems.append(s);
    }
    root.insert(QStringLiteral("systems"), systems);
    return root;
}

inline SystemsConfig configOf(const QJsonObject& json)
{
    QString error;
    SystemsConfig config = SystemsConfig::fromJson(QJsonDocument(json).toJson(), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return config;
}

inline ApiSecrets secretsOf(const QString& secret)
{
    ApiSecrets s;
    for (const QString& system : kSystems)
        s.secrets.insert(system, secret);
    return s;
}

// The positions of a store, one line per row, ordered.
inline QStringList tableRows(const QString& path, const QString& table)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rows"));
        db.setDatabaseName(path);
        if (!db.open())
            return {db.lastError().text()};
        QSqlQuery q(db);
        const QString columns = table == QLatin1String("inventory_positions")
            ? QStringLiteral("sku, node, system, on_hand, reserved, as_of, unit_cost_minor, cost_currency")
            : QStringLiteral("sku, node, system, price_minor, currency, COALESCE(promotion_id, ''), as_of");
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY system, node, sku").arg(columns, table)))
            return {q.lastError().text()};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rows"));
    return rows;
}

} // namespace ct::test
