#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ct {

// The thresholds of the incident feed, from resources/incidents.json (which documents each).
struct IncidentRules {
    int baselineDays = 7;
    struct Silence {
        double usualIntervals = 10;
        int minSilenceMinutes = 15;
        double minEventsPerDay = 200;
    } silence;
    struct Burst {
        int windowMinutes = 15;
        double factor = 4;
        qint64 minimum = 20;
    } breachBurst, dlqSpike{15, 4, 10};
    struct Backlog {
        QStringList slas{QStringLiteral("erp-posting"), QStringLiteral("store-sale-posting")};
        int windowMinutes = 15;
        double factor = 3;
        qint64 minBacklog = 50;
        double closeFactor = 1.5;
    } backlog;

    // The rules of a document in the form of resources/incidents.json; a key left out keeps its
    // default. The defaults with *error set (naming the key) when a value is not a positive number.
    static IncidentRules fromJson(const QByteArray& json, QString* error);
    // The rules compiled in (:/controltower/incidents.json), read once.
    static const IncidentRules& builtIn(QString* error);
};

} // namespace ct
