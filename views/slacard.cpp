#include "slacard.h"

#include "plainlabel.h"
#include "plaintext.h"
#include "slaunits.h"
#include "statuspalette.h"
#include "theme.h"
#include "timeformat.h"
#include "timeserieschart.h"

#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace ct {
namespace {

QString unitName(LatencyUnit unit)
{
    switch (unit.kind) {
    case LatencyUnit::Seconds:
        return SlaCard::tr("seconds");
    case LatencyUnit::Minutes:
        return SlaCard::tr("minutes");
    case LatencyUnit::Hours:
        return SlaCard::tr("hours");
    }
    return {};
}

qint64 msOf(Timestamp t)
{
    return t.micros() / 1000;
}

} // namespace

SlaCard::SlaCard(QWidget* parent)
    : QFrame(parent)
    , m_title(makePlainLabel(QString(), QStringLiteral("slaTitle"), this))
    , m_stages(makePlainLabel(QString(), QStringLiteral("slaStages"), this))
    , m_figures(makePlainLabel(QString(), QStringLiteral("slaFigures"), this))
    , m_latency(new TimeSeriesChart(this))
    , m_breaches(new TimeSeriesChart(this))
{
    setObjectName(QStringLiteral("slaCard"));
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_stages->setEnabled(false); // the muted colour of secondary text
    m_latency->setMinimumHeight(170);
    m_breaches->setFixedHeight(78);
    m_breaches->setLegendVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(2);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_stages, 1);
    layout->addLayout(heading);
    layout->addWidget(m_figures);
    layout->addWidget(m_latency, 1);
    layout->addWidget(m_breaches);
    for (TimeSeriesChart* chart : {m_latency, m_breaches}) {
        connect(chart, &TimeSeriesChart::clickedAt, this, [this](qint64 msecs) {
            Q_EMIT chosen();
            if (const qsizetype b = bucketAt(msecs); b >= 0)
                Q_EMIT bucketClicked(b);
        });
        connect(chart, &TimeSeriesChart::hoveredAt, this, &SlaCard::showHover);
        connect(chart, &TimeSeriesChart::left, this, [] { QToolTip::hideText(); });
    }
    setSelected(false);
}

