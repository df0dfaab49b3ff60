#pragma once

#include "positionindex.h"

#include <QByteArray>

#include <optional>

namespace ct::systemapi {

// The opaque next_page_token of a listing: the (node, sku) of the last position served, base64url.
QByteArray encodePageToken(const PositionKey& last);
// nullopt when text is not a token encodePageToken() made.
std::optional<PositionKey> decodePageToken(const QByteArray& text);

} // namespace ct::systemapi
