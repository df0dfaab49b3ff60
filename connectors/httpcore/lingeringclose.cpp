#include "lingeringclose.h"

#include <array>

namespace ct::httpcore {

namespace {

struct Discard : std::enable_shared_from_this<Discard> {
    Discard(std::shared_ptr<void> o, boost::beast::tcp_stream& s) : owner(std::move(o)), stream(s) {}

    void next()
    {
        stream.async_read_some(boost::asio::buffer(scratch),
                               [self = shared_from_this()](boost::beast::error_code ec, std::size_t) {
                                   if (ec)
                                       return self->stream.close();
                                   self->next();
                               });
    }

    std::shared_ptr<void> owner;
    boost::beast::tcp_stream& stream;
    std::array<char, 4096> scratch{};
};

} // namespace

void closeLingering(std::shared_ptr<void> owner, boost::beast::tcp_stream& stream, std::chrono::seconds linger)
{
    boost::beast::error_code ignored;
    stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
    stream.expires_after(linger);
    std::make_shared<Discard>(std::move(owner), stream)->next();
}

} // namespace ct::httpcore