void SlaCard::setReport(const SlaReport& report)
{
    m_report = report;
    const SlaDefinition& sla = report.sla;
    const QLocale locale;
    setLabelText(m_title, sla.name);
    setLabelText(m_stages, tr("%1: %2 \u2192 %3, within %4").arg(sla.flow, sla.fromStage, sla.toStage,
                                                                  formatDuration(sla.thresholdSeconds)));
    QStringList figures;
    if (report.count > 0)
        figures << tr("p95 %1").arg(formatDuration(report.p95));
    figures << tr("%n breach(es)", nullptr, int(std::min<qint64>(report.breaches, INT_MAX)))
            << tr("%1 completed").arg(locale.toString(report.count));
    if (report.backlog)
        figures << tr("%1 waiting").arg(locale.toString(*report.backlog));
    const bool late = report.count > 0 && report.p95 > sla.thresholdSeconds;
    const StatusStyle style = statusStyle(late ? UiStatus::Failed : report.breaches ? UiStatus::Warning : UiStatus::Ok,
                                          isDarkTheme());
    setLabelText(m_figures, style.glyph + QLatin1Char(' ') + figures.join(QStringLiteral(" \u00b7 ")));
    QPalette palette = m_figures->palette();
    palette.setColor(QPalette::WindowText, style.colour);
    m_figures->setPalette(palette);

    const LatencyUnit unit = latencyUnitFor(sla.thresholdSeconds);
    const qint64 from = msOf(report.range.from), until = msOf(report.range.until);
    const qint64 half = report.range.bucketSeconds * 500;
    QList<QPointF> p50, p95, p99, backlog, breaches;
    double top = sla.thresholdSeconds * 1.25 / unit.seconds;
    double backlogTop = 1, breachTop = 1;
    for (const SlaBucket& b : report.buckets) {
        const qint64 start = msOf(b.start);
        if (b.count > 0) {
            // A bucket's percentiles sit in its middle; its counts cover it end to end.
            p50.append(QPointF(double(start + half), b.p50 / unit.seconds));
            p95.append(QPointF(double(start + half), b.p95 / unit.seconds));
            p99.append(QPointF(double(start + half), b.p99 / unit.seconds));
            top = std::max(top, b.p95 / unit.seconds * 1.1);
        }
        if (b.backlog) {
            backlog.append(QPointF(double(start + half), double(*b.backlog)));
            backlogTop = std::max(backlogTop, double(*b.backlog) * 1.15);
        }
        breaches.append(QPointF(double(start), double(b.breaches)));
        breaches.append(QPointF(double(start + 2 * half), double(b.breaches)));
        breachTop = std::max(breachTop, double(b.breaches) * 1.15);
    }
    m_latency->reset(from, until);
    m_latency->setValueAxis(unitName(unit), top, unit.kind == LatencyUnit::Seconds ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    if (report.backlog)
        m_latency->addArea(tr("waiting"), QColor(0x6b, 0x7f, 0x99), backlog, tr("waiting"), backlogTop);
    m_latency->addLine(tr("p50"), QColor(0x5b, 0x9b, 0xd5), p50);
    m_latency->addLine(tr("p95"), QColor(0x1f, 0x4e, 0x99), p95);
    m_latency->addLine(tr("p99"), QColor(0x7a, 0x3e, 0x9d), p99, Qt::DotLine);
    m_latency->addThreshold(tr("SLA"), sla.thresholdSeconds / unit.seconds);
    m_latency->setTimeLabelsVisible(false);
    m_breaches->reset(from, until);
    m_breaches->addArea(tr("breaches"), QColor(0xc0, 0x39, 0x2b), breaches, tr("breaches"), breachTop);
    m_breaches->setValueAxis(QString(), breachTop);
}

void SlaCard::setSelected(bool selected)
{
    setLineWidth(selected ? 2 : 1);
    setFrameShadow(selected ? QFrame::Plain : QFrame::Raised);
    setProperty("selected", selected);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, selected ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid));
    setPalette(p);
}

qsizetype SlaCard::bucketAt(qint64 msecs) const
{
    const qint64 width = m_report.range.bucketSeconds * 1000;
    const qint64 from = msOf(m_report.range.from);
    if (width <= 0 || msecs < from)
        return -1;
    const qsizetype b = qsizetype((msecs - from) / width);
    return b < m_report.buckets.size() ? b : -1;
}

QString SlaCard::bucketText(qsizetype bucket) const
{
    if (bucket < 0 || bucket >= m_report.buckets.size())
        return {};
    const SlaBucket& b = m_report.buckets.at(bucket);
    const Timestamp end = Timestamp::fromMicros(b.start.micros() + m_report.range.bucketSeconds * 1'000'000);
    QStringList lines{tr("%1 \u2013 %2").arg(clockTime(b.start), clockTime(end))};
    const QLocale locale;
    lines << tr("%1 completed").arg(locale.toString(b.count));
    if (b.count > 0)
        lines << tr("p50 %1 \u00b7 p95 %2 \u00b7 p99 %3").arg(formatDuration(b.p50), formatDuration(b.p95), formatDuration(b.p99));
    lines << tr("%n breach(es)", nullptr, int(std::min<qint64>(b.breaches, INT_MAX)));
    if (b.backlog)
        lines << tr("%1 waiting").arg(locale.toString(*b.backlog));
    return lines.join(QLatin1Char('\n'));
}

void SlaCard::showHover(qint64 msecs, const QPoint& globalPos)
{
    const qsizetype b = bucketAt(msecs);
    if (b < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(globalPos, plainToolTip(bucketText(b)), this);
}

void SlaCard::mousePressEvent(QMouseEvent* event)
{
    Q_EMIT chosen();
    QFrame::mousePressEvent(event);
}

} // namespace ct
