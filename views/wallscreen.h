#pragma once

#include "revenueblockers.h"
#include "wallfigures.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTableView;

namespace ct {

class OverviewTile;
class RevenueBlockerModel;

// The Overview for a wall screen: a few figures in very large type, amber or red past their
// thresholds, and the orders blocking the most revenue (a row opens its Lineage). It shows what it is
// given; the Overview page reads and refreshes it (and shows the peak-mode banner above it).
class WallScreen : public QWidget {
    Q_OBJECT
public:
    explicit WallScreen(QWidget* parent = nullptr);

    void setFigures(const QList<WallFigure>& figures, const RevenueBlockerRanking& blockers);
    const RevenueBlockerModel* blockerModel() const { return m_model; }

Q_SIGNALS:
    void openCorrelation(const QString& correlationId);
    void openPage(const QString& pageId, const QString& filter);

private:
    void makeTiles();

    QHBoxLayout* m_tileRow;
    QList<OverviewTile*> m_tiles;  // by WallFigureId; made when first shown
    QLabel* m_blockersTitle;
    QLabel* m_empty;
    QTableView* m_table;
    RevenueBlockerModel* m_model;
};

} // namespace ct
