// M4 downsampling: per pixel column the first, last, lowest and highest points survive, in x order, at
// most four per column; a short series comes back whole; points outside the range are left out.
#include "m4downsample.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>

using namespace ct;

namespace {

struct ColumnFacts {
    double firstX, lastX, low, high;
};

std::map<int, ColumnFacts> facts(const QList<QPointF>& points, double xMin, double xMax, int columns)
{
    std::map<int, ColumnFacts> out;
    for (const QPointF& p : points) {
        if (p.x() < xMin || p.x() > xMax)
            continue;
        // Column c spans [xMin + c * w, xMin + (c + 1) * w), the last one up to xMax inclusive.
        const double w = (xMax - xMin) / columns;
        int c = 0;
        while (c + 1 < columns && p.x() >= xMin + w * double(c + 1))
            ++c;
        auto [it, fresh] = out.try_emplace(c, ColumnFacts{p.x(), p.x(), p.y(), p.y()});
        if (!fresh) {
            it->second.lastX = p.x();
            it->second.low = std::min(it->second.low, p.y());
            it->second.high = std::max(it->second.high, p.y());
        }
    }
    return out;
}

} // namespace

class TestM4Downsample : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsEveryColumnsExtremes()
    {
        QRandomGenerator rng(7);
        QList<QPointF> points;
        double y = 0;
        for (int i = 0; i < 200'000; ++i) {
            y += rng.bounded(2.0) - 1.0;
            points.append(QPointF(i * 0.5, y));
        }
        const int columns = 300;
        const double xMin = 1000, xMax = 90'000;
        const QList<QPointF> kept = m4Downsample(points, xMin, xMax, columns);
        QVERIFY(kept.size() <= 4 * columns);
        QVERIFY(kept.size() >= 2 * columns);
        QVERIFY(std::is_sorted(kept.begin(), kept.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
        const auto all = facts(points, xMin, xMax, columns);
        const auto thin = facts(kept, xMin, xMax, columns);
        QCOMPARE(thin.size(), all.size());
        for (const auto& [column, f] : all) {
            const ColumnFacts& t = thin.at(column);
            QCOMPARE(t.firstX, f.firstX);
            QCOMPARE(t.lastX, f.lastX);
            QCOMPARE(t.low, f.low);
            QCOMPARE(t.high, f.high);
        }
        QCOMPARE(kept.constFirst().x(), xMin);
        QCOMPARE(kept.constLast().x(), xMax);
    }

    void shortSeriesComesBackWhole()
    {
        const QList<QPointF> points{{0, 1}, {1, 5}, {2, 3}, {3, 4}};
        QCOMPARE(m4Downsample(points, 0, 3, 10), points);
        // Out of range points are left out even then.
        QCOMPARE(m4Downsample(points, 1, 2, 10), (QList<QPointF>{{1, 5}, {2, 3}}));
    }

    void oneColumnIsFourPoints()
    {
        QList<QPointF> points;
        for (int i = 0; i < 100; ++i)
            points.append(QPointF(i, i == 30 ? -9 : (i == 70 ? 9 : 0)));
        const QList<QPointF> kept = m4Downsample(points, 0, 99, 1);
        QCOMPARE(kept, (QList<QPointF>{{0, 0}, {30, -9}, {70, 9}, {99, 0}}));
    }

    void nothingToDraw()
    {
        QVERIFY(m4Downsample({}, 0, 1, 100).isEmpty());
        QVERIFY(m4Downsample(QList<QPointF>{{0, 1}}, 1, 1, 100).isEmpty()); // an empty range
        QVERIFY(m4Downsample(QList<QPointF>{{0, 1}}, 0, 1, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestM4Downsample)
#include "tst_m4downsample.moc"
