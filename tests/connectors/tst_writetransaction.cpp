// The write transaction guard on a bare connection of either engine: it rolls back whatever it began
// unless it committed, also after a failed commit, and tells the writer that asked to be told.
#include "store/writetransaction.h"
#include "storefixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ct;

namespace {

// A Qt Sql connection to a fixture's database, outside any store.
class Connection {
public:
    explicit Connection(const test::StoreFixture& fx)
        : m_name(QStringLiteral("ct-test-tx-%1").arg(++s_count))
        , m_db(test::addRawDatabase(fx.url(), m_name))
    {
        if (!m_db.open())
            m_error = m_db.lastError().text();
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    QString error() const { return m_error; }

    QString exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    qint64 count(const QString& table)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    // Runs the guard's statements on this connection and notes each one in *log.
    WriteTransaction::Run run(QStringList* log)
    {
        return [this, log](const char* sql, const QString& doing) {
            log->append(QString::fromLatin1(sql));
            const QString error = exec(QString::fromLatin1(sql));
            return error.isEmpty() ? StoreError{}
                                   : StoreError::make(StoreError::Code::QueryFailed,
                                                      doing + QStringLiteral(": ") + error);
        };
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace

class TestWriteTransaction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rollsBackWhenItGoesOutOfScope_data() { CT_ENGINE_ROWS(); }
    void rollsBackWhenItGoesOutOfScope()
    {
        CT_FIXTURE(fx);
        Connection db(fx);
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE t (n integer)")), QString());
        QStringList log;
        int rolledBack = 0;
        {
            WriteTransaction tx(db.run(&log));
            tx.onRollback([&rolledBack] { ++rolledBack; });
            QCOMPARE(tx.begin("BEGIN", QStringLiteral("starting")).isError(), false);
            QVERIFY(tx.isOpen());
            QCOMPARE(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")), QString());
            QCOMPARE(db.exec(QStringLiteral("INSERT INTO t VALUES (2)")), QString());
            QCOMPARE(db.count(QStringLiteral("t")), 2); // seen inside the transaction
        }
        QCOMPARE(log, (QStringList{QStringLiteral("BEGIN"), QStringLiteral("ROLLBACK")}));
        QCOMPARE(rolledBack, 1);
        QCOMPARE(db.count(QStringLiteral("t")), 0);

        // The connection takes the next transaction, and a committed one stays.
        log.clear();
        {
            WriteTransaction tx(db.run(&log));
            tx.onRollback([&rolledBack] { ++rolledBack; });
            QVERIFY(!tx.begin("BEGIN", QStringLiteral("starting")).isError());
            QCOMPARE(db.exec(QStringLiteral("INSERT INTO t VALUES (3)")), QString());
            QVERIFY(!tx.commit(QStringLiteral("committing")).isError());
            QVERIFY(!tx.isOpen());
        }
        QCOMPARE(log, (QStringList{QStringLiteral("BEGIN"), QStringLiteral("COMMIT")}));
        QCOMPARE(rolledBack, 1);
        QCOMPARE(db.count(QStringLiteral("t")), 1);
    }

    void aFailedBeginLeavesNothingToRollBack_data() { CT_ENGINE_ROWS(); }
    void aFailedBeginLeavesNothingToRollBack()
    {
        CT_FIXTURE(fx);
        Connection db(fx);
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        QStringList log;
        int rolledBack = 0;
        {
            WriteTransaction tx(db.run(&log));
            tx.onRollback([&rolledBack] { ++rolledBack; });
            const StoreError e = tx.begin("BEGIN NONSENSE", QStringLiteral("starting a write"));
            QCOMPARE(e.code, StoreError::Code::QueryFailed);
            QVERIFY2(e.text.startsWith(QLatin1String("starting a write: ")), qPrintable(e.text));
            QVERIFY(!tx.isOpen());
        }
        QCOMPARE(log, QStringList{QStringLiteral("BEGIN NONSENSE")});
        QCOMPARE(rolledBack, 0);
    }

    void aFailedCommitRollsBack_data() { CT_ENGINE_ROWS(); }
    void aFailedCommitRollsBack()
    {
        CT_FIXTURE(fx);
        Connection db(fx);
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        // A deferred foreign key: the orphan row is refused only at the commit.
        if (!fx.isPostgres())
            QCOMPARE(db.exec(QStringLiteral("PRAGMA foreign_keys = ON")), QString());
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE parent (id integer PRIMARY KEY)")), QString());
        QCOMPARE(
            db.exec(QStringLiteral("CREATE TABLE child (n integer, parent integer REFERENCES parent (id) "
                                   "DEFERRABLE INITIALLY DEFERRED)")),
            QString());
        QStringList log;
        int rolledBack = 0;
        {
            WriteTransaction tx(db.run(&log));
            tx.onRollback([&rolledBack] { ++rolledBack; });
            QVERIFY(!tx.begin("BEGIN", QStringLiteral("starting")).isError());
            QCOMPARE(db.exec(QStringLiteral("INSERT INTO child VALUES (1, NULL)")), QString());
            QCOMPARE(db.exec(QStringLiteral("INSERT INTO child VALUES (2, 42)")), QString());
            const StoreError e = tx.commit(QStringLiteral("committing"));
            QCOMPARE(e.code, StoreError::Code::QueryFailed);
            QVERIFY(tx.isOpen()); // still the guard's to end
            QCOMPARE(rolledBack, 0);
        }
        QCOMPARE(log.constLast(), QStringLiteral("ROLLBACK"));
        QCOMPARE(rolledBack, 1);
        QCOMPARE(db.count(QStringLiteral("child")), 0);
        // Nothing is left open on the connection: a write after it commits.
        {
            WriteTransaction tx(db.run(&log));
            QVERIFY(!tx.begin("BEGIN", QStringLiteral("starting")).isError());
            QCOMPARE(db.exec(QStringLiteral("INSERT INTO parent VALUES (42)")), QString());
            QCOMPARE(db.exec(QStringLiteral("INSERT INTO child VALUES (2, 42)")), QString());
            QVERIFY(!tx.commit(QStringLiteral("committing")).isError());
        }
        QCOMPARE(db.count(QStringLiteral("child")), 1);
        QCOMPARE(rolledBack, 1);
    }
};

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
