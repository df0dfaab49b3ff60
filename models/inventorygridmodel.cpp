#include "inventorygridmodel.h"

#include "pricedeltamodel.h"

#include "plaintext.h"
#include "timeformat.h"

namespace ct {

InventoryGridModel::InventoryGridModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

void InventoryGridModel::setRows(const QList<InventoryRow>& rows)
{
    updateRows(rows);
}

int InventoryGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryRow& r = m_rows.at(index.row());
    const auto count = [&r](const char* system) -> QVariant {
        const auto it = r.bySystem.constFind(QLatin1String(system));
        return it == r.bySystem.cend() ? QVariant() : QVariant(it.value());
    };
    switch (role) {
    case StatusRole:
        return int(r.largestDelta == 0 ? Status::Agrees
                   : r.explaining()    ? Status::Explaining
                   : r.unexplained()   ? Status::Unexplained
                                       : Status::Explained);
    case Qt::TextAlignmentRole:
        return index.column() >= Authoritative && index.column() <= AtCost ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                              : QVariant();
    case SortRole:
        if (index.column() == Delta)
            return qAbs(r.largestDelta);
        if (index.column() == Residual)
            return r.explaining() ? -1 : qAbs(r.largestResidual); // not known yet: apart from every known figure
        if (index.column() == AtCost)
            return r.valueAtCostMinor();
        if (index.column() == AsOf)
            return r.asOf.micros();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Authoritative)
            return plainToolTip(tr("Counted by %1, the authority at %2").arg(r.authoritativeSystem, r.node));
        if (index.column() == AtCost && r.unitCostMinor > 0)
            return plainToolTip(tr("%1 units at %2 each").arg(qAbs(r.largestDelta)).arg(priceText(r.unitCostMinor, r.costCurrency)));
        if (index.column() == Residual && r.explaining())
            return plainToolTip(tr("Reading the messages behind this difference…"));
        if (index.column() == Residual)
            return plainToolTip(tr("What no failed, stopped, late or travelling message explains: shrink, a miscount "
                                   "or a mapping fault"));
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Sku:
            return r.sku;
        case Node:
            return r.node;
        case Authoritative:
            return r.authoritative;
        case Erp:
            return count("erp");
        case Webshop:
            return count("webshop");
        case Delta:
            return r.largestDelta == 0 ? QVariant() : QVariant(QString::asprintf("%+lld", r.largestDelta));
        case Residual:
            if (r.explaining())
                return QStringLiteral("…");
            return r.largestDelta == 0 ? QVariant() : QVariant(r.largestResidual == 0 ? QStringLiteral("0") : QString::asprintf("%+lld", r.largestResidual));
        case AtCost:
            return r.largestDelta == 0 || r.unitCostMinor == 0 ? QVariant() : QVariant(priceText(r.valueAtCostMinor(), r.costCurrency));
        case AsOf:
            return absoluteTime(r.asOf);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant InventoryGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Authoritative)
        return tr("The authority's count: the WMS at a distribution centre, the POS in a store");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Sku:
        return tr("SKU");
    case Node:
        return tr("Node");
    case Authoritative:
        return tr("Authority");
    case Erp:
        return tr("ERP");
    case Webshop:
        return tr("Web shop");
    case Delta:
        return tr("Largest delta");
    case Residual:
        return tr("Unexplained");
    case AtCost:
        return tr("At cost");
    case AsOf:
        return tr("As of");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
