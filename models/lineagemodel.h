#pragma once

#include "lineage.h"

#include "keyedtablemodel.h"

namespace ct {

// The hops of one transaction in causal order: the Lineage page's events table.
class LineageModel : public KeyedTableModel<LineageHop> {
    Q_OBJECT
public:
    enum Column { Time, Stage, Type, Source, Node, Status, Latency, EventId, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole, DepthRole };
    // StatusRole values: the hop's EventStatus as an int.

    explicit LineageModel(QObject* parent = nullptr);

    // A graph of the same correlation id updates the rows in place (a live transaction gains hops).
    void setGraph(const LineageGraph& graph);
    const LineageGraph& graph() const { return m_graph; }
    const LineageHop& hopAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const LineageHop& hop) const override { return hop.event.key; }

private:
    LineageGraph m_graph;
};

} // namespace ct
