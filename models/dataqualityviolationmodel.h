#pragma once

#include "dataqualityscan.h"
#include "keyedtablemodel.h"

namespace ct {

// The events that break one rule, newest first: when, the transaction's correlation id, the source,
// the stage, and what is wrong (plain text from the event).
class DataQualityViolationModel : public KeyedTableModel<DataQualityViolation> {
    Q_OBJECT
public:
    enum Column { At, CorrelationId, Source, Stage, Detail, ColumnCount };
    enum Role { SortRole = Qt::UserRole, CorrelationRole };

    explicit DataQualityViolationModel(QObject* parent = nullptr);
    void setViolations(const QList<DataQualityViolation>& violations);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const DataQualityViolation& v) const override
    {
        return v.eventId + QLatin1Char('\x1f') + v.rule + QLatin1Char('\x1f') + v.detail;
    }
};

} // namespace ct
