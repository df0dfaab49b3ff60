#include "faultplan.h"

#include <QUrl>

namespace ct::systemapi {

namespace {

constexpr qsizetype kMaxTrackedTargets = 100'000; // past this, counting starts again

// FNV-1a over the bytes, then a SplitMix64 finaliser: the same number on every machine and Qt version.
quint64 mix(quint64 seed, const QByteArray& text, quint64 n, quint64 stream)
{
    quint64 h = 0xcbf29ce484222325ULL ^ seed;
    for (char c : text)
        h = (h ^ quint8(c)) * 0x100000001b3ULL;
    h ^= n * 0x9e3779b97f4a7c15ULL + stream;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

double unitOf(quint64 h)
{
    return double(h >> 11) / double(1ULL << 53);
}

} // namespace

FaultPlan::FaultPlan(const SystemApiConfig& config)
    : m_seed(config.seed), m_errorRate(config.errorRate), m_slowRate(config.slowRate)
{
    for (const ForcedFault& f : config.faults)
        m_forced.append({QUrl::toPercentEncoding(f.pathPrefix, "/"), f.kind});
}

bool FaultPlan::isForced(const QByteArray& path, ForcedFault::Kind kind) const
{
    return std::any_of(m_forced.cbegin(), m_forced.cend(), [&](const auto& forced) {
        const QByteArray& prefix = forced.first;
        return forced.second == kind && path.startsWith(prefix)
            && (path.size() == prefix.size() || path.at(prefix.size()) == '/');
    });
}

quint32 FaultPlan::attemptAt(const QByteArray& target)
{
    if (m_attempts.size() >= kMaxTrackedTargets && !m_attempts.contains(target))
        m_attempts.clear();
    return ++m_attempts[target];
}

Mishap FaultPlan::mishapFor(const QByteArray& path, const QByteArray& target)
{
    using Kind = ForcedFault::Kind;
    const quint32 attempt = attemptAt(target);
    Mishap m;
    if (isForced(path, Kind::Slow)) {
        m.delay = kForcedSlowDelay;
    } else if (const quint64 h = mix(m_seed, target, attempt, 2); unitOf(h) < m_slowRate) {
        m.delay = std::chrono::milliseconds(1000 + qint64(h % 2001));
    }
    if (isForced(path, Kind::Redirect)) {
        m.kind = Mishap::Kind::Redirect;
    } else if (isForced(path, Kind::Malformed)) {
        m.kind = Mishap::Kind::Malformed;
    } else if (isForced(path, Kind::Error)) {
        if (attempt == 1) {
            m.kind = Mishap::Kind::ServerError;
            m.status = 503;
        }
    } else if (const quint64 h = mix(m_seed, target, attempt, 1); unitOf(h) < m_errorRate) {
        m.kind = Mishap::Kind::ServerError;
        m.status = (h & 1) ? 503 : 500;
    }
    return m;
}

} // namespace ct::systemapi
