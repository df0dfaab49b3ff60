#pragma once

#include <QString>

#include <boost/asio/ip/tcp.hpp>

namespace ct::httpcore {

// Opens, binds and listens `acceptor` on host (an IP address) and port (0: any free port). An empty
// string, or a sentence saying why the address cannot be used.
QString listenOn(boost::asio::ip::tcp::acceptor& acceptor, const QString& host, quint16 port);

} // namespace ct::httpcore
