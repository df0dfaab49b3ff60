#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace ct {

struct ContentType;

// What a PayloadDecoder made of a payload: its fields as a JSON tree, or why there are none.
struct TreeDecoding {
    enum class Outcome {
        Decoded,
        DecodedWithUnknownFields, // the bytes hold fields the schema does not name: perhaps the wrong type
        UnknownType,              // no schema of that name (or none named)
        Malformed,                // the bytes are not a message of that type
    };
    Outcome outcome = Outcome::Malformed;
    QJsonValue tree;      // Decoded*: the fields, by their schema names
    QString typeName;     // the schema's name, e.g. "controltower.v1.SaleCompleted"
    QString detail;       // English, for the note: what was wrong
};

// A tree made into a payload's bytes again, or why it cannot be: the contract's verdict on an edit.
struct TreeEncoding {
    QByteArray bytes;
    QString error;  // English, one phrase; empty when encoded
};

// Port: decodes payloads whose schemas models/ does not know, protobuf through its descriptors
// (connectors/payloads implements it; models/ never links protobuf). Used on the GUI thread for the
// one selected payload; it keeps no state between calls.
class PayloadDecoder {
public:
    virtual ~PayloadDecoder() = default;
    virtual bool handles(const ContentType& type) const = 0;
    virtual TreeDecoding decode(const QByteArray& payload, const ContentType& type) const = 0;
    // The bytes of `tree` as a payload of `type`, checked against its schema (unknown fields, wrong
    // types); a decoder that cannot encode says so.
    virtual TreeEncoding encode(const QJsonValue& tree, const ContentType& type) const
    {
        Q_UNUSED(tree)
        Q_UNUSED(type)
        return {{}, QStringLiteral("this decoder cannot encode")};
    }
};

} // namespace ct
