#include "migration.h"

namespace ct {

// The same tables and columns as sqliteMigrations(), in PostgreSQL types: times are bigint
// microseconds, JSON is text (so its bytes stay identical across engines), payloads are bytea.
// Every text column compares bytewise (COLLATE "C"), as SQLite does: ids and keys then sort the same
// on both engines whatever the database's locale, and index comparisons skip the locale machinery.
// Names are schema-qualified because the schema is created by the very first statement.
const QList<Migration>& postgresMigrations()
{
    static const QList<Migration> migrations{
        {1,
         QStringLiteral("telemetry store: events, failed messages, inventory and price positions, audit trail"),
         {
             QStringLiteral("CREATE SCHEMA ctower"),
             QStringLiteral(R"(CREATE TABLE ctower.schema_version (
                version integer PRIMARY KEY,
                product text COLLATE "C" NOT NULL,
                description text COLLATE "C" NOT NULL,
                applied_at bigint NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE ctower.store_meta (
                name text COLLATE "C" PRIMARY KEY,
                value text COLLATE "C" NOT NULL))"),
             // Partitioned by UTC day so that old days can be detached or dropped with ordinary tooling.
             // A unique key must contain the partition key, hence (source, id, day) and (key, day); the
             // ingest writer catches redeliveries that cross midnight. The writer creates each day's
             // partition (events_dYYYYMMDD) before it inserts.
             QStringLiteral(R"(CREATE TABLE ctower.events (
                seq bigint GENERATED ALWAYS AS IDENTITY,
                key text COLLATE "C" NOT NULL,
                id text COLLATE "C" NOT NULL,
                source text COLLATE "C" NOT NULL,
                correlation_id text COLLATE "C" NOT NULL,
                causation_id text COLLATE "C" NOT NULL DEFAULT '',
                flow text COLLATE "C" NOT NULL,
                stage text COLLATE "C" NOT NULL,
                type text COLLATE "C" NOT NULL,
                node text COLLATE "C" NOT NULL DEFAULT '',
                subject text COLLATE "C" NOT NULL DEFAULT '',
                status text COLLATE "C" NOT NULL,
                occurred_at bigint NOT NULL,
                recorded_at bigint NOT NULL,
                sku text COLLATE "C" NOT NULL DEFAULT '',
                quantity bigint,
                amount_minor bigint,
                currency text COLLATE "C" NOT NULL DEFAULT '',
                content_type text COLLATE "C" NOT NULL DEFAULT '',
                payload bytea,
                attributes text COLLATE "C" NOT NULL DEFAULT '',
                day integer NOT NULL,
                CONSTRAINT events_day_of_occurrence CHECK (
                    occurred_at >= day * 86400000000::bigint AND occurred_at < (day + 1) * 86400000000::bigint)
                ) PARTITION BY RANGE (day))"),
             QStringLiteral("CREATE UNIQUE INDEX events_key ON ctower.events (key, day)"),
             // (source, id, day) with the producer's id first: sources are few, so leading with the id
             // settles most comparisons in the first column (measured ~10% faster ingest).
             QStringLiteral("CREATE UNIQUE INDEX events_source_id ON ctower.events (id, source, day)"),
             QStringLiteral("CREATE INDEX events_correlation ON ctower.events (correlation_id)"),
             QStringLiteral(R"(CREATE TABLE ctower.failed_messages (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                key text COLLATE "C" NOT NULL,
                message_id text COLLATE "C" NOT NULL,
                correlation_id text COLLATE "C" NOT NULL DEFAULT '',
                event_id text COLLATE "C" NOT NULL DEFAULT '',
                source text COLLATE "C" NOT NULL DEFAULT '',
                flow text COLLATE "C" NOT NULL DEFAULT '',
                stage text COLLATE "C" NOT NULL DEFAULT '',
                broker text COLLATE "C" NOT NULL,
                queue text COLLATE "C" NOT NULL,
                original_exchange text COLLATE "C" NOT NULL DEFAULT '',
                original_routing_key text COLLATE "C" NOT NULL DEFAULT '',
                death_reason text COLLATE "C" NOT NULL,
                death_count bigint NOT NULL,
                first_death_at bigint NOT NULL,
                last_death_at bigint NOT NULL,
                error_class text COLLATE "C" NOT NULL,
                error_text text COLLATE "C" NOT NULL DEFAULT '',
                headers text COLLATE "C" NOT NULL DEFAULT '',
                content_type text COLLATE "C" NOT NULL DEFAULT '',
                payload bytea,
                state text COLLATE "C" NOT NULL,
                assignee text COLLATE "C" NOT NULL DEFAULT '',
                note text COLLATE "C" NOT NULL DEFAULT '',
                version bigint NOT NULL DEFAULT 1,
                sku text COLLATE "C" NOT NULL DEFAULT '',
                node text COLLATE "C" NOT NULL DEFAULT '',
                quantity bigint,
                amount_minor bigint,
                currency text COLLATE "C" NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE UNIQUE INDEX failed_messages_key ON ctower.failed_messages (key)"),
             QStringLiteral("CREATE UNIQUE INDEX failed_messages_death "
                            "ON ctower.failed_messages (message_id, first_death_at)"),
             QStringLiteral("CREATE INDEX failed_messages_state ON ctower.failed_messages (state, error_class)"),
             QStringLiteral("CREATE INDEX failed_messages_correlation ON ctower.failed_messages (correlation_id)"),
             QStringLiteral(R"(CREATE TABLE ctower.inventory_positions (
                sku text COLLATE "C" NOT NULL,
                node text COLLATE "C" NOT NULL,
                system text COLLATE "C" NOT NULL,
                on_hand bigint NOT NULL,
                reserved bigint NOT NULL,
                as_of bigint NOT NULL,
                PRIMARY KEY (sku, node, system)))"),
             QStringLiteral(R"(CREATE TABLE ctower.price_positions (
                sku text COLLATE "C" NOT NULL,
                node text COLLATE "C" NOT NULL,
                system text COLLATE "C" NOT NULL,
                price_minor bigint NOT NULL,
                currency text COLLATE "C" NOT NULL,
                promotion_id text COLLATE "C" NOT NULL DEFAULT '',
                as_of bigint NOT NULL,
                PRIMARY KEY (sku, node, system)))"),
             QStringLiteral(R"(CREATE TABLE ctower.injected_faults (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                correlation_id text COLLATE "C" NOT NULL,
                fault_class text COLLATE "C" NOT NULL,
                flow text COLLATE "C" NOT NULL DEFAULT '',
                stage text COLLATE "C" NOT NULL DEFAULT '',
                system text COLLATE "C" NOT NULL DEFAULT '',
                event_id text COLLATE "C" NOT NULL DEFAULT '',
                sku text COLLATE "C" NOT NULL DEFAULT '',
                node text COLLATE "C" NOT NULL DEFAULT '',
                quantity bigint,
                detail text COLLATE "C" NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX injected_faults_correlation ON ctower.injected_faults (correlation_id)"),
             QStringLiteral(R"(CREATE TABLE ctower.audit_entries (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at bigint NOT NULL,
                actor text COLLATE "C" NOT NULL,
                role text COLLATE "C" NOT NULL,
                action text COLLATE "C" NOT NULL,
                target text COLLATE "C" NOT NULL DEFAULT '',
                before_state text COLLATE "C" NOT NULL DEFAULT '',
                after_state text COLLATE "C" NOT NULL DEFAULT '',
                result text COLLATE "C" NOT NULL,
                detail text COLLATE "C" NOT NULL DEFAULT '',
                prev_hash text COLLATE "C" NOT NULL,
                hash text COLLATE "C" NOT NULL))"),
             QStringLiteral(R"(CREATE FUNCTION ctower.audit_entries_append_only() RETURNS trigger
                LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit entries are append-only'; END $$)"),
             QStringLiteral(R"(CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON ctower.audit_entries
                FOR EACH ROW EXECUTE FUNCTION ctower.audit_entries_append_only())"),
             // Row triggers do not see TRUNCATE.
             QStringLiteral(R"(CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON ctower.audit_entries
                FOR EACH STATEMENT EXECUTE FUNCTION ctower.audit_entries_append_only())"),
         }},
        {2,
         QStringLiteral("failed messages count their replays (poison-loop guard)"),
         {
             // bigint like the other counts; a constant default adds the column without rewriting rows.
             QStringLiteral("ALTER TABLE ctower.failed_messages ADD COLUMN replay_count bigint NOT NULL DEFAULT 0"),
         }},
        {3, QStringLiteral("rollups kept by the ingest writer: events per minute, stage latencies, postings, "
                           "failed messages, orders in flight"),
         QStringList{
             QStringLiteral(R"(CREATE TABLE ctower.rollup_event_minutes (
                minute bigint NOT NULL, source text COLLATE "C" NOT NULL, events bigint NOT NULL,
                failed bigint NOT NULL, newest_at bigint NOT NULL, PRIMARY KEY (minute, source)))"),
             QStringLiteral(R"(CREATE TABLE ctower.rollup_latency (
                flow text COLLATE "C" NOT NULL, from_stage text COLLATE "C" NOT NULL,
                to_stage text COLLATE "C" NOT NULL, minute bigint NOT NULL, bucket integer NOT NULL,
                n bigint NOT NULL, PRIMARY KEY (flow, from_stage, to_stage, minute, bucket)))"),
             QStringLiteral(R"(CREATE TABLE ctower.rollup_posting_outcomes (
                day bigint NOT NULL, flow text COLLATE "C" NOT NULL, stage text COLLATE "C" NOT NULL,
                currency text COLLATE "C" NOT NULL, posted_count bigint NOT NULL, posted_minor bigint NOT NULL,
                rejected_count bigint NOT NULL, rejected_minor bigint NOT NULL,
                PRIMARY KEY (day, flow, stage, currency)))"),
             QStringLiteral(R"(CREATE TABLE ctower.rollup_posting_awaiting (
                flow text COLLATE "C" NOT NULL, stage text COLLATE "C" NOT NULL, currency text COLLATE "C" NOT NULL,
                cause_at bigint NOT NULL, n bigint NOT NULL, amount_minor bigint NOT NULL,
                PRIMARY KEY (flow, stage, currency, cause_at)))"),
             QStringLiteral(R"(CREATE TABLE ctower.rollup_failed_messages (
                state text COLLATE "C" NOT NULL, error_class text COLLATE "C" NOT NULL,
                queue text COLLATE "C" NOT NULL, n bigint NOT NULL, PRIMARY KEY (state, error_class, queue)))"),
             QStringLiteral(R"(CREATE TABLE ctower.rollup_in_flight (
                flow text COLLATE "C" NOT NULL, minute bigint NOT NULL, n bigint NOT NULL,
                PRIMARY KEY (flow, minute)))"),
         } + rollupFillStatements(true)},
        {4, QStringLiteral("lists page by key: events and failed messages newest first"),
         {
             // In the order the lists read (newest first, ties by key), so that a page is a range of the
             // index, never a sort of the table.
             QStringLiteral("CREATE INDEX events_recent ON ctower.events (occurred_at DESC, key)"),
             QStringLiteral("CREATE INDEX failed_messages_recent ON ctower.failed_messages (last_death_at DESC, key)"),
             // The Exceptions page lists one state at a time (open, by default).
             QStringLiteral("CREATE INDEX failed_messages_state_recent ON ctower.failed_messages (state, last_death_at DESC, key)"),
         }},
        {5, QStringLiteral("lineage finds a transaction by event id and by subject"),
         {
             // events_source_id (id, source, day) already finds an event by its id.
             // Partial: most producers send no subject, and those rows cost the index nothing.
             QStringLiteral("CREATE INDEX events_subject ON ctower.events (subject) WHERE subject <> ''"),
         }},
        {6, QStringLiteral("business keys (order, SKU, store, customer…) of every transaction, found by key and prefix"),
         {
             // COLLATE "C": the primary key's order is the bytes' order, so a prefix is a range of it
             // whatever the database's collation. Not partitioned: a key's transactions span days.
             QStringLiteral(R"(CREATE TABLE ctower.business_keys (
                key TEXT COLLATE "C" NOT NULL, correlation_id TEXT COLLATE "C" NOT NULL, kind TEXT NOT NULL,
                first_at BIGINT NOT NULL, PRIMARY KEY (key, correlation_id)))"),
         }},
        {7, QStringLiteral("failed messages de-duplicated by queue, message, death count and replay count (not by "
                           "message and first death time), and the work queue they first died in"),
         {
             QStringLiteral("ALTER TABLE ctower.failed_messages ADD COLUMN dedup_key text NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE ctower.failed_messages ADD COLUMN origin_queue text NOT NULL DEFAULT ''"),
             // Rows stored before keep a key of their own: they were told apart by their death time.
             QStringLiteral("UPDATE ctower.failed_messages SET dedup_key = 'before-7:' || key"),
             QStringLiteral("DROP INDEX ctower.failed_messages_death"),
             QStringLiteral("CREATE UNIQUE INDEX failed_messages_dedup ON ctower.failed_messages (dedup_key)"),
             QStringLiteral("CREATE INDEX failed_messages_message ON ctower.failed_messages (message_id)"),
         }},
        {8, QStringLiteral("when each failed message entered its state (a replay's verification waits from then)"),
         {
             // Rows stored before: since their last failure, the best there is.
             QStringLiteral("ALTER TABLE ctower.failed_messages ADD COLUMN state_since bigint NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE ctower.failed_messages SET state_since = last_death_at"),
         }},
        {9, QStringLiteral("failed messages grouped by the shape of their reason (ids, numbers and quoted values "
                           "taken out), to act on a whole group"),
         {
             // Rows stored before get theirs right after these statements, computed as new rows' are.
             QStringLiteral("ALTER TABLE ctower.failed_messages ADD COLUMN failure_signature text NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX failed_messages_signature ON ctower.failed_messages (failure_signature, last_death_at)"),
         }},
        {10, QStringLiteral("failed messages snoozed until a time, out of the open counts until then"),
         {
             QStringLiteral("ALTER TABLE ctower.failed_messages ADD COLUMN snoozed_until bigint NOT NULL DEFAULT 0"),
         }},
        {11, QStringLiteral("bulk replays remembered with their selection, so one a crash interrupted goes on where it stopped"),
         {
             QStringLiteral("CREATE TABLE ctower.replay_jobs (id TEXT PRIMARY KEY, created_at bigint NOT NULL, updated_at bigint NOT NULL, "
                            "actor TEXT NOT NULL, options TEXT NOT NULL, state TEXT NOT NULL, selected bigint NOT NULL, "
                            "summary TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE ctower.replay_job_items (job_id TEXT NOT NULL, seq bigint NOT NULL, key TEXT NOT NULL, "
                            "PRIMARY KEY (job_id, seq))"),
         }},
        {12, QStringLiteral("the audit entries of one failed message found by its key (its history)"),
         {
             QStringLiteral("CREATE INDEX audit_entries_target ON ctower.audit_entries (target, seq)"),
         }},
        {13, QStringLiteral("snoozed failed messages found by their time; on PostgreSQL, roles: viewers read, operators "
                            "act on failed messages, the ingest role writes telemetry and has day partitions made by "
                            "the schema owner's function"),
         {
             // The open counts leave out what sleeps (few rows, hence partial).
             QStringLiteral("CREATE INDEX failed_messages_snoozed ON ctower.failed_messages (snoozed_until, state, "
                            "error_class, queue) WHERE snoozed_until > 0"),
             // Roles belong to the cluster: another store of it may have made them already, or be making
             // them now (then ours waits for its commit and finds a duplicate).
             QStringLiteral(R"(DO $$
                DECLARE r text;
                BEGIN
                  FOREACH r IN ARRAY ARRAY['ctower_viewer', 'ctower_operator', 'ctower_admin', 'ctower_ingest'] LOOP
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
                      BEGIN
                        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
                      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                      END;
                    END IF;
                  END LOOP;
                  IF NOT pg_has_role('ctower_operator', 'ctower_viewer', 'MEMBER') THEN
                    BEGIN
                      GRANT ctower_viewer TO ctower_operator;
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                    END;
                  END IF;
                  IF NOT pg_has_role('ctower_admin', 'ctower_operator', 'MEMBER') THEN
                    BEGIN
                      GRANT ctower_operator TO ctower_admin;
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                    END;
                  END IF;
                END $$)"),
             // Everyone reads; the audit trail takes new entries from everyone (a viewer's unmasking and
             // refusals are audited) and changes for no one (migration 1's triggers, and no grant).
             QStringLiteral("GRANT USAGE ON SCHEMA ctower TO ctower_viewer, ctower_ingest"),
             QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA ctower TO ctower_viewer, ctower_ingest"),
             QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA ctower GRANT SELECT ON TABLES TO ctower_viewer, ctower_ingest"),
             QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA ctower TO ctower_viewer, ctower_ingest"),
             QStringLiteral("GRANT INSERT ON ctower.audit_entries TO ctower_viewer, ctower_ingest"),
             // What they write notes the time of the last change (a refusal's audit entry is one).
             QStringLiteral("GRANT INSERT, UPDATE ON ctower.store_meta TO ctower_viewer, ctower_ingest"),
             // An operator changes a failed message's workflow, never what failed: its payload, headers
             // and death history stay as the broker gave them.
             QStringLiteral("GRANT UPDATE (state, version, replay_count, assignee, note, state_since, snoozed_until) "
                            "ON ctower.failed_messages TO ctower_operator"),
             QStringLiteral("GRANT INSERT, UPDATE ON ctower.rollup_failed_messages TO ctower_operator"),
             QStringLiteral("GRANT INSERT, UPDATE ON ctower.replay_jobs TO ctower_operator"),
             QStringLiteral("GRANT INSERT ON ctower.replay_job_items TO ctower_operator"),
             // The ingest role adds telemetry and keeps the rollups; it changes no failed message's workflow.
             QStringLiteral("GRANT INSERT ON ctower.events, ctower.failed_messages, ctower.business_keys, "
                            "ctower.injected_faults TO ctower_ingest"),
             QStringLiteral("GRANT INSERT, UPDATE ON ctower.inventory_positions, ctower.price_positions TO ctower_ingest"),
             QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ctower.rollup_event_minutes, ctower.rollup_latency, "
                            "ctower.rollup_posting_outcomes, ctower.rollup_posting_awaiting, "
                            "ctower.rollup_failed_messages, ctower.rollup_in_flight TO ctower_ingest"),
             // Only the owner of ctower.events may add a partition to it; this function, run as the
             // schema's owner, adds one day's and nothing else.
             QStringLiteral(R"(CREATE FUNCTION ctower.create_event_partition(name text, day integer) RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
                BEGIN
                  IF name !~ '^events_d([0-9]{8}|ay_m?[0-9]+)$' THEN
                    RAISE EXCEPTION 'not the name of a day partition: %', name;
                  END IF;
                  EXECUTE format('CREATE TABLE ctower.%I PARTITION OF ctower.events FOR VALUES FROM (%s) TO (%s)',
                                 name, day, day::bigint + 1);
                END $f$)"),
             QStringLiteral("REVOKE ALL ON FUNCTION ctower.create_event_partition(text, integer) FROM PUBLIC"),
             QStringLiteral("GRANT EXECUTE ON FUNCTION ctower.create_event_partition(text, integer) TO ctower_ingest"),
         }},
        {14, QStringLiteral("stock differences found fast: the events about a SKU at a node by them, and the SKU x node "
                            "cells whose systems disagree kept up to date by the ingest writer"),
         {
             QStringLiteral("CREATE INDEX events_stock ON ctower.events (sku, node, correlation_id, flow, stage, status, occurred_at) WHERE sku <> ''"),
             QStringLiteral("CREATE TABLE ctower.inventory_disagreements (sku text COLLATE \"C\" NOT NULL, node text COLLATE \"C\" NOT NULL, "
                            "PRIMARY KEY (sku, node))"),
             QStringLiteral("INSERT INTO ctower.inventory_disagreements (sku, node) SELECT sku, node FROM ctower.inventory_positions "
                            "GROUP BY sku, node HAVING min(on_hand) <> max(on_hand)"),
             QStringLiteral("GRANT INSERT, DELETE ON ctower.inventory_disagreements TO ctower_ingest"),
         }},
        {15, QStringLiteral("inventory positions carry the standard cost of a unit and its currency (0 and empty: "
                            "unknown), so a difference has a value at cost"),
         {
             // Migration 13's table grants to the ingest role cover new columns.
             QStringLiteral("ALTER TABLE ctower.inventory_positions ADD COLUMN unit_cost_minor bigint NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE ctower.inventory_positions ADD COLUMN cost_currency text COLLATE \"C\" NOT NULL DEFAULT ''"),
         }},
        {16, QStringLiteral("SLAs edited in the app, kept by id in the order first kept, with who edited them last "
                            "and when"),
         {
             // Configuration, like the audit trail: clearing the telemetry keeps it, and the stats do not
             // count it. seq is the order first kept (a replacement keeps its place).
             QStringLiteral(R"(CREATE TABLE ctower.sla_definitions (
                id text COLLATE "C" PRIMARY KEY,
                seq bigint NOT NULL UNIQUE,
                name text COLLATE "C" NOT NULL,
                flow text COLLATE "C" NOT NULL,
                from_stage text COLLATE "C" NOT NULL,
                to_stage text COLLATE "C" NOT NULL,
                threshold_s double precision NOT NULL,
                edited_by text COLLATE "C" NOT NULL,
                edited_at bigint NOT NULL))"),
             // Everyone reads it (migration 13's default privileges); operators and admins edit SLAs,
             // and a viewer's login cannot, even with plain SQL. Nobody deletes one.
             QStringLiteral("GRANT INSERT, UPDATE ON ctower.sla_definitions TO ctower_operator"),
         }},
        {17, QStringLiteral("the tax an event's producer states, beside its amount (finance's posting figures), filled "
                            "from the JSON payloads already stored"),
         {
             QStringLiteral("ALTER TABLE ctower.events ADD COLUMN tax_minor bigint"),
             // Only what a JSON payload states, as an integer; other payloads stay without. The bytes are
             // read through encode(…, 'escape'), which no payload makes fail (convert_from() would on
             // bytes that are not UTF-8).
             QStringLiteral(R"(UPDATE ctower.events SET tax_minor =
                CAST(substring(encode(payload, 'escape') FROM '"tax_minor"\s*:\s*(-?[0-9]{1,18})[[:space:],}]') AS bigint)
                WHERE amount_minor IS NOT NULL AND content_type LIKE '%json%'
                AND encode(payload, 'escape') ~ '"tax_minor"\s*:\s*-?[0-9]{1,18}[[:space:],}]')"),
         }},
        {18, QStringLiteral("the operating mode: a peak event locks what cannot be taken back and limits replays to a "
                            "rate budget"),
         {
             // Configuration, like the SLAs: one row (id 1), missing until first switched.
             QStringLiteral(R"(CREATE TABLE ctower.operating_mode (
                id integer PRIMARY KEY CHECK (id = 1),
                peak integer NOT NULL CHECK (peak IN (0, 1)),
                replay_rate_budget double precision NOT NULL,
                since bigint NOT NULL,
                set_by text COLLATE "C" NOT NULL,
                note text COLLATE "C" NOT NULL))"),
             // Everyone reads it; operators and admins switch it, and a viewer's login cannot.
             QStringLiteral("GRANT INSERT, UPDATE ON ctower.operating_mode TO ctower_operator"),
         }},
        {19, QStringLiteral("the postings not yet posted read without a scan: the failed events of a stage by time "
                            "(an index of the few events that failed), and the business keys of a transaction"),
         {
             QStringLiteral("CREATE INDEX business_keys_correlation ON ctower.business_keys (correlation_id, kind, key)"),
             QStringLiteral("CREATE INDEX events_failed ON ctower.events (flow, stage, occurred_at) WHERE status = 'failed'"),
         }},
        {20, QStringLiteral("the events read in the order they were stored (the data-quality check reads only what "
                            "arrived since its last read)"),
         {
             QStringLiteral("CREATE INDEX events_seq ON ctower.events (seq)"),
         }},
        {21, QStringLiteral("the tax of posted postings in the rollups (finance's totals without a read of every posting)"),
         {
             QStringLiteral("ALTER TABLE ctower.rollup_posting_outcomes ADD COLUMN posted_tax_minor bigint NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE ctower.rollup_posting_outcomes ADD COLUMN posted_taxed bigint NOT NULL DEFAULT 0"),
             QStringLiteral(R"(UPDATE ctower.rollup_posting_outcomes AS r SET posted_tax_minor = t.tax, posted_taxed = t.n FROM (
                SELECT occurred_at / 86400000000 AS day, flow, stage, currency, sum(tax_minor) AS tax, count(*) AS n
                FROM ctower.events WHERE status = 'ok' AND tax_minor IS NOT NULL GROUP BY 1, 2, 3, 4) AS t
                WHERE r.day = t.day AND r.flow = t.flow AND r.stage = t.stage AND r.currency = t.currency)"),
         }},
        {22, QStringLiteral("an audit entry about many targets at once (a bulk action's window) keeps each target, in "
                            "order, in a row of its own that the entry's hash covers"),
         {
             QStringLiteral(R"(CREATE TABLE ctower.audit_entry_targets (
                seq bigint NOT NULL,
                place integer NOT NULL,
                target text COLLATE "C" NOT NULL,
                before_state text COLLATE "C" NOT NULL DEFAULT '',
                after_state text COLLATE "C" NOT NULL DEFAULT '',
                detail text COLLATE "C" NOT NULL DEFAULT '',
                PRIMARY KEY (seq, place)))"),
             QStringLiteral("CREATE INDEX audit_entry_targets_target ON ctower.audit_entry_targets (target, seq)"),
             // Append-only like the entries they belong to, for every role.
             QStringLiteral(R"(CREATE TRIGGER audit_entry_targets_no_change BEFORE UPDATE OR DELETE ON ctower.audit_entry_targets
                FOR EACH ROW EXECUTE FUNCTION ctower.audit_entries_append_only())"),
             QStringLiteral(R"(CREATE TRIGGER audit_entry_targets_no_truncate BEFORE TRUNCATE ON ctower.audit_entry_targets
                FOR EACH STATEMENT EXECUTE FUNCTION ctower.audit_entries_append_only())"),
             QStringLiteral("GRANT SELECT, INSERT ON ctower.audit_entry_targets TO ctower_viewer, ctower_ingest"),
         }},
        // A change of state is not a HOT update (the state is indexed), so every index of the table takes
        // a new entry: two fewer here. The key, unique already, is the primary key; nothing reads by seq.
        {23, QStringLiteral("a failed message's change of state moves fewer indexes (its counts by state, error class "
                            "and queue come from the rollup)"),
         {
             QStringLiteral("DROP INDEX ctower.failed_messages_state"),
             QStringLiteral("ALTER TABLE ctower.failed_messages DROP CONSTRAINT failed_messages_pkey"),
             QStringLiteral("ALTER TABLE ctower.failed_messages ADD CONSTRAINT failed_messages_key PRIMARY KEY "
                            "USING INDEX failed_messages_key"),
         }},
        // Readers keep reading failed_messages, now a view: the positions joined to the records, a join
        // PostgreSQL leaves out when a query reads the positions alone.
        {24, QStringLiteral("a failed message's workflow position in a narrow table of its own, with what its lists "
                            "filter, order and group by: a change of state no longer rewrites the message and its bodies"),
         {
             QStringLiteral(R"(CREATE TABLE ctower.failed_message_positions (
                key text COLLATE "C" PRIMARY KEY,
                state text COLLATE "C" NOT NULL,
                version bigint NOT NULL DEFAULT 1,
                replay_count bigint NOT NULL DEFAULT 0,
                assignee text COLLATE "C" NOT NULL DEFAULT '',
                note text COLLATE "C" NOT NULL DEFAULT '',
                state_since bigint NOT NULL DEFAULT 0,
                snoozed_until bigint NOT NULL DEFAULT 0,
                last_death_at bigint NOT NULL,
                error_class text COLLATE "C" NOT NULL,
                queue text COLLATE "C" NOT NULL,
                source text COLLATE "C" NOT NULL DEFAULT '',
                failure_signature text NOT NULL DEFAULT ''))"),
             QStringLiteral("INSERT INTO ctower.failed_message_positions (key, state, version, replay_count, assignee, note, "
                            "state_since, snoozed_until, last_death_at, error_class, queue, source, failure_signature) "
                            "SELECT key, state, version, replay_count, assignee, note, state_since, snoozed_until, "
                            "last_death_at, error_class, queue, source, failure_signature FROM ctower.failed_messages"),
             QStringLiteral("DROP INDEX ctower.failed_messages_state_recent, ctower.failed_messages_recent, "
                            "ctower.failed_messages_signature, ctower.failed_messages_snoozed"),
             QStringLiteral("ALTER TABLE ctower.failed_messages RENAME TO failed_message_records"),
             QStringLiteral("ALTER TABLE ctower.failed_message_records DROP COLUMN state, DROP COLUMN version, "
                            "DROP COLUMN replay_count, DROP COLUMN assignee, DROP COLUMN note, DROP COLUMN state_since, "
                            "DROP COLUMN snoozed_until"),
             QStringLiteral("CREATE INDEX failed_message_positions_state_recent ON ctower.failed_message_positions "
                            "(state, last_death_at DESC, key)"),
             QStringLiteral("CREATE INDEX failed_message_positions_recent ON ctower.failed_message_positions "
                            "(last_death_at DESC, key)"),
             QStringLiteral("CREATE INDEX failed_message_positions_signature ON ctower.failed_message_positions "
                            "(failure_signature, last_death_at)"),
             QStringLiteral("CREATE INDEX failed_message_positions_snoozed ON ctower.failed_message_positions "
                            "(snoozed_until, state, error_class, queue) WHERE snoozed_until > 0"),
             QStringLiteral("CREATE VIEW ctower.failed_messages AS "
                            "SELECT p.key, r.message_id, r.correlation_id, r.event_id, p.source, r.flow, r.stage, r.broker, "
                            "p.queue, r.original_exchange, r.original_routing_key, r.death_reason, r.death_count, "
                            "r.first_death_at, p.last_death_at, p.error_class, r.error_text, r.headers, r.content_type, "
                            "r.payload, p.state, p.assignee, p.note, p.version, p.replay_count, r.sku, r.node, r.quantity, "
                            "r.amount_minor, r.currency, r.dedup_key, r.origin_queue, p.state_since, p.failure_signature, "
                            "p.snoozed_until FROM ctower.failed_message_positions p LEFT JOIN ctower.failed_message_records "
                            "r ON r.key = p.key"),
             QStringLiteral("GRANT SELECT ON ctower.failed_message_positions, ctower.failed_messages "
                            "TO ctower_viewer, ctower_ingest"),
             QStringLiteral("GRANT UPDATE (state, version, replay_count, assignee, note, state_since, snoozed_until) "
                            "ON ctower.failed_message_positions TO ctower_operator"),
             QStringLiteral("GRANT INSERT ON ctower.failed_message_positions TO ctower_ingest"),
         }},
        // A change of state is not a HOT update, so each index of the positions takes a new entry: the
        // lists by recency and by signature lead with the records instead, which never change.
        {25, QStringLiteral("a failed message's recency and signature indexed on its record, which a change of state "
                            "never moves (the positions keep their index of state and recency alone)"),
         {
             QStringLiteral("DROP INDEX ctower.failed_message_positions_recent, "
                            "ctower.failed_message_positions_signature"),
             QStringLiteral("CREATE INDEX failed_message_records_recent ON ctower.failed_message_records "
                            "(last_death_at DESC, key)"),
             QStringLiteral("CREATE INDEX failed_message_records_signature ON ctower.failed_message_records "
                            "(failure_signature, last_death_at DESC, key)"),
             // The same columns as failed_messages, led by the record; the join left out when a query
             // reads the record alone.
             QStringLiteral("CREATE VIEW ctower.failed_messages_by_record AS "
                            "SELECT r.key, r.message_id, r.correlation_id, r.event_id, r.source, r.flow, r.stage, r.broker, "
                            "r.queue, r.original_exchange, r.original_routing_key, r.death_reason, r.death_count, "
                            "r.first_death_at, r.last_death_at, r.error_class, r.error_text, r.headers, r.content_type, "
                            "r.payload, p.state, p.assignee, p.note, p.version, p.replay_count, r.sku, r.node, r.quantity, "
                            "r.amount_minor, r.currency, r.dedup_key, r.origin_queue, p.state_since, r.failure_signature, "
                            "p.snoozed_until FROM ctower.failed_message_records r LEFT JOIN "
                            "ctower.failed_message_positions p ON p.key = r.key"),
             QStringLiteral("GRANT SELECT ON ctower.failed_messages_by_record TO ctower_viewer, ctower_ingest"),
         }},
        // The targets arrive in seq order and never change: a B-tree on (seq, place) was one more index
        // insert for every message a bulk action moves, for reads a block range index serves.
        {26, QStringLiteral("the targets of a bulk action's audit entry kept in the order they were written, without a "
                            "second copy of their key to update (a block range index on PostgreSQL; SQLite's table is its key)"),
         {
             QStringLiteral("ALTER TABLE ctower.audit_entry_targets DROP CONSTRAINT audit_entry_targets_pkey"),
             QStringLiteral("CREATE INDEX audit_entry_targets_seq ON ctower.audit_entry_targets USING brin (seq) "
                            "WITH (pages_per_range = 16)"),
         }},
    };
    return migrations;
}

} // namespace ct
