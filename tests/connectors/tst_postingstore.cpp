// The postings one by one (PostingStore) on both engines, from events written by hand: posted and
// rejected ones with their own amount, currency and tax, the rejected one's reason from its failed
// message, awaiting ones with the transaction's amount and tax, business ids from the keys; and
// migration 17, which fills the tax of the events a schema-16 store already holds from their JSON
// payloads.
#include "flowdefinitions.h"
#include "flowlibrary.h"
#include "store/migration.h"
#include "storefixture.h"
#include "uuid.h"

#include <QTest>

#include <algorithm>

using namespace ct;

namespace {

constexpr qint64 kStart = 1'793'577'600'000'000;  // 2026-11-02T00:00:00Z
constexpr qint64 kMinute = 60'000'000;

Event postingEvent(const QString& correlation, const QString& stage, qint64 minute, EventStatus status, int n,
            std::optional<qint64> amount = std::nullopt, std::optional<qint64> tax = std::nullopt)
{
    Event e;
    e.occurredAt = Timestamp::fromMicros(kStart + minute * kMinute);
    e.recordedAt = e.occurredAt;
    e.key = uuidV7(quint64(e.occurredAt.micros() / 1000), quint64(n), 23);
    e.id = QStringLiteral("posting-evt-%1").arg(n);
    e.source = stage.startsWith(QLatin1String("erp")) ? QStringLiteral("erp") : QStringLiteral("oms");
    e.correlationId = correlation;
    e.flow = QStringLiteral("order-to-cash");
    e.stage = stage;
    e.type = QStringLiteral("test.") + stage;
    e.status = status;
    e.subject = correlation == QLatin1String("c-posted") ? QStringLiteral("ORD-1001") : QString();
    if (amount) {
        e.amountMinor = amount;
        e.currency = QStringLiteral("EUR");
        e.taxMinor = tax;
        e.contentType = QStringLiteral("application/json");
        QByteArray json = "{\"amount_minor\":" + QByteArray::number(*amount) + ",\"currency\":\"EUR\"";
        if (tax)
            json += ",\"tax_minor\":" + QByteArray::number(*tax);
        e.payload = json + '}';
    }
    return e;
}

FailedMessage rejection(const QString& correlation)
{
    FailedMessage m;
    m.key = uuidV7(quint64(kStart / 1000 + 5), 1, 3);
    m.messageId = QStringLiteral("msg-rejected");
    m.correlationId = correlation;
    m.eventId = QStringLiteral("posting-evt-5");
    m.source = QStringLiteral("erp");
    m.flow = QStringLiteral("order-to-cash");
    m.stage = QStringLiteral("erp-post");
    m.broker = QStringLiteral("rabbitmq");
    m.queue = QStringLiteral("erp.sales-orders.dlq");
    m.deathReason = QStringLiteral("rejected");
    m.deathCount = 1;
    m.firstDeathAt = Timestamp::fromMicros(kStart + 12 * kMinute);
    m.lastDeathAt = m.firstDeathAt;
    m.errorClass = QStringLiteral("business_rule");
    m.errorText = QStringLiteral("fiscal period closed");
    m.state = FailedMessageState::Open;
    return m;
}

// c-posted: allocated, posted (11900, tax 1900); c-rejected: allocated, rejected (2380, tax 380) with
// a failed message; c-waiting: allocated (1190, tax 190), not posted; c-early: not yet allocated.
IngestBatch handWritten()
{
    IngestBatch batch;
    batch.events << postingEvent(QStringLiteral("c-posted"), QStringLiteral("allocate"), 0, EventStatus::Ok, 1, 11900, 1900)
                 << postingEvent(QStringLiteral("c-posted"), QStringLiteral("erp-post"), 3, EventStatus::Ok, 2, 11900, 1900)
                 << postingEvent(QStringLiteral("c-rejected"), QStringLiteral("allocate"), 5, EventStatus::Ok, 4, 2380, 380)
                 << postingEvent(QStringLiteral("c-rejected"), QStringLiteral("erp-post"), 11, EventStatus::Failed, 5, 2380, 380)
                 << postingEvent(QStringLiteral("c-waiting"), QStringLiteral("allocate"), 20, EventStatus::Ok, 6, 1190, 190)
                 << postingEvent(QStringLiteral("c-early"), QStringLiteral("capture"), 21, EventStatus::Ok, 7, 500, 80);
    batch.failedMessages << rejection(QStringLiteral("c-rejected"));
    return batch;
}

QList<PostingStage> orderPosting()
{
    QString error;
    QList<PostingStage> stages;
    for (const PostingStage& s : postingStages(FlowLibrary::builtIn(&error))) {
        if (s.flow == QLatin1String("order-to-cash") && s.kind == QLatin1String("order"))
            stages << s;
    }
    return stages;
}

QList<PostingEntry> sorted(QList<PostingEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const PostingEntry& a, const PostingEntry& b) { return a.correlationId < b.correlationId; });
    return entries;
}

