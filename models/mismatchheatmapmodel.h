#pragma once

#include "mismatchheatmap.h"

#include <QAbstractTableModel>

namespace ct {

// The heatmap as a table: a row per system, a column per node; each cell shows the mismatch count or
// their value at cost, and HeatRole says how hot it is against the hottest cell (0 to 1).
class MismatchHeatmapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Measure { Count, ValueAtCost };
    enum Role { HeatRole = Qt::UserRole, NodeRole, SystemRole };

    explicit MismatchHeatmapModel(QObject* parent = nullptr);

    void setHeatmap(const MismatchHeatmap& map);
    void setMeasure(Measure measure);
    const MismatchHeatmap& heatmap() const { return m_map; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Whole currency units, shortened past ten thousand: "840", "12.4k", "1.3M".
    static QString compactMoney(qint64 minor);

private:
    QString tooltip(const QString& node, const QString& system, const HeatmapCell& cell) const;

    MismatchHeatmap m_map;
    Measure m_measure = Measure::Count;
};

} // namespace ct
