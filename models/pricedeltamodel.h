#pragma once

#include "pricedeltas.h"

#include "keyedtablemodel.h"

namespace ct {

// Prices that differ from the price authority's, a row per SKU x store or channel x system, with the
// campaigns each side shows and the one behind the difference.
class PriceDeltaModel : public KeyedTableModel<PriceDelta> {
    Q_OBJECT
public:
    enum Column { Sku, Node, System, Price, Promotion, Reference, ReferencePromotion, Delta, Why, ColumnCount };
    enum Role { SortRole = Qt::UserRole };

    explicit PriceDeltaModel(QObject* parent = nullptr);
    // Rows already shown stay in place (and selected).
    void setRows(const QList<PriceDelta>& rows);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const PriceDelta& r) const override
    {
        return r.sku + QLatin1Char('\x1f') + r.node + QLatin1Char('\x1f') + r.system;
    }
};

// A price in minor units as people read it, e.g. "12.99 EUR".
QString priceText(qint64 minor, const QString& currency);

} // namespace ct
