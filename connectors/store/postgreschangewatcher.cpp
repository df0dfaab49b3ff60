#include "postgreschangewatcher.h"

#include "postgresstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <libpq-fe.h>

#include <vector>

namespace ct {
namespace {

StoreChange changeFromPayload(const char* payload)
{
    const QJsonObject json = QJsonDocument::fromJson(QByteArray(payload)).object();
    StoreChange change;
    change.what = json.value(QLatin1String("what")).toString(QStringLiteral("changed"));
    change.events = json.value(QLatin1String("events")).toInteger();
    return change;
}

// The first line of libpq's message, without the "FATAL:" it may start with.
QString oneLine(const char* message)
{
    QString text = QString::fromUtf8(message).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.startsWith(QLatin1String("FATAL:")))
        text = text.mid(6).trimmed();
    return text;
}

} // namespace

PostgresChangeWatcher::PostgresChangeWatcher(StoreLocation location, QObject* parent)
    : ChangeWatcher(parent)
    , m_location(std::move(location))
    , m_retry(this)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        QString error;
        if (connectAndListen(&error)) {
            m_attempt = 0;
            Q_EMIT stateChanged(ChangeFeed::State::Live, QString());
            if (m_everConnected)
                Q_EMIT resynced();
            m_everConnected = true;
        } else {
            Q_EMIT stateChanged(ChangeFeed::State::Reconnecting, error);
            m_retry.start(reconnectDelayMs(m_attempt++));
        }
    });
}

PostgresChangeWatcher::~PostgresChangeWatcher()
{
    disconnect();
}

void PostgresChangeWatcher::start()
{
    Q_EMIT stateChanged(ChangeFeed::State::Connecting, QString());
    m_retry.start(0);
}

bool PostgresChangeWatcher::connectAndListen(QString* error)
{
    const QString password = m_location.password.isEmpty() ? qEnvironmentVariable("CTOWER_STORE_PASSWORD")
                                                            : m_location.password;
    QList<QByteArray> keys{"host", "port", "dbname", "user", "application_name", "keepalives", "keepalives_idle",
                           "keepalives_interval", "keepalives_count"};
    QList<QByteArray> values{m_location.host.toUtf8(), QByteArray::number(m_location.port), m_location.database.toUtf8(),
                             m_location.user.toUtf8(), kApplicationName, "1", "10", "5", "3"};
    if (!password.isEmpty()) {
        keys << "password";
        values << password.toUtf8();
    }
    for (const QString& option : m_location.postgresConnectOptions().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        keys << option.section(QLatin1Char('='), 0, 0).toUtf8();
        values << option.section(QLatin1Char('='), 1).toUtf8();
    }
    std::vector<const char*> k, v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys[i].constData());
        v.push_back(values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    m_conn = PQconnectdbParams(k.data(), v.data(), 0);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        *error = oneLine(PQerrorMessage(m_conn));
        disconnect();
        return false;
    }
    // libpq's default prints the server's notices, a FATAL on termination among them, to stderr.
    PQsetNoticeProcessor(m_conn, [](void*, const char*) {}, nullptr);
    const QByteArray listen = QByteArray("LISTEN ") + PostgresStore::kChangeChannel;
    PGresult* r = PQexec(m_conn, listen.constData());
    const bool listening = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!listening) {
        *error = oneLine(PQerrorMessage(m_conn));
        disconnect();
        return false;
    }
    m_notifier = std::make_unique<QSocketNotifier>(PQsocket(m_conn), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PostgresChangeWatcher::readNotifications);
    return true;
}

void PostgresChangeWatcher::readNotifications()
{
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK) {
        lost(oneLine(PQerrorMessage(m_conn)));
        return;
    }
    while (PGnotify* n = PQnotifies(m_conn)) {
        if (qstrcmp(n->relname, PostgresStore::kChangeChannel) == 0)
            Q_EMIT changed(changeFromPayload(n->extra));
        PQfreemem(n);
    }
}

void PostgresChangeWatcher::lost(const QString& why)
{
    disconnect();
    Q_EMIT stateChanged(ChangeFeed::State::Reconnecting, why);
    m_retry.start(reconnectDelayMs(m_attempt++));
}

void PostgresChangeWatcher::disconnect()
{
    m_notifier.reset();  // before the descriptor goes: a new connection may reuse it
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

} // namespace ct
