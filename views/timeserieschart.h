#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

class QAbstractAxis;
class QCategoryAxis;
class QValueAxis;
class QXYSeries;

namespace ct {

// Values over time, the one chart class of the tool: lines against a value axis, a dashed threshold,
// a shaded area against a second axis on the right, a time axis labelled on round times. Each line
// keeps every point it is given and draws at most four per pixel column (m4Downsample()), thinned
// again whenever the plot's width changes, so ten million points draw as fast as a few thousand.
// Drawn by the raster engine everywhere: with at most four points per pixel column OpenGL gains
// nothing (bench_chart), and Qt Charts' OpenGL series draw in a widget of their own over the plot
// that takes the clicks and the hovering (and fails without a real display). x is milliseconds since
// the epoch.
class TimeSeriesChart : public QChartView {
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget* parent = nullptr);

    // Empties the chart for the range [fromMs, untilMs]: every series and axis goes.
    void reset(qint64 fromMs, qint64 untilMs);
    // The left axis: from 0 to `top`, titled.
    void setValueAxis(const QString& title, double top, const QString& labelFormat = QStringLiteral("%.0f"), int ticks = 4);
    // A point whose y is NaN breaks the line there (nothing was measured).
    void addLine(const QString& name, const QColor& color, QList<QPointF> points, Qt::PenStyle style = Qt::SolidLine);
    void addThreshold(const QString& name, double value);
    // A shaded area from 0 up to the points, against a right axis from 0 to `top` titled `axisTitle`;
    // with no title, against the left (value) axis.
    void addArea(const QString& name, const QColor& color, QList<QPointF> points, const QString& axisTitle, double top);
    // Bars along the bottom of the plot, against an axis of their own (not drawn): `top` reaches
    // `share` of the plot's height, so they stay beneath the lines.
    void addBars(const QString& name, const QColor& color, QList<QPointF> points, double top, double share);
    void setLegendVisible(bool visible);
    void setTimeLabelsVisible(bool visible);

    // What the lines and areas draw now, after thinning (benchmarks and tests).
    qsizetype pointsDrawn() const;
    // The plot's width in pixels, the columns the lines are thinned to.
    int plotColumns() const;

Q_SIGNALS:
    void clickedAt(qint64 msecs);
    void hoveredAt(qint64 msecs, const QPoint& globalPos);
    void left();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Line {
        QXYSeries* series;
        QList<QPointF> points;
    };
    void attach(QAbstractSeries* series, QAbstractAxis* values);
    void addFilled(const QString& name, const QColor& color, QList<QPointF> points, QAbstractAxis* axis, int alpha);
    void thin();
    std::optional<qint64> timeAt(const QPoint& pos) const;

    qint64 m_from = 0;
    qint64 m_until = 1;
    QCategoryAxis* m_time = nullptr;
    QValueAxis* m_values = nullptr;
    QValueAxis* m_right = nullptr;
    QList<Line> m_lines;
    int m_thinnedFor = -1;
};

} // namespace ct
