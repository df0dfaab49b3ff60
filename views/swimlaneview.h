#pragma once

#include "swimlane.h"

#include <QWidget>

namespace ct {

// A transaction's swimlane timeline: a lane per system, events as markers at their times, causation
// arrows with hop latencies; duplicates and out-of-sequence events marked (shape as well as colour).
// The wheel zooms around the pointer, dragging pans, a double click (or 0) fits the whole
// transaction; +/- and the arrow keys do the same from the keyboard. Clicking a marker selects its hop.
class SwimlaneView : public QWidget {
    Q_OBJECT
public:
    explicit SwimlaneView(QWidget* parent = nullptr);

    void setLayout(const SwimlaneLayout& layout);
    const SwimlaneLayout& swimlane() const { return m_layout; }
    void setSelectedHop(int hop);
    // Shows the whole transaction.
    void fit();
    // The visible time span, in microseconds since the epoch.
    double visibleFrom() const { return m_from; }
    double visibleTo() const { return m_to; }
    // Zooms by `factor` (> 1: closer) around the time at widget x.
    void zoom(double factor, double x);
    void pan(double pixels);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void hopActivated(int hop);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF plotArea() const;
    double laneHeight() const;
    double xOf(Timestamp t) const;
    QPointF markerPoint(int marker) const;
    int markerAt(const QPointF& p) const;
    QString markerToolTip(int marker) const;
    void drawAxis(QPainter& painter, const QRectF& plot) const;
    void drawMarker(QPainter& painter, int marker) const;

    SwimlaneLayout m_layout;
    double m_from = 0;
    double m_to = 1;
    int m_selectedHop = -1;
    bool m_dragging = false;
    double m_dragX = 0;
    bool m_moved = false;
};

} // namespace ct
