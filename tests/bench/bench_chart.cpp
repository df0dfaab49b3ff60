// Chart benchmark (ARCHITECTURE.md §9): from data to a drawn frame for 10M points through the tool's
// chart class (TimeSeriesChart: M4 thinning to the plot's pixel columns), next to a plain QLineSeries
// of 100k points in a QChartView, measured in the same run. Budget: <= 50 ms for 10M points.
// Run: ./dev bench chart [--runs N] [--points N]   (not part of ctest)
#include "median.h"
#include "timeserieschart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QValueAxis>

#include <cstdio>

using ct::bench::median;

namespace {

constexpr qint64 kStartMs = 1'790'000'000'000;

// A random walk, one point a second from kStartMs.
QList<QPointF> walk(qsizetype n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QPointF> points;
    points.reserve(n);
    double y = 100;
    for (qsizetype i = 0; i < n; ++i) {
        y = qMax(0.0, y + rng.bounded(2.0) - 1.0);
        points.append(QPointF(double(kStartMs + i * 1000), y));
    }
    return points;
}

// Data handed over to the frame drawn, in ms.
double plainSeries(const QList<QPointF>& points)
{
    QChartView view;
    view.resize(1200, 400);
    view.show();
    QElapsedTimer clock;
    clock.start();
    auto* series = new QLineSeries;
    series->replace(points);
    view.chart()->addSeries(series);
    view.chart()->createDefaultAxes();
    const QPixmap frame = view.grab();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    return frame.isNull() ? -1 : ms;
}

double toolChart(QList<QPointF> points, qsizetype* drawn)
{
    ct::TimeSeriesChart view;
    view.resize(1200, 400);
    view.show();
    view.grab(); // laid out: the plot's width is known
    const qint64 until = qint64(points.constLast().x());
    QElapsedTimer clock;
    clock.start();
    view.reset(kStartMs, until);
    view.setValueAxis(QStringLiteral("value"), 200);
    view.addLine(QStringLiteral("walk"), Qt::darkBlue, std::move(points));
    const QPixmap frame = view.grab();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    *drawn = view.pointsDrawn();
    return frame.isNull() ? -1 : ms;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 5); medians shown."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("points"), QStringLiteral("Points through the chart class (default 10000000)."), QStringLiteral("N")});
    parser.process(app);
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 5;
    const qsizetype n = parser.isSet(QStringLiteral("points")) ? parser.value(QStringLiteral("points")).toLongLong() : 10'000'000;
    const QList<QPointF> small = walk(100'000, 1);
    QList<double> plain, ours;
    qsizetype drawn = 0;
    for (int run = 0; run < runs; ++run) {
        std::fprintf(stderr, "run %d of %d\n", run + 1, runs);
        plain << plainSeries(small);
        QList<QPointF> big = walk(n, quint32(run + 2)); // made before the clock starts
        ours << toolChart(std::move(big), &drawn);
    }
    std::printf("\nchart, data to drawn frame (1200 x 400), median of %d runs\n", runs);
    std::printf("  %-52s %9.1f ms   (baseline, same run)\n", "plain QLineSeries, 100k points", median(plain));
    std::printf("  %-52s %9.1f ms   budget <= 50 ms; %lld points drawn\n",
                qPrintable(QStringLiteral("TimeSeriesChart (M4), %1 points").arg(n)), median(ours), qlonglong(drawn));
    return 0;
}
