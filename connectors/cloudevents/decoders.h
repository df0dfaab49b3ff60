#pragma once

#include "cloudevents.h"

// One decoder per content mode; decode() picks among them.
namespace ct::cloudevents {

Decoded decodeStructured(const Request& request);
Decoded decodeBatch(const Request& request);
Decoded decodeBinary(const Request& request);
Decoded decodeProtobuf(const Request& request);

// A result that refuses the whole request.
Decoded refused(const QString& field, int index, const QString& message);
// A request of more than kMaxEventsPerRequest events.
Decoded tooManyEvents(qsizetype events);

} // namespace ct::cloudevents
