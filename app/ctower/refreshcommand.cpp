#include "cli.h"

#include "apisecrets.h"
#include "deltarules.h"
#include "keychain/keychainsecretstore.h"
#include "positionapi/positionrefreshjob.h"
#include "refreshplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace ct::cli {
namespace {

void quitSoon()
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
}

// Whether some system's secret is to come from the keychain (no environment override).
bool needsKeychain(const SystemsConfig& config)
{
    for (const SystemApi& s : config.systems) {
        if (s.auth.type != AuthType::None && !s.auth.secretKey.isEmpty() && qEnvironmentVariable(qPrintable(apiSecretVariable(s.system))).isEmpty())
            return true;
    }
    return false;
}

ApiSecrets readSecrets(const SystemsConfig& config)
{
    std::unique_ptr<KeychainSecretStore> keychain;
    if (needsKeychain(config))
        keychain = std::make_unique<KeychainSecretStore>();
    ApiSecrets secrets;
    bool answered = false;
    bool looping = false; // the environment answers at once, the keychain later
    resolveApiSecrets(config, keychain.get(), [](const QString& name) { return qEnvironmentVariable(qPrintable(name)); },
                      [&](const ApiSecrets& s) {
                          secrets = s;
                          answered = true;
                          if (looping)
                              quitSoon();
                      });
    looping = !answered;
    if (looping)
        QCoreApplication::exec();
    return secrets;
}

QList<Measure> measuresOf(const QString& measure)
{
    if (measure == QLatin1String("quantity"))
        return {Measure::Inventory};
    if (measure == QLatin1String("price"))
        return {Measure::Prices};
    return {Measure::Inventory, Measure::Prices};
}

QJsonObject systemJson(const SystemProgress& s, qint64 written)
{
    return QJsonObject{
        {QStringLiteral("system"), s.system},
        {QStringLiteral("requests"), s.requests},
        {QStringLiteral("positions_read"), s.positions},
        {QStringLiteral("positions_written"), written},
        {QStringLiteral("errors"), s.errors},
        {QStringLiteral("retries"), s.retries},
        {QStringLiteral("rate_limited"), s.rateLimited},
        {QStringLiteral("first_errors"), QJsonArray::fromStringList(s.firstErrors)},
    };
}

QString systemText(const SystemProgress& s, qint64 written)
{
    QString text = QStringLiteral("%1: %2 requests, %3 positions written, %4 errors")
                       .arg(s.system, QString::number(s.requests), QString::number(written), QString::number(s.errors));
    if (s.retries || s.rateLimited)
        text += QStringLiteral(" (%1 retries, %2 rate-limit waits)").arg(QString::number(s.retries), QString::number(s.rateLimited));
    for (const QString& e : s.firstErrors)
        text += QStringLiteral("\n  ") + e;
    if (s.errors > s.firstErrors.size())
        text += QStringLiteral("\n  … and %1 more").arg(s.errors - s.firstErrors.size());
    return text;
}

} // namespace

int runRefresh(const QStringList& arguments)
{
    Command command(QStringLiteral("refresh"),
                    QStringLiteral("Read inventory and price positions live from the systems' HTTP APIs (the systems file) "
                                   "and write them to the store: the given SKUs at the given nodes, or every position "
                                   "of a node or of every system page by page. A system's token or password comes from "
                                   "CTOWER_API_SECRET_<SYSTEM> when set, else from the keychain key its \"auth\" names."));
    command.addStoreOption();
    command.addJsonOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("systems"), QStringLiteral("The systems file (default: the user's controltower/systems.json)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("node"), QStringLiteral("Only this node (repeatable)."), QStringLiteral("NODE")});
    p.addOption({QStringLiteral("sku"), QStringLiteral("Only this SKU at each --node, one request per cell and system (repeatable)."),
                 QStringLiteral("SKU")});
    p.addOption({QStringLiteral("measure"), QStringLiteral("quantity, price or both (the default)."), QStringLiteral("quantity|price|both")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    const QString measure = p.isSet(QStringLiteral("measure")) ? p.value(QStringLiteral("measure")) : QStringLiteral("both");
    if (measure != QLatin1String("quantity") && measure != QLatin1String("price") && measure != QLatin1String("both"))
        return command.usageError(QStringLiteral("--measure is quantity, price or both, not \"%1\"").arg(measure));
    const QStringList nodes = p.values(QStringLiteral("node"));
    const QStringList skus = p.values(QStringLiteral("sku"));
    if (!skus.isEmpty() && nodes.isEmpty())
        return command.usageError(QStringLiteral("--sku needs the --node it is at"));
    QString error;
    const SystemsConfig config = SystemsConfig::load(p.value(QStringLiteral("systems")), &error);
    if (!error.isEmpty())
        return command.fail(error);
    const DeltaRules rules = DeltaRules::load(&error);
    if (!error.isEmpty())
        return command.fail(error);
    QList<PlannedRequest> plan;
    if (skus.isEmpty()) {
        plan = planBulk(config, rules, nodes, measuresOf(measure));
    } else {
        QList<PositionCell> cells;
        for (const QString& node : nodes) {
            for (const QString& sku : skus)
                cells.append({sku, node});
        }
        plan = planSelection(config, rules, cells, measuresOf(measure));
    }
    if (plan.isEmpty())
        return command.fail(QStringLiteral("no system in the systems file serves what was asked (check its endpoints and nodes)"));
    int rc = Done;
    auto store = command.openExistingStoreToWrite(&rc);
    if (!store)
        return rc;

    PositionRefreshJob job(config, readSecrets(config));
    QHash<QString, qint64> written;
    QString writeError;
    RefreshProgress summary;
    QObject::connect(&job, &PositionRefreshJob::positionsAvailable, &job, [&](const IngestBatch& batch) {
        const auto result = store->ingest(batch);
        if (!result) {
            writeError = result.error().text;
            job.cancel();
            return;
        }
        const QString system = batch.inventory.isEmpty() ? batch.prices.constFirst().system : batch.inventory.constFirst().system;
        written[system] += result->inventoryUpserted + result->pricesUpserted;
    });
    QObject::connect(&job, &PositionRefreshJob::finished, &job, [&](const RefreshProgress& last) {
        summary = last;
        quitSoon();
    });
    job.start(plan);
    QCoreApplication::exec();

    if (!writeError.isEmpty())
        return command.fail(writeError);
    qint64 total = 0;
    for (qint64 n : std::as_const(written))
        total += n;
    const qint64 errors = summary.errors();
    if (errors > 0 && total == 0) {
        const SystemProgress* first = nullptr;
        for (const SystemProgress& s : std::as_const(summary.systems)) {
            if (!first && !s.firstErrors.isEmpty())
                first = &s;
        }
        return command.fail(QStringLiteral("nothing could be fetched: %1 errors, the first: %2").arg(QString::number(errors), first->firstErrors.constFirst()));
    }
    if (command.json()) {
        QJsonArray systems;
        for (const SystemProgress& s : std::as_const(summary.systems))
            systems.append(systemJson(s, written.value(s.system)));
        command.printJson(QJsonDocument(QJsonObject{{QStringLiteral("systems"), systems},
                                                    {QStringLiteral("positions_written"), total},
                                                    {QStringLiteral("errors"), errors}}));
    } else {
        QStringList lines;
        for (const SystemProgress& s : std::as_const(summary.systems))
            lines << systemText(s, written.value(s.system));
        lines << QStringLiteral("%1 positions written to %2.").arg(QString::number(total), store->location().redacted());
        command.print(lines.join(QLatin1Char('\n')));
    }
    return errors ? Partial : Done;
}

} // namespace ct::cli
