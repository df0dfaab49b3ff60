#pragma once

#include <boost/beast/core/tcp_stream.hpp>

#include <chrono>
#include <memory>

namespace ct::httpcore {

// Closes a connection without a reset: stops sending, reads and drops what the client still sends
// (the rest of a refused request) for at most `linger`, then closes. Closing at once could make the
// client see a reset before it reads the answer. `owner` keeps the stream alive until then.
void closeLingering(std::shared_ptr<void> owner, boost::beast::tcp_stream& stream,
                    std::chrono::seconds linger = std::chrono::seconds(2));

} // namespace ct::httpcore
