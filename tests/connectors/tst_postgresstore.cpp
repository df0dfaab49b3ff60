// The PostgreSQL backend of the telemetry store against a real server (the `postgres` CTest
// fixture), each test on a database of its own.
#include "store/migration.h"
#include "store/postgrescopytext.h"
#include "store/postgreserror.h"
#include "store/storefactory.h"
#include "testsupport.h"
#include "uuid.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ct;

namespace {

constexpr qint64 kDay = 86'400'000'000LL;

Timestamp at(int year, int month, int day, qint64 microsIntoDay = 12 * 3600 * 1'000'000LL)
{
    return Timestamp::fromMicros(QDate(1970, 1, 1).daysTo(QDate(year, month, day)) * kDay + microsIntoDay);
}

// A fresh database, or the test fails with the reason there is none (never skipped).
#define CT_SCRATCH(name)                                                                                   \
    ct::test::ScratchDatabase name;                                                                        \
    QVERIFY2(name.isValid(), qPrintable(name.error()))

std::unique_ptr<TelemetryStore> open(const QString& url, OpenMode mode = OpenMode::ReadWrite)
{
    auto s = openStore(url, mode);
    if (!s) {
        qWarning("%s", qPrintable(s.error().text));
        return nullptr;
    }
    return std::move(s).value();
}

// The first row of a query, every column, behind the store's back.
QVariantList firstRow(const QString& storeUrl, const QString& sql)
{
    static int counter = 0;
    const QString connection = QStringLiteral("tst-pg-row-%1").arg(++counter);
    QVariantList row;
    {
        const QUrl url(storeUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i);
            } else {
                qWarning("%s", qPrintable(q.lastError().text()));
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return row;
}

qint64 count(const QString& url, const QString& sql)
{
    return ct::test::queryRaw(url, sql).toLongLong();
}

Event makeEvent(int i, const QString& correlation, Timestamp occurred)
{
    Event e;
    e.key = uuidV7(occurred.micros() / 1000, quint64(i), quint64(i) * 7919);
    e.id = QStringLiteral("evt-%1").arg(i);
    e.source = QStringLiteral("oms");
    e.correlationId = correlation;
    e.flow = QStringLiteral("order-to-cash");
    e.stage = QStringLiteral("allocate");
    e.type = QStringLiteral("oms.order.allocated");
    e.status = EventStatus::Ok;
    e.occurredAt = occurred;
    e.recordedAt = occurred.plusMicros(250);
    e.contentType = QStringLiteral("application/json");
    e.payload = QByteArrayLiteral("{\"n\":1}");
    return e;
}

// Every field exercised: optional ints set, zero and absent; empty strings; bytes that break naive
// escaping (NUL, tab, newline, CR, backslashes, "\N", "\."); text that is not ASCII.
QList<Event> awkwardEvents()
{
    QList<Event> events;
    Event full = makeEvent(1, QStringLiteral("ORD-\u00fc-1"), at(2026, 11, 2));
    full.causationId = QStringLiteral("evt-0");
    full.node = QStringLiteral("ST-014");
    full.subject = QStringLiteral("Z\u00fcrich \u2192 \u6771\u4eac \U0001F600\ttab\nnewline\\backslash\r");
    full.status = EventStatus::Retrying;
    full.sku = QStringLiteral("SKU-000042");
    full.quantity = 0;
    full.amountMinor = -129999;
    full.currency = QStringLiteral("EUR");
    full.payload = QByteArray("J\xc3\xbcrgen\t\n\r\\\\N\\.", 15) + '\0' + char(0xff) + QByteArray("\\x41", 4);
    full.attributes = QByteArrayLiteral("{\"note\":\"a\\tb\",\"raw\":\"x\ty\nz\\\\N\"}");
    events << full;

    Event sparse = makeEvent(2, QStringLiteral("ORD-\u00fc-1"), at(2026, 11, 2).plusMicros(1));
    sparse.status = EventStatus::Skipped;
    sparse.contentType = QString();
    sparse.payload = QByteArray();  // absent
    sparse.attributes = QByteArray();
    events << sparse;

    Event empty = makeEvent(3, QStringLiteral("ORD-\u00fc-1"), at(2026, 11, 2).plusMicros(2));
    empty.id = QStringLiteral("id\twith\ttabs\\and\nlines");
    empty.status = EventStatus::Failed;
    empty.payload = QByteArray("");  // present but empty
    empty.quantity = -7;
    empty.subject = QStringLiteral("\\N");
    events << empty;

    Event old = makeEvent(4, QStringLiteral("ORD-\u00fc-1"), Timestamp::fromMicros(-1));  // 1969-12-31
    old.recordedAt = Timestamp::fromMicros(0);
    events << old;
    return events;
}

FailedMessage makeFailed(int i, const QString& correlation)
{
    FailedMessage m;
    m.key = uuidV7(1793577700000 + i, quint64(i), 3);
    m.messageId = QStringLiteral("msg-%1").arg(i);
    m.correlationId = correlation;
    m.eventId = QStringLiteral("evt-%1").arg(i);
    m.source = QStringLiteral("erp");
    m.flow = QStringLiteral("order-to-cash");
    m.stage = QStringLiteral("erp-post");
    m.broker = QStringLiteral("rabbitmq");
    m.queue = QStringLiteral("erp.sales-orders.dlq");
    m.originalExchange = QStringLiteral("retail.events");
    m.originalRoutingKey = QStringLiteral("oms.order.allocated");
    m.deathReason = QStringLiteral("rejected");
    m.deathCount = 2;
    m.firstDeathAt = Timestamp::fromMicros(1793577700000000);
    m.lastDeathAt = Timestamp::fromMicros(1793577760000000);
    m.errorClass = QStringLiteral("business_rule");
    m.errorText = QStringLiteral("fiscal period 2026-10 is closed;\tsee \"ERP\" \\ \u00e9");
    m.headers = QByteArrayLiteral("{\"x-error-class\":\"business_rule\",\"tab\":\"\t\"}");
    m.contentType = QStringLiteral("application/json");
    m.payload = QByteArray("{\"order\":1}\0\t\\", 15);
    m.note = QString();
    m.sku = QStringLiteral("SKU-000001");
    m.node = QStringLiteral("ST-001");
    m.quantity = 2;
    m.currency = QStringLiteral("EUR");
    return m;
}

IngestBatch everyKind()
{
    IngestBatch b;
    b.events = awkwardEvents();
    b.failedMessages << makeFailed(1, QStringLiteral("ORD-\u00fc-1"));
    b.inventory << InventoryPosition{QStringLiteral("SKU-1"), QStringLiteral("DC-EAST"), QStringLiteral("wms"), 10, 2,
                                     at(2026, 11, 2)};
    b.prices << PricePosition{QStringLiteral("SKU-1"), QStringLiteral("ST-014"), QStringLiteral("pos"), 1999,
                              QStringLiteral("EUR"), QStringLiteral("CAMP-1"), at(2026, 11, 2)};
    InjectedFault f;
    f.correlationId = QStringLiteral("ORD-\u00fc-1");
    f.faultClass = QStringLiteral("business_rule");
    f.detail = QStringLiteral("line\nbreak\tand \\ slash");
    f.quantity = -2;
    b.faults << f;
    return b;
}

QString withQuery(const QString& url, const QString& key, const QString& value)
{
    QUrl u(url);
    QUrlQuery q(u);
    q.addQueryItem(key, value);
    u.setQuery(q);
    return u.toString();
}

} // namespace

class TestPostgresStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void migrationListsStayInStep()
    {
        const QList<Migration>& pg = postgresMigrations();
        const QList<Migration>& lite = sqliteMigrations();
        QCOMPARE(pg.constLast().version, latestSchemaVersion());
        QCOMPARE(pg.size(), lite.size());
        for (qsizetype i = 0; i < pg.size(); ++i) {
            QCOMPARE(pg.at(i).version, int(i) + 1);
            QCOMPARE(pg.at(i).version, lite.at(i).version);
            QCOMPARE(pg.at(i).description, lite.at(i).description);  // the audit rows must match too
        }
    }

