#include "eventratestile.h"

#include "plainlabel.h"
#include "sparkline.h"

#include <QGridLayout>
#include <QLabel>

namespace ct {

EventRatesTile::EventRatesTile(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("tile"));
    m_grid->setContentsMargins(14, 12, 14, 12);
    m_grid->addWidget(makePlainLabel(title, QStringLiteral("tileTitle"), this), 0, 0, 1, 3);
    m_grid->setColumnStretch(1, 1);
}

void EventRatesTile::setRates(const QList<SystemRate>& rates)
{
    QStringList systems;
    systems.reserve(rates.size());
    for (const SystemRate& r : rates)
        systems << r.system;
    const bool changed = m_lines.sync(
        systems, [this](const QString& system) { return makeLine(system); },
        [](const Line& gone) {
            delete gone.system;
            delete gone.sparkline;
            delete gone.rate;
        });
    if (changed)
        placeLines();
    for (const SystemRate& r : rates) {
        const Line line = m_lines.value(r.system);
        line.sparkline->setValues(r.perMinute);
        setLabelText(line.rate, r.rate);
    }
}

EventRatesTile::Line EventRatesTile::makeLine(const QString& system)
{
    return {makePlainLabel(system, QString(), this), new Sparkline(this),
            makePlainLabel(QString(), QString(), this)};
}

// A system that appears between two others takes its place in the order: the lines below it move
// down a row. A grid cannot insert a row, so every line is placed again (only when systems change).
void EventRatesTile::placeLines()
{
    const auto place = [this](QWidget* widget, int row, int column) {
        m_grid->removeWidget(widget);
        m_grid->addWidget(widget, row, column);
    };
    const QStringList& systems = m_lines.ids();
    for (int i = 0; i < systems.size(); ++i) {
        const Line line = m_lines.value(systems.at(i));
        place(line.system, i + 1, 0);
        place(line.sparkline, i + 1, 1);
        place(line.rate, i + 1, 2);
    }
}

} // namespace ct
