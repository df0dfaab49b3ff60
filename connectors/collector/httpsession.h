#pragma once

#include "cloudevents/cloudevents.h"
#include "commitqueue.h"
#include "reply.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_set>

namespace ct::collector {

class CollectorMetrics;
struct CollectorConfig;
class HttpSession;

// What every connection of one server shares. Touched from the I/O thread, except the session set,
// which a writer-thread completion may outlive.
struct ServerState {
    ServerState(const CollectorConfig& c, CollectorMetrics& m, CommitQueue& q) : config(c), metrics(m), queue(q) {}

    const CollectorConfig& config;
    CollectorMetrics& metrics;
    CommitQueue& queue;
    std::atomic<bool> stopping{false};
    std::mutex sessionsMutex;
    std::unordered_set<HttpSession*> sessions;

    std::size_t sessionCount();
};

// One connection: reads requests one after another (keep-alive), answers each in order.
class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(boost::asio::ip::tcp::socket&& socket, ServerState& state);
    ~HttpSession();

    void start();
    // Answers 503 and closes: the server has too many connections.
    void refuse();
    // The server is stopping: a connection waiting for its next request is closed now; one with a
    // request in flight closes after answering it.
    void closeIfIdle();

private:
    void readHeader();
    void onHeader(boost::beast::error_code ec);
    void acceptEvents();
    void readBody();
    void onBody(boost::beast::error_code ec);
    void onCommitted(qsizetype events, const CommitQueue::Outcome& outcome);
    void send(const Reply& reply);
    void onWritten(boost::beast::error_code ec);
    void lingerClose();
    bool readFailed(boost::beast::error_code ec);

    boost::beast::tcp_stream m_stream;
    boost::beast::flat_buffer m_buffer;
    ServerState& m_state;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
    boost::beast::http::response<boost::beast::http::string_body> m_response;
    boost::beast::http::response<boost::beast::http::empty_body> m_continue;
    cloudevents::Request m_request; // the POST being read, without its body
    cloudevents::Mode m_mode = cloudevents::Mode::Structured;
    bool m_idle = false;
    bool m_keepAlive = true;
};

} // namespace ct::collector
