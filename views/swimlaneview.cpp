#include "swimlaneview.h"

#include "plaintext.h"
#include "statuspalette.h"
#include "timeformat.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ct {

namespace {

constexpr double kLaneHeight = 34;    // when there is room
constexpr double kMinLaneHeight = 16; // many systems (a campaign reaching every store) share the height
constexpr double kGutter = 140;  // lane names
constexpr double kAxisHeight = 22;
constexpr double kLegendHeight = 20;
constexpr double kRadius = 6;
constexpr double kMinSpanUs = 1000; // 1 ms: zooming stops there

UiStatus uiStatusOf(EventStatus status)
{
    switch (status) {
    case EventStatus::Ok: return UiStatus::Ok;
    case EventStatus::Failed: return UiStatus::Failed;
    case EventStatus::Retrying: return UiStatus::Warning;
    case EventStatus::Skipped: return UiStatus::Stale;
    }
    return UiStatus::Ok;
}

bool darkPalette(const QWidget* w)
{
    return w->palette().color(QPalette::Window).lightness() < 128;
}

// A tick step of 1, 2 or 5 times a power of ten of seconds, or a round minute/hour/day, giving
// about `ticks` ticks over `spanUs`.
double tickStepUs(double spanUs, int ticks)
{
    static const double steps[] = {1e3,  2e3,  5e3,  1e4,   2e4,   5e4,    1e5,    2e5,    5e5,     1e6,     2e6,
                                   5e6,  1e7,  15e6, 3e7,   6e7,   12e7,   3e8,    6e8,    9e8,     18e8,    36e8,
                                   72e8, 108e8, 216e8, 432e8, 864e8, 1728e8, 6048e8};
    for (double s : steps) {
        if (spanUs / s <= ticks)
            return s;
    }
    return steps[std::size(steps) - 1];
}

} // namespace

SwimlaneView::SwimlaneView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Swimlane timeline"));
}

QSize SwimlaneView::sizeHint() const
{
    const int lanes = int(qMax<qsizetype>(2, m_layout.lanes.size()));
    return QSize(800, int(kLegendHeight + lanes * kLaneHeight + kAxisHeight + 8));
}

QSize SwimlaneView::minimumSizeHint() const
{
    const int lanes = int(std::clamp<qsizetype>(m_layout.lanes.size(), 2, 12));
    return QSize(400, int(kLegendHeight + lanes * kMinLaneHeight + kAxisHeight + 4));
}

double SwimlaneView::laneHeight() const
{
    const double room = height() - kLegendHeight - kAxisHeight - 4;
    return std::clamp(room / double(qMax<qsizetype>(1, m_layout.lanes.size())), kMinLaneHeight, kLaneHeight);
}

void SwimlaneView::setLayout(const SwimlaneLayout& layout)
{
    const bool sameTransaction = !m_layout.isEmpty() && !layout.isEmpty() && m_layout.first == layout.first;
    m_layout = layout;
    // A live update of the transaction on screen keeps the zoom the user chose.
    if (!sameTransaction)
        fit();
    updateGeometry();
    update();
}

void SwimlaneView::setSelectedHop(int hop)
{
    if (hop == m_selectedHop)
        return;
    m_selectedHop = hop;
    update();
}

void SwimlaneView::fit()
{
    const double first = double(m_layout.first.micros());
    const double last = double(m_layout.last.micros());
    const double span = std::max(last - first, kMinSpanUs * 10);
    // Room on the right for the last marker's label.
    m_from = first - span * 0.04;
    m_to = first + span * 1.15;
    update();
}

void SwimlaneView::zoom(double factor, double x)
{
    const QRectF plot = plotArea();
    if (plot.width() <= 0 || factor <= 0)
        return;
    const double fraction = std::clamp((x - plot.left()) / plot.width(), 0.0, 1.0);
    const double at = m_from + (m_to - m_from) * fraction;
    const double span = std::max((m_to - m_from) / factor, kMinSpanUs);
    m_from = at - span * fraction;
    m_to = m_from + span;
    update();
}

void SwimlaneView::pan(double pixels)
{
    const QRectF plot = plotArea();
    if (plot.width() <= 0)
        return;
    const double shift = pixels * (m_to - m_from) / plot.width();
    m_from -= shift;
    m_to -= shift;
    update();
}

