#include "migration.h"

namespace ct {

const QList<Migration>& sqliteMigrations()
{
    static const QList<Migration> migrations{
        {1,
         QStringLiteral("telemetry store: events, failed messages, inventory and price positions, audit trail"),
         {
             QStringLiteral(R"(CREATE TABLE schema_version (
                version INTEGER PRIMARY KEY, product TEXT NOT NULL, description TEXT NOT NULL,
                applied_at INTEGER NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE store_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE events (
                seq INTEGER PRIMARY KEY,
                key TEXT NOT NULL, id TEXT NOT NULL, source TEXT NOT NULL,
                correlation_id TEXT NOT NULL, causation_id TEXT NOT NULL DEFAULT '',
                flow TEXT NOT NULL, stage TEXT NOT NULL, type TEXT NOT NULL,
                node TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,
                occurred_at INTEGER NOT NULL, recorded_at INTEGER NOT NULL,
                sku TEXT NOT NULL DEFAULT '', quantity INTEGER, amount_minor INTEGER,
                currency TEXT NOT NULL DEFAULT '', content_type TEXT NOT NULL DEFAULT '',
                payload BLOB, attributes TEXT NOT NULL DEFAULT ''))"),
             // Uniqueness is CloudEvents' (source, id), checked within the day the event occurred (a
             // redelivery across midnight is caught by the writer's bounded recent-ids check): leading
             // with the day keeps each batch's index inserts in one small region however large the
             // store grows, where random producer ids over the whole table would touch every page.
             QStringLiteral("CREATE UNIQUE INDEX events_day_source_id ON events(occurred_at / 86400000000, source, id)"),
             QStringLiteral("CREATE INDEX events_correlation ON events(correlation_id)"),
             QStringLiteral(R"(CREATE TABLE failed_messages (
                seq INTEGER PRIMARY KEY,
                key TEXT NOT NULL, message_id TEXT NOT NULL, correlation_id TEXT NOT NULL DEFAULT '',
                event_id TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '',
                flow TEXT NOT NULL DEFAULT '', stage TEXT NOT NULL DEFAULT '',
                broker TEXT NOT NULL, queue TEXT NOT NULL,
                original_exchange TEXT NOT NULL DEFAULT '', original_routing_key TEXT NOT NULL DEFAULT '',
                death_reason TEXT NOT NULL, death_count INTEGER NOT NULL,
                first_death_at INTEGER NOT NULL, last_death_at INTEGER NOT NULL,
                error_class TEXT NOT NULL, error_text TEXT NOT NULL DEFAULT '',
                headers TEXT NOT NULL DEFAULT '', content_type TEXT NOT NULL DEFAULT '', payload BLOB,
                state TEXT NOT NULL, assignee TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
                version INTEGER NOT NULL DEFAULT 1,
                sku TEXT NOT NULL DEFAULT '', node TEXT NOT NULL DEFAULT '', quantity INTEGER,
                amount_minor INTEGER, currency TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE UNIQUE INDEX failed_messages_key ON failed_messages(key)"),
             QStringLiteral("CREATE UNIQUE INDEX failed_messages_death ON failed_messages(message_id, first_death_at)"),
             QStringLiteral("CREATE INDEX failed_messages_state ON failed_messages(state, error_class)"),
             QStringLiteral("CREATE INDEX failed_messages_correlation ON failed_messages(correlation_id)"),
             QStringLiteral(R"(CREATE TABLE inventory_positions (
                sku TEXT NOT NULL, node TEXT NOT NULL, system TEXT NOT NULL,
                on_hand INTEGER NOT NULL, reserved INTEGER NOT NULL, as_of INTEGER NOT NULL,
                PRIMARY KEY (sku, node, system)) WITHOUT ROWID)"),
             QStringLiteral(R"(CREATE TABLE price_positions (
                sku TEXT NOT NULL, node TEXT NOT NULL, system TEXT NOT NULL,
                price_minor INTEGER NOT NULL, currency TEXT NOT NULL, promotion_id TEXT NOT NULL DEFAULT '',
                as_of INTEGER NOT NULL,
                PRIMARY KEY (sku, node, system)) WITHOUT ROWID)"),
             QStringLiteral(R"(CREATE TABLE injected_faults (
                seq INTEGER PRIMARY KEY,
                correlation_id TEXT NOT NULL, fault_class TEXT NOT NULL, flow TEXT NOT NULL DEFAULT '',
                stage TEXT NOT NULL DEFAULT '', system TEXT NOT NULL DEFAULT '', event_id TEXT NOT NULL DEFAULT '',
                sku TEXT NOT NULL DEFAULT '', node TEXT NOT NULL DEFAULT '', quantity INTEGER,
                detail TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX injected_faults_correlation ON injected_faults(correlation_id)"),
             QStringLiteral(R"(CREATE TABLE audit_entries (
                seq INTEGER PRIMARY KEY,
                at INTEGER NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL,
                target TEXT NOT NULL DEFAULT '', before_state TEXT NOT NULL DEFAULT '',
                after_state TEXT NOT NULL DEFAULT '', result TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '',
                prev_hash TEXT NOT NULL, hash TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END)"),
             QStringLiteral(R"(CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END)"),
         }},
        {2,
         QStringLiteral("failed messages count their replays (poison-loop guard)"),
         {
             QStringLiteral("ALTER TABLE failed_messages ADD COLUMN replay_count INTEGER NOT NULL DEFAULT 0"),
         }},
        {3, QStringLiteral("rollups kept by the ingest writer: events per minute, stage latencies, postings, "
                           "failed messages, orders in flight"),
         QStringList{
             QStringLiteral(R"(CREATE TABLE rollup_event_minutes (
                minute INTEGER NOT NULL, source TEXT NOT NULL, events INTEGER NOT NULL, failed INTEGER NOT NULL,
                newest_at INTEGER NOT NULL, PRIMARY KEY (minute, source)) WITHOUT ROWID)"),
             // The pair first: a page reads one pair over a time range.
             QStringLiteral(R"(CREATE TABLE rollup_latency (
                flow TEXT NOT NULL, from_stage TEXT NOT NULL, to_stage TEXT NOT NULL, minute INTEGER NOT NULL,
                bucket INTEGER NOT NULL, n INTEGER NOT NULL,
                PRIMARY KEY (flow, from_stage, to_stage, minute, bucket)) WITHOUT ROWID)"),
             QStringLiteral(R"(CREATE TABLE rollup_posting_outcomes (
                day INTEGER NOT NULL, flow TEXT NOT NULL, stage TEXT NOT NULL, currency TEXT NOT NULL,
                posted_count INTEGER NOT NULL, posted_minor INTEGER NOT NULL,
                rejected_count INTEGER NOT NULL, rejected_minor INTEGER NOT NULL,
                PRIMARY KEY (day, flow, stage, currency)) WITHOUT ROWID)"),
             // One row per cause time, so that the oldest awaiting stays exact; rows leave at zero.
             QStringLiteral(R"(CREATE TABLE rollup_posting_awaiting (
                flow TEXT NOT NULL, stage TEXT NOT NULL, currency TEXT NOT NULL, cause_at INTEGER NOT NULL,
                n INTEGER NOT NULL, amount_minor INTEGER NOT NULL,
                PRIMARY KEY (flow, stage, currency, cause_at)) WITHOUT ROWID)"),
             QStringLiteral(R"(CREATE TABLE rollup_failed_messages (
                state TEXT NOT NULL, error_class TEXT NOT NULL, queue TEXT NOT NULL, n INTEGER NOT NULL,
                PRIMARY KEY (state, error_class, queue)) WITHOUT ROWID)"),
             QStringLiteral(R"(CREATE TABLE rollup_in_flight (
                flow TEXT NOT NULL, minute INTEGER NOT NULL, n INTEGER NOT NULL,
                PRIMARY KEY (flow, minute)) WITHOUT ROWID)"),
         } + rollupFillStatements(false)},
        {4, QStringLiteral("lists page by key: events and failed messages newest first"),
         {
             // In the order the lists read (newest first, ties by key), so that a page is a range of the
             // index, never a sort of the table.
             QStringLiteral("CREATE INDEX events_recent ON events (occurred_at DESC, key)"),
             QStringLiteral("CREATE INDEX failed_messages_recent ON failed_messages (last_death_at DESC, key)"),
             // The Exceptions page lists one state at a time (open, by default).
             QStringLiteral("CREATE INDEX failed_messages_state_recent ON failed_messages (state, last_death_at DESC, key)"),
         }},
        {5, QStringLiteral("lineage finds a transaction by event id and by subject"),
         {
             // The (source, id) index leads with the day, so an id alone would scan the table.
             QStringLiteral("CREATE INDEX events_id ON events (id)"),
             // Partial: most producers send no subject, and those rows cost the index nothing.
             QStringLiteral("CREATE INDEX events_subject ON events (subject) WHERE subject <> ''"),
         }},
        {6, QStringLiteral("business keys (order, SKU, store, customer…) of every transaction, found by key and prefix"),
         {
             // The key first: an exact key and a prefix are ranges of the primary key (BINARY collation,
             // so `key >= ? AND key < ?` is a range of the index); the table is that index.
             QStringLiteral(R"(CREATE TABLE business_keys (
                key TEXT NOT NULL, correlation_id TEXT NOT NULL, kind TEXT NOT NULL, first_at INTEGER NOT NULL,
                PRIMARY KEY (key, correlation_id)) WITHOUT ROWID)"),
         }},
        {7, QStringLiteral("failed messages de-duplicated by queue, message, death count and replay count (not by "
                           "message and first death time), and the work queue they first died in"),
         {
             QStringLiteral("ALTER TABLE failed_messages ADD COLUMN dedup_key TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE failed_messages ADD COLUMN origin_queue TEXT NOT NULL DEFAULT ''"),
             // Rows stored before keep a key of their own: they were told apart by their death time.
             QStringLiteral("UPDATE failed_messages SET dedup_key = 'before-7:' || key"),
             QStringLiteral("DROP INDEX failed_messages_death"),
             QStringLiteral("CREATE UNIQUE INDEX failed_messages_dedup ON failed_messages (dedup_key)"),
             QStringLiteral("CREATE INDEX failed_messages_message ON failed_messages (message_id)"),
         }},
        {8, QStringLiteral("when each failed message entered its state (a replay's verification waits from then)"),
         {
             // Rows stored before: since their last failure, the best there is.
             QStringLiteral("ALTER TABLE failed_messages ADD COLUMN state_since INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE failed_messages SET state_since = last_death_at"),
         }},
        {9, QStringLiteral("failed messages grouped by the shape of their reason (ids, numbers and quoted values "
                           "taken out), to act on a whole group"),
         {
             // Rows stored before get theirs right after these statements, computed as new rows' are.
             QStringLiteral("ALTER TABLE failed_messages ADD COLUMN failure_signature TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX failed_messages_signature ON failed_messages (failure_signature, last_death_at)"),
         }},
        {10, QStringLiteral("failed messages snoozed until a time, out of the open counts until then"),
         {
             QStringLiteral("ALTER TABLE failed_messages ADD COLUMN snoozed_until INTEGER NOT NULL DEFAULT 0"),
         }},
        {11, QStringLiteral("bulk replays remembered with their selection, so one a crash interrupted goes on where it stopped"),
         {
             QStringLiteral("CREATE TABLE replay_jobs (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
                            "actor TEXT NOT NULL, options TEXT NOT NULL, state TEXT NOT NULL, selected INTEGER NOT NULL, "
                            "summary TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE replay_job_items (job_id TEXT NOT NULL, seq INTEGER NOT NULL, key TEXT NOT NULL, "
                            "PRIMARY KEY (job_id, seq))"),
         }},
        {12, QStringLiteral("the audit entries of one failed message found by its key (its history)"),
         {
             QStringLiteral("CREATE INDEX audit_entries_target ON audit_entries (target, seq)"),
         }},
        // PostgreSQL's roles and grants; a SQLite file has none (whoever may write it may do anything).
        {13, QStringLiteral("snoozed failed messages found by their time; on PostgreSQL, roles: viewers read, operators "
                            "act on failed messages, the ingest role writes telemetry and has day partitions made by "
                            "the schema owner's function"),
         {
             QStringLiteral("CREATE INDEX failed_messages_snoozed ON failed_messages (snoozed_until, state, error_class, queue) "
                            "WHERE snoozed_until > 0"),
         }},
        {14, QStringLiteral("stock differences found fast: the events about a SKU at a node by them, and the SKU x node "
                            "cells whose systems disagree kept up to date by the ingest writer"),
         {
             QStringLiteral("CREATE INDEX events_stock ON events (sku, node, correlation_id, flow, stage, status, occurred_at) WHERE sku <> ''"),
             QStringLiteral("CREATE TABLE inventory_disagreements (sku TEXT NOT NULL, node TEXT NOT NULL, "
                            "PRIMARY KEY (sku, node)) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO inventory_disagreements (sku, node) SELECT sku, node FROM inventory_positions "
                            "GROUP BY sku, node HAVING min(on_hand) <> max(on_hand)"),
         }},
        {15, QStringLiteral("inventory positions carry the standard cost of a unit and its currency (0 and empty: "
                            "unknown), so a difference has a value at cost"),
         {
             QStringLiteral("ALTER TABLE inventory_positions ADD COLUMN unit_cost_minor INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE inventory_positions ADD COLUMN cost_currency TEXT NOT NULL DEFAULT ''"),
         }},
        {16, QStringLiteral("SLAs edited in the app, kept by id in the order first kept, with who edited them last "
                            "and when"),
         {
             // Configuration, like the audit trail: clearing the telemetry keeps it, and the stats do not
             // count it. seq is the order first kept (a replacement keeps its place).
             QStringLiteral("CREATE TABLE sla_definitions (id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, "
                            "name TEXT NOT NULL, flow TEXT NOT NULL, from_stage TEXT NOT NULL, to_stage TEXT NOT NULL, "
                            "threshold_s REAL NOT NULL, edited_by TEXT NOT NULL, edited_at INTEGER NOT NULL)"),
         }},
        {17, QStringLiteral("the tax an event's producer states, beside its amount (finance's posting figures), filled "
                            "from the JSON payloads already stored"),
         {
             QStringLiteral("ALTER TABLE events ADD COLUMN tax_minor INTEGER"),
             // Only what a JSON payload states at its top level, as an integer; other payloads stay without.
             QStringLiteral("UPDATE events SET tax_minor = json_extract(CAST(payload AS TEXT), '$.tax_minor') "
                            "WHERE amount_minor IS NOT NULL AND content_type LIKE '%json%' AND "
                            "(CASE WHEN json_valid(CAST(payload AS TEXT)) "
                            "THEN json_type(CAST(payload AS TEXT), '$.tax_minor') END) = 'integer'"),
         }},
        {18, QStringLiteral("the operating mode: a peak event locks what cannot be taken back and limits replays to a "
                            "rate budget"),
         {
             // Configuration, like the SLAs: one row (id 1), missing until first switched.
             QStringLiteral("CREATE TABLE operating_mode (id INTEGER PRIMARY KEY CHECK (id = 1), peak INTEGER NOT NULL, "
                            "replay_rate_budget REAL NOT NULL, since INTEGER NOT NULL, set_by TEXT NOT NULL, "
                            "note TEXT NOT NULL)"),
         }},
        {19, QStringLiteral("the postings not yet posted read without a scan: the failed events of a stage by time "
                            "(an index of the few events that failed), and the business keys of a transaction"),
         {
             QStringLiteral("CREATE INDEX business_keys_correlation ON business_keys (correlation_id, kind)"),
             QStringLiteral("CREATE INDEX events_failed ON events (flow, stage, occurred_at) WHERE status = 'failed'"),
         }},
        // SQLite's seq is the rowid, which its primary key and every index already hold: nothing to add.
        {20, QStringLiteral("the events read in the order they were stored (the data-quality check reads only what "
                            "arrived since its last read)"),
         {}},
        {21, QStringLiteral("the tax of posted postings in the rollups (finance's totals without a read of every posting)"),
         {
             QStringLiteral("ALTER TABLE rollup_posting_outcomes ADD COLUMN posted_tax_minor INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE rollup_posting_outcomes ADD COLUMN posted_taxed INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral(R"(UPDATE rollup_posting_outcomes AS r SET posted_tax_minor = t.tax, posted_taxed = t.n FROM (
                SELECT occurred_at / 86400000000 AS day, flow, stage, currency, sum(tax_minor) AS tax, count(*) AS n
                FROM events WHERE status = 'ok' AND tax_minor IS NOT NULL GROUP BY 1, 2, 3, 4) AS t
                WHERE r.day = t.day AND r.flow = t.flow AND r.stage = t.stage AND r.currency = t.currency)"),
         }},
        {22, QStringLiteral("an audit entry about many targets at once (a bulk action's window) keeps each target, in "
                            "order, in a row of its own that the entry's hash covers"),
         {
             QStringLiteral(R"(CREATE TABLE audit_entry_targets (
                seq INTEGER NOT NULL, place INTEGER NOT NULL, target TEXT NOT NULL,
                before_state TEXT NOT NULL DEFAULT '', after_state TEXT NOT NULL DEFAULT '',
                detail TEXT NOT NULL DEFAULT '', PRIMARY KEY (seq, place)) WITHOUT ROWID)"),
             QStringLiteral("CREATE INDEX audit_entry_targets_target ON audit_entry_targets (target, seq)"),
             QStringLiteral(R"(CREATE TRIGGER audit_entry_targets_no_update BEFORE UPDATE ON audit_entry_targets
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END)"),
             QStringLiteral(R"(CREATE TRIGGER audit_entry_targets_no_delete BEFORE DELETE ON audit_entry_targets
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END)"),
         }},
        {23, QStringLiteral("a failed message's change of state moves fewer indexes (its counts by state, error class "
                            "and queue come from the rollup)"),
         {
             QStringLiteral("DROP INDEX failed_messages_state"),
         }},
        // Readers keep reading failed_messages, now a view: the positions joined to the records, a join
        // SQLite leaves out when a query reads the positions alone.
        {24, QStringLiteral("a failed message's workflow position in a narrow table of its own, with what its lists "
                            "filter, order and group by: a change of state no longer rewrites the message and its bodies"),
         {
             QStringLiteral(R"(CREATE TABLE failed_message_positions (
                key TEXT PRIMARY KEY, state TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
                replay_count INTEGER NOT NULL DEFAULT 0, assignee TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
                state_since INTEGER NOT NULL DEFAULT 0, snoozed_until INTEGER NOT NULL DEFAULT 0,
                last_death_at INTEGER NOT NULL, error_class TEXT NOT NULL, queue TEXT NOT NULL,
                source TEXT NOT NULL DEFAULT '', failure_signature TEXT NOT NULL DEFAULT '') WITHOUT ROWID)"),
             QStringLiteral("INSERT INTO failed_message_positions (key, state, version, replay_count, assignee, note, "
                            "state_since, snoozed_until, last_death_at, error_class, queue, source, failure_signature) "
                            "SELECT key, state, version, replay_count, assignee, note, state_since, snoozed_until, "
                            "last_death_at, error_class, queue, source, failure_signature FROM failed_messages"),
             QStringLiteral("DROP INDEX failed_messages_state_recent"),
             QStringLiteral("DROP INDEX failed_messages_recent"),
             QStringLiteral("DROP INDEX failed_messages_signature"),
             QStringLiteral("DROP INDEX failed_messages_snoozed"),
             QStringLiteral("ALTER TABLE failed_messages RENAME TO failed_message_records"),
             QStringLiteral("ALTER TABLE failed_message_records DROP COLUMN state"),
             QStringLiteral("ALTER TABLE failed_message_records DROP COLUMN version"),
             QStringLiteral("ALTER TABLE failed_message_records DROP COLUMN replay_count"),
             QStringLiteral("ALTER TABLE failed_message_records DROP COLUMN assignee"),
             QStringLiteral("ALTER TABLE failed_message_records DROP COLUMN note"),
             QStringLiteral("ALTER TABLE failed_message_records DROP COLUMN state_since"),
             QStringLiteral("ALTER TABLE failed_message_records DROP COLUMN snoozed_until"),
             QStringLiteral("CREATE INDEX failed_message_positions_state_recent ON failed_message_positions "
                            "(state, last_death_at DESC, key)"),
             QStringLiteral("CREATE INDEX failed_message_positions_recent ON failed_message_positions (last_death_at DESC, key)"),
             QStringLiteral("CREATE INDEX failed_message_positions_signature ON failed_message_positions "
                            "(failure_signature, last_death_at)"),
             QStringLiteral("CREATE INDEX failed_message_positions_snoozed ON failed_message_positions "
                            "(snoozed_until, state, error_class, queue) WHERE snoozed_until > 0"),
             QStringLiteral("CREATE VIEW failed_messages AS "
                            "SELECT p.key, r.message_id, r.correlation_id, r.event_id, p.source, r.flow, r.stage, r.broker, "
                            "p.queue, r.original_exchange, r.original_routing_key, r.death_reason, r.death_count, "
                            "r.first_death_at, p.last_death_at, p.error_class, r.error_text, r.headers, r.content_type, "
                            "r.payload, p.state, p.assignee, p.note, p.version, p.replay_count, r.sku, r.node, r.quantity, "
                            "r.amount_minor, r.currency, r.dedup_key, r.origin_queue, p.state_since, p.failure_signature, "
                            "p.snoozed_until FROM failed_message_positions p LEFT JOIN failed_message_records r ON r.key = "
                            "p.key"),
         }},
        // A change of state is not a HOT update, so each index of the positions takes a new entry: the
        // lists by recency and by signature lead with the records instead, which never change.
        {25, QStringLiteral("a failed message's recency and signature indexed on its record, which a change of state "
                            "never moves (the positions keep their index of state and recency alone)"),
         {
             QStringLiteral("DROP INDEX failed_message_positions_recent"),
             QStringLiteral("DROP INDEX failed_message_positions_signature"),
             QStringLiteral("CREATE INDEX failed_message_records_recent ON failed_message_records (last_death_at DESC, key)"),
             QStringLiteral("CREATE INDEX failed_message_records_signature ON failed_message_records "
                            "(failure_signature, last_death_at DESC, key)"),
             QStringLiteral("CREATE VIEW failed_messages_by_record AS "
                            "SELECT r.key, r.message_id, r.correlation_id, r.event_id, r.source, r.flow, r.stage, r.broker, "
                            "r.queue, r.original_exchange, r.original_routing_key, r.death_reason, r.death_count, "
                            "r.first_death_at, r.last_death_at, r.error_class, r.error_text, r.headers, r.content_type, "
                            "r.payload, p.state, p.assignee, p.note, p.version, p.replay_count, r.sku, r.node, r.quantity, "
                            "r.amount_minor, r.currency, r.dedup_key, r.origin_queue, p.state_since, r.failure_signature, "
                            "p.snoozed_until FROM failed_message_records r LEFT JOIN failed_message_positions p "
                            "ON p.key = r.key"),
         }},
        // Nothing to change: the targets' table is WITHOUT ROWID, its key the table itself.
        {26, QStringLiteral("the targets of a bulk action's audit entry kept in the order they were written, without a "
                            "second copy of their key to update (a block range index on PostgreSQL; SQLite's table is its key)"),
         {}},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return sqliteMigrations().constLast().version;
}

} // namespace ct
