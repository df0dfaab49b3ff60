#include "testsupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ct::test {

QString postgresServerUrl(QString* why)
{
    QString url = qEnvironmentVariable("CTOWER_TEST_PG_URL");
    if (url.isEmpty()) {
        QFile file(qEnvironmentVariable("CTOWER_TEST_STATE") + QStringLiteral("/pg-url"));
        if (file.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (url.isEmpty() && why)
        *why = QStringLiteral("no PostgreSQL test cluster: run the tests through ./dev test or ctest "
                              "(the postgres_start fixture), or set CTOWER_TEST_PG_URL");
    return url;
}

QString amqpServerUrl(QString* why)
{
    QString url = qEnvironmentVariable("CTOWER_TEST_AMQP_URL");
    if (url.isEmpty()) {
        QFile file(qEnvironmentVariable("CTOWER_TEST_STATE") + QStringLiteral("/amqp-url"));
        if (file.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (url.isEmpty() && why)
        *why = QStringLiteral("no RabbitMQ test node: run the tests through ./dev test or ctest "
                              "(the rabbitmq_start fixture), or set CTOWER_TEST_AMQP_URL");
    return url;
}

QString testStatePath(const QString& name)
{
    return qEnvironmentVariable("CTOWER_TEST_STATE") + QLatin1Char('/') + name;
}

QString readTestState(const QString& name)
{
    QFile file(testStatePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

ScratchDatabase::ScratchDatabase()
{
    m_serverUrl = postgresServerUrl(&m_error);
    if (m_serverUrl.isEmpty())
        return;
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("ct_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
        return;
    QUrl url(m_serverUrl);
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

ScratchDatabase::~ScratchDatabase()
{
    if (!m_url.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

bool ScratchDatabase::adminExec(const QString& sql)
{
    const QString connection = QStringLiteral("ct-test-admin-") + m_name;
    bool ok = false;
    {
        const QUrl server(m_serverUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(server.host());
        db.setPort(server.port(5432));
        db.setUserName(server.userName());
        db.setDatabaseName(server.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open()) {
            m_error = QStringLiteral("cannot reach the test cluster: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                m_error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QSqlDatabase addRawDatabase(const QString& storeUrl, const QString& name)
{
    QSqlDatabase db;
    if (storeUrl.startsWith(QLatin1String("postgres"))) {
        const QUrl url(storeUrl);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storeUrl.startsWith(QLatin1String("sqlite:")) ? QUrl(storeUrl).path() : storeUrl);
    }
    return db;
}

namespace {

QVariant runRaw(const QString& storeUrl, const QString& sql, QString* error)
{
    static QAtomicInteger<int> counter;
    const QString connection = QStringLiteral("ct-test-raw-%1").arg(counter.fetchAndAddRelaxed(1));
    QVariant result;
    {
        QSqlDatabase db = addRawDatabase(storeUrl, connection);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (storeUrl.startsWith(QLatin1String("postgres")))
                q.exec(QStringLiteral("SET search_path TO ctower, public"));
            if (!q.exec(sql))
                *error = q.lastError().text();
            else if (q.next())
                result = q.value(0);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

QString execRaw(const QString& storeUrl, const QString& sql)
{
    QString error;
    runRaw(storeUrl, sql, &error);
    return error;
}

QVariant queryRaw(const QString& storeUrl, const QString& sql)
{
    QString error;
    return runRaw(storeUrl, sql, &error);
}

Blackhole::Blackhole()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(m_fd, 16) != 0)
        return;
    socklen_t len = sizeof addr;
    ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &len);
    m_port = ntohs(addr.sin_port);
}

Blackhole::~Blackhole()
{
    ::close(m_fd);
}

int freeLoopbackPort()
{
    Blackhole probe;  // closed again at once: nothing listens there afterwards
    return probe.port();
}

QString binaryPath(const QString& name)
{
    const QString dir = qEnvironmentVariable("CTOWER_BIN");
    return QDir(dir.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../bin") : dir)
        .absoluteFilePath(name);
}

} // namespace ct::test
