#include "cloudevents.h"

#include "decoders.h"

namespace ct::cloudevents {

Decoded refused(const QString& field, int index, const QString& message)
{
    Decoded result;
    result.error = DecodeError{field, index, message};
    return result;
}

Decoded tooManyEvents(qsizetype events)
{
    return refused(QStringLiteral("body"), -1,
                   QStringLiteral("the request has %1 events; it may carry at most %2")
                       .arg(QString::number(events), QString::number(kMaxEventsPerRequest)));
}

Decoded decode(Mode mode, const Request& request)
{
    switch (mode) {
    case Mode::Binary:
        return decodeBinary(request);
    case Mode::Structured:
        return decodeStructured(request);
    case Mode::Batch:
        return decodeBatch(request);
    case Mode::Protobuf:
        return decodeProtobuf(request);
    }
    return refused(QStringLiteral("body"), -1, QStringLiteral("the content mode is unknown"));
}

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Binary:
        return QStringLiteral("binary");
    case Mode::Structured:
        return QStringLiteral("structured");
    case Mode::Batch:
        return QStringLiteral("batch");
    case Mode::Protobuf:
        return QStringLiteral("protobuf");
    }
    return QString();
}

std::optional<Mode> modeFromName(QStringView name)
{
    for (const Mode mode : {Mode::Binary, Mode::Structured, Mode::Batch, Mode::Protobuf}) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}

} // namespace ct::cloudevents
