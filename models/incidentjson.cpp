#include "incidentjson.h"

#include <QJsonValue>
#include <QSet>

#include <algorithm>

namespace ct {

QString incidentPageName(IncidentPage page)
{
    switch (page) {
    case IncidentPage::Sla:
        return QStringLiteral("sla");
    case IncidentPage::Exceptions:
        return QStringLiteral("exceptions");
    case IncidentPage::Lineage:
        return QStringLiteral("lineage");
    case IncidentPage::Posting:
        return QStringLiteral("posting");
    }
    return {};
}

QJsonObject incidentJson(const Incident& i)
{
    QJsonObject o{{QStringLiteral("id"), i.key()},
                  {QStringLiteral("kind"), incidentKindName(i.kind)},
                  {QStringLiteral("system"), i.system},
                  {QStringLiteral("opened_at"), i.openedAt.toIso()},
                  {QStringLiteral("closed_at"), i.closedAt ? QJsonValue(i.closedAt->toIso()) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("summary"), i.summary},
                  {QStringLiteral("page"), incidentPageName(i.page())},
                  {QStringLiteral("filter"), i.filter()}};
    if (!i.sla.isEmpty())
        o.insert(QStringLiteral("sla"), i.sla);
    if (!i.queue.isEmpty())
        o.insert(QStringLiteral("queue"), i.queue);
    return o;
}

QString IncidentTransition::id() const
{
    return incident.key() + (closing ? QStringLiteral("/closed") : QStringLiteral("/opened"));
}

QList<IncidentTransition> pendingTransitions(const QList<Incident>& incidents, const QSet<QString>& done)
{
    QList<IncidentTransition> out;
    for (const Incident& i : incidents) {
        for (const bool closing : {false, true}) {
            if (closing && i.isOpen())
                continue;
            IncidentTransition t{closing, i};
            if (!done.contains(t.id()))
                out.append(t);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const IncidentTransition& a, const IncidentTransition& b) {
        if (a.at() != b.at())
            return a.at() < b.at();
        return a.id() < b.id();
    });
    return out;
}

QJsonObject incidentCloudEvent(const IncidentTransition& t, const QString& source)
{
    return QJsonObject{{QStringLiteral("specversion"), QStringLiteral("1.0")},
                       {QStringLiteral("id"), t.id()},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("type"), t.closing ? QStringLiteral("com.controltower.incident.closed")
                                                          : QStringLiteral("com.controltower.incident.opened")},
                       {QStringLiteral("subject"), QString(incidentKindName(t.incident.kind) + QLatin1Char('/') + t.incident.filter())},
                       {QStringLiteral("time"), t.at().toIso()},
                       {QStringLiteral("datacontenttype"), QStringLiteral("application/json")},
                       {QStringLiteral("data"), incidentJson(t.incident)}};
}

} // namespace ct
