#pragma once

#include "dataqualityscan.h"
#include "keyedtablemodel.h"

#include <QHash>

namespace ct {

// Data-quality violations per rule and source system, most first: the rule's name, the system, the
// count. A re-read updates in place, so the selected row stays selected.
class DataQualityCountModel : public KeyedTableModel<DataQualityCount> {
    Q_OBJECT
public:
    enum Column { Rule, System, Violations, ColumnCount };
    enum Role { SortRole = Qt::UserRole, RuleRole, SystemRole };

    explicit DataQualityCountModel(QObject* parent = nullptr);
    // `counts` as violationCounts() gives them; the rules name them.
    void setCounts(const QList<DataQualityCount>& counts, const DataQualityRules& rules);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const DataQualityCount& c) const override { return c.rule + QLatin1Char('\x1f') + c.system; }

private:
    QHash<QString, QString> m_ruleNames;
};

} // namespace ct
