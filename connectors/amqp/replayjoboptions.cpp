#include "replayjoboptions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ct::amqp {

// How a job remembers the options it ran with, so that --resume runs the rest the same way.
QString jobOptions(const ReplayOptions& o)
{
    const char* route = o.target.route == ReplayTarget::Route::ToQueue       ? "to_queue"
                        : o.target.route == ReplayTarget::Route::ViaExchange ? "via_exchange"
                                                                             : "died_in";
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("route"), QLatin1String(route)},
                                                       {QStringLiteral("queue"), o.target.queue},
                                                       {QStringLiteral("rate"), o.ratePerSecond},
                                                       {QStringLiteral("override_quarantine"), o.overrideQuarantine}})
                                 .toJson(QJsonDocument::Compact));
}

void applyJobOptions(const QString& json, ReplayOptions* o)
{
    const QJsonObject saved = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString route = saved.value(QLatin1String("route")).toString();
    o->target.route = route == QLatin1String("to_queue")       ? ReplayTarget::Route::ToQueue
                      : route == QLatin1String("via_exchange") ? ReplayTarget::Route::ViaExchange
                                                               : ReplayTarget::Route::DiedIn;
    o->target.queue = saved.value(QLatin1String("queue")).toString();
    o->ratePerSecond = saved.value(QLatin1String("rate")).toDouble(o->ratePerSecond);
    o->overrideQuarantine = saved.value(QLatin1String("override_quarantine")).toBool();
}

// How a job ended, for the store: done, cancelled, or failed with what was left (the last two resumable).
QString jobEnd(const ReplayReport& r)
{
    if (r.cancelled)
        return QStringLiteral("cancelled");
    return !r.error.isEmpty() && r.remaining() > 0 ? QStringLiteral("failed") : QStringLiteral("done");
}

} // namespace ct::amqp