QRectF SwimlaneView::plotArea() const
{
    return QRectF(kGutter, kLegendHeight, width() - kGutter - 12, double(m_layout.lanes.size()) * laneHeight());
}

double SwimlaneView::xOf(Timestamp t) const
{
    const QRectF plot = plotArea();
    return plot.left() + plot.width() * (double(t.micros()) - m_from) / (m_to - m_from);
}

QPointF SwimlaneView::markerPoint(int marker) const
{
    const SwimlaneMarker& m = m_layout.markers.at(marker);
    return QPointF(xOf(m.at), plotArea().top() + (m.lane + 0.5) * laneHeight());
}

int SwimlaneView::markerAt(const QPointF& p) const
{
    int best = -1;
    double bestDistance = kRadius + 4;
    for (int i = 0; i < m_layout.markers.size(); ++i) {
        const QPointF d = markerPoint(i) - p;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString SwimlaneView::markerToolTip(int marker) const
{
    const SwimlaneMarker& m = m_layout.markers.at(marker);
    QStringList lines{m.label, m_layout.lanes.value(m.lane), absoluteTime(m.at), eventStatusName(m.status)};
    if (m.duplicate)
        lines << tr("Duplicate: the same event was delivered again");
    if (m.outOfSequence)
        lines << tr("Out of sequence: recorded before its cause");
    if (m.causeMissing)
        lines << tr("Its cause is not among the events");
    return plainToolTip(lines.join(QLatin1Char('\n')));
}

void SwimlaneView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF plot = plotArea();
    if (m_layout.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No events to draw."));
        return;
    }

    // Legend, with the flags counted.
    QString legend = tr("Events: %1  ·  systems: %2").arg(m_layout.markers.size()).arg(m_layout.lanes.size());
    if (int d = m_layout.duplicates())
        legend += QStringLiteral("  ·  ") + tr("duplicates (dashed ring): %1").arg(d);
    if (int o = m_layout.outOfSequence())
        legend += QStringLiteral("  ·  ") + tr("out of sequence (▲): %1").arg(o);
    legend += QStringLiteral("  ·  ") + tr("wheel: zoom, drag: pan, double-click: fit");
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRectF(4, 0, width() - 8, kLegendHeight), Qt::AlignLeft | Qt::AlignVCenter, legend);

    // Lanes.
    const double lh = laneHeight();
    for (int lane = 0; lane < m_layout.lanes.size(); ++lane) {
        const QRectF row(0, plot.top() + lane * lh, width(), lh);
        if (lane % 2 == 1)
            painter.fillRect(row, pal.color(QPalette::AlternateBase));
        painter.setPen(pal.color(QPalette::WindowText));
        const QString name = painter.fontMetrics().elidedText(m_layout.lanes.at(lane), Qt::ElideMiddle, int(kGutter) - 12);
        painter.drawText(QRectF(6, row.top(), kGutter - 10, lh), Qt::AlignLeft | Qt::AlignVCenter, name);
    }
    drawAxis(painter, plot);

    painter.save();
    painter.setClipRect(QRectF(plot.left() - kRadius - 2, plot.top(), plot.width() + 2 * kRadius + 4, plot.height()));
    // Causation arrows under the markers, each with its hop latency.
    const QColor arrowColour = pal.color(QPalette::Mid);
    for (const SwimlaneArrow& a : std::as_const(m_layout.arrows)) {
        const QPointF from = markerPoint(a.from);
        const QPointF to = markerPoint(a.to);
        const QLineF line(from, to);
        if (line.length() < 2 * kRadius + 2)
            continue;
        const QPointF unit = (to - from) / line.length();
        const QPointF start = from + unit * (kRadius + 1);
        const QPointF tip = to - unit * (kRadius + 1);
        painter.setPen(QPen(arrowColour, 1.2));
        painter.drawLine(start, tip);
        const QPointF normal(-unit.y(), unit.x());
        QPainterPath head;
        head.moveTo(tip);
        head.lineTo(tip - unit * 7 + normal * 3.5);
        head.lineTo(tip - unit * 7 - normal * 3.5);
        head.closeSubpath();
        painter.fillPath(head, arrowColour);
        if (line.length() > 60) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            const QPointF mid = (start + tip) / 2 + QPointF(0, -4);
            painter.drawText(mid, formatDuration(a.latencySeconds));
        }
    }
    for (int i = 0; i < m_layout.markers.size(); ++i)
        drawMarker(painter, i);
    painter.restore();
}

