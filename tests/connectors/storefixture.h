#pragma once

#include "store/storefactory.h"
#include "testsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace ct::test {

// A store opened to read and write; null, with the reason logged, when it cannot be.
inline std::unique_ptr<TelemetryStore> openToWrite(const QString& url)
{
    auto s = openStore(url, OpenMode::ReadWrite);
    if (!s) {
        qWarning("%s", qPrintable(s.error().text));
        return nullptr;
    }
    return std::move(s).value();
}

// A fresh store location of either engine, cleaned up afterwards: the rows of data-driven store tests.
class StoreFixture {
public:
    explicit StoreFixture(const QString& engine)
    {
        if (engine == QLatin1String("postgresql")) {
            m_database = std::make_unique<ScratchDatabase>();
            m_url = m_database->url();
            m_error = m_database->error();
        } else {
            m_url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("store.db"));
        }
    }
    bool isValid() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString error() const { return m_error; }
    bool isPostgres() const { return m_database != nullptr; }
    QString sqlitePath() const { return m_dir.filePath(QStringLiteral("store.db")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_database;
    QString m_url;
    QString m_error;
};

// Logins on the PostgreSQL test cluster, each a member of one of the store's roles, dropped when the
// object dies (roles belong to the whole cluster, not to a scratch database).
class ScratchLogins {
public:
    ScratchLogins() = default;
    ScratchLogins(const ScratchLogins&) = delete;
    ScratchLogins& operator=(const ScratchLogins&) = delete;
    ~ScratchLogins()
    {
        QString why;
        const QString server = postgresServerUrl(&why);
        for (const QString& login : std::as_const(m_logins))
            execRaw(server, QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }

    // A login that is a member of ctower_<role> (of none when `role` is empty), and the store's URL as
    // that login.
    QString loginAs(const QString& storeUrl, const QString& role)
    {
        const QString login = QStringLiteral("ct_roletest_%1_%2").arg(role, QString::number(QRandomGenerator::global()->generate()));
        const QString in = role.isEmpty() ? QString() : QStringLiteral(" IN ROLE ctower_") + role;
        if (const QString e = execRaw(storeUrl, QStringLiteral("CREATE ROLE %1 LOGIN%2").arg(login, in)); !e.isEmpty())
            qWarning("creating a login: %s", qPrintable(e));
        m_logins << login;
        QUrl url(storeUrl);
        url.setUserName(login);
        return url.toString();
    }

private:
    QStringList m_logins;
};

// Takes a store back to the shape migration `version` left (behind the store's back, both engines):
// the next writer's open migrates it again. Returns the first error, or empty.
inline QString rewindSchema(const QString& url, int version)
{
    QStringList undo;
    if (version < 26 && url.startsWith(QLatin1String("postgres")))
        undo << QStringLiteral("DROP INDEX audit_entry_targets_seq")
             << QStringLiteral("ALTER TABLE audit_entry_targets ADD PRIMARY KEY (seq, place)");
    if (version < 25)
        undo << QStringLiteral("DROP VIEW failed_messages_by_record")
             << QStringLiteral("DROP INDEX failed_message_records_recent")
             << QStringLiteral("DROP INDEX failed_message_records_signature")
             << QStringLiteral("CREATE INDEX failed_message_positions_recent ON failed_message_positions "
                               "(last_death_at DESC, key)")
             << QStringLiteral("CREATE INDEX failed_message_positions_signature ON failed_message_positions "
                               "(failure_signature, last_death_at)");
    if (version < 24) {
        const bool postgres = url.startsWith(QLatin1String("postgres"));
        const QString text = postgres ? QStringLiteral("text COLLATE \"C\"") : QStringLiteral("TEXT");
        undo << QStringLiteral("DROP VIEW failed_messages")
             << QStringLiteral("ALTER TABLE failed_message_records RENAME TO failed_messages");
        for (const QString& column :
             {QStringLiteral("state %1 NOT NULL DEFAULT 'open'").arg(text), QStringLiteral("version bigint NOT NULL DEFAULT 1"),
              QStringLiteral("replay_count bigint NOT NULL DEFAULT 0"), QStringLiteral("assignee %1 NOT NULL DEFAULT ''").arg(text),
              QStringLiteral("note %1 NOT NULL DEFAULT ''").arg(text), QStringLiteral("state_since bigint NOT NULL DEFAULT 0"),
              QStringLiteral("snoozed_until bigint NOT NULL DEFAULT 0")})
            undo << QStringLiteral("ALTER TABLE failed_messages ADD COLUMN %1").arg(column);
        undo << QStringLiteral("UPDATE failed_messages SET state = p.state, version = p.version, replay_count = p.replay_count, "
                               "assignee = p.assignee, note = p.note, state_since = p.state_since, "
                               "snoozed_until = p.snoozed_until FROM failed_message_positions p WHERE p.key = failed_messages.key")
             << QStringLiteral("DROP TABLE failed_message_positions")
             << QStringLiteral("CREATE INDEX failed_messages_state_recent ON failed_messages (state, last_death_at DESC, key)")
             << QStringLiteral("CREATE INDEX failed_messages_recent ON failed_messages (last_death_at DESC, key)")
             << QStringLiteral("CREATE INDEX failed_messages_signature ON failed_messages (failure_signature, last_death_at)")
             << QStringLiteral("CREATE INDEX failed_messages_snoozed ON failed_messages (snoozed_until, state, error_class, "
                               "queue) WHERE snoozed_until > 0");
    }
    if (version < 23) {
        if (url.startsWith(QLatin1String("postgres")))
            undo << QStringLiteral("ALTER TABLE failed_messages DROP CONSTRAINT failed_messages_key")
                 << QStringLiteral("CREATE UNIQUE INDEX failed_messages_key ON failed_messages (key)")
                 << QStringLiteral("ALTER TABLE failed_messages ADD PRIMARY KEY (seq)");
        undo << QStringLiteral("CREATE INDEX failed_messages_state ON failed_messages (state, error_class)");
    }
    if (version < 22)
        undo << QStringLiteral("DROP TABLE audit_entry_targets");
    if (version < 21)
        undo << QStringLiteral("ALTER TABLE rollup_posting_outcomes DROP COLUMN posted_tax_minor")
             << QStringLiteral("ALTER TABLE rollup_posting_outcomes DROP COLUMN posted_taxed");
    if (version < 20 && url.startsWith(QLatin1String("postgres")))
        undo << QStringLiteral("DROP INDEX events_seq");
    if (version < 19)
        undo << QStringLiteral("DROP INDEX events_failed") << QStringLiteral("DROP INDEX business_keys_correlation");
    if (version < 18)
        undo << QStringLiteral("DROP TABLE operating_mode");
    if (version < 17)
        undo << QStringLiteral("ALTER TABLE events DROP COLUMN tax_minor");
    if (version < 16)
        undo << QStringLiteral("DROP TABLE sla_definitions");
    if (version < 15)
        undo << QStringLiteral("ALTER TABLE inventory_positions DROP COLUMN unit_cost_minor")
             << QStringLiteral("ALTER TABLE inventory_positions DROP COLUMN cost_currency");
    if (version < 14)
        undo << QStringLiteral("DROP INDEX events_stock") << QStringLiteral("DROP TABLE inventory_disagreements");
    if (version < 13) {
        undo << QStringLiteral("DROP INDEX failed_messages_snoozed");
        if (url.startsWith(QLatin1String("postgres")))
            undo << QStringLiteral("DROP FUNCTION ctower.create_event_partition(text, integer)");
    }
    if (version < 12)
        undo << QStringLiteral("DROP INDEX audit_entries_target");
    if (version < 11)
        undo << QStringLiteral("DROP TABLE replay_job_items") << QStringLiteral("DROP TABLE replay_jobs");
    if (version < 10)
        undo << QStringLiteral("ALTER TABLE failed_messages DROP COLUMN snoozed_until");
    if (version < 9)
        undo << QStringLiteral("DROP INDEX failed_messages_signature")
             << QStringLiteral("ALTER TABLE failed_messages DROP COLUMN failure_signature");
    if (version < 8)
        undo << QStringLiteral("ALTER TABLE failed_messages DROP COLUMN state_since");
    if (version < 7)
        undo << QStringLiteral("DROP INDEX failed_messages_dedup") << QStringLiteral("DROP INDEX failed_messages_message")
             << QStringLiteral("ALTER TABLE failed_messages DROP COLUMN dedup_key")
             << QStringLiteral("ALTER TABLE failed_messages DROP COLUMN origin_queue")
             << QStringLiteral("CREATE UNIQUE INDEX failed_messages_death ON failed_messages (message_id, first_death_at)");
    if (version < 6)
        undo << QStringLiteral("DROP TABLE IF EXISTS business_keys");
    if (version < 5)  // events_id exists on SQLite only
        undo << QStringLiteral("DROP INDEX IF EXISTS events_id") << QStringLiteral("DROP INDEX events_subject");
    if (version < 4)
        undo << QStringLiteral("DROP INDEX events_recent") << QStringLiteral("DROP INDEX failed_messages_recent")
             << QStringLiteral("DROP INDEX failed_messages_state_recent");
    if (version < 3) {
        for (const char* table : {"rollup_event_minutes", "rollup_latency", "rollup_posting_outcomes",
                                  "rollup_posting_awaiting", "rollup_failed_messages", "rollup_in_flight"})
            undo << QStringLiteral("DROP TABLE %1").arg(QLatin1String(table));
    }
    if (version < 2)
        undo << QStringLiteral("ALTER TABLE failed_messages DROP COLUMN replay_count");
    undo << QStringLiteral("DELETE FROM schema_version WHERE version > %1").arg(version);
    for (const QString& sql : std::as_const(undo)) {
        if (const QString error = execRaw(url, sql); !error.isEmpty())
            return sql + QStringLiteral(": ") + error;
    }
    return {};
}

} // namespace ct::test

// Both engines as rows: every store test runs against SQLite and PostgreSQL.
#define CT_ENGINE_ROWS()                                                                                     \
    QTest::addColumn<QString>("engine");                                                                    \
    QTest::newRow("sqlite") << QStringLiteral("sqlite");                                                    \
    QTest::newRow("postgresql") << QStringLiteral("postgresql")

#define CT_FIXTURE(name)                                                                                     \
    QFETCH(QString, engine);                                                                                \
    ct::test::StoreFixture name(engine);                                                                    \
    QVERIFY2(name.isValid(), qPrintable(name.error()))
