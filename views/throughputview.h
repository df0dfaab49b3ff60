#pragma once

#include "overviewthroughput.h"

#include <QWidget>

class QLabel;

namespace ct {

class TimeSeriesChart;

// The Overview's throughput chart, beside the incident feed: events and failed events per minute over
// the last hours, with the quarter hours in which an SLA was breached marked as red bars beneath.
// Hovering gives a minute's figures and its bucket's breaches by SLA; clicking a marked bucket opens
// the SLA page on the SLA breached most there.
class ThroughputView : public QWidget {
    Q_OBJECT
public:
    explicit ThroughputView(QWidget* parent = nullptr);

    void setThroughput(const OverviewThroughput& throughput);
    // Reading failed: the reason in one line, the chart emptied.
    void showError(const QString& reason);
    // What hovering at `msecs` shows (empty outside the range).
    QString textAt(qint64 msecs) const;
    // The SLA a click at `msecs` opens (empty when no SLA breached in that bucket).
    QString slaAt(qint64 msecs) const;
    const OverviewThroughput& throughput() const { return m_data; }
    TimeSeriesChart* chart() const { return m_chart; }

Q_SIGNALS:
    void openSla(const QString& slaId);

private:
    const BreachMark* markAt(qint64 msecs) const;

    OverviewThroughput m_data;
    QLabel* m_summary;
    TimeSeriesChart* m_chart;
};

} // namespace ct