void SwimlaneView::drawMarker(QPainter& painter, int marker) const
{
    const SwimlaneMarker& m = m_layout.markers.at(marker);
    const QPointF p = markerPoint(marker);
    const StatusStyle style = statusStyle(uiStatusOf(m.status), darkPalette(this));
    const bool selected = m.hop == m_selectedHop;
    if (selected) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(p, kRadius + 4, kRadius + 4);
    }
    painter.setPen(QPen(palette().color(QPalette::Base), 1));
    painter.setBrush(style.colour);
    if (m.outOfSequence) {
        QPolygonF triangle{p + QPointF(0, -kRadius - 1), p + QPointF(kRadius + 1, kRadius), p + QPointF(-kRadius - 1, kRadius)};
        painter.drawPolygon(triangle);
    } else {
        painter.drawEllipse(p, kRadius, kRadius);
    }
    if (m.duplicate) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.colour, 1.5, Qt::DashLine));
        painter.drawEllipse(p, kRadius + 3, kRadius + 3);
    }
    painter.setPen(palette().color(QPalette::WindowText));
    const QString label = painter.fontMetrics().elidedText(m.label, Qt::ElideRight, 120);
    const double lh = laneHeight();
    painter.drawText(QRectF(p.x() + kRadius + 3, p.y() - lh / 2, 124, lh / 2 + 2), Qt::AlignLeft | Qt::AlignBottom,
                     label);
}

void SwimlaneView::drawAxis(QPainter& painter, const QRectF& plot) const
{
    const double y = plot.bottom();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    const double origin = double(m_layout.first.micros());
    const double step = tickStepUs(m_to - m_from, std::max(2, int(plot.width() / 90)));
    // Ticks at whole steps from the transaction's first event, labelled by the time since it.
    double t = origin + std::ceil((m_from - origin) / step) * step;
    painter.setPen(palette().color(QPalette::WindowText));
    for (; t <= m_to; t += step) {
        const double x = plot.left() + plot.width() * (t - m_from) / (m_to - m_from);
        painter.drawLine(QPointF(x, y), QPointF(x, y + 4));
        const double seconds = (t - origin) / 1e6;
        const QString text = std::abs(seconds) < 1e-9 ? QStringLiteral("0")
                                                        : (seconds < 0 ? QStringLiteral("−") : QStringLiteral("+"))
                                                              + formatDuration(std::abs(seconds));
        painter.drawText(QRectF(x - 45, y + 4, 90, kAxisHeight - 4), Qt::AlignHCenter | Qt::AlignTop, text);
    }
    painter.drawText(QRectF(4, y + 4, kGutter - 8, kAxisHeight - 4), Qt::AlignLeft | Qt::AlignTop,
                     absoluteTime(m_layout.first));
}

void SwimlaneView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoom(std::pow(1.25, steps), event->position().x());
    event->accept();
}

void SwimlaneView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_moved = false;
    m_dragX = event->position().x();
}

void SwimlaneView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return;
    const double dx = event->position().x() - m_dragX;
    if (std::abs(dx) > 2 || m_moved) {
        m_moved = true;
        pan(dx);
        m_dragX = event->position().x();
        setCursor(Qt::ClosedHandCursor);
    }
}

void SwimlaneView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    unsetCursor();
    if (!m_moved) {
        const int marker = markerAt(event->position());
        if (marker >= 0) {
            setSelectedHop(m_layout.markers.at(marker).hop);
            Q_EMIT hopActivated(m_layout.markers.at(marker).hop);
        }
    }
}

void SwimlaneView::mouseDoubleClickEvent(QMouseEvent*)
{
    fit();
}

void SwimlaneView::keyPressEvent(QKeyEvent* event)
{
    const double middle = plotArea().center().x();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoom(1.5, middle); break;
    case Qt::Key_Minus: zoom(1 / 1.5, middle); break;
    case Qt::Key_Left: pan(plotArea().width() / 5); break;
    case Qt::Key_Right: pan(-plotArea().width() / 5); break;
    case Qt::Key_0: fit(); break;
    default: return QWidget::keyPressEvent(event);
    }
    event->accept();
}

bool SwimlaneView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int marker = markerAt(help->pos());
        if (marker >= 0)
            QToolTip::showText(help->globalPos(), markerToolTip(marker), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace ct
