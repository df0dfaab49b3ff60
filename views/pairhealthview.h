#pragma once

#include "integrationoverview.h"
#include "statuspalette.h"
#include "systempairhealth.h"

#include <QWidget>

class QLabel;

namespace ct {

class TimeSeriesChart;

// How a pair's status reads in the palette (Idle as stale).
UiStatus pairUiStatus(PairStatus status);

// One system pair over the range: its figures, p50/p95 sync latency per bucket, and beneath it the
// integrity rate with the errors as bars. Hovering either chart shows the bucket's figures.
class PairHealthView : public QWidget {
    Q_OBJECT
public:
    explicit PairHealthView(QWidget* parent = nullptr);

    void setPair(const PairHealth& pair, const SlaRange& range);
    void clear(const QString& sentence);

    TimeSeriesChart* latencyChart() const { return m_latency; }
    TimeSeriesChart* integrityChart() const { return m_integrity; }
    // A bucket's figures, one per line (plain text); empty for none.
    QString bucketText(qint64 msecs) const;

private:
    void showHover(TimeSeriesChart* chart, qint64 msecs, const QPoint& globalPos);

    PairHealth m_pair;
    SlaRange m_range;
    QLabel* m_title;
    QLabel* m_figures;
    TimeSeriesChart* m_latency;
    TimeSeriesChart* m_integrity;
};

} // namespace ct
