#include "incident.h"

#include <algorithm>

namespace ct {
namespace {

constexpr const char* kNames[kIncidentKinds] = {"sla_breach_burst", "dlq_spike", "silent_system", "backlog_growth"};

} // namespace

QString incidentKindName(IncidentKind kind)
{
    return QLatin1String(kNames[int(kind)]);
}

std::optional<IncidentKind> incidentKindFromName(QStringView name)
{
    for (int i = 0; i < kIncidentKinds; ++i)
        if (name == QLatin1String(kNames[i]))
            return IncidentKind(i);
    return std::nullopt;
}

IncidentPage Incident::page() const
{
    switch (kind) {
    case IncidentKind::SlaBreachBurst:
        return IncidentPage::Sla;
    case IncidentKind::DlqSpike:
        return IncidentPage::Exceptions;
    case IncidentKind::SilentSystem:
        return IncidentPage::Lineage;
    case IncidentKind::BacklogGrowth:
        return IncidentPage::Posting;
    }
    return IncidentPage::Lineage;
}

QString Incident::filter() const
{
    if (!sla.isEmpty())
        return sla;
    if (!queue.isEmpty())
        return queue;
    return system;
}

QString Incident::key() const
{
    return incidentKindName(kind) + QLatin1Char('/') + system + QLatin1Char('/') + sla + QLatin1Char('/') + queue
           + QLatin1Char('/') + QString::number(openedAt.micros());
}

void sortNewestFirst(QList<Incident>& incidents)
{
    std::sort(incidents.begin(), incidents.end(), [](const Incident& a, const Incident& b) {
        if (a.openedAt != b.openedAt)
            return a.openedAt > b.openedAt;
        return a.key() < b.key();
    });
}

} // namespace ct
