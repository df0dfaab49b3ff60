#include "protobufpayloaddecoder.h"

#include "contenttype.h"

#include "controltower/v1/retail.pb.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/util/json_util.h>

#include <limits>
#include <memory>

namespace ct {
namespace {

namespace pb = google::protobuf;

// The generated pool holds a contract's descriptors only once its object file is linked in: naming
// one message of the retail contracts makes sure it is (the library is static).
const pb::DescriptorPool* contractsPool()
{
    static const pb::DescriptorPool* pool = [] {
        (void)controltower::v1::SaleCompleted::descriptor();
        return pb::DescriptorPool::generated_pool();
    }();
    return pool;
}

// Fields the schema does not name, here or in any message field below: bytes of another type,
// or of a newer version of this one.
bool hasUnknownFields(const pb::Message& message)
{
    const pb::Reflection* reflection = message.GetReflection();
    if (!reflection->GetUnknownFields(message).empty())
        return true;
    std::vector<const pb::FieldDescriptor*> fields;
    reflection->ListFields(message, &fields);
    for (const pb::FieldDescriptor* field : fields) {
        if (field->cpp_type() != pb::FieldDescriptor::CPPTYPE_MESSAGE)
            continue;
        if (field->is_repeated()) {
            for (int i = 0; i < reflection->FieldSize(message, field); ++i) {
                if (hasUnknownFields(reflection->GetRepeatedMessage(message, field, i)))
                    return true;
            }
        } else if (hasUnknownFields(reflection->GetMessage(message, field))) {
            return true;
        }
    }
    return false;
}

// The message of the content type's messageType (or proto) parameter; null with *error set when it
// names none, or one no contract defines.
const pb::Message* prototypeFor(const ContentType& type, QString* typeName, QString* error)
{
    *typeName = type.parameter(u"messageType");
    if (typeName->isEmpty())
        *typeName = type.parameter(u"proto");
    if (typeName->isEmpty()) {
        *error = QStringLiteral("the content type names no message type");
        return nullptr;
    }
    const pb::Descriptor* descriptor = contractsPool()->FindMessageTypeByName(typeName->toStdString());
    const pb::Message* prototype = descriptor ? pb::MessageFactory::generated_factory()->GetPrototype(descriptor) : nullptr;
    if (!prototype)
        *error = QStringLiteral("no contract defines the message type %1").arg(*typeName);
    return prototype;
}

} // namespace

bool ProtobufPayloadDecoder::handles(const ContentType& type) const
{
    return type.isProtobuf();
}

TreeDecoding ProtobufPayloadDecoder::decode(const QByteArray& payload, const ContentType& type) const
{
    TreeDecoding out;
    const pb::Message* prototype = prototypeFor(type, &out.typeName, &out.detail);
    if (!prototype) {
        out.outcome = TreeDecoding::Outcome::UnknownType;
        return out;
    }
    const std::unique_ptr<pb::Message> message(prototype->New());
    {
        // The parser logs a string that is not UTF-8 to stderr; the note says it instead.
        const pb::LogSilencer quiet;
        if (payload.size() > std::numeric_limits<int>::max()
            || !message->ParseFromArray(payload.constData(), int(payload.size()))) {
            out.outcome = TreeDecoding::Outcome::Malformed;
            out.detail = QStringLiteral("the bytes are not a valid %1 (truncated, or another type)").arg(out.typeName);
            return out;
        }
    }
    pb::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    options.always_print_primitive_fields = true;
    std::string json;
    if (const auto status = pb::util::MessageToJsonString(*message, &json, options); !status.ok()) {
        out.outcome = TreeDecoding::Outcome::Malformed;
        out.detail = QString::fromStdString(status.ToString());
        return out;
    }
    out.tree = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    if (hasUnknownFields(*message)) {
        out.outcome = TreeDecoding::Outcome::DecodedWithUnknownFields;
        out.detail = QStringLiteral("the bytes hold fields that %1 does not define").arg(out.typeName);
    } else {
        out.outcome = TreeDecoding::Outcome::Decoded;
    }
    return out;
}

TreeEncoding ProtobufPayloadDecoder::encode(const QJsonValue& tree, const ContentType& type) const
{
    TreeEncoding out;
    QString typeName;
    const pb::Message* prototype = prototypeFor(type, &typeName, &out.error);
    if (!prototype)
        return out;
    const std::unique_ptr<pb::Message> message(prototype->New());
    if (!tree.isObject()) {
        out.error = QStringLiteral("a %1 is a JSON object").arg(typeName);
        return out;
    }
    const QByteArray json = QJsonDocument(tree.toObject()).toJson(QJsonDocument::Compact);
    pb::util::JsonParseOptions options;
    options.ignore_unknown_fields = false;  // a field the contract does not name is an error
    const pb::LogSilencer quiet;
    if (const auto status = pb::util::JsonStringToMessage(json.toStdString(), message.get(), options); !status.ok()) {
        out.error = QStringLiteral("not a valid %1: %2").arg(typeName, QString::fromStdString(std::string(status.message())));
        return out;
    }
    std::string bytes;
    if (!message->SerializeToString(&bytes)) {
        out.error = QStringLiteral("%1 cannot be serialized (a required field is missing)").arg(typeName);
        return out;
    }
    out.bytes = QByteArray::fromStdString(bytes);
    return out;
}

} // namespace ct
