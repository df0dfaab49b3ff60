#include "throughputview.h"

#include "chartlegend.h"
#include "plainlabel.h"
#include "timeformat.h"
#include "timeserieschart.h"

#include <QChart>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace ct {
namespace {

const QColor kEvents(0x1f, 0x4e, 0x99);
const QColor kFailed(0xe6, 0x7e, 0x22);
const QColor kBreaches(0xc0, 0x39, 0x2b);

constexpr qint64 kMinuteMs = 60'000;

qint64 msecsOf(Timestamp t)
{
    return t.micros() / 1000;
}

} // namespace

ThroughputView::ThroughputView(QWidget* parent)
    : QWidget(parent)
    , m_summary(makePlainLabel(QString(), QStringLiteral("throughputSummary"), this))
    , m_chart(new TimeSeriesChart(this))
{
    setObjectName(QStringLiteral("throughput"));
    m_chart->setObjectName(QStringLiteral("throughputChart"));
    m_chart->setMinimumHeight(180);
    m_chart->setLegendVisible(false);
    m_chart->setFocusPolicy(Qt::NoFocus);
    m_chart->setToolTip(tr("Click a red bar to open the SLA breached most in that quarter hour."));
    auto* title = makePlainLabel(tr("Throughput and SLA breaches, last 6 hours"), QStringLiteral("sectionTitle"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(makeChartLegend(
        this, {{kEvents, tr("━ events/min")}, {kFailed, tr("━ failed/min")}, {kBreaches, tr("█ SLA breaches")}}));
    layout->addWidget(m_chart, 1);
    connect(m_chart, &TimeSeriesChart::hoveredAt, this,
            [this](qint64 msecs, const QPoint& pos) { showChartToolTip(m_chart, textAt(msecs), pos); });
    connect(m_chart, &TimeSeriesChart::left, this, [this] { m_chart->chart()->setToolTip(QString()); });
    connect(m_chart, &TimeSeriesChart::clickedAt, this, [this](qint64 msecs) {
        const QString sla = slaAt(msecs);
        if (!sla.isEmpty())
            Q_EMIT openSla(sla);
    });
}

void ThroughputView::setThroughput(const OverviewThroughput& throughput)
{
    m_data = throughput;
    const QLocale locale;
    QList<QPointF> events, failed, breaches;
    qint64 total = 0, failedTotal = 0, peak = 0, breachTotal = 0, breachTop = 0;
    for (const ThroughputMinute& m : throughput.minutes) {
        const double x = double(m.minute * kMinuteMs + kMinuteMs / 2);
        events.append(QPointF(x, double(m.events)));
        failed.append(QPointF(x, double(m.failed)));
        total += m.events;
        failedTotal += m.failed;
        peak = std::max(peak, m.events);
    }
    // A bar is a flat top across its bucket, zero between buckets.
    for (const BreachMark& b : throughput.breaches) {
        const double start = double(msecsOf(b.start));
        const double end = std::min(start + double(b.bucketSeconds * 1000), double(msecsOf(throughput.until)));
        breaches << QPointF(start, 0) << QPointF(start, double(b.breaches)) << QPointF(end, double(b.breaches))
                 << QPointF(end, 0);
        breachTotal += b.breaches;
        breachTop = std::max(breachTop, b.breaches);
    }
    QStringList summary{tr("%1 events, at most %2 a minute").arg(locale.toString(total), locale.toString(peak))};
    summary << tr("%1 failed").arg(locale.toString(failedTotal));
    if (breachTotal > 0)
        summary << tr("%n SLA breach(es)", nullptr, int(std::min<qint64>(breachTotal, INT_MAX)))
                << tr("%n quarter hour(s) with breaches", nullptr, int(throughput.breaches.size()));
    else
        summary << tr("no SLA breached");
    setLabelText(m_summary, summary.join(QStringLiteral(" \u00b7 ")));
    m_chart->reset(msecsOf(throughput.from), msecsOf(throughput.until));
    m_chart->setValueAxis(tr("events/min"), peak > 0 ? double(peak) * 1.15 : 1);
    m_chart->addArea(tr("events/min"), kEvents, events, QString(), 0);
    if (!breaches.isEmpty())
        m_chart->addBars(tr("SLA breaches"), kBreaches, breaches, double(breachTop), 0.3);
    m_chart->addLine(tr("failed/min"), kFailed, failed);
}

void ThroughputView::showError(const QString& reason)
{
    m_data = OverviewThroughput();
    setLabelText(m_summary, tr("The throughput cannot be read: %1").arg(reason));
    m_chart->reset(0, 1);
}

const BreachMark* ThroughputView::markAt(qint64 msecs) const
{
    for (const BreachMark& b : m_data.breaches) {
        const qint64 start = msecsOf(b.start);
        if (msecs >= start && msecs < start + b.bucketSeconds * 1000)
            return &b;
    }
    return nullptr;
}

QString ThroughputView::textAt(qint64 msecs) const
{
    if (m_data.minutes.isEmpty() || msecs < msecsOf(m_data.from) || msecs >= msecsOf(m_data.until))
        return {};
    const ThroughputMinute& m = m_data.minutes.at(qsizetype((msecs - msecsOf(m_data.from)) / kMinuteMs));
    const QLocale locale;
    QStringList lines{tr("%1: %2 events, %3 failed")
                          .arg(clockTime(Timestamp::fromMicros(m.minute * kMinuteMs * 1000)), locale.toString(m.events),
                               locale.toString(m.failed))};
    if (const BreachMark* b = markAt(msecs)) {
        const Timestamp end = b->start.plusSeconds(b->bucketSeconds);
        lines << tr("%n SLA breach(es) %1 \u2013 %2:", nullptr, int(std::min<qint64>(b->breaches, INT_MAX)))
                     .arg(clockTime(b->start), clockTime(end));
        for (const SlaBreachCount& s : b->bySla)
            lines << tr("  %1: %2").arg(s.name, locale.toString(s.breaches));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ThroughputView::slaAt(qint64 msecs) const
{
    const BreachMark* b = markAt(msecs);
    return b && !b->bySla.isEmpty() ? b->bySla.constFirst().slaId : QString();
}

} // namespace ct
