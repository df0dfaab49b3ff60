#include "pairhealthview.h"

#include "chartlegend.h"
#include "integrationoverview.h"
#include "plainlabel.h"
#include "slaunits.h"
#include "statuspalette.h"
#include "theme.h"
#include "timeformat.h"
#include "timeserieschart.h"

#include <QChart>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace ct {
namespace {

const QColor kP50(0x7f, 0xb6, 0xe6);
const QColor kP95(0x1f, 0x4e, 0x99);
const QColor kIntegrity(0x2e, 0x7d, 0x32);
const QColor kErrors(0xc0, 0x39, 0x2b);

qint64 msOf(Timestamp t)
{
    return t.micros() / 1000;
}

QString unitName(LatencyUnit unit)
{
    switch (unit.kind) {
    case LatencyUnit::Seconds:
        return PairHealthView::tr("latency (s)");
    case LatencyUnit::Minutes:
        return PairHealthView::tr("latency (min)");
    case LatencyUnit::Hours:
        return PairHealthView::tr("latency (h)");
    }
    return {};
}

} // namespace

UiStatus pairUiStatus(PairStatus status)
{
    switch (status) {
    case PairStatus::Idle:
        return UiStatus::Stale;
    case PairStatus::Ok:
        return UiStatus::Ok;
    case PairStatus::Degraded:
        return UiStatus::Warning;
    case PairStatus::Failing:
        return UiStatus::Failed;
    }
    return UiStatus::Stale;
}

PairHealthView::PairHealthView(QWidget* parent)
    : QWidget(parent)
    , m_title(makePlainLabel(QString(), QStringLiteral("pairTitle"), this))
    , m_figures(makePlainLabel(QString(), QStringLiteral("pairFigures"), this))
    , m_latency(new TimeSeriesChart(this))
    , m_integrity(new TimeSeriesChart(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_latency->setObjectName(QStringLiteral("pairLatencyChart"));
    m_integrity->setObjectName(QStringLiteral("pairIntegrityChart"));
    m_latency->setMinimumHeight(170);
    m_integrity->setMinimumHeight(130);
    // One legend for both charts.
    QHBoxLayout* legend = makeChartLegend(
        this, {{kP50, tr("━ p50")}, {kP95, tr("━ p95")}, {kIntegrity, tr("━ integrity")}, {kErrors, tr("█ errors")}});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_figures);
    layout->addLayout(legend);
    layout->addWidget(m_latency, 3);
    layout->addWidget(m_integrity, 2);
    for (TimeSeriesChart* chart : {m_latency, m_integrity}) {
        chart->setLegendVisible(false);
        chart->setFocusPolicy(Qt::NoFocus);  // nothing to do there by keyboard: Tab goes table to table
        connect(chart, &TimeSeriesChart::hoveredAt, this,
                [this, chart](qint64 msecs, const QPoint& pos) { showHover(chart, msecs, pos); });
        connect(chart, &TimeSeriesChart::left, this, [chart] { chart->chart()->setToolTip(QString()); });
    }
}

