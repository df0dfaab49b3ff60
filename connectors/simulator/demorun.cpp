#include "demorun.h"

#include "retailsimulator.h"

#include <QElapsedTimer>

namespace ct {

QString describeDemo(const SimulationConfig& c)
{
    QStringList parts{QStringLiteral("seed=%1").arg(c.seed),
                      QStringLiteral("days=%1").arg(c.days),
                      QStringLiteral("orders-per-day=%1").arg(c.ordersPerDay),
                      QStringLiteral("sales-per-store=%1").arg(c.salesPerStorePerDay),
                      QStringLiteral("stores=%1").arg(c.stores),
                      QStringLiteral("skus=%1").arg(c.skus),
                      QStringLiteral("peak=%1").arg(c.peak ? QStringLiteral("yes") : QStringLiteral("no")),
                      QStringLiteral("until=%1").arg(c.until.toIso())};
    for (auto it = c.faultRates.cbegin(); it != c.faultRates.cend(); ++it)
        parts << QStringLiteral("fault.%1=%2").arg(it.key()).arg(it.value());
    for (const Outage& o : c.outages)
        parts << QStringLiteral("outage=%1=%2/%3").arg(o.system, o.start.toIso(), o.end.toIso());
    return parts.join(QLatin1Char(' '));
}

std::optional<SimulationConfig> parseDemoDescription(const QString& line)
{
    SimulationConfig c;
    int seen = 0;
    const auto number = [](QStringView text, qint64 min, qint64 max, qint64* out) {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (!ok || v < min || v > max)
            return false;
        *out = v;
        return true;
    };
    for (QStringView part : QStringView(line).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return std::nullopt;
        const QStringView key = part.left(equals);
        const QStringView value = part.mid(equals + 1);
        qint64 v = 0;
        bool ok = true;
        if (key == QLatin1String("seed")) {
            bool okSeed = false;
            c.seed = value.toULongLong(&okSeed);
            ok = okSeed;
        } else if (key == QLatin1String("days")) {
            ok = number(value, 1, 366, &v);
            c.days = int(v);
        } else if (key == QLatin1String("orders-per-day")) {
            ok = number(value, 0, 1'000'000, &v);
            c.ordersPerDay = int(v);
        } else if (key == QLatin1String("sales-per-store")) {
            ok = number(value, 0, 100'000, &v);
            c.salesPerStorePerDay = int(v);
        } else if (key == QLatin1String("stores")) {
            ok = number(value, 1, 999, &v);
            c.stores = int(v);
        } else if (key == QLatin1String("skus")) {
            ok = number(value, 10, 1'000'000, &v);
            c.skus = int(v);
        } else if (key == QLatin1String("peak")) {
            ok = value == QLatin1String("yes") || value == QLatin1String("no");
            c.peak = value == QLatin1String("yes");
        } else if (key == QLatin1String("until")) {
            const auto until = Timestamp::fromIso(value.toString());
            ok = until.has_value();
            if (ok)
                c.until = *until;
        } else if (key.startsWith(QLatin1String("fault."))) {
            ok = c.setFault(key.mid(6).toString() + QLatin1Char('=') + value.toString()).isEmpty();
            --seen; // optional
        } else if (key == QLatin1String("outage")) {
            ok = c.addOutage(value.toString()).isEmpty();
            --seen; // optional
        } else {
            ok = false;
        }
        if (!ok)
            return std::nullopt;
        ++seen;
    }
    if (seen != 8 || !c.validate().isEmpty())
        return std::nullopt;
    return c;
}

Expected<DemoOutcome> fillWithDemo(TelemetryStore& store, const SimulationConfig& config, bool replace,
                                   const std::function<void(int)>& progress, const std::atomic_bool* cancel,
                                   IngestWriter* writer)
{
    IngestWriter& sink = writer ? *writer : store;
    const QString where = store.location().redacted();
    auto empty = store.isEmpty();
    if (!empty)
        return empty.error();
    if (!empty.value()) {
        if (!replace)
            return StoreError::make(StoreError::Code::NotEmpty,
                                    QStringLiteral("%1 already holds telemetry; pass --replace to replace it").arg(where));
        if (auto cleared = store.clearTelemetry(); !cleared)
            return cleared.error();
        const auto entry = AuditEntry::bySystem(QStringLiteral("store.cleared"), where,
                                                QStringLiteral("telemetry removed to make room for a demo estate"));
        if (auto a = store.appendAudit(entry); !a)
            return a.error();
    }

    QElapsedTimer timer;
    timer.start();
    DemoOutcome outcome;
    StoreError writeError;
    outcome.summary = RetailSimulator(config).run(
        [&](IngestBatch& batch) {
            auto written = sink.ingest(batch);
            if (!written) {
                writeError = written.error();
                return false;
            }
            outcome.ingested += written.value();
            return true;
        },
        progress, cancel);
    if (writeError.isError())
        return writeError;
    if (cancel && cancel->load())
        return StoreError::make(StoreError::Code::Cancelled, QStringLiteral("the demo was cancelled"));
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;

    auto entry = AuditEntry::bySystem(QStringLiteral("demo.generated"), where, describeDemo(config));
    entry.after = QStringLiteral("events=%1 failed_messages=%2 inventory_positions=%3 price_positions=%4")
                      .arg(outcome.ingested.eventsInserted)
                      .arg(outcome.ingested.failedInserted)
                      .arg(outcome.ingested.inventoryUpserted)
                      .arg(outcome.ingested.pricesUpserted);
    if (auto a = store.appendAudit(entry); !a)
        return a.error();
    return outcome;
}

} // namespace ct
