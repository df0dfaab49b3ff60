#include "stagestrip.h"

#include "lineage.h"
#include "statuspalette.h"
#include "timeformat.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ct {

StageStrip::StageStrip(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 4, 0, 4);
    m_layout->setSpacing(6);
}

void StageStrip::setGraph(const LineageGraph& graph)
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList seen;
    for (const LineageHop& hop : graph.hops) {
        const Event& e = hop.event;
        if (seen.contains(e.stage))
            continue;
        seen << e.stage;
        if (m_layout->count() > 0) {
            auto* arrow = new QLabel(QStringLiteral("\u2192"), this);
            arrow->setTextFormat(Qt::PlainText);
            arrow->setObjectName(QStringLiteral("muted"));
            m_layout->addWidget(arrow);
        }
        const UiStatus status = e.status == EventStatus::Failed ? UiStatus::Failed
            : e.status == EventStatus::Retrying                 ? UiStatus::InProgress
                                                                : UiStatus::Ok;
        auto* chip = new QLabel(statusStyle(status, false).glyph + QLatin1Char(' ') + e.stage, this);
        chip->setTextFormat(Qt::PlainText);
        chip->setProperty("status", int(status));
        chip->setToolTip(absoluteTime(e.occurredAt));
        m_layout->addWidget(chip);
    }
    m_layout->addStretch(1);
}

} // namespace ct
