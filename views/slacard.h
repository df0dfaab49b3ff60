#pragma once

#include "slareport.h"

#include <QFrame>

class QLabel;

namespace ct {

class TimeSeriesChart;

// One SLA of the small multiples: its name and stages, the range's figures, p50/p95/p99 against the
// threshold with the backlog shaded behind them and the breaches per bucket as bars along the bottom.
// Hovering shows a bucket's figures; a click picks the SLA and that bucket.
class SlaCard : public QFrame {
    Q_OBJECT
public:
    explicit SlaCard(QWidget* parent = nullptr);

    // What the charts' colours mean, for one legend above every card.
    static QWidget* makeLegend(QWidget* parent);

    void setReport(const SlaReport& report);
    const SlaReport& report() const { return m_report; }
    void setSelected(bool selected);

    TimeSeriesChart* chart() const { return m_chart; }

    // The bucket that holds `msecs`, or -1.
    qsizetype bucketAt(qint64 msecs) const;
    // A bucket's figures, one per line (plain text).
    QString bucketText(qsizetype bucket) const;

Q_SIGNALS:
    void bucketClicked(qsizetype bucket);
    void chosen();

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    void showHover(qint64 msecs, const QPoint& globalPos);

    SlaReport m_report;
    QLabel* m_title;
    QLabel* m_stages;
    QLabel* m_figures;
    TimeSeriesChart* m_chart;
};

} // namespace ct
