// The records' column tables: the statement texts made from them, and a row as a sink receives it.
#include "store/eventcolumns.h"
#include "store/failedmessagecolumns.h"
#include "store/injectedfaultcolumns.h"
#include "store/positioncolumns.h"

#include <QTest>

using namespace ct;

namespace {

// Notes each value as "kind:value", the way a writer's sink receives it.
struct RecordingSink {
    QStringList values;

    void text(QStringView v) { values << QStringLiteral("text:") + v.toString(); }
    void utf8(QByteArrayView v) { values << QStringLiteral("utf8:") + QString::fromUtf8(v); }
    void bytes(const QByteArray& v)
    {
        values << (v.isNull() ? QStringLiteral("bytes:null")
                              : QStringLiteral("bytes:") + QString::fromLatin1(v.toHex()));
    }
    void integer(qint64 v) { values << QStringLiteral("integer:%1").arg(v); }
    void optional(const std::optional<qint64>& v)
    {
        values << (v ? QStringLiteral("optional:%1").arg(*v) : QStringLiteral("optional:null"));
    }
};

} // namespace

class TestRecordColumns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesTheColumnsInTableOrder()
    {
        QCOMPARE(EventColumns::names(),
                 QByteArray("key, id, source, correlation_id, causation_id, flow, stage, type, node, subject, status, "
                            "occurred_at, recorded_at, sku, quantity, amount_minor, currency, content_type, payload, "
                            "attributes, tax_minor"));
        QCOMPARE(EventColumns::parameters(), QByteArray("?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?"));
        // A failed message: its record, then its standing in the workflow (the failed_messages view).
        QCOMPARE(FailedMessageColumns::count, std::size_t(35));
        QVERIFY(FailedMessageColumns::names().startsWith("key, message_id, correlation_id, event_id, "));
        QVERIFY(FailedMessageColumns::names().endsWith(", currency, dedup_key, origin_queue, failure_signature, state, "
                                                       "version, replay_count, assignee, note, state_since, snoozed_until"));
        QCOMPARE(FailedMessagePositionColumns::names(),
                 QByteArray("key, state, version, replay_count, assignee, note, state_since, snoozed_until, last_death_at, "
                            "error_class, queue, source, failure_signature"));
        QCOMPARE(InjectedFaultColumns::names(),
                 QByteArray("correlation_id, fault_class, flow, stage, system, event_id, sku, node, quantity, detail"));
    }

    void upsertsPositionsByTheirKey()
    {
        QCOMPARE(InventoryPositionColumns::keyNames(), QByteArray("sku, node, system"));
        QCOMPARE(InventoryPositionColumns::upsert(),
                 QByteArray(" ON CONFLICT (sku, node, system) DO UPDATE SET on_hand = excluded.on_hand, "
                            "reserved = excluded.reserved, as_of = excluded.as_of, "
                            "unit_cost_minor = excluded.unit_cost_minor, cost_currency = excluded.cost_currency"));
        QCOMPARE(PricePositionColumns::upsert(),
                 QByteArray(" ON CONFLICT (sku, node, system) DO UPDATE SET price_minor = excluded.price_minor, "
                            "currency = excluded.currency, promotion_id = excluded.promotion_id, "
                            "as_of = excluded.as_of"));
    }

    void writesARowInColumnOrder()
    {
        Event e;
        e.id = QStringLiteral("evt-1");
        e.source = QStringLiteral("erp");
        e.status = EventStatus::Retrying;
        e.occurredAt = Timestamp::fromMicros(1793577600000001);
        e.amountMinor = -5;
        e.taxMinor = 2;
        e.attributes = QByteArrayLiteral("{\"channel\":\"web\"}");
        RecordingSink sink;
        EventColumns::write(e, sink);
        QCOMPARE(sink.values.size(), qsizetype(EventColumns::count));
        // No key of its own: a new one, time-ordered (UUIDv7).
        QVERIFY(sink.values.at(0).startsWith(QLatin1String("text:")));
        QCOMPARE(sink.values.at(0).size(), 5 + 36);
        QCOMPARE(sink.values.at(0).at(5 + 14), QLatin1Char('7'));
        QCOMPARE(sink.values.mid(1, 2), (QStringList{QStringLiteral("text:evt-1"), QStringLiteral("text:erp")}));
        QCOMPARE(sink.values.at(10), QStringLiteral("utf8:retrying"));
        QCOMPARE(sink.values.at(11), QStringLiteral("integer:1793577600000001"));
        QCOMPARE(sink.values.at(14), QStringLiteral("optional:null"));
        QCOMPARE(sink.values.at(15), QStringLiteral("optional:-5"));
        QCOMPARE(sink.values.at(18), QStringLiteral("bytes:null"));
        QCOMPARE(sink.values.at(19), QStringLiteral("utf8:{\"channel\":\"web\"}"));
        QCOMPARE(sink.values.at(20), QStringLiteral("optional:2"));

        FailedMessage m;
        m.key = QStringLiteral("k-1");
        m.state = FailedMessageState::Quarantined;
        RecordingSink failed;
        FailedMessageColumns::write(m, failed);
        QCOMPARE(failed.values.size(), qsizetype(FailedMessageColumns::count));
        QCOMPARE(failed.values.at(0), QStringLiteral("text:k-1"));
        QCOMPARE(failed.values.at(28), QStringLiteral("text:quarantined")); // its record's 28 columns, then its standing
        RecordingSink position;
        FailedMessagePositionColumns::write(m, position);
        QCOMPARE(position.values.mid(0, 2), (QStringList{QStringLiteral("text:k-1"), QStringLiteral("text:quarantined")}));
    }
};

QTEST_APPLESS_MAIN(TestRecordColumns)
#include "tst_recordcolumns.moc"