void checkEntries(TelemetryStore& store)
{
    const QList<PostingStage> stages = orderPosting();
    QCOMPARE(stages.size(), 1);
    QCOMPARE(stages[0].causeStage, QStringLiteral("allocate"));
    auto read = store.postingEntries(stages, PostingFilter());
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text));
    const QList<PostingEntry> entries = sorted(read.value());
    QCOMPARE(entries.size(), 3);

    const PostingEntry& posted = entries[0];
    QCOMPARE(posted.correlationId, QStringLiteral("c-posted"));
    QCOMPARE(posted.kind, QStringLiteral("order"));
    QCOMPARE(posted.state, PostingState::Posted);
    QCOMPARE(posted.amountMinor, qint64(11900));
    QCOMPARE(posted.taxMinor, std::optional<qint64>(1900));
    QCOMPARE(posted.currency, QStringLiteral("EUR"));
    QCOMPARE(posted.at, Timestamp::fromMicros(kStart + 3 * kMinute));
    QVERIFY(posted.reason.isEmpty());

    const PostingEntry& rejected = entries[1];
    QCOMPARE(rejected.correlationId, QStringLiteral("c-rejected"));
    QCOMPARE(rejected.state, PostingState::Rejected);
    QCOMPARE(rejected.amountMinor, qint64(2380));
    QCOMPARE(rejected.taxMinor, std::optional<qint64>(380));
    QCOMPARE(rejected.reason, QStringLiteral("fiscal period closed"));
    QCOMPARE(rejected.at, Timestamp::fromMicros(kStart + 11 * kMinute));

    const PostingEntry& waiting = entries[2];
    QCOMPARE(waiting.correlationId, QStringLiteral("c-waiting"));
    QCOMPARE(waiting.state, PostingState::Awaiting);
    QCOMPARE(waiting.amountMinor, qint64(1190));
    QCOMPARE(waiting.taxMinor, std::optional<qint64>(190));
    QCOMPARE(waiting.at, Timestamp::fromMicros(kStart + 20 * kMinute));  // awaiting since its cause
}

} // namespace

class TestPostingStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void postingsOneByOne_data() { CT_ENGINE_ROWS(); }
    void postingsOneByOne()
    {
        CT_FIXTURE(fx);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        QVERIFY(store->ingest(handWritten()).ok());
        checkEntries(*store);
        if (QTest::currentTestFailed())
            return;
        auto none = store->postingEntries({}, PostingFilter());
        QVERIFY(none && none->isEmpty());
    }

    // A narrow read (by state, day, kind, currency) gives exactly what filtering every posting gives:
    // awaiting ones come from the cause times the awaiting rollup counts, so a transaction allocated
    // at the same instant as a posted one, and one posted in a later batch, are told apart.
    void narrowReads_data() { CT_ENGINE_ROWS(); }
    void narrowReads()
    {
        CT_FIXTURE(fx);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        IngestBatch first = handWritten();
        first.events << postingEvent(QStringLiteral("c-twin"), QStringLiteral("allocate"), 0, EventStatus::Ok, 8, 300)
                     << postingEvent(QStringLiteral("c-late"), QStringLiteral("allocate"), 25, EventStatus::Ok, 9, 400)
                     << postingEvent(QStringLiteral("c-next-day"), QStringLiteral("allocate"), 1440 + 5, EventStatus::Ok, 10, 600)
                     << postingEvent(QStringLiteral("c-next-day"), QStringLiteral("erp-post"), 1440 + 6, EventStatus::Ok, 11, 600);
        QVERIFY(store->ingest(first).ok());
        IngestBatch later;
        later.events << postingEvent(QStringLiteral("c-late"), QStringLiteral("erp-post"), 40, EventStatus::Ok, 12, 400);
        QVERIFY(store->ingest(later).ok());

        auto all = store->postingEntries(orderPosting(), PostingFilter());
        QVERIFY(all);
        QCOMPARE(all->size(), 6);  // c-posted, c-rejected, c-waiting, c-twin, c-late, c-next-day
        const auto names = [](const QList<PostingEntry>& entries) {
            QStringList out;
            for (const PostingEntry& e : entries)
                out << e.correlationId + QLatin1Char('/') + postingStateCode(e.state);
            out.sort();
            return out;
        };
        const qint64 day = Timestamp::fromMicros(kStart).epochDay();
        struct Case {
            const char* what;
            PostingFilter scope;
            QStringList want;
        };
        QList<Case> cases;
        cases.append({"awaiting", {}, {QStringLiteral("c-twin/awaiting"), QStringLiteral("c-waiting/awaiting")}});
        cases.last().scope.states = {PostingState::Awaiting};
        cases.append({"rejected", {}, {QStringLiteral("c-rejected/rejected")}});
        cases.last().scope.states = {PostingState::Rejected};
        cases.append({"posted", {}, {QStringLiteral("c-late/posted"), QStringLiteral("c-next-day/posted"),
                                     QStringLiteral("c-posted/posted")}});
        cases.last().scope.states = {PostingState::Posted};
        cases.append({"the next day", {}, {QStringLiteral("c-next-day/posted")}});
        cases.last().scope.fromDay = day + 1;
        cases.append({"the first day, not posted", {}, {QStringLiteral("c-rejected/rejected"),
                                                        QStringLiteral("c-twin/awaiting"), QStringLiteral("c-waiting/awaiting")}});
        cases.last().scope.fromDay = day;
        cases.last().scope.untilDay = day;
        cases.last().scope.states = {PostingState::Awaiting, PostingState::Rejected};
        cases.append({"refunds", {}, {}});
        cases.last().scope.kinds = {QStringLiteral("refund")};
        cases.append({"dollars", {}, {}});
        cases.last().scope.currencies = {QStringLiteral("USD")};
        for (const Case& c : std::as_const(cases)) {
            auto read = store->postingEntries(orderPosting(), c.scope);
            QVERIFY2(read, c.what);
            QCOMPARE(names(read.value()), c.want);
            QCOMPARE(names(read.value()), names(filterPostings(all.value(), c.scope)));
        }
    }

    // A store of schema 16 has no tax column: migration 17 adds it and fills it from the JSON payloads
    // it already holds; what arrives afterwards carries its own.
    void upgradeFillsTheTax_data() { CT_ENGINE_ROWS(); }
    void upgradeFillsTheTax()
    {
        CT_FIXTURE(fx);
        {
            auto store = test::openToWrite(fx.url());
            QVERIFY(store);
            QVERIFY(store->ingest(handWritten()).ok());
        }
        QCOMPARE(test::rewindSchema(fx.url(), 16), QString());
        QVERIFY(!test::queryRaw(fx.url(), QStringLiteral("SELECT count(*) FROM events")).isNull());
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        QVERIFY(store->info()->schemaVersion >= 17);
        checkEntries(*store);
        if (QTest::currentTestFailed())
            return;
        // An event that states no tax has none (nothing reads it from a payload after the migration).
        IngestBatch later;
        Event proto = postingEvent(QStringLiteral("c-proto"), QStringLiteral("allocate"), 30, EventStatus::Ok, 8, 700, 100);
        proto.contentType = QStringLiteral("application/x-protobuf");
        proto.taxMinor.reset();
        later.events << proto;
        QVERIFY(store->ingest(later).ok());
        auto read = store->postingEntries(orderPosting(), PostingFilter());
        QVERIFY(read);
        const QList<PostingEntry> entries = sorted(read.value());
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[1].correlationId, QStringLiteral("c-proto"));
        QVERIFY(!entries[1].taxMinor);
        QCOMPARE(entries[1].amountMinor, qint64(700));
    }
};

QTEST_GUILESS_MAIN(TestPostingStore)
#include "tst_postingstore.moc"
