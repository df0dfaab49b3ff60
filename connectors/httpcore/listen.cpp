#include "listen.h"

namespace ct::httpcore {

namespace net = boost::asio;

QString listenOn(net::ip::tcp::acceptor& acceptor, const QString& host, quint16 port)
{
    boost::system::error_code ec;
    const auto address = net::ip::make_address(host.toStdString(), ec);
    if (ec)
        return QStringLiteral("\"%1\" is not an IP address to listen on.").arg(host);
    const net::ip::tcp::endpoint endpoint(address, port);
    acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return QStringLiteral("Cannot listen on %1:%2: %3.")
            .arg(host, QString::number(port), QString::fromStdString(ec.message()));
    return {};
}

} // namespace ct::httpcore
