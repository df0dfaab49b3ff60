#pragma once

#include "payloaddecoder.h"

namespace ct {

// Decodes protobuf payloads through the descriptors compiled into the binary (the contracts of
// connectors/proto): "application/x-protobuf; messageType=controltower.v1.SaleCompleted" becomes a
// JSON tree with the .proto field names (so the personal-data list applies) and every field shown,
// zero values included, so two payloads compare field by field. Stateless and thread-safe.
class ProtobufPayloadDecoder final : public PayloadDecoder {
public:
    bool handles(const ContentType& type) const override;
    TreeDecoding decode(const QByteArray& payload, const ContentType& type) const override;
    // The tree (the .proto field names, as decode() gives them) through the message's JSON mapping:
    // a field the contract does not name, or a value of the wrong type, is an error.
    TreeEncoding encode(const QJsonValue& tree, const ContentType& type) const override;
};

} // namespace ct
