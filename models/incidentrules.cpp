#include "incidentrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ct {
namespace {

// Reads a positive number at `section`.`key` into *out; false with *error set when it is something else.
template <typename T>
bool readPositive(const QJsonObject& root, const QString& section, const char* key, T* out, QString* error)
{
    const QJsonObject object = section.isEmpty() ? root : root.value(section).toObject();
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    const QString name = section.isEmpty() ? QString(QLatin1String(key)) : QString(section + QLatin1Char('.') + QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() <= 0) {
        *error = QStringLiteral("the incident rule %1 must be a number above 0").arg(name);
        return false;
    }
    *out = T(v.toDouble());
    return true;
}

bool readBurst(const QJsonObject& root, const QString& section, const char* minimumKey, IncidentRules::Burst* burst,
               QString* error)
{
    return readPositive(root, section, "window_minutes", &burst->windowMinutes, error)
           && readPositive(root, section, "factor", &burst->factor, error)
           && readPositive(root, section, minimumKey, &burst->minimum, error);
}

} // namespace

IncidentRules IncidentRules::fromJson(const QByteArray& json, QString* error)
{
    error->clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("the incident rules are not a JSON object (%1)").arg(parseError.errorString());
        return {};
    }
    const QJsonObject root = doc.object();
    IncidentRules r;
    const QString silent = QStringLiteral("silent_system"), backlog = QStringLiteral("backlog_growth");
    const bool ok = readPositive(root, QString(), "baseline_days", &r.baselineDays, error)
                    && readPositive(root, silent, "usual_intervals", &r.silence.usualIntervals, error)
                    && readPositive(root, silent, "min_silence_minutes", &r.silence.minSilenceMinutes, error)
                    && readPositive(root, silent, "min_events_per_day", &r.silence.minEventsPerDay, error)
                    && readBurst(root, QStringLiteral("sla_breach_burst"), "min_breaches", &r.breachBurst, error)
                    && readBurst(root, QStringLiteral("dlq_spike"), "min_failures", &r.dlqSpike, error)
                    && readPositive(root, backlog, "window_minutes", &r.backlog.windowMinutes, error)
                    && readPositive(root, backlog, "factor", &r.backlog.factor, error)
                    && readPositive(root, backlog, "min_backlog", &r.backlog.minBacklog, error)
                    && readPositive(root, backlog, "close_factor", &r.backlog.closeFactor, error);
    if (!ok)
        return {};
    const QJsonValue slas = root.value(backlog).toObject().value(QLatin1String("slas"));
    if (slas.isArray()) {
        r.backlog.slas.clear();
        for (const QJsonValue& s : slas.toArray())
            r.backlog.slas.append(s.toString());
    }
    return r;
}

const IncidentRules& IncidentRules::builtIn(QString* error)
{
    static QString loadError;
    static const IncidentRules rules = [] {
        QFile file(QStringLiteral(":/controltower/incidents.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            loadError = QStringLiteral("the incident rules (:/controltower/incidents.json) are missing from this build");
            return IncidentRules();
        }
        return fromJson(file.readAll(), &loadError);
    }();
    *error = loadError;
    return rules;
}

} // namespace ct
