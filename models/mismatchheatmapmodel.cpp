#include "mismatchheatmapmodel.h"

#include "plaintext.h"

#include <QLocale>

namespace ct {

MismatchHeatmapModel::MismatchHeatmapModel(QObject* parent) : QAbstractTableModel(parent) {}

void MismatchHeatmapModel::setHeatmap(const MismatchHeatmap& map)
{
    if (map.systems == m_map.systems && map.nodes == m_map.nodes) {
        m_map = map; // a live refresh: the same shape, new figures
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_map = map;
    endResetModel();
}

void MismatchHeatmapModel::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int MismatchHeatmapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_map.systems.size());
}

int MismatchHeatmapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_map.nodes.size());
}

QString MismatchHeatmapModel::compactMoney(qint64 minor)
{
    const double units = double(minor) / 100.0;
    const QLocale locale;
    if (units >= 999'950.0)
        return locale.toString(units / 1e6, 'f', 1) + QLatin1Char('M');
    if (units >= 10'000.0)
        return locale.toString(units / 1e3, 'f', 1) + QLatin1Char('k');
    return locale.toString(qRound64(units));
}

QString MismatchHeatmapModel::tooltip(const QString& node, const QString& system, const HeatmapCell& c) const
{
    if (c.mismatches == 0)
        return tr("%1 at %2 agrees with the authority").arg(system, node);
    QString text = tr("%1 at %2: %n SKU(s) differ from the authority", "", int(c.mismatches)).arg(system, node);
    if (m_map.explaining)
        text += QLatin1Char('\n') + tr("Reading the messages behind them…");
    else if (c.unexplained > 0)
        text += QLatin1Char('\n') + tr("%n not explained by any message", "", int(c.unexplained));
    if (c.mismatches > c.withoutCost)
        text += QLatin1Char('\n') + tr("%1 %2 at cost").arg(QLocale().toString(double(c.valueAtCostMinor) / 100.0, 'f', 2), m_map.currency);
    if (c.withoutCost > 0)
        text += QLatin1Char('\n') + tr("%n without a known unit cost", "", int(c.withoutCost));
    text += QLatin1Char('\n') + tr("Click to list them");
    return text;
}

QVariant MismatchHeatmapModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const QString& node = m_map.nodes.at(index.column());
    const QString& system = m_map.systems.at(index.row());
    const HeatmapCell c = m_map.at(node, system);
    const bool value = m_measure == Measure::ValueAtCost;
    switch (role) {
    case Qt::DisplayRole:
        if (c.mismatches == 0)
            return QString();
        if (!value)
            return QLocale().toString(c.mismatches);
        return c.mismatches == c.withoutCost ? QStringLiteral("?") : compactMoney(c.valueAtCostMinor);
    case Qt::ToolTipRole:
        return plainToolTip(tooltip(node, system, c)); // names from outside: never rich text
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case HeatRole: {
        const qint64 largest = value ? m_map.largestValue : m_map.largestCount;
        const qint64 figure = value ? c.valueAtCostMinor : c.mismatches;
        return largest > 0 ? double(figure) / double(largest) : 0.0;
    }
    case NodeRole:
        return node;
    case SystemRole:
        return system;
    default:
        return {};
    }
}

QVariant MismatchHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QStringList& labels = orientation == Qt::Horizontal ? m_map.nodes : m_map.systems;
    if (section < 0 || section >= labels.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QString& label = labels.at(section);
    // A node's code on two lines ("DC" over "NORTH"), so that twenty nodes fit side by side.
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal && label.indexOf(QLatin1Char('-')) > 0)
        return QString(label).replace(label.indexOf(QLatin1Char('-')), 1, QLatin1Char('\n'));
    return role == Qt::ToolTipRole ? plainToolTip(label) : label;
}

} // namespace ct
