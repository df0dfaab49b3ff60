#pragma once

#include "lineage.h"

#include <QAbstractTableModel>

namespace ct {

// The hops of one transaction in causal order: the Lineage page's events table.
class LineageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Stage, Type, Source, Node, Status, Latency, EventId, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole, DepthRole };
    // StatusRole values: the hop's EventStatus as an int.

    explicit LineageModel(QObject* parent = nullptr);

    void setGraph(const LineageGraph& graph);
    const LineageGraph& graph() const { return m_graph; }
    const LineageHop& hopAt(int row) const { return m_graph.hops.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LineageGraph m_graph;
};

} // namespace ct
