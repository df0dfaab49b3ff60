#pragma once

#include "positionrefresher.h"

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ct {

// "Refresh from systems now" for the selected SKU x node cells: the button, then a progress bar and
// Cancel while the refresher reads the systems' APIs (never on this thread), then one line saying
// what came of it, with every system's figures and first errors in its tooltip.
class SystemsRefreshBar : public QWidget {
    Q_OBJECT
public:
    using Cells = std::function<QList<PositionCell>()>;

    explicit SystemsRefreshBar(QWidget* parent = nullptr);

    // Without a refresher the button explains that none is configured.
    void setRefresher(PositionRefresher* refresher);
    // What the button refreshes: the page's selection, and the measure it shows.
    void setSelection(Cells cells, QList<Measure> measures);
    void setMeasures(QList<Measure> measures) { m_measures = std::move(measures); }
    bool isRunning() const;
    QString summary() const;

    void start();
    void cancel();

Q_SIGNALS:
    // Positions were written: the page reads again.
    void refreshed();

private:
    void showProgress(const RefreshProgress& progress);
    void showOutcome(const Expected<RefreshOutcome>& outcome);

    PositionRefresher* m_refresher = nullptr;
    Cells m_cells;
    QList<Measure> m_measures;
    QPushButton* m_start;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_summary;
};

} // namespace ct
