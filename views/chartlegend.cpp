#include "chartlegend.h"

#include "plainlabel.h"
#include "plaintext.h"
#include "timeserieschart.h"

#include <QChart>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolTip>

namespace ct {

QHBoxLayout* makeChartLegend(QWidget* parent, const QList<std::pair<QColor, QString>>& entries)
{
    auto* legend = new QHBoxLayout;
    legend->setSpacing(14);
    for (const auto& [colour, text] : entries) {
        QLabel* entry = makePlainLabel(text, QString(), parent);
        entry->setWordWrap(false);
        QPalette palette = entry->palette();
        palette.setColor(QPalette::WindowText, colour);
        entry->setPalette(palette);
        legend->addWidget(entry);
    }
    legend->addStretch(1);
    return legend;
}

void showChartToolTip(TimeSeriesChart* chart, const QString& text, const QPoint& globalPos)
{
    const QString plain = plainToolTip(text);
    if (chart->chart()->toolTip() == plain)
        return;
    chart->chart()->setToolTip(plain);
    if (QToolTip::isVisible())
        QToolTip::showText(globalPos, plain, chart);
}

} // namespace ct
