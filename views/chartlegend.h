#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <utility>

class QHBoxLayout;
class QPoint;
class QWidget;

namespace ct {

class TimeSeriesChart;

// A legend of coloured labels ("━ p50", "█ errors") in a row, for charts that keep Qt Charts' own
// legend off (it would list every run of a line broken by empty buckets).
QHBoxLayout* makeChartLegend(QWidget* parent, const QList<std::pair<QColor, QString>>& entries);

// Shows `text` (plain) as the chart's tooltip at the mouse; the chart is a graphics item, so its view
// answers tooltip events from the item under the mouse.
void showChartToolTip(TimeSeriesChart* chart, const QString& text, const QPoint& globalPos);

} // namespace ct
