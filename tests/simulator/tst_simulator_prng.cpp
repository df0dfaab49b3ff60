// The simulator's own generator and distributions: fixed sequences, right moments.
#include "simulator/prng.h"

#include <QTest>

#include <cmath>

using ct::Prng;

namespace {

struct Moments {
    double mean = 0;
    double variance = 0;
};

template <typename Draw> Moments momentsOf(int n, Draw draw)
{
    double sum = 0, squares = 0;
    for (int i = 0; i < n; ++i) {
        const double x = draw();
        sum += x;
        squares += x * x;
    }
    const double mean = sum / n;
    return {mean, squares / n - mean * mean};
}

} // namespace

class TestSimulatorPrng : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitmixMatchesTheReference()
    {
        // The first outputs of splitmix64 from state 0, as published with the algorithm.
        quint64 state = 0;
        QCOMPARE(Prng::splitmix64(state), 0xe220a8397b1dcdafULL);
        QCOMPARE(Prng::splitmix64(state), 0x6e789e6aa1b965f4ULL);
        QCOMPARE(Prng::splitmix64(state), 0x06c45d188009454fULL);
    }

    void sameSeedSameSequence()
    {
        Prng a(42), b(42), c(43);
        bool differs = false;
        for (int i = 0; i < 1000; ++i) {
            const quint64 x = a.next();
            QCOMPARE(b.next(), x);
            differs |= c.next() != x;
        }
        QVERIFY(differs);
    }

    void streamsAreIndependent()
    {
        Prng a = Prng::forStream(1, 5, 0);
        Prng b = Prng::forStream(1, 5, 1);
        Prng c = Prng::forStream(1, 6, 0);
        Prng again = Prng::forStream(1, 5, 0);
        const quint64 x = a.next();
        QVERIFY(x != b.next());
        QVERIFY(x != c.next());
        QCOMPARE(again.next(), x);
    }

    void uniformAndBelowStayInRange()
    {
        Prng prng(7);
        int counts[10] = {};
        for (int i = 0; i < 100'000; ++i) {
            const double u = prng.uniform();
            QVERIFY(u >= 0.0 && u < 1.0);
            const quint64 k = prng.below(10);
            QVERIFY(k < 10);
            ++counts[k];
            const qint64 v = prng.between(-3, 3);
            QVERIFY(v >= -3 && v <= 3);
        }
        for (int c : counts)
            QVERIFY(qAbs(c - 10'000) < 500);
        QCOMPARE(prng.below(0), quint64(0));
    }

    void distributionsHaveTheirMoments_data()
    {
        QTest::addColumn<QString>("distribution");
        QTest::addColumn<double>("parameter");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("variance");
        QTest::newRow("normal") << QStringLiteral("normal") << 0.0 << 0.0 << 1.0;
        QTest::newRow("poisson 0.5") << QStringLiteral("poisson") << 0.5 << 0.5 << 0.5;
        QTest::newRow("poisson 12") << QStringLiteral("poisson") << 12.0 << 12.0 << 12.0;
        QTest::newRow("poisson 400") << QStringLiteral("poisson") << 400.0 << 400.0 << 400.0;
        QTest::newRow("uniform") << QStringLiteral("uniform") << 0.0 << 0.5 << 1.0 / 12;
    }
    void distributionsHaveTheirMoments()
    {
        QFETCH(QString, distribution);
        QFETCH(double, parameter);
        QFETCH(double, mean);
        QFETCH(double, variance);
        Prng prng(11);
        const Moments m = momentsOf(200'000, [&] {
            if (distribution == QLatin1String("normal"))
                return prng.normal();
            if (distribution == QLatin1String("poisson"))
                return double(prng.poisson(parameter));
            return prng.uniform();
        });
        QVERIFY2(std::abs(m.mean - mean) < 0.02 * std::max(1.0, mean), qPrintable(QString::number(m.mean)));
        QVERIFY2(std::abs(m.variance - variance) < 0.03 * std::max(1.0, variance),
                 qPrintable(QString::number(m.variance)));
    }

    void lognormalHasItsMedianAndP95()
    {
        Prng prng(3);
        QList<double> draws;
        for (int i = 0; i < 100'000; ++i)
            draws << prng.lognormal(120.0, 900.0);
        std::sort(draws.begin(), draws.end());
        QVERIFY(std::abs(draws[50'000] / 120.0 - 1.0) < 0.03);
        QVERIFY(std::abs(draws[95'000] / 900.0 - 1.0) < 0.05);
        QCOMPARE(prng.lognormal(5.0, 5.0), 5.0);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorPrng)
#include "tst_simulator_prng.moc"