    void copyTextEscapes_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("expected");
        auto one = [](auto write) {
            PostgresCopyText t;
            write(t);
            t.endRow();
            return QByteArray(t.data(), t.size());
        };
        QTest::newRow("reserved bytes") << one([](PostgresCopyText& t) { t.text(u"a\tb\\c\nd\re"); })
                                        << QByteArray("a\\tb\\\\c\\nd\\re\n");
        QTest::newRow("not ascii") << one([](PostgresCopyText& t) { t.text(u"\u00fc\t\U0001F600"); })
                                   << QByteArray("\xc3\xbc\\t\xf0\x9f\x98\x80\n");
        QTest::newRow("nul in text") << one([](PostgresCopyText& t) { t.text(QStringView(u"a\0b", 3)); })
                                     << QByteArray("a\xef\xbf\xbd" "b\n");
        QTest::newRow("invalid utf-8") << one([](PostgresCopyText& t) { t.utf8(QByteArrayView("x\xffy\\", 4)); })
                                       << QByteArray("x\xef\xbf\xbdy\\\\\n");
        QTest::newRow("bytea") << one([](PostgresCopyText& t) { t.bytes(QByteArray("\0\xff\\", 3)); })
                               << QByteArray("\\\\x00ff5c\n");
        QTest::newRow("empty bytea") << one([](PostgresCopyText& t) { t.bytes(QByteArray("")); })
                                     << QByteArray("\\\\x\n");
        QTest::newRow("null bytea") << one([](PostgresCopyText& t) { t.bytes(QByteArray()); }) << QByteArray("\\N\n");
        QTest::newRow("fields") << one([](PostgresCopyText& t) {
            t.text(QString());
            t.integer(-42);
            t.optional(std::nullopt);
            t.optional(0);
            t.text(u"\\N");
        }) << QByteArray("\t-42\t\\N\t0\t\\\\N\n");
    }
    void copyTextEscapes()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, expected);
        QCOMPARE(encoded, expected);
    }

    void connectErrorsAreOneSentence_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("sentence");
        const auto row = [](const char* name, const char* message, StoreError::Code code, const char* sentence) {
            QTest::newRow(name) << QString::fromUtf8(message) << int(code) << QString::fromUtf8(sentence);
        };
        row("refused",
            "connection to server at \"db.example\" (10.0.0.5), port 5433 failed: Connection refused\n"
            "\tIs the server running on that host and accepting TCP/IP connections?\n",
            StoreError::Code::Unreachable, "cannot reach PostgreSQL at db.example:5433 (connection refused)");
        row("timeout", "connection to server at \"db.example\" (10.0.0.5), port 5433 failed: timeout expired\n",
            StoreError::Code::Unreachable, "PostgreSQL at db.example:5433 did not answer within 5 s");
        row("password", "connection to server at \"db.example\" (10.0.0.5), port 5433 failed: FATAL:  password "
            "authentication failed for user \"ops\"\n",
            StoreError::Code::AccessDenied, "PostgreSQL at db.example:5433 refused user \"ops\" (password authentication failed)");
        row("no password", "connection to server at \"db.example\" (10.0.0.5), port 5433 failed: fe_sendauth: no password supplied\n",
            StoreError::Code::AccessDenied, "PostgreSQL at db.example:5433 refused user \"ops\" (no password given: put it "
            "in the URL or in CTOWER_STORE_PASSWORD)");
        row("hba", "connection to server at \"db.example\" (10.0.0.5), port 5433 failed: FATAL:  no pg_hba.conf entry for "
            "host \"10.0.0.9\", user \"ops\", database \"telemetry\", no encryption\n",
            StoreError::Code::AccessDenied, "PostgreSQL at db.example:5433 refused user \"ops\" (the server's pg_hba.conf "
            "does not admit this host and user)");
        row("no database", "connection to server at \"db.example\" (10.0.0.5), port 5433 failed: FATAL:  database "
            "\"telemetry\" does not exist\n",
            StoreError::Code::NotFound, "PostgreSQL at db.example:5433 has no database \"telemetry\"");
        row("os user", "connection to server at \"db.example\" (10.0.0.5), port 5433 failed: FATAL:  role \"root\" does "
            "not exist\n",
            StoreError::Code::AccessDenied, "PostgreSQL at db.example:5433 has no user \"root\"");
        row("unknown host", "could not translate host name \"db.example\" to address: Name or service not known\n",
            StoreError::Code::Unreachable, "cannot reach PostgreSQL at db.example:5433 (unknown host name)");
        row("tls", "connection to server at \"db.example\" (10.0.0.5), port 5433 failed: root certificate file "
            "\"/root/.postgresql/root.crt\" does not exist\nEither provide the file, use the system's trusted roots with "
            "sslrootcert=system, or change sslmode to disable server certificate verification.\n",
            StoreError::Code::Unreachable, "cannot connect securely to PostgreSQL at db.example:5433 (root certificate file "
            "\"/root/.postgresql/root.crt\" does not exist)");
        row("other, password redacted", "connection to server at \"db.example\" (10.0.0.5), port 5433 failed: FATAL:  "
            "odd failure mentioning hunter2\nDETAIL:  more\n",
            StoreError::Code::Unreachable, "cannot connect to PostgreSQL at db.example:5433 (odd failure mentioning ***)");
    }
    void connectErrorsAreOneSentence()
    {
        QFETCH(QString, message);
        QFETCH(int, code);
        QFETCH(QString, sentence);
        auto location = StoreLocation::parse(QStringLiteral("postgresql://ops:hunter2@db.example:5433/telemetry"));
        QVERIFY(location.ok());
        const StoreError e = postgresConnectError(message, location.value(), location->password);
        QCOMPARE(int(e.code), code);
        QCOMPARE(e.text, sentence);
    }

    void createsAndReopens()
    {
        CT_SCRATCH(db);
        {
            auto store = open(db.url());
            QVERIFY(store);
            auto info = store->info();
            QVERIFY2(info.ok(), qPrintable(info.error().text));
            QCOMPARE(info->engine, QStringLiteral("postgresql"));
            QVERIFY2(info->serverVersion.startsWith(QStringLiteral("PostgreSQL 1")), qPrintable(info->serverVersion));
            QCOMPARE(info->schemaVersion, latestSchemaVersion());
            QVERIFY(!info->createdAt.isNull());
            QVERIFY(info->lastChangeAt >= info->createdAt);
            QVERIFY(info->sizeBytes > 0);
            QCOMPARE(store->isEmpty().value(), true);
        }
        auto store = open(db.url());
        QVERIFY(store);
        auto readOnly = open(db.url(), OpenMode::ReadOnly);
        QVERIFY(readOnly);
        auto trail = store->auditTrail();
        QVERIFY(trail.ok());
        QCOMPARE(trail->size(), 1 + latestSchemaVersion());  // created, then one entry per migration
        QCOMPARE(trail->at(0).action, QStringLiteral("store.created"));
        QCOMPARE(trail->at(1).action, QStringLiteral("schema.migrated"));
        QCOMPARE(trail->at(1).after, QStringLiteral("1"));
        QCOMPARE(count(db.url(), QStringLiteral("SELECT count(*) FROM schema_version WHERE product = 'controltower'")),
                 qint64(latestSchemaVersion()));
        // Our tables live in our schema only.
        QCOMPARE(count(db.url(), QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")), 0);
    }

    void roundTripsEveryField()
    {
        CT_SCRATCH(db);
        auto store = open(db.url());
        QVERIFY(store);
        const IngestBatch batch = everyKind();
        auto result = store->ingest(batch);
        QVERIFY2(result.ok(), qPrintable(result.error().text));
        QCOMPARE(result->eventsInserted, batch.events.size());
        QCOMPARE(result->eventsDuplicate, 0);
        QCOMPARE(result->failedInserted, 1);
        QCOMPARE(result->inventoryUpserted, 1);
        QCOMPARE(result->pricesUpserted, 1);
        QCOMPARE(result->faultsInserted, 1);

        auto events = store->eventsByCorrelation(batch.events.first().correlationId);
        QVERIFY2(events.ok(), qPrintable(events.error().text));
        QCOMPARE(events->size(), batch.events.size());
        // Read back in occurrence order: the 1969 event comes first.
        QList<Event> want = batch.events;
        std::sort(want.begin(), want.end(), [](const Event& a, const Event& b) { return a.occurredAt < b.occurredAt; });
        for (qsizetype i = 0; i < want.size(); ++i) {
            const Event& w = want.at(i);
            const Event& g = events->at(i);
            QCOMPARE(g.key, w.key);
            QCOMPARE(g.id, w.id);
            QCOMPARE(g.source, w.source);
            QCOMPARE(g.correlationId, w.correlationId);
            QCOMPARE(g.causationId, w.causationId);
            QCOMPARE(g.flow, w.flow);
            QCOMPARE(g.stage, w.stage);
            QCOMPARE(g.type, w.type);
            QCOMPARE(g.node, w.node);
            QCOMPARE(g.subject, w.subject);
            QCOMPARE(g.status, w.status);
            QCOMPARE(g.occurredAt, w.occurredAt);
            QCOMPARE(g.recordedAt, w.recordedAt);
            QCOMPARE(g.sku, w.sku);
            QCOMPARE(g.quantity, w.quantity);
            QCOMPARE(g.amountMinor, w.amountMinor);
            QCOMPARE(g.currency, w.currency);
            QCOMPARE(g.contentType, w.contentType);
            QCOMPARE(g.payload, w.payload);
            QCOMPARE(g.attributes, w.attributes);
        }
        // An absent payload stays NULL, an empty one stays empty.
        QCOMPARE(count(db.url(), QStringLiteral("SELECT count(*) FROM events WHERE payload IS NULL")), 1);
        QCOMPARE(count(db.url(), QStringLiteral("SELECT count(*) FROM events WHERE payload = ''::bytea")), 1);

        const FailedMessage& m = batch.failedMessages.first();
        const QVariantList row = firstRow(db.url(),
            QStringLiteral("SELECT key, message_id, correlation_id, event_id, source, flow, stage, broker, queue, "
                           "original_exchange, original_routing_key, death_reason, death_count, first_death_at, "
                           "last_death_at, error_class, error_text, headers, content_type, payload, state, assignee, "
                           "note, version, sku, node, quantity, amount_minor, currency FROM ctower.failed_messages"));
        QCOMPARE(row.size(), 29);
        const QVariantList expected{m.key, m.messageId, m.correlationId, m.eventId, m.source, m.flow, m.stage,
                                    m.broker, m.queue, m.originalExchange, m.originalRoutingKey, m.deathReason};
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(row.at(i).toString(), expected.at(i).toString());
        QCOMPARE(row.at(12).toLongLong(), m.deathCount);
        QCOMPARE(row.at(13).toLongLong(), m.firstDeathAt.micros());
        QCOMPARE(row.at(14).toLongLong(), m.lastDeathAt.micros());
        QCOMPARE(row.at(15).toString(), m.errorClass);
        QCOMPARE(row.at(16).toString(), m.errorText);
        QCOMPARE(row.at(17).toString().toUtf8(), m.headers);
        QCOMPARE(row.at(18).toString(), m.contentType);
        QCOMPARE(row.at(19).toByteArray(), m.payload);
        QCOMPARE(row.at(20).toString(), failedMessageStateName(m.state));
        QCOMPARE(row.at(21).toString(), QString());
        QCOMPARE(row.at(22).toString(), QString());
        QCOMPARE(row.at(23).toLongLong(), m.version);
        QCOMPARE(row.at(26).toLongLong(), *m.quantity);
        QVERIFY(row.at(27).isNull());
        QCOMPARE(row.at(28).toString(), m.currency);

        const QVariantList fault = firstRow(db.url(), QStringLiteral("SELECT detail, quantity, event_id FROM ctower.injected_faults"));
        QCOMPARE(fault.value(0).toString(), batch.faults.first().detail);
        QCOMPARE(fault.value(1).toLongLong(), -2);
        QCOMPARE(fault.value(2).toString(), QString());

        auto stats = store->stats();
        QVERIFY2(stats.ok(), qPrintable(stats.error().text));
        QCOMPARE(stats->tables.value(QStringLiteral("events")), batch.events.size());
        QCOMPARE(stats->eventsByStatus.value(QStringLiteral("retrying")), 1);
        QCOMPARE(stats->eventsByStatus.value(QStringLiteral("skipped")), 1);
        QCOMPARE(stats->eventsByStatus.value(QStringLiteral("failed")), 1);
        QCOMPARE(stats->failedByErrorClass.value(QStringLiteral("business_rule")), 1);
        QCOMPARE(stats->faultsByClass.value(QStringLiteral("business_rule")), 1);
        QCOMPARE(stats->tables.value(QStringLiteral("inventory_positions")), 1);
        QCOMPARE(stats->tables.value(QStringLiteral("price_positions")), 1);
    }

    void textThatPostgresCannotHoldIsReplaced()
    {
        CT_SCRATCH(db);
        auto store = open(db.url());
        QVERIFY(store);
        IngestBatch batch;
        Event e = makeEvent(1, QStringLiteral("ORD-NUL"), at(2026, 11, 2));
        e.subject = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        e.attributes = QByteArray("{\"x\":\"\xff\"}");
        batch.events << e;
        auto result = store->ingest(batch);
        QVERIFY2(result.ok(), qPrintable(result.error().text));
        const Event got = store->eventsByCorrelation(QStringLiteral("ORD-NUL"))->first();
        QCOMPARE(got.subject, QStringLiteral("a\ufffd" "b"));
        QCOMPARE(got.attributes, QByteArray("{\"x\":\"\xef\xbf\xbd\"}"));
    }

    void countsDuplicates()
    {
        CT_SCRATCH(db);
        auto store = open(db.url());
        QVERIFY(store);
        IngestBatch batch = everyKind();
        Event again = batch.events.at(0);
        again.key = uuidV7(1793577600999, 1, 1);  // a redelivery: new internal key, same (source, id)
        batch.events << again;
        batch.failedMessages << batch.failedMessages.first();
        auto first = store->ingest(batch);
        QVERIFY2(first.ok(), qPrintable(first.error().text));
        QCOMPARE(first->eventsInserted, 4);
        QCOMPARE(first->eventsDuplicate, 1);
        QCOMPARE(first->failedInserted, 1);
        QCOMPARE(first->failedDuplicate, 1);

        auto second = store->ingest(everyKind());
        QVERIFY2(second.ok(), qPrintable(second.error().text));
        QCOMPARE(second->eventsInserted, 0);
        QCOMPARE(second->eventsDuplicate, 4);
        QCOMPARE(second->failedInserted, 0);
        QCOMPARE(second->failedDuplicate, 1);

        // A store opened afterwards (no recent ids of its own) sees the same-day duplicates too.
        auto other = open(db.url());
        QVERIFY(other);
        auto third = other->ingest(everyKind());
        QVERIFY2(third.ok(), qPrintable(third.error().text));
        QCOMPARE(third->eventsDuplicate, 4);
        QCOMPARE(store->stats()->tables.value(QStringLiteral("events")), 4);
        QCOMPARE(store->stats()->tables.value(QStringLiteral("failed_messages")), 1);
    }

    void redeliveryAcrossMidnightIsADuplicate()
    {
        CT_SCRATCH(db);
        auto store = open(db.url());
        QVERIFY(store);
        const Event original = makeEvent(7, QStringLiteral("ORD-MIDNIGHT"), at(2026, 11, 2, kDay - 1));
        Event redelivered = original;
        redelivered.key = uuidV7(1793664000000, 9, 9);
        redelivered.occurredAt = at(2026, 11, 3, 100);  // stamped again after midnight
        QVERIFY(original.occurredAt.epochDay() != redelivered.occurredAt.epochDay());

        IngestBatch first;
        first.events << original;
        QCOMPARE(store->ingest(first)->eventsInserted, 1);
        IngestBatch second;
        second.events << redelivered;
        auto r = store->ingest(second);
        QVERIFY2(r.ok(), qPrintable(r.error().text));
        QCOMPARE(r->eventsInserted, 0);
        QCOMPARE(r->eventsDuplicate, 1);

        // Both in one batch: the first one stands.
        Event another = makeEvent(8, QStringLiteral("ORD-MIDNIGHT"), at(2026, 11, 2, kDay - 5));
        Event anotherAgain = another;
        anotherAgain.key = uuidV7(1793664000000, 10, 10);
        anotherAgain.occurredAt = at(2026, 11, 3, 5);
        IngestBatch both;
        both.events << another << anotherAgain;
        r = store->ingest(both);
        QVERIFY2(r.ok(), qPrintable(r.error().text));
        QCOMPARE(r->eventsInserted, 1);
        QCOMPARE(r->eventsDuplicate, 1);
        QCOMPARE(store->eventsByCorrelation(QStringLiteral("ORD-MIDNIGHT"))->size(), 2);

        // The recent ids are a hint the table must confirm: once another connection has cleared the
        // store, the redelivery is new again.
        auto other = open(db.url());
        QVERIFY(other);
        QVERIFY(other->clearTelemetry().ok());
        r = store->ingest(second);
        QVERIFY2(r.ok(), qPrintable(r.error().text));
        QCOMPARE(r->eventsInserted, 1);

        // After a clear of its own the store forgets, and the one after midnight is now the original.
        QVERIFY(store->clearTelemetry().ok());
        QCOMPARE(store->ingest(second)->eventsInserted, 1);
        r = store->ingest(first);
        QVERIFY2(r.ok(), qPrintable(r.error().text));
        QCOMPARE(r->eventsDuplicate, 1);
        QCOMPARE(store->stats()->tables.value(QStringLiteral("events")), 1);
    }

    void createsADayPartitionOnDemand()
    {
        CT_SCRATCH(db);
        auto store = open(db.url());
        QVERIFY(store);
        IngestBatch batch;
        batch.events << makeEvent(1, QStringLiteral("P"), at(2026, 11, 1)) << makeEvent(2, QStringLiteral("P"), at(2026, 11, 2))
                     << makeEvent(3, QStringLiteral("P"), at(2026, 11, 2, 5)) << makeEvent(4, QStringLiteral("P"), at(2026, 11, 3))
                     << makeEvent(5, QStringLiteral("P"), Timestamp::fromMicros(-kDay / 2));
        auto r = store->ingest(batch);
        QVERIFY2(r.ok(), qPrintable(r.error().text));
        const QString partitions = QStringLiteral(
            "SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = 'ctower.events'::regclass");
        QCOMPARE(ct::test::queryRaw(db.url(), partitions).toString(),
                 QStringLiteral("events_d19691231,events_d20261101,events_d20261102,events_d20261103"));
        QCOMPARE(count(db.url(), QStringLiteral("SELECT count(*) FROM ctower.events_d20261102")), 2);
        QCOMPARE(count(db.url(), QStringLiteral("SELECT count(*) FROM ctower.events_d19691231")), 1);

        // Another writer, which knows nothing yet, writes into the existing days and one more.
        auto other = open(db.url());
        QVERIFY(other);
        IngestBatch more;
        more.events << makeEvent(6, QStringLiteral("P"), at(2026, 11, 2)) << makeEvent(7, QStringLiteral("P"), at(2026, 11, 4));
        r = other->ingest(more);
        QVERIFY2(r.ok(), qPrintable(r.error().text));
        QCOMPARE(r->eventsInserted, 2);
        QCOMPARE(ct::test::queryRaw(db.url(), partitions).toString(),
                 QStringLiteral("events_d19691231,events_d20261101,events_d20261102,events_d20261103,events_d20261104"));

        // A wider partition an administrator attached is used as it is.
        const qint64 jan = QDate(1970, 1, 1).daysTo(QDate(2027, 1, 1));
        QCOMPARE(ct::test::execRaw(db.url(), QStringLiteral("CREATE TABLE ctower.events_2027_01 PARTITION OF ctower.events "
                                                            "FOR VALUES FROM (%1) TO (%2)").arg(jan).arg(jan + 31)),
                 QString());
        IngestBatch january;
        january.events << makeEvent(8, QStringLiteral("P"), at(2027, 1, 15));
        r = store->ingest(january);
        QVERIFY2(r.ok(), qPrintable(r.error().text));
        QCOMPARE(count(db.url(), QStringLiteral("SELECT count(*) FROM ctower.events_2027_01")), 1);
        QCOMPARE(count(db.url(), QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'events_d20270115'")), 0);
    }

    void concurrentWritersShareDaysAndDuplicates()
    {
        CT_SCRATCH(db);
        QVERIFY(open(db.url()));
        IngestBatch batch;
        for (int i = 0; i < 2000; ++i)
            batch.events << makeEvent(i, QStringLiteral("C-%1").arg(i % 50), at(2026, 12, 1 + i % 5, qint64(i) * 1000));
        const QString url = db.url();
        IngestResult results[2];
        QString errors[2];
        auto writer = [&](int n) {
            auto s = openStore(url, OpenMode::ReadWrite);
            if (!s) {
                errors[n] = s.error().text;
                return;
            }
            auto r = s.value()->ingest(batch);
            if (r)
                results[n] = r.value();
            else
                errors[n] = r.error().text;
        };
        std::unique_ptr<QThread> a(QThread::create(writer, 0));
        std::unique_ptr<QThread> b(QThread::create(writer, 1));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(results[0].eventsInserted + results[1].eventsInserted, 2000);
        QCOMPARE(results[0].eventsDuplicate + results[1].eventsDuplicate, 2000);
        QCOMPARE(count(url, QStringLiteral("SELECT count(*) FROM events")), 2000);
    }

    void upsertsPositionsLastOneWins()
    {
        CT_SCRATCH(db);
        auto store = open(db.url());
        QVERIFY(store);
        const auto position = [](qint64 onHand) {
            return InventoryPosition{QStringLiteral("SKU-1"), QStringLiteral("ST-001"), QStringLiteral("pos"), onHand, 1,
                                     Timestamp::fromMicros(onHand)};
        };
        const auto price = [](qint64 minor, const QString& promotion) {
            return PricePosition{QStringLiteral("SKU-1"), QStringLiteral("WEB"), QStringLiteral("webshop"), minor,
                                 QStringLiteral("EUR"), promotion, Timestamp::fromMicros(minor)};
        };
        IngestBatch batch;
        batch.inventory << position(5) << position(7);
        batch.prices << price(1999, QStringLiteral("CAMP")) << price(1799, QString());
        auto r = store->ingest(batch);
        QVERIFY2(r.ok(), qPrintable(r.error().text));
        QCOMPARE(r->inventoryUpserted, 2);
        QCOMPARE(r->pricesUpserted, 2);
        QCOMPARE(count(db.url(), QStringLiteral("SELECT on_hand FROM inventory_positions")), 7);
        QCOMPARE(firstRow(db.url(), QStringLiteral("SELECT price_minor, promotion_id FROM ctower.price_positions")),
                 (QVariantList{qint64(1799), QString()}));
        batch.inventory = {position(9)};
        batch.prices.clear();
        QVERIFY(store->ingest(batch).ok());
        QCOMPARE(count(db.url(), QStringLiteral("SELECT on_hand FROM inventory_positions")), 9);
        QCOMPARE(store->stats()->tables.value(QStringLiteral("inventory_positions")), 1);
    }

    void keepsAnAppendOnlyHashChain()
    {
        CT_SCRATCH(db);
        auto store = open(db.url());
        QVERIFY(store);
        AuditEntry entry;
        entry.actor = QStringLiteral("ana");
        entry.role = QStringLiteral("operator");
        entry.action = QStringLiteral("dlq.resolve");
        entry.target = QStringLiteral("msg-1");
        entry.result = QStringLiteral("ok");
        entry.detail = QStringLiteral("fixed in ERP; 'quotes', \\backslash\\ and \u00fcml\u00e4uts");
        QVERIFY(store->appendAudit(entry).ok());
        QVERIFY(store->ingest(everyKind()).ok());
        QVERIFY(store->appendAudit(entry).ok());
        auto trail = store->auditTrail();
        QVERIFY(trail.ok());
        QCOMPARE(trail->size(), 1 + latestSchemaVersion() + 2);
        QString previous;
        qint64 seq = 0;
        for (const AuditEntry& a : trail.value()) {
            QVERIFY(a.seq > seq);
            seq = a.seq;
            QCOMPARE(a.prevHash, previous);
            QCOMPARE(a.hash, a.computeHash());
            previous = a.hash;
        }
        QCOMPARE(trail->constLast().detail, entry.detail);
        for (const char* sql : {"UPDATE audit_entries SET actor = 'mallory'", "DELETE FROM audit_entries",
                                "TRUNCATE audit_entries"}) {
            const QString error = ct::test::execRaw(db.url(), QString::fromLatin1(sql));
            QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(QString::fromLatin1(sql) + error));
        }
        QCOMPARE(store->auditTrail()->size(), trail->size());
        QVERIFY(store->clearTelemetry().ok());
        QCOMPARE(store->auditTrail()->size(), trail->size());
        QCOMPARE(store->isEmpty().value(), true);
    }

    void refusesAForeignSchemaUntouched_data()
    {
        QTest::addColumn<QStringList>("setup");
        QTest::newRow("no schema_version") << QStringList{QStringLiteral("CREATE SCHEMA ctower"),
                                                          QStringLiteral("CREATE TABLE ctower.orders (id int)")};
        QTest::newRow("another product") << QStringList{
            QStringLiteral("CREATE SCHEMA ctower"),
            QStringLiteral("CREATE TABLE ctower.schema_version (version int, product text, description text, applied_at bigint)"),
            QStringLiteral("INSERT INTO ctower.schema_version VALUES (1, 'othertool', 'x', 0)")};
        QTest::newRow("another shape") << QStringList{QStringLiteral("CREATE SCHEMA ctower"),
                                                      QStringLiteral("CREATE TABLE ctower.schema_version (v int)")};
    }
    void refusesAForeignSchemaUntouched()
    {
        QFETCH(QStringList, setup);
        CT_SCRATCH(db);
        for (const QString& sql : setup)
            QCOMPARE(ct::test::execRaw(db.url(), sql), QString());
        const QString shape = QStringLiteral("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables "
                                             "WHERE schemaname = 'ctower'");
        const QString before = ct::test::queryRaw(db.url(), shape).toString();
        for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            auto s = openStore(db.url(), mode);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, StoreError::Code::NotOurs);
            QVERIFY2(!s.error().text.contains(QLatin1Char('\n')), qPrintable(s.error().text));
            QVERIFY2(s.error().text.contains(QStringLiteral("left untouched")), qPrintable(s.error().text));
        }
        QCOMPARE(ct::test::queryRaw(db.url(), shape).toString(), before);
    }

    void readOnlyOnAnotherDatabaseCreatesNothing()
    {
        CT_SCRATCH(db);
        QCOMPARE(ct::test::execRaw(db.url(), QStringLiteral("CREATE TABLE public.orders (id int)")), QString());
        for (int round = 0; round < 2; ++round) {  // a database with tables of its own, then an empty one
            auto s = openStore(db.url(), OpenMode::ReadOnly);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, StoreError::Code::NotFound);
            QVERIFY2(s.error().text.contains(QStringLiteral("holds no Control Tower store")), qPrintable(s.error().text));
            QCOMPARE(count(db.url(), QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'ctower'")), 0);
            if (round == 0)
                QCOMPARE(ct::test::execRaw(db.url(), QStringLiteral("DROP TABLE public.orders")), QString());
        }
    }

    void refusesANewerSchemaUntouched()
    {
        CT_SCRATCH(db);
        QVERIFY(open(db.url()));
        QCOMPARE(ct::test::execRaw(db.url(), QStringLiteral("INSERT INTO schema_version (version, product, description, "
                                                            "applied_at) VALUES (99, 'controltower', 'future', 0)")),
                 QString());
        const qint64 audit = count(db.url(), QStringLiteral("SELECT count(*) FROM audit_entries"));
        const QString meta = ct::test::queryRaw(db.url(), QStringLiteral("SELECT string_agg(name || '=' || value, ',' "
                                                                         "ORDER BY name) FROM store_meta")).toString();
        for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            auto s = openStore(db.url(), mode);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, StoreError::Code::TooNew);
            QVERIFY(s.error().text.contains(QStringLiteral("99")));
        }
        QCOMPARE(count(db.url(), QStringLiteral("SELECT max(version) FROM schema_version")), 99);
        QCOMPARE(count(db.url(), QStringLiteral("SELECT count(*) FROM audit_entries")), audit);
        QCOMPARE(ct::test::queryRaw(db.url(), QStringLiteral("SELECT string_agg(name || '=' || value, ',' "
                                                             "ORDER BY name) FROM store_meta")).toString(),
                 meta);
    }

    void readOnlyStoreWritesNothing()
    {
        CT_SCRATCH(db);
        QVERIFY(open(db.url()));
        auto store = open(db.url(), OpenMode::ReadOnly);
        QVERIFY(store);
        auto r = store->ingest(everyKind());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, StoreError::Code::AccessDenied);
        QVERIFY2(!r.error().text.contains(QLatin1Char('\n')), qPrintable(r.error().text));
        // The server refuses too, whatever path a write takes.
        auto audited = store->appendAudit(AuditEntry::bySystem(QStringLiteral("test.write"), QString(), QString()));
        QVERIFY(!audited.ok());
        QCOMPARE(audited.error().code, StoreError::Code::AccessDenied);
        QVERIFY2(!audited.error().text.contains(QLatin1Char('\n')), qPrintable(audited.error().text));
        QVERIFY(!store->clearTelemetry().ok());
        QCOMPARE(count(db.url(), QStringLiteral("SELECT count(*) FROM events")), 0);
        QCOMPARE(count(db.url(), QStringLiteral("SELECT count(*) FROM audit_entries")), 1 + latestSchemaVersion());
    }

    void lostConnectionIsOneSentence()
    {
        CT_SCRATCH(db);
        auto store = open(db.url());
        QVERIFY(store);
        QVERIFY(store->ingest(everyKind()).ok());
        QCOMPARE(ct::test::execRaw(db.url(), QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                            "WHERE datname = current_database() AND pid <> pg_backend_pid()")),
                 QString());
        auto stats = store->stats();
        QVERIFY(!stats.ok());
        QCOMPARE(stats.error().code, StoreError::Code::Unreachable);
        QVERIFY2(stats.error().text.startsWith(QStringLiteral("lost the connection to PostgreSQL at 127.0.0.1:")),
                 qPrintable(stats.error().text));
        auto r = store->ingest(everyKind());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, StoreError::Code::Unreachable);
        QVERIFY2(!r.error().text.contains(QLatin1Char('\n')), qPrintable(r.error().text));
    }

    void countsLikeSqlite()
    {
        CT_SCRATCH(db);
        QTemporaryDir dir;
        auto lite = open(dir.filePath(QStringLiteral("store.db")));
        auto pg = open(db.url());
        QVERIFY(lite && pg);
        IngestBatch batch = everyKind();
        batch.events << batch.events.first();
        for (TelemetryStore* store : {lite.get(), pg.get()}) {
            QVERIFY(store->ingest(batch).ok());
            QVERIFY(store->ingest(batch).ok());
        }
        const auto json = [](TelemetryStore& s) {
            return QJsonDocument(s.stats()->toJson()).toJson(QJsonDocument::Compact);
        };
        QCOMPARE(json(*pg), json(*lite));  // audit rows included: creation and migrations match
    }

    void opensThroughASocketFolder()
    {
        CT_SCRATCH(db);
        const QString folders = ct::test::queryRaw(db.url(), QStringLiteral("SHOW unix_socket_directories")).toString();
        const QString folder = folders.section(QLatin1Char(','), 0, 0).trimmed();
        QVERIFY2(folder.startsWith(QLatin1Char('/')), qPrintable(folders));
        const QString url = withQuery(db.url(), QStringLiteral("host"), folder);
        auto store = open(url);
        QVERIFY(store);
        QVERIFY(store->ingest(everyKind()).ok());
        QVERIFY(store->info()->location.contains(folder));
    }

    void refusesOptionsThatCouldInjectOthers()
    {
        auto s = openStore(QStringLiteral("postgresql://u@127.0.0.1:1/db?application_name=x%20sslmode%3Ddisable"),
                           OpenMode::ReadOnly);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, StoreError::Code::InvalidLocation);
    }

    void unreachablePortFailsFastInOneLine()
    {
        const int port = ct::test::freeLoopbackPort();
        QVERIFY(port > 0);
        QElapsedTimer t;
        t.start();
        auto s = openStore(QStringLiteral("postgresql://ops:hunter2@127.0.0.1:%1/telemetry").arg(port), OpenMode::ReadOnly);
        QVERIFY(t.elapsed() < 3000);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, StoreError::Code::Unreachable);
        QCOMPARE(s.error().text, QStringLiteral("cannot reach PostgreSQL at 127.0.0.1:%1 (connection refused)").arg(port));
        QVERIFY(!s.error().text.contains(QStringLiteral("hunter2")));
    }

    void blackholedServerTimesOutInOneLine()
    {
        ct::test::Blackhole hole;
        QVERIFY(hole.port() > 0);
        QElapsedTimer t;
        t.start();
        auto s = openStore(QStringLiteral("postgresql://u@127.0.0.1:%1/db?connect_timeout=2").arg(hole.port()),
                           OpenMode::ReadWrite);
        const qint64 elapsed = t.elapsed();
        QVERIFY(!s.ok());
        QVERIFY2(elapsed >= 1500 && elapsed < 8000, qPrintable(QString::number(elapsed)));
        QCOMPARE(s.error().code, StoreError::Code::Unreachable);
        QCOMPARE(s.error().text, QStringLiteral("PostgreSQL at 127.0.0.1:%1 did not answer within 2 s").arg(hole.port()));
    }

    void unknownUserAndDatabase()
    {
        CT_SCRATCH(db);
        QUrl url(db.url());
        url.setUserName(QStringLiteral("ct_no_such_role"));
        url.setPassword(QStringLiteral("s3cret-pw"));
        auto s = openStore(url.toString(), OpenMode::ReadOnly);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, StoreError::Code::AccessDenied);
        QVERIFY2(s.error().text.contains(QStringLiteral("ct_no_such_role")), qPrintable(s.error().text));
        QVERIFY(!s.error().text.contains(QStringLiteral("s3cret-pw")));
        QVERIFY(!s.error().text.contains(QLatin1Char('\n')));

        url = QUrl(db.url());
        url.setPath(QStringLiteral("/ct_no_such_database"));
        s = openStore(url.toString(), OpenMode::ReadWrite);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, StoreError::Code::NotFound);
        QVERIFY2(s.error().text.contains(QStringLiteral("has no database \"ct_no_such_database\"")), qPrintable(s.error().text));
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
