#include "apiserver.h"

#include "apisession.h"
#include "httpcore/listen.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>

#include <csignal>
#include <optional>

namespace ct::systemapi {

namespace net = boost::asio;
using tcp = net::ip::tcp;

struct ApiServer::Impl {
    Impl(ApiService& s, bool catchSignals) : service(s)
    {
        if (catchSignals)
            signals.emplace(io, SIGINT, SIGTERM);
    }

    void accept()
    {
        acceptor.async_accept([this](boost::beast::error_code ec, tcp::socket socket) {
            if (!acceptor.is_open())
                return;
            if (!ec)
                std::make_shared<ApiSession>(std::move(socket), service)->start();
            accept();
        });
    }
    void shutDown()
    {
        boost::beast::error_code ignored;
        acceptor.close(ignored);
        if (signals)
            signals->cancel(ignored);
        io.stop(); // requests are reads without side effects: those in flight are simply dropped
    }

    ApiService& service;
    net::io_context io{1}; // before what runs on it, so it goes last, with the sessions its handlers own
    tcp::acceptor acceptor{io};
    std::optional<net::signal_set> signals; // a server of its own process only
};

ApiServer::ApiServer(ApiService& service, StopOn stopOn)
    : d(std::make_unique<Impl>(service, stopOn == StopOn::SignalsOrStop))
{
}

ApiServer::~ApiServer() = default;

QString ApiServer::listen(const QString& host, quint16 port)
{
    if (QString error = httpcore::listenOn(d->acceptor, host, port); !error.isEmpty())
        return error;
    if (d->signals) {
        d->signals->async_wait([this](boost::beast::error_code e, int) {
            if (!e)
                d->shutDown();
        });
    }
    return {};
}

quint16 ApiServer::port() const
{
    boost::beast::error_code ec;
    const auto endpoint = d->acceptor.local_endpoint(ec);
    return ec ? 0 : endpoint.port();
}

void ApiServer::run()
{
    d->accept();
    d->io.run();
}

void ApiServer::stop()
{
    net::post(d->io, [this] { d->shutDown(); });
}

} // namespace ct::systemapi
