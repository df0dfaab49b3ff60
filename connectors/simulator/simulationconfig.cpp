#include "simulationconfig.h"

#include "flowlibrary.h"
#include "injectedfault.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace ct {
namespace {

const QString kFaultsResource = QStringLiteral(":/controltower/faults.json");

QString knownClasses()
{
    return faultClassNames().join(QStringLiteral(", "));
}

} // namespace

QMap<QString, double> parseFaultRates(const QByteArray& json, QString* error)
{
    error->clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = QStringLiteral("the fault rates are not valid JSON (%1 at offset %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    const QJsonValue rates = doc.object().value(QLatin1String("rates"));
    if (!rates.isObject()) {
        *error = QStringLiteral("the fault rates need an object \"rates\" of class: rate");
        return {};
    }
    QMap<QString, double> result;
    const QJsonObject object = rates.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isDouble()) {
            *error = QStringLiteral("the fault rate of \"%1\" is not a number").arg(it.key());
            return {};
        }
        result.insert(it.key(), it.value().toDouble());
    }
    return result;
}

SimulationConfig SimulationConfig::withDefaults(QString* error)
{
    SimulationConfig config;
    QFile file(kFaultsResource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("the default fault rates (%1) are missing from this build").arg(kFaultsResource);
        return config;
    }
    config.faultRates = parseFaultRates(file.readAll(), error);
    if (!error->isEmpty())
        *error = QStringLiteral("%1: %2").arg(kFaultsResource, *error);
    return config;
}

QString SimulationConfig::setFault(const QString& classEqualsRate)
{
    const qsizetype equals = classEqualsRate.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return QStringLiteral("a fault is CLASS=RATE (e.g. stuck=0.02), not \"%1\"").arg(classEqualsRate);
    const QString faultClass = classEqualsRate.left(equals).trimmed();
    if (!faultClassNames().contains(faultClass))
        return QStringLiteral("unknown fault class \"%1\"; the classes are %2")
            .arg(faultClass, knownClasses());
    bool ok = false;
    const double rate = classEqualsRate.mid(equals + 1).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(rate) || rate < 0.0 || rate > 1.0)
        return QStringLiteral("the rate of fault class \"%1\" must be a number from 0 to 1, not \"%2\"")
            .arg(faultClass, classEqualsRate.mid(equals + 1));
    faultRates.insert(faultClass, rate);
    return {};
}

QString SimulationConfig::addOutage(const QString& systemEqualsInterval)
{
    QString error;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    if (!error.isEmpty())
        return error;
    if (const auto outage = parseOutage(systemEqualsInterval, estateSystems(flows), &error))
        outages.append(*outage);
    return error;
}

QString SimulationConfig::validate() const
{
    if (days < 1)
        return QStringLiteral("the simulation needs at least one day, not %1").arg(days);
    if (ordersPerDay < 0 || salesPerStorePerDay < 0)
        return QStringLiteral("orders and sales per day cannot be negative");
    if (stores < 1 || stores > 999)
        return QStringLiteral("the estate has from 1 to 999 stores, not %1").arg(stores);
    if (skus < 10 || skus > 999'999)
        return QStringLiteral("the estate has from 10 to 999,999 SKUs, not %1").arg(skus);
    if (batchEvents < 1)
        return QStringLiteral("a batch holds at least one event, not %1").arg(batchEvents);
    if (until.isNull())
        return QStringLiteral("the simulation needs an end time (until)");
    double sum = 0.0;
    for (auto it = faultRates.cbegin(); it != faultRates.cend(); ++it) {
        if (!faultClassNames().contains(it.key()))
            return QStringLiteral("unknown fault class \"%1\"; the classes are %2")
                .arg(it.key(), knownClasses());
        if (!std::isfinite(it.value()) || it.value() < 0.0 || it.value() > 1.0)
            return QStringLiteral("the rate of fault class \"%1\" must be from 0 to 1, not %2")
                .arg(it.key())
                .arg(it.value());
        sum += it.value();
    }
    // At most one fault strikes a transaction, so the rates share one draw and cannot exceed 1.
    if (sum > 1.0 + 1e-9)
        return QStringLiteral(
                   "the fault rates add up to %1, more than 1 (at most one fault strikes a transaction)")
            .arg(sum);
    QString flowError;
    FlowLibrary::builtIn(&flowError);
    return flowError;
}

} // namespace ct
