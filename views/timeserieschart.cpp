#include "timeserieschart.h"

#include "m4downsample.h"
#include "timeticks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ct {
namespace {

constexpr int kPixelsPerTick = 55;

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    viewport()->setMouseTracking(true); // hovering shows a bucket without a button held
    // Room on the right for half of the last time label, which is centred on the plot's right edge.
    chart()->setMargins(QMargins(2, 2, 20, 2));
    chart()->legend()->setAlignment(Qt::AlignTop);
    chart()->setBackgroundRoundness(0);
    // The plot's width moves with the window and with the axes' labels: thin again when it does.
    connect(chart(), &QChart::plotAreaChanged, this, &TimeSeriesChart::thin);
}

void TimeSeriesChart::reset(qint64 fromMs, qint64 untilMs)
{
    m_from = fromMs;
    m_until = qMax(fromMs + 1, untilMs);
    m_lines.clear();
    m_thinnedFor = -1;
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_time = new QCategoryAxis;
    m_time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_time->setRange(double(m_from), double(m_until));
    m_time->setStartValue(double(m_from));
    c->addAxis(m_time, Qt::AlignBottom);
    m_values = nullptr;
    m_right = nullptr;
}

void TimeSeriesChart::setValueAxis(const QString& title, double top, const QString& labelFormat, int ticks)
{
    if (!m_values) {
        m_values = new QValueAxis;
        chart()->addAxis(m_values, Qt::AlignLeft);
    }
    m_values->setTitleText(title);
    m_values->setRange(0, top > 0 ? top : 1);
    m_values->setLabelFormat(labelFormat);
    m_values->setTickCount(ticks);
}

void TimeSeriesChart::attach(QAbstractSeries* series, QAbstractAxis* values)
{
    chart()->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(values);
}

void TimeSeriesChart::addLine(const QString& name, const QColor& color, QList<QPointF> points, Qt::PenStyle style)
{
    if (!m_values)
        setValueAxis(QString(), 1);
    QPen pen(color);
    pen.setWidthF(1.6);
    pen.setStyle(style);
    // A NaN is a gap: each run between gaps is a series of its own, so no line crosses the gap. A
    // line without gaps is kept as given, never copied.
    QList<QList<QPointF>> runs;
    if (std::none_of(points.cbegin(), points.cend(), [](const QPointF& p) { return std::isnan(p.y()); })) {
        runs.append(std::move(points));
    } else {
        runs.append(QList<QPointF>());
        for (const QPointF& p : std::as_const(points)) {
            if (!std::isnan(p.y()))
                runs.last().append(p);
            else if (!runs.constLast().isEmpty())
                runs.append(QList<QPointF>());
        }
    }
    for (QList<QPointF>& run : runs) {
        if (run.isEmpty())
            continue;
        auto* series = new QLineSeries;
        series->setName(name);
        series->setPen(pen);
        attach(series, m_values);
        m_lines.append({series, std::move(run)});
    }
    m_thinnedFor = -1;
    thin();
}

void TimeSeriesChart::addThreshold(const QString& name, double value)
{
    if (!m_values)
        setValueAxis(QString(), value * 1.25);
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(QColor(0xb3, 0x26, 0x1e)); // the status palette's failure red
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.4);
    series->setPen(pen);
    series->append(double(m_from), value);
    series->append(double(m_until), value);
    attach(series, m_values);
}

void TimeSeriesChart::addArea(const QString& name, const QColor& color, QList<QPointF> points, const QString& axisTitle,
                              double top)
{
    if (axisTitle.isEmpty() && m_values) {
        addFilled(name, color, std::move(points), m_values, 60);
        return;
    }
    if (!m_right) {
        m_right = new QValueAxis;
        m_right->setTickCount(4);
        m_right->setLabelFormat(QStringLiteral("%.0f"));
        m_right->setGridLineVisible(false);
        chart()->addAxis(m_right, Qt::AlignRight);
    }
    m_right->setTitleText(axisTitle);
    m_right->setRange(0, top > 0 ? top : 1);
    addFilled(name, color, std::move(points), m_right, 60);
}

void TimeSeriesChart::addBars(const QString& name, const QColor& color, QList<QPointF> points, double top, double share)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, (top > 0 ? top : 1) / qBound(0.05, share, 1.0));
    axis->setVisible(false);
    chart()->addAxis(axis, Qt::AlignRight);
    addFilled(name, color, std::move(points), axis, 200);
}

void TimeSeriesChart::addFilled(const QString& name, const QColor& color, QList<QPointF> points, QAbstractAxis* axis,
                                int alpha)
{
    auto* upper = new QLineSeries(this);
    auto* area = new QAreaSeries(upper);
    area->setName(name);
    QColor fill = color;
    fill.setAlpha(alpha);
    area->setBrush(fill);
    area->setPen(QPen(color, 1.0));
    attach(area, axis);
    m_lines.append({upper, std::move(points)});
    m_thinnedFor = -1;
    thin();
}

void TimeSeriesChart::setLegendVisible(bool visible)
{
    chart()->legend()->setVisible(visible);
}

void TimeSeriesChart::setTimeLabelsVisible(bool visible)
{
    if (m_time)
        m_time->setLabelsVisible(visible);
}

qsizetype TimeSeriesChart::pointsDrawn() const
{
    qsizetype n = 0;
    for (const Line& line : m_lines)
        n += line.series->count();
    return n;
}

int TimeSeriesChart::plotColumns() const
{
    return qMax(1, int(chart()->plotArea().width()));
}

void TimeSeriesChart::thin()
{
    const int columns = plotColumns();
    if (columns == m_thinnedFor)
        return;
    m_thinnedFor = columns;
    for (const Line& line : std::as_const(m_lines))
        line.series->replace(m4Downsample(line.points, double(m_from), double(m_until), columns));
    if (!m_time)
        return;
    // Round times, as many as fit: the labels are replaced, the range kept.
    for (const QString& label : m_time->categoriesLabels())
        m_time->remove(label);
    for (const TimeTick& tick : timeTicks(m_from, m_until, qMax(2, columns / kPixelsPerTick)))
        m_time->append(tick.label, double(tick.msecs));
}

std::optional<qint64> TimeSeriesChart::timeAt(const QPoint& pos) const
{
    const QPointF scene = mapToScene(pos);
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(chart()->mapFromScene(scene)))
        return std::nullopt;
    const double x = (chart()->mapFromScene(scene).x() - plot.left()) / plot.width();
    return m_from + qint64(x * double(m_until - m_from));
}

void TimeSeriesChart::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        if (const auto at = timeAt(event->pos()))
            Q_EMIT clickedAt(*at);
    }
    QChartView::mousePressEvent(event);
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent* event)
{
    if (const auto at = timeAt(event->pos()))
        Q_EMIT hoveredAt(*at, event->globalPosition().toPoint());
    else
        Q_EMIT left();
    QChartView::mouseMoveEvent(event);
}

void TimeSeriesChart::leaveEvent(QEvent* event)
{
    Q_EMIT left();
    QChartView::leaveEvent(event);
}

} // namespace ct
