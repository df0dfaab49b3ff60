#include "apisession.h"

#include "apiservice.h"
#include "httpcore/lingeringclose.h"

#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

namespace ct::systemapi {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

namespace {

constexpr std::uint32_t kHeaderLimit = 16 * 1024;
constexpr std::chrono::seconds kIdleTimeout{30};   // for the next request of a kept-alive connection
constexpr std::chrono::seconds kWriteTimeout{30};

QByteArray bytesOf(beast::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

beast::string_view viewOf(const QByteArray& b)
{
    return beast::string_view(b.constData(), std::size_t(b.size()));
}

} // namespace

ApiSession::ApiSession(net::ip::tcp::socket&& socket, ApiService& service)
    : m_stream(std::move(socket)), m_service(service), m_delay(m_stream.get_executor())
{
}

void ApiSession::start()
{
    m_buffer.reserve(kHeaderLimit);
    readHeader();
}

void ApiSession::readHeader()
{
    m_parser.emplace();
    m_parser->header_limit(kHeaderLimit);
    m_parser->body_limit(boost::none); // never read: a request with a body is answered, then closed
    m_stream.expires_after(kIdleTimeout);
    http::async_read_header(m_stream, m_buffer, *m_parser,
                            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
}

void ApiSession::onHeader(beast::error_code ec)
{
    if (ec == http::error::header_limit) {
        ApiReply r = ApiReply::error(431, QStringLiteral("The request line and headers are larger than %1 bytes.").arg(kHeaderLimit));
        r.close = true;
        return send(r);
    }
    if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == net::error::eof
        || ec == net::error::operation_aborted || ec == net::error::connection_reset) {
        return m_stream.close();
    }
    if (ec) {
        ApiReply r = ApiReply::error(400, QStringLiteral("The request is not well-formed HTTP/1.1 (%1).")
                                              .arg(QString::fromStdString(ec.message())));
        r.close = true;
        return send(r);
    }
    const auto& req = m_parser->get();
    m_keepAlive = req.keep_alive();
    ApiReply reply = m_service.handle({bytesOf(req.method_string()), bytesOf(req.target()),
                                       bytesOf(req[http::field::authorization])},
                                      std::chrono::steady_clock::now());
    // A body this server does not read would be taken for the next request.
    reply.close = reply.close || !m_parser->is_done();
    send(reply);
}

void ApiSession::send(const ApiReply& reply)
{
    m_response = {};
    m_response.version(11);
    m_response.result(unsigned(reply.status));
    m_response.set(http::field::server, "ctower-demo-api");
    m_response.set(http::field::content_type, "application/json");
    for (const auto& [name, value] : reply.headers)
        m_response.set(viewOf(name), viewOf(value));
    m_response.body().assign(reply.body.constData(), std::size_t(reply.body.size()));
    m_response.keep_alive(m_keepAlive && !reply.close);
    m_response.prepare_payload();
    if (reply.delay.count() <= 0)
        return write();
    m_delay.expires_after(reply.delay);
    m_delay.async_wait([self = shared_from_this()](beast::error_code ec) {
        if (ec)
            return self->m_stream.close();
        self->write();
    });
}

void ApiSession::write()
{
    m_stream.expires_after(kWriteTimeout);
    http::async_write(m_stream, m_response,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onWritten(ec); });
}

void ApiSession::onWritten(beast::error_code ec)
{
    if (ec)
        return m_stream.close();
    if (m_response.keep_alive())
        return readHeader();
    httpcore::closeLingering(shared_from_this(), m_stream);
}

} // namespace ct::systemapi
