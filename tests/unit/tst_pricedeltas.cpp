// The price delta engine on hand-written positions and campaign events: a store or channel that
// shows another price than the ERP is explained by the campaign one of them has not taken over.
#include "flowlibrary.h"
#include "pricedeltas.h"

#include <QTest>

using namespace ct;

namespace {

const QByteArray kCampaign = R"({
  "flow": "campaign",
  "stages": [
    {"id": "publish", "system": "merch", "type": "merch.campaign.published", "queue": "q.pub", "node": "none"},
    {"id": "erp-ack", "name": "ERP price update", "system": "erp", "type": "erp.price.updated", "failed_type": "erp.price.rejected",
     "queue": "q.erp", "node": "CHAIN", "latency_s": {"median": 60, "p95": 300}, "sla_s": 3600, "prices": true,
     "faults": ["business_rule"]},
    {"id": "pos-ack", "name": "POS price update", "system": "pos", "type": "pos.price.updated", "failed_type": "pos.price.rejected",
     "queue": "q.pos", "node": "stores", "after": "publish", "latency_s": {"median": 60, "p95": 300}, "sla_s": 3600,
     "prices": true, "faults": ["business_rule"]}
  ]
})";

const Timestamp kT0 = *Timestamp::fromIso(QStringLiteral("2026-11-02T10:00:00Z"));

const FlowLibrary& library()
{
    static const FlowLibrary flows = [] {
        QString error;
        auto flow = FlowTemplate::fromJson(kCampaign, QStringLiteral("campaign.json"), &error);
        Q_ASSERT_X(flow, "campaign", qPrintable(error));
        return FlowLibrary({*flow});
    }();
    return flows;
}

Event hop(const QString& campaign, const QString& stage, const QString& node, int minute, bool ok = true)
{
    Event e;
    e.id = campaign + QLatin1Char('-') + stage + QLatin1Char('-') + node;
    e.correlationId = campaign;
    e.flow = QStringLiteral("campaign");
    e.stage = stage;
    e.node = node;
    e.status = ok ? EventStatus::Ok : EventStatus::Failed;
    e.occurredAt = kT0.plusSeconds(60.0 * minute);
    return e;
}

PricePosition price(const QString& system, const QString& node, qint64 minor, const QString& promotion)
{
    return PricePosition{QStringLiteral("SKU-1"), node, system, minor, QStringLiteral("EUR"), promotion, kT0.plusSeconds(7200)};
}

const PriceDelta* rowAt(const QList<PriceDelta>& rows, const QString& node)
{
    for (const PriceDelta& d : rows) {
        if (d.node == node)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestPriceDeltas : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theCampaignOneSideHasNotTakenOver()
    {
        const QString c1 = QStringLiteral("C1"), c2 = QStringLiteral("C2");
        const QString st1 = QStringLiteral("ST-001"), st2 = QStringLiteral("ST-002"), st3 = QStringLiteral("ST-003"),
                      st4 = QStringLiteral("ST-004");
        // C1 reached the ERP and stores 1 and 4; store 2 rejected it. C2, newer, reached store 3 only:
        // the ERP's update is still due (an hour after publication at minute 100).
        const QList<Event> events{hop(c1, QStringLiteral("publish"), {}, 0),
                                  hop(c1, QStringLiteral("erp-ack"), QStringLiteral("CHAIN"), 2),
                                  hop(c1, QStringLiteral("pos-ack"), st1, 3),
                                  hop(c1, QStringLiteral("pos-ack"), st2, 3, false),
                                  hop(c1, QStringLiteral("pos-ack"), st4, 3),
                                  hop(c2, QStringLiteral("publish"), {}, 100),
                                  hop(c2, QStringLiteral("pos-ack"), st3, 101)};
        const QList<PricePosition> positions{price(QStringLiteral("erp"), QStringLiteral("CHAIN"), 900, c1),
                                             price(QStringLiteral("pos"), st1, 900, c1),
                                             price(QStringLiteral("pos"), st2, 1000, {}),
                                             price(QStringLiteral("pos"), st3, 800, c2),
                                             price(QStringLiteral("pos"), st4, 950, c1)};
        const Timestamp now = kT0.plusSeconds(60.0 * 120);
        QList<PriceDelta> rows = priceDeltas(positions, DeltaRules(), now);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(campaignsToExplain(rows), (QStringList{c1, c2}));
        explainPriceDeltas(rows, events, library(), now);

        QCOMPARE(rowAt(rows, st1)->delta, 0);
        QVERIFY(rowAt(rows, st1)->causes.isEmpty());

        const PriceDelta* rejected = rowAt(rows, st2);
        QCOMPARE(rejected->delta, 100);
        QCOMPARE(rejected->residual, 0);
        QCOMPARE(rejected->referenceNode, QStringLiteral("CHAIN"));
        const DeltaCause& c = rejected->causes.constFirst();
        QCOMPARE(c.correlationId, c1);
        QCOMPARE(c.kind, DeltaCause::Kind::Failed);
        QCOMPARE(c.laggingSystem, QStringLiteral("pos"));
        QCOMPARE(c.failedEventId, QStringLiteral("C1-pos-ack-ST-002"));
        QCOMPARE(c.movedAt, kT0.plusSeconds(120));
        QCOMPARE(c.quantity, 100);

        const PriceDelta* ahead = rowAt(rows, st3);
        QCOMPARE(ahead->delta, -100);
        QCOMPARE(ahead->residual, 0);
        QCOMPARE(ahead->causes.constFirst().correlationId, c2);
        QCOMPARE(ahead->causes.constFirst().laggingSystem, QStringLiteral("erp"));
        QCOMPARE(ahead->causes.constFirst().kind, DeltaCause::Kind::Pending);
        QCOMPARE(ahead->causes.constFirst().dueAt, kT0.plusSeconds(60.0 * 100 + 3600));
        explainPriceDeltas(rows, events, library(), kT0.plusSeconds(60.0 * 200));
        QCOMPARE(rowAt(rows, st3)->causes.constFirst().kind, DeltaCause::Kind::Overdue);

        // Same campaign, another price: no message explains it.
        const PriceDelta* wrong = rowAt(rows, st4);
        QCOMPARE(wrong->delta, 50);
        QCOMPARE(wrong->residual, 50);
        QVERIFY(wrong->causes.isEmpty());
        QVERIFY(wrong->unexplained());
    }

    void theAuthorityIsConfigured()
    {
        QString error;
        const DeltaRules rules = DeltaRules::fromJson(R"({"authorities": [{"system": "pos"}], "price_authority": "webshop"})", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto rows = priceDeltas({price(QStringLiteral("webshop"), QStringLiteral("WEB"), 500, {}),
                                       price(QStringLiteral("erp"), QStringLiteral("CHAIN"), 450, {})},
                                      rules, kT0);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].system, QStringLiteral("erp"));
        QCOMPARE(rows[0].delta, -50);
        DeltaRules::fromJson(R"({"authorities": [{"system": "pos"}], "price_authority": ""})", &error);
        QCOMPARE(error, QStringLiteral("price_authority must name a system, e.g. \"erp\""));
    }
};

QTEST_GUILESS_MAIN(TestPriceDeltas)
#include "tst_pricedeltas.moc"
