#include "incidentfollower.h"

#include "incidentwebhook.h"

#include "changecoalescer.h"
#include "incidentdetection.h"
#include "incidentjson.h"
#include "slaedits.h"
#include "store/storechangefeed.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace ct::cli {
namespace {

constexpr qint64 kDefaultSpanMicros = 86'400'000'000LL;
constexpr int kCoalesceMs = 1000;
constexpr int kStopCheckMs = 200;

std::atomic_bool g_stopFollowing{false};

extern "C" void stopFollowing(int)
{
    g_stopFollowing.store(true);
}

void writeLine(FILE* to, const QString& line)
{
    std::fputs(qUtf8Printable(line + QLatin1Char('\n')), to);
    std::fflush(to);
}

// The ids a webhook took, one per line, appended as each is delivered: a follower that restarts
// reads them back and never posts one again. A file, not the store: `incidents` only reads the store
// (a viewer may run it, a read replica may serve it), and what one follower delivered to its webhook
// is that follower's business, not every follower's.
class DeliveredLedger {
public:
    bool open(const QString& path, QString* error)
    {
        m_file.setFileName(path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Text)) {
            *error = QStringLiteral("cannot open the webhook state file %1: %2").arg(path, m_file.errorString());
            return false;
        }
        m_file.seek(0);
        while (!m_file.atEnd()) {
            const QString id = QString::fromUtf8(m_file.readLine()).trimmed();
            if (!id.isEmpty())
                m_ids.insert(id);
        }
        return true;
    }
    const QSet<QString>& ids() const { return m_ids; }
    void record(const QString& id)
    {
        m_ids.insert(id);
        m_file.write((id + QLatin1Char('\n')).toUtf8());
        m_file.flush();
    }

private:
    QFile m_file;
    QSet<QString> m_ids;
};

// Where a follower keeps what it delivered when --state is not given: one file per store and webhook.
QString defaultStatePath(const StoreLocation& store, const QUrl& webhook)
{
    const QByteArray key = (store.redacted() + QLatin1Char('\n') + webhook.toString(QUrl::RemoveUserInfo)).toUtf8();
    const QString name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/controltower/incident-webhooks/")
           + name + QStringLiteral(".sent");
}

class IncidentFollower : public QObject {
public:
    IncidentFollower(Command& command, std::unique_ptr<TelemetryStore> store, Timestamp since)
        : m_command(command)
        , m_store(std::move(store))
        , m_since(since)
    {
    }

    bool start(const QString& webhook, const QString& statePath, QString* error)
    {
        QString flowError;
        m_flows = &FlowLibrary::builtIn(&flowError);
        m_rules = &IncidentRules::builtIn(error);
        if (!flowError.isEmpty() || !error->isEmpty()) {
            *error = flowError.isEmpty() ? *error : flowError;
            return false;
        }
        if (!webhook.isEmpty()) {
            const QUrl url(webhook, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty()) {
                *error = QStringLiteral("--webhook takes an http:// or https:// URL");
                return false;
            }
            if (!m_ledger.open(statePath.isEmpty() ? defaultStatePath(m_store->location(), url) : statePath, error))
                return false;
            m_webhook = new IncidentWebhook(url, QStringLiteral("/controltower/incidents"), this);
            connect(m_webhook, &IncidentWebhook::delivered, this, [this](const QString& id) { m_ledger.record(id); });
            connect(m_webhook, &IncidentWebhook::refused, this, [this](const QString& id, const QString& problem) {
                writeLine(stderr, QStringLiteral("incidents: %1 was refused (%2); it is not posted again.").arg(id, problem));
                m_ledger.record(id);
            });
            connect(m_webhook, &IncidentWebhook::retrying, this, [](const QString& id, const QString& problem) {
                writeLine(stderr, QStringLiteral("incidents: posting %1 failed (%2); retrying.").arg(id, problem));
            });
            m_done = m_ledger.ids();
        }
        m_feed = openChangeFeed(m_store->location(), this);
        auto* coalescer = new ChangeCoalescer(kCoalesceMs, this);
        connect(m_feed.get(), &ChangeFeed::changed, coalescer, &ChangeCoalescer::add);
        connect(m_feed.get(), &ChangeFeed::resynced, coalescer, &ChangeCoalescer::addResync);
        connect(coalescer, &ChangeCoalescer::changed, this, [this] { detect(); });
        m_feed->start();
        return detect();
    }

private:
    bool detect()
    {
        auto slas = slasInForce(*m_store);
        auto newest = m_store->newestEventAt();
        if (!slas || !newest) {
            writeLine(stderr, QStringLiteral("incidents: %1").arg((!slas ? slas.error() : newest.error()).text));
            return false;
        }
        if (newest->isNull())
            return true;
        auto incidents = detectIncidents(*m_store, slas.value(), *m_flows, *m_rules, m_since, newest.value());
        if (!incidents) {
            writeLine(stderr, QStringLiteral("incidents: %1").arg(incidents.error().text));
            return false;
        }
        for (const IncidentTransition& t : pendingTransitions(incidents.value(), m_done)) {
            m_done.insert(t.id());
            announce(t);
            if (m_webhook)
                m_webhook->post(t);
        }
        return true;
    }

    void announce(const IncidentTransition& t)
    {
        if (m_command.json()) {
            const QJsonObject line{{QStringLiteral("event"), t.closing ? QStringLiteral("closed") : QStringLiteral("opened")},
                                   {QStringLiteral("incident"), incidentJson(t.incident)}};
            writeLine(stdout, QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
        } else {
            writeLine(stdout, QStringLiteral("%1 %2 %3 %4: %5")
                                  .arg(t.closing ? QStringLiteral("CLOSED") : QStringLiteral("OPENED"), t.at().toIso(),
                                       incidentKindName(t.incident.kind), t.incident.filter(), t.incident.summary));
        }
    }

    Command& m_command;
    std::unique_ptr<TelemetryStore> m_store;
    Timestamp m_since;
    const FlowLibrary* m_flows = nullptr;
    const IncidentRules* m_rules = nullptr;
    std::unique_ptr<ChangeFeed> m_feed;
    IncidentWebhook* m_webhook = nullptr;
    DeliveredLedger m_ledger;
    QSet<QString> m_done; // printed (and posted or queued) in this run, or delivered by an earlier one
};

} // namespace

int followIncidents(Command& command, std::unique_ptr<TelemetryStore> store, std::optional<Timestamp> since,
                    const QString& webhook, const QString& stateFile)
{
    if (!since) {
        auto newest = store->newestEventAt();
        if (!newest)
            return command.fail(newest.error());
        since = (newest->isNull() ? Timestamp::now() : newest.value()).plusMicros(-kDefaultSpanMicros);
    }
    IncidentFollower follower(command, std::move(store), *since);
    QString error;
    if (!follower.start(webhook, stateFile, &error))
        return error.isEmpty() ? Failed : command.fail(error);
    std::signal(SIGINT, stopFollowing);
    std::signal(SIGTERM, stopFollowing);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, [] {
        if (g_stopFollowing.load())
            QCoreApplication::quit();
    });
    stopCheck.start(kStopCheckMs);
    QCoreApplication::exec();
    return Done;
}

} // namespace ct::cli
