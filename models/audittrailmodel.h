#pragma once

#include "auditentry.h"
#include "auditverification.h"

#include "keyedtablemodel.h"

#include <utility>

namespace ct {

struct AuditRow {
    AuditEntry entry;       // for an entry about several targets, one target's part of it
    bool verified = false;  // its hash and its link to the one before check out
    int part = -1;          // which target of its entry it is; -1: the entry is about one
    int parts = 1;          // how many targets its entry has
};

// The store's audit trail, newest first, with the verdict of its hash chain per row: an entry about
// several targets (a bulk action's window) is a row per target, each with the entry's verdict.
class AuditTrailModel : public KeyedTableModel<AuditRow> {
    Q_OBJECT
public:
    enum Column { At, Actor, Role, Action, Target, Result, Detail, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole, EntryRole };
    enum class ChainStatus { Verified, Broken };

    explicit AuditTrailModel(QObject* parent = nullptr);

    // Shows the trail, entries in store order (oldest first): rows already shown stay in place.
    void setEntries(const QList<AuditEntry>& entries);
    // The verdict on the hash chain of the entries shown: whether it is intact, and where it first breaks.
    const AuditVerification& verification() const { return m_verification; }
    const AuditEntry& entryAt(int row) const;
    // Where the row's entry is about several targets: which of them the row is (from 0), and how many.
    std::pair<int, int> partAt(int row) const { return {rowAt(row).part, rowAt(row).parts}; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const AuditRow& row) const override
    {
        return row.part < 0 ? QString::number(row.entry.seq)
                            : QString::number(row.entry.seq) + QLatin1Char('.') + QString::number(row.part);
    }

private:
    AuditVerification m_verification;
};

} // namespace ct
