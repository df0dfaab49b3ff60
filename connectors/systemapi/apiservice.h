#pragma once

#include "apireply.h"
#include "faultplan.h"
#include "positionapi.h"
#include "ratelimiter.h"
#include "systemapiconfig.h"

namespace ct::systemapi {

// A request as the service needs it, read off the wire by the session.
struct ApiRequest {
    QByteArray method;
    QByteArray target;        // path and query, as sent
    QByteArray authorization; // the Authorization header, empty when absent
};

// Everything one request meets, in order: authentication (401), the system's rate limit (429), the
// routes (200, 400, 404, 405), then the misbehaviour the fault plan decides for an answer that would
// have succeeded. Not thread-safe: the server's one I/O thread calls it.
class ApiService {
public:
    ApiService(SystemApiConfig config, const QList<InventoryPosition>& inventory, const QList<PricePosition>& prices);

    ApiReply handle(const ApiRequest& request, RateLimiter::Clock::time_point now);
    // The port the server listens on, for the origin a redirect points to.
    void setPort(quint16 port) { m_config.port = port; }
    qint64 requests() const { return m_requests; }

private:
    ApiReply misbehave(ApiReply reply, const Target& target, const QByteArray& rawTarget);

    SystemApiConfig m_config;
    PositionApi m_api;
    RateLimiter m_limiter;
    FaultPlan m_faults;
    qint64 m_requests = 0;
};

} // namespace ct::systemapi
