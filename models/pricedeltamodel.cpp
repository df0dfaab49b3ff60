#include "pricedeltamodel.h"

#include <QLocale>

namespace ct {

QString priceText(qint64 minor, const QString& currency)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(double(minor) / 100.0, 'f', 2), currency);
}

PriceDeltaModel::PriceDeltaModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

void PriceDeltaModel::setRows(const QList<PriceDelta>& rows)
{
    updateRows(rows);
}

int PriceDeltaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceDeltaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PriceDelta& r = m_rows.at(index.row());
    const auto orNone = [](const QString& promotion) { return promotion.isEmpty() ? tr("base price") : promotion; };
    switch (role) {
    case Qt::TextAlignmentRole:
        return index.column() == Price || index.column() == Reference || index.column() == Delta
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case SortRole:
        switch (Column(index.column())) {
        case Price:
            return r.priceMinor;
        case Reference:
            return r.referencePriceMinor;
        case Delta:
            return qAbs(r.delta);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Sku:
            return r.sku;
        case Node:
            return r.node;
        case System:
            return r.system;
        case Price:
            return priceText(r.priceMinor, r.currency);
        case Promotion:
            return orNone(r.promotionId);
        case Reference:
            return r.noReference ? QVariant() : QVariant(priceText(r.referencePriceMinor, r.currency));
        case ReferencePromotion:
            return r.noReference ? QVariant() : QVariant(orNone(r.referencePromotionId));
        case Delta:
            return r.delta == 0 ? QVariant() : QVariant(signedPrice(r.delta));
        case Why:
            if (r.causes.isEmpty())
                return r.delta == 0 ? QVariant() : QVariant(tr("no campaign message explains it"));
            return tr("%1 has not taken %2 over").arg(r.causes.constFirst().laggingSystem, r.causes.constFirst().correlationId);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant PriceDeltaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Sku:
        return tr("SKU");
    case Node:
        return tr("Store / channel");
    case System:
        return tr("System");
    case Price:
        return tr("Price");
    case Promotion:
        return tr("Promotion");
    case Reference:
        return tr("ERP price");
    case ReferencePromotion:
        return tr("ERP promotion");
    case Delta:
        return tr("Difference");
    case Why:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ct
