#pragma once

#include "incidentrules.h"
#include "rollups.h"

#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace ct {

// The episodes behind incidents, found in per-minute series (pure; minutes since the epoch). A series
// is judged over [window.from, window.until) against what was usual in [window.baselineFrom,
// window.from). An episode reaching into the window is found even when it began before it.
struct EpisodeWindow {
    qint64 baselineFrom = 0;
    qint64 from = 0;
    qint64 until = 0; // exclusive: the first minute not yet complete
};

struct Episode {
    qint64 openMinute = 0;                // the minute at whose start it opened
    std::optional<qint64> closeMinute;    // the minute at whose start it closed; nullopt while open
    double usual = 0;                     // what is usual (per window, per hour, or a backlog)
    qint64 observed = 0;                  // what opened it (in a window, minutes of silence, a backlog)
    double rate = 0;                      // backlogs: completions per minute, the window's or the usual
    qint64 growth = 0;                    // backlogs: what the backlog grew by in the opening window
};

// Bursts: `perMinute` (ordered by minute) adds up to at least max(rule.minimum, rule.factor x the usual)
// over rule.windowMinutes; closed when a window holds less than half that.
QList<Episode> burstEpisodes(const QList<MinuteCount>& perMinute, const EpisodeWindow& window,
                             const IncidentRules::Burst& rule);

// Silences of one source, whose active minutes are `minutes` (ordered): it opens once the silence has
// lasted rule.minSilenceMinutes and the events usually sent at those hours of the day add up to
// rule.usualIntervals; it closes at the source's next active minute. `perHour` is the usual events per
// minute at each UTC hour of the day. `usual` of an episode is the usual events an hour when it opened.
QList<Episode> silenceEpisodes(const QList<qint64>& minutes, const std::array<double, 24>& perHour,
                               const EpisodeWindow& window, const IncidentRules::Silence& rule);

// What each source usually sends per minute at each UTC hour of the day, from `rows` in the baseline,
// for the sources that send at least rule.minEventsPerDay; and every source's active minutes.
struct SourceActivity {
    QHash<QString, std::array<double, 24>> perHour;
    QHash<QString, QList<qint64>> minutes;
};
SourceActivity sourceActivity(const QList<EventMinuteRow>& rows, const EpisodeWindow& window,
                              const IncidentRules::Silence& rule);

// Backlog growth: the backlog (arrived minus completed, both running from the counts before) grew by
// at least max(rule.minBacklog, rule.factor x its usual growth in a window) over rule.windowMinutes;
// closed once what it grew by since it began (the window before opening) is down to at most
// max(rule.closeFactor x the usual growth, rule.minBacklog / 2). `observed` is the backlog when it
// opened, `usual` the usual growth in a window, `rate` the completions per minute in the opening window
// or, when that is slower, in the baseline: the pace at which it drains.
QList<Episode> backlogEpisodes(qint64 arrivedBefore, qint64 completedBefore, const QList<MinuteCount>& arrived,
                               const QList<MinuteCount>& completed, const EpisodeWindow& window,
                               const IncidentRules::Backlog& rule);

} // namespace ct
