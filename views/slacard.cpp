#include "slacard.h"

#include "plainlabel.h"
#include "plaintext.h"
#include "slaunits.h"
#include "statuspalette.h"
#include "theme.h"
#include "timeformat.h"
#include "timeserieschart.h"

#include <QLabel>
#include <QChart>
#include <QHBoxLayout>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

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

// The charts' series, in the order they are drawn, and their colours.
const QColor kWaiting(0x9a, 0xa8, 0xb8);
const QColor kBreaches(0xc0, 0x39, 0x2b);
const QColor kP99(0xc3, 0xa6, 0xd6);
const QColor kP50(0x7f, 0xb6, 0xe6);
const QColor kP95(0x1f, 0x4e, 0x99);
const QColor kThreshold(0xb3, 0x26, 0x1e);

QLabel* swatch(const QColor& colour, bool line, QWidget* parent)
{
    QPixmap pixmap(18, 10);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    if (line) {
        QPen pen(colour, 2.0);
        if (colour == kThreshold)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(0, 5, 18, 5);
    } else {
        painter.fillRect(pixmap.rect(), colour);
    }
    auto* label = new QLabel(parent);
    label->setPixmap(pixmap);
    return label;
}

} // namespace

SlaCard::SlaCard(QWidget* parent)
    : QFrame(parent)
    , m_title(makePlainLabel(QString(), QStringLiteral("slaTitle"), this))
    , m_stages(makePlainLabel(QString(), QStringLiteral("slaStages"), this))
    , m_figures(makePlainLabel(QString(), QStringLiteral("slaFigures"), this))
    , m_chart(new TimeSeriesChart(this))
{
    setObjectName(QStringLiteral("slaCard"));
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_stages->setEnabled(false); // the muted colour of secondary text
    m_chart->setMinimumHeight(210);
    m_chart->setLegendVisible(false); // one legend above all the cards
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_stages);
    layout->addWidget(m_figures);
    layout->addWidget(m_chart, 1);
    connect(m_chart, &TimeSeriesChart::clickedAt, this, [this](qint64 msecs) {
        Q_EMIT chosen();
        if (const qsizetype b = bucketAt(msecs); b >= 0)
            Q_EMIT bucketClicked(b);
    });
    connect(m_chart, &TimeSeriesChart::hoveredAt, this, &SlaCard::showHover);
    connect(m_chart, &TimeSeriesChart::left, this, [this] { m_chart->chart()->setToolTip(QString()); });
    setSelected(false);
}

QWidget* SlaCard::makeLegend(QWidget* parent)
{
    auto* legend = new QWidget(parent);
    legend->setObjectName(QStringLiteral("slaLegend"));
    auto* row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 0);
    const std::tuple<QColor, bool, QString> entries[] = {
        {kP50, true, tr("p50")},           {kP95, true, tr("p95")},         {kP99, true, tr("p99")},
        {kThreshold, true, tr("SLA threshold")}, {kBreaches, false, tr("breaches")}, {kWaiting, false, tr("waiting (right axis)")}};
    for (const auto& [colour, line, text] : entries) {
        row->addWidget(swatch(colour, line, legend));
        row->addWidget(makePlainLabel(text, QString(), legend));
        row->addSpacing(8);
    }
    row->addStretch(1);
    return legend;
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
    figures << tr("%n breach(es)", nullptr, int(std::min<qint64>(report.breaches, INT_MAX)));
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
        // A bucket's percentiles sit in its middle, none where nothing completed (the lines break
        // there); its counts cover it end to end.
        const double nothing = std::numeric_limits<double>::quiet_NaN();
        p50.append(QPointF(double(start + half), b.count > 0 ? b.p50 / unit.seconds : nothing));
        p95.append(QPointF(double(start + half), b.count > 0 ? b.p95 / unit.seconds : nothing));
        p99.append(QPointF(double(start + half), b.count > 0 ? b.p99 / unit.seconds : nothing));
        if (b.count > 0)
            top = std::max(top, b.p95 / unit.seconds * 1.1);
        if (b.backlog) {
            backlog.append(QPointF(double(start + half), double(*b.backlog)));
            backlogTop = std::max(backlogTop, double(*b.backlog) * 1.15);
        }
        breaches.append(QPointF(double(start), double(b.breaches)));
        breaches.append(QPointF(double(start + 2 * half), double(b.breaches)));
        breachTop = std::max(breachTop, double(b.breaches) * 1.15);
    }
    m_chart->reset(from, until);
    m_chart->setValueAxis(unitName(unit), top, unit.kind == LatencyUnit::Seconds ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    if (report.backlog)
        m_chart->addArea(tr("waiting"), kWaiting, backlog, tr("waiting"), backlogTop);
    m_chart->addBars(tr("breaches"), kBreaches, breaches, breachTop, 0.2);
    // p95 is what the SLA is read by: the strong line; p99 the faint one behind it.
    m_chart->addLine(tr("p99"), kP99, p99);
    m_chart->addLine(tr("p50"), kP50, p50);
    m_chart->addLine(tr("p95"), kP95, p95);
    m_chart->addThreshold(tr("SLA"), sla.thresholdSeconds / unit.seconds);
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
    // The chart is a graphics item: its view answers tooltip events from the item under the mouse,
    // so the bucket's figures go on the item (shown at once when a tip is already up).
    const QString text = plainToolTip(bucketText(bucketAt(msecs)));
    if (m_chart->chart()->toolTip() == text)
        return;
    m_chart->chart()->setToolTip(text);
    if (QToolTip::isVisible())
        QToolTip::showText(globalPos, text, m_chart);
}

void SlaCard::mousePressEvent(QMouseEvent* event)
{
    Q_EMIT chosen();
    QFrame::mousePressEvent(event);
}

} // namespace ct
