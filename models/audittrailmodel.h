#pragma once

#include "auditentry.h"

#include <QAbstractTableModel>

namespace ct {

// The store's audit trail, newest first, with the verdict of its hash chain per row.
class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { At, Actor, Role, Action, Target, Result, Detail, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole, EntryRole };
    enum class ChainStatus { Verified, Broken };

    explicit AuditTrailModel(QObject* parent = nullptr);

    // Replaces the content in one reset; entries in store order (oldest first).
    void setEntries(const QList<AuditEntry>& entries);
    // Index (in store order) of the first entry whose hash or link does not verify; -1 when intact.
    int firstBrokenEntry() const { return m_firstBroken; }
    const AuditEntry& entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;  // newest first
    QList<bool> m_verified;
    int m_firstBroken = -1;
};

} // namespace ct
