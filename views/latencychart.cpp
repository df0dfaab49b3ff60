#include "latencychart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace ct {

LatencyChart::LatencyChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignTop);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void LatencyChart::setBuckets(const QList<LatencyBucket>& buckets, double thresholdSeconds)
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignTop);
    auto* p50 = new QLineSeries;
    p50->setName(tr("p50"));
    auto* p95 = new QLineSeries;
    p95->setName(tr("p95"));
    auto* threshold = new QLineSeries;
    threshold->setName(tr("SLA threshold"));
    QPen dashed(QColor(0xb3, 0x26, 0x1e));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    threshold->setPen(dashed);
    double top = thresholdSeconds;
    for (const LatencyBucket& b : buckets) {
        const qreal x = qreal(b.start.micros() / 1000);
        p50->append(x, b.p50 / 60.0);
        p95->append(x, b.p95 / 60.0);
        top = qMax(top, b.p95);
    }
    if (!buckets.isEmpty()) {
        threshold->append(qreal(buckets.constFirst().start.micros() / 1000), thresholdSeconds / 60.0);
        threshold->append(qreal(buckets.constLast().start.micros() / 1000), thresholdSeconds / 60.0);
    }
    for (QLineSeries* s : {p50, p95, threshold})
        chart->addSeries(s);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM d HH:mm"));
    time->setTickCount(8);
    auto* minutes = new QValueAxis;
    minutes->setTitleText(tr("minutes"));
    minutes->setRange(0, top / 60.0 * 1.1);
    minutes->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(minutes, Qt::AlignLeft);
    for (QLineSeries* s : {p50, p95, threshold}) {
        s->attachAxis(time);
        s->attachAxis(minutes);
    }
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace ct
