#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

namespace ct::test {

// The PostgreSQL cluster the test scripts started (CTOWER_TEST_PG_URL, else the URL the CTest fixture
// wrote). Empty with *why set when there is none: tests that need it fail with that sentence.
QString postgresServerUrl(QString* why);

// The RabbitMQ node the test scripts started (CTOWER_TEST_AMQP_URL, else the URL the CTest fixture
// wrote), like postgresServerUrl().
QString amqpServerUrl(QString* why);

// A file the test scripts wrote into the test run's state folder (CTOWER_TEST_STATE), e.g. "amqps-ca.pem".
QString testStatePath(const QString& name);
// That file's text, trimmed (empty when there is no such file).
QString readTestState(const QString& name);

// A fresh, empty database on the test cluster, dropped when the object dies.
class ScratchDatabase {
public:
    ScratchDatabase();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    bool isValid() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString error() const { return m_error; }

private:
    bool adminExec(const QString& sql);
    QString m_serverUrl;
    QString m_name;
    QString m_url;
    QString m_error;
};

// A Qt Sql connection named `name` to a store's database, behind the store's back; not open yet.
// The caller removes it again (QSqlDatabase::removeDatabase) once every handle on it is gone.
QSqlDatabase addRawDatabase(const QString& storeUrl, const QString& name);

// Runs one statement on a store's database behind the store's back (to set up foreign or damaged
// stores). PostgreSQL statements run with search_path ctower, public. Returns the error text or empty.
QString execRaw(const QString& storeUrl, const QString& sql);
// The first column of the first row of a query, behind the store's back.
QVariant queryRaw(const QString& storeUrl, const QString& sql);
// For raw queries: the audit trail as rows about one target each, named audit_rows, as readers are
// shown it (an entry about several targets is a row per target): seq, place (the target's place in its
// entry, 0 for an entry about one), role, action, target, before_state, after_state, result, detail.
inline constexpr char kAuditRows[] =
    "(SELECT seq, 0 AS place, role, action, target, before_state, after_state, result, detail FROM audit_entries "
    "WHERE seq NOT IN (SELECT seq FROM audit_entry_targets) UNION ALL "
    "SELECT e.seq, t.place, e.role, e.action, t.target, t.before_state, t.after_state, e.result, t.detail "
    "FROM audit_entry_targets t JOIN audit_entries e ON e.seq = t.seq) AS audit_rows";

// A listening loopback socket that never accepts: TCP connects, and then nothing ever answers (a
// blackholed server, for connect timeouts).
class Blackhole {
public:
    Blackhole();
    ~Blackhole();
    Blackhole(const Blackhole&) = delete;
    Blackhole& operator=(const Blackhole&) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

// A loopback port nobody listens on (connection refused).
int freeLoopbackPort();

// Where the built executables are (CTOWER_BIN, set by CTest).
QString binaryPath(const QString& name);

} // namespace ct::test
