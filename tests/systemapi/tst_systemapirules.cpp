// The mock system APIs' rules without HTTP: page tokens, credentials, forced-fault options, the fault
// plan's determinism and the rate limit's windows.
#include "systemapi/credentials.h"
#include "systemapi/faultplan.h"
#include "systemapi/pagetoken.h"
#include "systemapi/ratelimiter.h"

#include <QTest>

using namespace ct::systemapi;

class TestSystemApiRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pageTokenRoundTrip();
    void pageTokenRejects_data();
    void pageTokenRejects();
    void credentials_data();
    void credentials();
    void forcedFaultOption_data();
    void forcedFaultOption();
    void forcedFaultsMatchWholeSegments();
    void randomFaultsFollowTheSeed();
    void rateLimitWindows();
};

void TestSystemApiRules::pageTokenRoundTrip()
{
    const PositionKey key{QStringLiteral("ST-014"), QStringLiteral("SKU-000042")};
    const auto back = decodePageToken(encodePageToken(key));
    QVERIFY(back);
    QCOMPARE(back->node, key.node);
    QCOMPARE(back->sku, key.sku);
}

void TestSystemApiRules::pageTokenRejects_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not base64") << QByteArray("not a token!");
    QTest::newRow("no separator") << QByteArray("U1QtMDE0");
    QTest::newRow("padded") << encodePageToken({QStringLiteral("ST-1"), QStringLiteral("S")}) + "==";
    QTest::newRow("empty sku") << QByteArray("ST-014\n").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QTest::newRow("two separators") << QByteArray("a\nb\nc").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void TestSystemApiRules::pageTokenRejects()
{
    QFETCH(QByteArray, token);
    QVERIFY(!decodePageToken(token));
}

void TestSystemApiRules::credentials_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("accepted");
    const QByteArray token = "t0ken";
    QTest::newRow("bearer") << QByteArray("Bearer " + token) << true;
    QTest::newRow("scheme in any case") << QByteArray("bEARER " + token) << true;
    QTest::newRow("basic, token as password") << QByteArray("Basic " + QByteArray("any:" + token).toBase64()) << true;
    QTest::newRow("basic, token as user") << QByteArray("Basic " + QByteArray(token + ":x").toBase64()) << false;
    QTest::newRow("basic, not base64") << QByteArray("Basic ***") << false;
    QTest::newRow("wrong token") << QByteArray("Bearer t0ke") << false;
    QTest::newRow("token alone") << token << false;
    QTest::newRow("absent") << QByteArray() << false;
}

void TestSystemApiRules::credentials()
{
    QFETCH(QByteArray, authorization);
    QFETCH(bool, accepted);
    QCOMPARE(carriesToken(authorization, "t0ken"), accepted);
}

void TestSystemApiRules::forcedFaultOption_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("malformed") << QStringLiteral("malformed=/pos/inventory/ST-003") << true;
    QTest::newRow("redirect") << QStringLiteral("redirect=/wms/inventory/DC-EAST") << true;
    QTest::newRow("slow, a whole system") << QStringLiteral("slow=/erp") << true;
    QTest::newRow("error") << QStringLiteral("error=/webshop/prices") << true;
    QTest::newRow("unknown kind") << QStringLiteral("crash=/erp") << false;
    QTest::newRow("no path") << QStringLiteral("slow") << false;
    QTest::newRow("relative path") << QStringLiteral("slow=erp") << false;
    QTest::newRow("root") << QStringLiteral("slow=/") << false;
    QTest::newRow("trailing slash") << QStringLiteral("slow=/erp/") << false;
    QTest::newRow("query") << QStringLiteral("slow=/erp/inventory?node=ST-001") << false;
    QTest::newRow("space") << QStringLiteral("slow=/erp/inv entory") << false;
}

void TestSystemApiRules::forcedFaultOption()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    ForcedFault fault;
    const QString error = parseForcedFault(text, &fault);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        QVERIFY(error.startsWith(QLatin1String("--api-fault ")));
}

void TestSystemApiRules::forcedFaultsMatchWholeSegments()
{
    SystemApiConfig config;
    config.errorRate = 0;
    config.slowRate = 0;
    config.faults = {{ForcedFault::Kind::Error, QStringLiteral("/pos/inventory/ST-003")}};
    FaultPlan plan(config);
    QCOMPARE(plan.mishapFor("/pos/inventory/ST-003/SKU-1", "/pos/inventory/ST-003/SKU-1").status, 503);
    QCOMPARE(plan.mishapFor("/pos/inventory/ST-003/SKU-1", "/pos/inventory/ST-003/SKU-1").kind, Mishap::Kind::None);
    QCOMPARE(plan.mishapFor("/pos/inventory/ST-003/SKU-2", "/pos/inventory/ST-003/SKU-2").status, 503);
    QCOMPARE(plan.mishapFor("/pos/inventory/ST-0031/SKU-1", "/pos/inventory/ST-0031/SKU-1").kind, Mishap::Kind::None);
    QCOMPARE(plan.mishapFor("/pos/inventory", "/pos/inventory?node=ST-003").kind, Mishap::Kind::None);
}

void TestSystemApiRules::randomFaultsFollowTheSeed()
{
    SystemApiConfig config;
    config.errorRate = 0.3;
    config.slowRate = 0.3;
    const auto run = [&](quint64 seed) {
        config.seed = seed;
        FaultPlan plan(config);
        QList<qint64> outcome;
        for (int i = 0; i < 200; ++i) {
            const QByteArray target = "/erp/inventory/ST-001/SKU-" + QByteArray::number(i % 50);
            const Mishap m = plan.mishapFor(target, target);
            outcome << m.status << m.delay.count();
        }
        return outcome;
    };
    const QList<qint64> first = run(7);
    QCOMPARE(run(7), first);
    QVERIFY(run(8) != first);
    const qsizetype errors = std::count_if(first.cbegin(), first.cend(), [](qint64 v) { return v == 500 || v == 503; });
    QVERIFY(errors > 20 && errors < 100); // about 60 of 200
}

void TestSystemApiRules::rateLimitWindows()
{
    RateLimiter limiter(3);
    const auto t0 = RateLimiter::Clock::time_point() + std::chrono::hours(1);
    const QString erp = QStringLiteral("erp"), pos = QStringLiteral("pos");
    for (int i = 0; i < 3; ++i)
        QCOMPARE(limiter.admit(erp, t0 + std::chrono::milliseconds(i * 100)), 0);
    QCOMPARE(limiter.admit(erp, t0 + std::chrono::milliseconds(500)), 1);
    QCOMPARE(limiter.admit(pos, t0 + std::chrono::milliseconds(500)), 0);
    QCOMPARE(limiter.admit(erp, t0 + std::chrono::milliseconds(1000)), 0);
    RateLimiter unlimited(0);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(unlimited.admit(erp, t0), 0);
}

QTEST_GUILESS_MAIN(TestSystemApiRules)
#include "tst_systemapirules.moc"
