#include "httpsession.h"

#include "collectorconfig.h"
#include "collectormetrics.h"
#include "httpcore/lingeringclose.h"

#include <boost/asio/post.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

namespace ct::collector {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

namespace {

constexpr std::size_t kReadBuffer = 64 * 1024; // smaller, and Beast reads 512 bytes at a time
constexpr std::chrono::seconds kLingerTime{2};

std::optional<Rejection> rejectionOf(int status)
{
    switch (status) {
    case 400: return Rejection::BadRequest;
    case 404: return Rejection::NotFound;
    case 405: return Rejection::MethodNotAllowed;
    case 408: return Rejection::Timeout;
    case 413: return Rejection::TooLarge;
    case 415: return Rejection::UnsupportedMediaType;
    case 431: return Rejection::HeadersTooLarge;
    case 500: return Rejection::StoreFailed;
    case 503: return Rejection::Unavailable;
    default: return std::nullopt;
    }
}

QByteArray toBytes(beast::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

QString limitText(qint64 bytes)
{
    return bytes % (1024 * 1024) == 0 ? QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024))
                                      : QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

std::size_t ServerState::sessionCount()
{
    std::lock_guard lock(sessionsMutex);
    return sessions.size();
}

HttpSession::HttpSession(net::ip::tcp::socket&& socket, ServerState& state)
    : m_stream(std::move(socket)), m_state(state)
{
    std::lock_guard lock(m_state.sessionsMutex);
    m_state.sessions.insert(this);
}

HttpSession::~HttpSession()
{
    std::lock_guard lock(m_state.sessionsMutex);
    m_state.sessions.erase(this);
}

void HttpSession::start()
{
    m_buffer.reserve(kReadBuffer);
    readHeader();
}

void HttpSession::refuse()
{
    Reply r = Reply::error(503, QStringLiteral("The collector has too many connections; try again shortly."));
    r.retryAfterSeconds = m_state.config.retryAfterSeconds;
    r.close = true;
    send(r);
}

void HttpSession::closeIfIdle()
{
    // A request that has begun to arrive (read, or waiting in the socket) is in flight.
    beast::error_code ec;
    const std::size_t waiting = m_stream.socket().available(ec);
    if (!m_idle || m_buffer.size() > 0 || (!ec && waiting > 0))
        return;
    beast::error_code ignored;
    m_stream.socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
    m_stream.close();
}

void HttpSession::readHeader()
{
    if (m_state.stopping.load()) {
        lingerClose();
        return;
    }
    m_idle = true;
    m_parser.emplace();
    m_parser->header_limit(m_state.config.headerLimit);
    m_parser->body_limit(std::uint64_t(m_state.config.bodyLimit));
    m_stream.expires_after(m_state.config.headerTimeout);
    http::async_read_header(m_stream, m_buffer, *m_parser,
                            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
}

// Handles the errors common to reading headers and bodies; true when the request ends here.
bool HttpSession::readFailed(beast::error_code ec)
{
    if (!ec)
        return false;
    if (ec == http::error::body_limit) {
        Reply r = Reply::error(413, QStringLiteral("The body is larger than the collector's limit of %1.")
                                        .arg(limitText(m_state.config.bodyLimit)));
        r.close = true;
        send(r);
    } else if (ec == http::error::header_limit) {
        Reply r = Reply::error(431, QStringLiteral("The request line and headers are larger than %1 bytes.")
                                        .arg(m_state.config.headerLimit));
        r.close = true;
        send(r);
    } else if (ec == beast::error::timeout) {
        // A client too slow to send a request it began; an idle kept-alive connection just ends.
        if (!m_idle || m_buffer.size() > 0)
            m_state.metrics.rejected(Rejection::Timeout);
        m_stream.close();
    } else if (ec == http::error::end_of_stream || ec == net::error::eof || ec == net::error::operation_aborted
               || ec == net::error::connection_reset || ec == net::error::bad_descriptor) {
        m_stream.close();
    } else {
        Reply r = Reply::error(400, QStringLiteral("The request is not well-formed HTTP/1.1 (%1).")
                                        .arg(QString::fromStdString(ec.message())));
        r.close = true;
        send(r);
    }
    return true;
}

void HttpSession::onHeader(beast::error_code ec)
{
    if (readFailed(ec))
        return;
    m_idle = false;
    const auto& req = m_parser->get();
    m_keepAlive = req.keep_alive();
    const Routing routing = routeOf(toBytes(req.method_string()), toBytes(req.target()));
    // A body this request will not read would be taken for the next request: close after answering.
    const bool unreadBody = !m_parser->is_done();
    auto answer = [&](Reply r) {
        r.close = r.close || unreadBody;
        send(r);
    };
    if (m_state.stopping.load()) {
        Reply r = Reply::error(503, QStringLiteral("The collector is stopping; send this to another one."));
        r.retryAfterSeconds = m_state.config.retryAfterSeconds;
        r.close = true;
        return answer(r);
    }
    switch (routing.route) {
    case Route::Health:
        return answer(Reply::text(200, "application/json", "{\"status\":\"ok\"}\n"));
    case Route::Metrics:
        return answer(Reply::text(200, "text/plain; version=0.0.4; charset=utf-8", m_state.metrics.prometheusText()));
    case Route::NotFound:
        return answer(Reply::error(404, QStringLiteral("There is nothing at this path; events go to POST /v1/events.")));
    case Route::MethodNotAllowed: {
        Reply r = Reply::error(405, QStringLiteral("This path takes %1 only.").arg(QString::fromLatin1(routing.allow)));
        r.allow = routing.allow;
        return answer(r);
    }
    case Route::Events:
        return acceptEvents();
    }
}

void HttpSession::acceptEvents()
{
    const auto& req = m_parser->get();
    m_request = {};
    m_request.contentType = toBytes(req[http::field::content_type]);
    for (const auto& field : req) {
        QByteArray name = toBytes(field.name_string()).toLower();
        if (name.startsWith("ce-") || name == "traceparent")
            m_request.headers.append({std::move(name), toBytes(field.value())});
    }
    const auto mode = cloudevents::contentMode(m_request);
    if (!mode) {
        Reply r = Reply::error(415,
                               QStringLiteral("Content-Type \"%1\" is not accepted: send CloudEvents in binary mode "
                                              "(ce-* headers), application/cloudevents+json, "
                                              "application/cloudevents-batch+json or application/x-protobuf.")
                                   .arg(QString::fromLatin1(m_request.contentType.left(200))),
                               QStringLiteral("content-type"));
        r.close = !m_parser->is_done();
        return send(r);
    }
    m_mode = *mode;
    if (beast::iequals(req[http::field::expect], "100-continue")) {
        m_continue = {};
        m_continue.version(11);
        m_continue.result(http::status::continue_);
        m_stream.expires_after(m_state.config.writeTimeout);
        http::async_write(m_stream, m_continue, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec)
                return self->m_stream.close();
            self->readBody();
        });
        return;
    }
    readBody();
}

void HttpSession::readBody()
{
    m_stream.expires_after(m_state.config.bodyTimeout);
    http::async_read(m_stream, m_buffer, *m_parser,
                     [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onBody(ec); });
}

void HttpSession::onBody(beast::error_code ec)
{
    if (readFailed(ec))
        return;
    {
        std::string body = m_parser->release().body();
        m_request.body = QByteArray(body.data(), qsizetype(body.size()));
    }
    m_request.receivedAt = Timestamp::now();
    cloudevents::Decoded decoded = cloudevents::decode(m_mode, m_request);
    m_request = {};
    if (!decoded.ok()) {
        const cloudevents::DecodeError& e = *decoded.error;
        return send(Reply::error(400, e.message, e.field, e.index));
    }
    const qsizetype count = decoded.events.size();
    if (count == 0)
        return send(Reply::accepted(0));
    m_stream.expires_never(); // the writer decides how long this takes
    auto executor = m_stream.get_executor();
    IngestBatch batch;
    batch.events = std::move(decoded.events);
    const bool queued = m_state.queue.submit(
        std::move(batch), [self = shared_from_this(), executor, count](const CommitQueue::Outcome& o) mutable {
            // Moved into the I/O thread's handler: the writer thread keeps no reference to the session.
            net::post(executor, [self = std::move(self), count, o] { self->onCommitted(count, o); });
        });
    if (!queued) {
        Reply r = Reply::error(503, QStringLiteral("The collector's queue is full; try again shortly."));
        r.retryAfterSeconds = m_state.config.retryAfterSeconds;
        send(r);
    }
}

void HttpSession::onCommitted(qsizetype events, const CommitQueue::Outcome& outcome)
{
    using Kind = CommitQueue::Outcome::Kind;
    if (outcome.kind == Kind::Committed) {
        m_state.metrics.requestAccepted(events);
        return send(Reply::accepted(events));
    }
    if (outcome.kind == Kind::Unavailable) {
        Reply r = Reply::error(503, QStringLiteral("The store is unavailable: %1").arg(outcome.message));
        r.retryAfterSeconds = m_state.config.retryAfterSeconds;
        return send(r);
    }
    send(Reply::error(500, QStringLiteral("The store refused the batch: %1").arg(outcome.message)));
}

void HttpSession::send(const Reply& reply)
{
    if (auto reason = rejectionOf(reply.status))
        m_state.metrics.rejected(*reason);
    m_idle = false;
    m_response = {};
    m_response.version(11);
    m_response.result(unsigned(reply.status));
    m_response.set(http::field::server, "ctower-collect");
    m_response.set(http::field::content_type,
                   beast::string_view(reply.contentType.constData(), std::size_t(reply.contentType.size())));
    if (reply.retryAfterSeconds > 0)
        m_response.set(http::field::retry_after, std::to_string(reply.retryAfterSeconds));
    if (!reply.allow.isEmpty())
        m_response.set(http::field::allow, beast::string_view(reply.allow.constData(), std::size_t(reply.allow.size())));
    m_response.body().assign(reply.body.constData(), std::size_t(reply.body.size()));
    m_response.keep_alive(m_keepAlive && !reply.close && !m_state.stopping.load());
    m_response.prepare_payload();
    m_stream.expires_after(m_state.config.writeTimeout);
    http::async_write(m_stream, m_response,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onWritten(ec); });
}

void HttpSession::onWritten(beast::error_code ec)
{
    if (ec)
        return m_stream.close();
    if (!m_response.keep_alive())
        return lingerClose();
    readHeader();
}

void HttpSession::lingerClose()
{
    m_idle = false;
    httpcore::closeLingering(shared_from_this(), m_stream, kLingerTime);
}

} // namespace ct::collector