void PairHealthView::setPair(const PairHealth& pair, const SlaRange& range)
{
    m_pair = pair;
    m_range = range;
    const QLocale locale;
    setLabelText(m_title, tr("%1 \u2192 %2").arg(pair.from, pair.to));
    QStringList figures;
    if (pair.count > 0)
        figures << tr("p50 %1 \u00b7 p95 %2 over %3 changes")
                       .arg(formatDuration(pair.p50), formatDuration(pair.p95), locale.toString(pair.count));
    else
        figures << tr("no change crossed with a measured latency");
    if (pair.messages > 0)
        figures << tr("%1% of %2 messages without an error (%3 errors)")
                       .arg(locale.toString(100.0 * pair.integrityRate(), 'f', 2), locale.toString(pair.messages),
                            locale.toString(pair.errors));
    else
        figures << tr("no message received");
    const StatusStyle style = statusStyle(pairUiStatus(pairStatus(pair)), isDarkTheme());
    setLabelText(m_figures, style.glyph + QLatin1Char(' ') + figures.join(QStringLiteral(" \u00b7 ")));
    QPalette palette = m_figures->palette();
    palette.setColor(QPalette::WindowText, style.colour);
    m_figures->setPalette(palette);

    const double nothing = std::numeric_limits<double>::quiet_NaN();
    double slowest = 0;
    for (const PairHealthBucket& b : pair.buckets)
        slowest = std::max(slowest, b.count > 0 ? b.p95 : 0.0);
    const LatencyUnit unit = latencyUnitFor(std::max(slowest, pair.p95));
    const qint64 half = range.bucketSeconds * 500;
    QList<QPointF> p50, p95, integrity, errors;
    double top = 0, errorTop = 1;
    for (const PairHealthBucket& b : pair.buckets) {
        const double middle = double(msOf(b.start) + half);
        p50.append(QPointF(middle, b.count > 0 ? b.p50 / unit.seconds : nothing));
        p95.append(QPointF(middle, b.count > 0 ? b.p95 / unit.seconds : nothing));
        top = std::max(top, b.count > 0 ? b.p95 / unit.seconds * 1.15 : 0.0);
        integrity.append(QPointF(middle, b.messages > 0 ? 100.0 * double(b.messages - b.errors) / double(b.messages) : nothing));
        errors.append(QPointF(double(msOf(b.start)), double(b.errors)));
        errors.append(QPointF(double(msOf(b.start) + 2 * half), double(b.errors)));
        errorTop = std::max(errorTop, double(b.errors) * 1.15);
    }
    const qint64 from = msOf(range.from), until = msOf(range.until);
    m_latency->reset(from, until);
    m_latency->setValueAxis(unitName(unit), top > 0 ? top : 1,
                            unit.kind == LatencyUnit::Seconds ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    m_latency->addLine(tr("p50"), kP50, p50);
    m_latency->addLine(tr("p95"), kP95, p95);
    m_latency->setTimeLabelsVisible(false);
    m_integrity->reset(from, until);
    m_integrity->setValueAxis(tr("integrity (%)"), 100, QStringLiteral("%.0f"), 3);
    m_integrity->addBars(tr("errors"), kErrors, errors, errorTop, 0.35);
    m_integrity->addLine(tr("integrity"), kIntegrity, integrity);
}

void PairHealthView::clear(const QString& sentence)
{
    m_pair = PairHealth();
    setLabelText(m_title, sentence);
    setLabelText(m_figures, QString());
    m_latency->reset(0, 1);
    m_integrity->reset(0, 1);
}

QString PairHealthView::bucketText(qint64 msecs) const
{
    const qint64 width = m_range.bucketSeconds * 1000;
    const qint64 from = msOf(m_range.from);
    if (width <= 0 || msecs < from)
        return {};
    const qsizetype index = qsizetype((msecs - from) / width);
    if (index >= m_pair.buckets.size())
        return {};
    const PairHealthBucket& b = m_pair.buckets.at(index);
    const Timestamp end = b.start.plusMicros(m_range.bucketSeconds * 1'000'000);
    const QLocale locale;
    QStringList lines{tr("%1 \u2013 %2").arg(clockTime(b.start), clockTime(end))};
    if (b.count > 0)
        lines << tr("p50 %1 \u00b7 p95 %2 (%3 changes)").arg(formatDuration(b.p50), formatDuration(b.p95), locale.toString(b.count));
    if (b.messages > 0)
        lines << tr("%1% integrity: %2 errors of %3 messages")
                     .arg(locale.toString(100.0 * double(b.messages - b.errors) / double(b.messages), 'f', 2),
                          locale.toString(b.errors), locale.toString(b.messages));
    else
        lines << tr("no message");
    return lines.join(QLatin1Char('\n'));
}

void PairHealthView::showHover(TimeSeriesChart* chart, qint64 msecs, const QPoint& globalPos)
{
    showChartToolTip(chart, bucketText(msecs), globalPos);
}

} // namespace ct
