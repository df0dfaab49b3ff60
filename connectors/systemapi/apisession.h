#pragma once

#include "apireply.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <memory>
#include <optional>

namespace ct::systemapi {

class ApiService;

// One connection: reads requests one after another (keep-alive, headers bounded), answers each in
// order, late when the service says so. GETs carry no body: a request that has one is answered, then
// the connection closes.
class ApiSession : public std::enable_shared_from_this<ApiSession> {
public:
    ApiSession(boost::asio::ip::tcp::socket&& socket, ApiService& service);
    void start();

private:
    void readHeader();
    void onHeader(boost::beast::error_code ec);
    void send(const ApiReply& reply);
    void write();
    void onWritten(boost::beast::error_code ec);

    boost::beast::tcp_stream m_stream;
    boost::beast::flat_buffer m_buffer;
    ApiService& m_service;
    boost::asio::steady_timer m_delay;
    std::optional<boost::beast::http::request_parser<boost::beast::http::empty_body>> m_parser;
    boost::beast::http::response<boost::beast::http::string_body> m_response;
    bool m_keepAlive = true;
};

} // namespace ct::systemapi
