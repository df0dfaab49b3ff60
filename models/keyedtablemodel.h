#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace ct {

// A table model over rows that carry a unique key. updateRows() takes a complete new result and
// applies it in place: vanished rows are removed, new ones inserted, the rest moved to their new
// places with their persistent indexes (so selection and current row follow them) and refreshed.
// A live page re-reads and updates without losing what the user selected.
template <typename Row>
class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const Row& rowAt(int row) const { return m_rows.at(row); }
    const QList<Row>& rows() const { return m_rows; }

protected:
    virtual QString rowKey(const Row& row) const = 0;

    // A new result replacing the old one in one reset (a new query: nothing to keep).
    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    void appendRows(const QList<Row>& rows)
    {
        if (rows.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }

    // The same query read again: applied in place.
    void updateRows(QList<Row> next)
    {
        QHash<QString, int> nextRow;
        nextRow.reserve(next.size());
        for (int i = 0; i < next.size(); ++i)
            nextRow.insert(rowKey(next.at(i)), i);
        if (nextRow.size() != next.size()) {  // keys not unique: nothing can be followed
            resetRows(std::move(next));
            return;
        }
        // Rows that are gone, bottom up, a contiguous run at a time.
        for (int last = int(m_rows.size()) - 1; last >= 0;) {
            if (nextRow.contains(rowKey(m_rows.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !nextRow.contains(rowKey(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }
        // Rows that are new, at the end for now.
        QSet<QString> kept;
        for (const Row& r : std::as_const(m_rows))
            kept.insert(rowKey(r));
        QList<Row> fresh;
        for (const Row& r : std::as_const(next)) {
            if (!kept.contains(rowKey(r)))
                fresh.append(r);
        }
        appendRows(fresh);
        // Every row to its new place, with the persistent indexes that point at it.
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex& index : from)
            to.append(index.isValid() ? this->index(nextRow.value(rowKey(m_rows.at(index.row()))), index.column())
                                      : QModelIndex());
        m_rows = std::move(next);
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

    QList<Row> m_rows;
};

} // namespace ct
