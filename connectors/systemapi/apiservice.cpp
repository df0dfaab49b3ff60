#include "apiservice.h"

#include "credentials.h"

namespace ct::systemapi {

ApiService::ApiService(SystemApiConfig config, const QList<InventoryPosition>& inventory,
                       const QList<PricePosition>& prices)
    : m_config(std::move(config)), m_api(inventory, prices), m_limiter(m_config.ratePerSecond), m_faults(m_config)
{
}

ApiReply ApiService::handle(const ApiRequest& request, RateLimiter::Clock::time_point now)
{
    ++m_requests;
    if (!m_config.token.isEmpty() && !carriesToken(request.authorization, m_config.token))
        return ApiReply::error(401, QStringLiteral("This API needs the demo API token: Authorization: Bearer TOKEN, "
                                                   "or Basic with the token as the password."))
            .withHeader("WWW-Authenticate", R"(Bearer realm="ctower-demo", Basic realm="ctower-demo")");
    const Target target = Target::parse(request.target);
    const QString system = target.system();
    if (!system.isEmpty()) {
        if (const int wait = m_limiter.admit(system, now); wait > 0)
            return ApiReply::error(429, QStringLiteral("Too many requests to %1: it takes %2 a second.")
                                            .arg(system.toUpper(), QString::number(m_config.ratePerSecond)))
                .withHeader("Retry-After", QByteArray::number(wait));
    }
    ApiReply reply = m_api.answer(request.method, target);
    return reply.status == 200 ? misbehave(std::move(reply), target, request.target) : reply;
}

ApiReply ApiService::misbehave(ApiReply reply, const Target& target, const QByteArray& rawTarget)
{
    const Mishap mishap = m_faults.mishapFor(target.path, rawTarget);
    switch (mishap.kind) {
    case Mishap::Kind::None:
        break;
    case Mishap::Kind::ServerError:
        reply = mishap.status == 503
            ? ApiReply::error(503, QStringLiteral("The system is briefly unavailable; try again.")).withHeader("Retry-After", "1")
            : ApiReply::error(500, QStringLiteral("The system failed to answer; try again."));
        break;
    case Mishap::Kind::Malformed:
        reply.body.truncate(reply.body.size() / 2);
        break;
    case Mishap::Kind::Redirect: {
        const QByteArray host = m_config.redirectHost.contains(QLatin1Char(':'))
            ? '[' + m_config.redirectHost.toUtf8() + ']'
            : m_config.redirectHost.toUtf8();
        reply = ApiReply::error(302, QStringLiteral("This resource has moved to another origin."))
                    .withHeader("Location", "http://" + host + ':' + QByteArray::number(m_config.port) + rawTarget);
        break;
    }
    }
    reply.delay = mishap.delay;
    return reply;
}

} // namespace ct::systemapi
