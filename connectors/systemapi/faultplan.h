#pragma once

#include "systemapiconfig.h"

#include <QByteArray>
#include <QHash>

#include <chrono>

namespace ct::systemapi {

// What goes wrong with one request, if anything.
struct Mishap {
    enum class Kind { None, ServerError, Malformed, Redirect };
    Kind kind = Kind::None;
    int status = 0;                    // ServerError: 503 or 500
    std::chrono::milliseconds delay{0}; // > 0: answer this late (on top of any kind)
};

// Decides the misbehaviour of each request from the seed, its path and target, and how many times the
// target was asked for before: a forced fault when its path matches one, else the configured rates.
// The same run of requests gets the same mishaps; a retry is a new draw, so it may succeed.
class FaultPlan {
public:
    explicit FaultPlan(const SystemApiConfig& config);

    Mishap mishapFor(const QByteArray& path, const QByteArray& target);

    static constexpr std::chrono::milliseconds kForcedSlowDelay{2000};

private:
    bool isForced(const QByteArray& path, ForcedFault::Kind kind) const;
    quint32 attemptAt(const QByteArray& target);

    quint64 m_seed;
    double m_errorRate;
    double m_slowRate;
    QList<QPair<QByteArray, ForcedFault::Kind>> m_forced; // percent-encoded prefix
    QHash<QByteArray, quint32> m_attempts;
};

} // namespace ct::systemapi
