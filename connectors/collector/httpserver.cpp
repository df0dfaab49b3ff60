#include "httpserver.h"

#include "collectorconfig.h"
#include "httpsession.h"
#include "httpcore/listen.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include <csignal>
#include <vector>

namespace ct::collector {

namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {
constexpr std::chrono::milliseconds kDrainPoll{20};
constexpr std::chrono::seconds kDrainLimit{30}; // in-flight requests get this long to finish
} // namespace

struct HttpServer::Impl {
    Impl(const CollectorConfig& c, CollectorMetrics& m, CommitQueue& q)
        : config(c), state(config, m, q), acceptor(io), signals(io), drainTimer(io)
    {
    }

    void accept();
    void beginStop();
    void waitForSessions(std::chrono::steady_clock::time_point deadline);

    CollectorConfig config;
    ServerState state;
    net::io_context io{1};
    tcp::acceptor acceptor;
    net::signal_set signals;
    net::steady_timer drainTimer;
    std::optional<net::executor_work_guard<net::io_context::executor_type>> work;
    bool stopBegun = false;
};

void HttpServer::Impl::accept()
{
    acceptor.async_accept(io, [this](boost::beast::error_code ec, tcp::socket socket) {
        if (ec) {
            if (acceptor.is_open() && !state.stopping.load())
                accept();
            return;
        }
        auto session = std::make_shared<HttpSession>(std::move(socket), state);
        if (state.sessionCount() > std::size_t(config.maxConnections))
            session->refuse();
        else
            session->start();
        accept();
    });
}

void HttpServer::Impl::beginStop()
{
    if (stopBegun)
        return;
    stopBegun = true;
    state.stopping.store(true);
    boost::beast::error_code ignored;
    acceptor.close(ignored);
    signals.cancel(ignored);
    std::vector<std::shared_ptr<HttpSession>> idle;
    {
        std::lock_guard lock(state.sessionsMutex);
        for (HttpSession* s : state.sessions) {
            // A session whose last owner is letting go right now cannot be locked; it is ending anyway.
            if (auto owned = s->weak_from_this().lock())
                idle.push_back(std::move(owned));
        }
    }
    for (const auto& s : idle)
        s->closeIfIdle();
    waitForSessions(std::chrono::steady_clock::now() + kDrainLimit);
}

void HttpServer::Impl::waitForSessions(std::chrono::steady_clock::time_point deadline)
{
    if (state.sessionCount() == 0 || std::chrono::steady_clock::now() > deadline) {
        work.reset();
        if (state.sessionCount() != 0)
            io.stop();
        return;
    }
    drainTimer.expires_after(kDrainPoll);
    drainTimer.async_wait([this, deadline](boost::beast::error_code) { waitForSessions(deadline); });
}

HttpServer::HttpServer(const CollectorConfig& config, CollectorMetrics& metrics, CommitQueue& queue)
    : d(std::make_unique<Impl>(config, metrics, queue))
{
}

HttpServer::~HttpServer() = default;

QString HttpServer::listen()
{
    return httpcore::listenOn(d->acceptor, d->config.host, d->config.port);
}

quint16 HttpServer::port() const
{
    boost::beast::error_code ec;
    const auto endpoint = d->acceptor.local_endpoint(ec);
    return ec ? 0 : endpoint.port();
}

void HttpServer::stopOnSignals()
{
    d->signals.add(SIGTERM);
    d->signals.add(SIGINT);
    d->signals.async_wait([this](boost::beast::error_code ec, int) {
        if (!ec)
            d->beginStop();
    });
}

void HttpServer::run()
{
    d->work.emplace(d->io.get_executor());
    d->accept();
    d->io.run();
}

void HttpServer::stop()
{
    net::post(d->io, [this] { d->beginStop(); });
}

} // namespace ct::collector
