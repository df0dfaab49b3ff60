#pragma once

#include <QByteArrayView>
#include <QStringView>

// Media types as the CloudEvents formats compare them.
namespace ct::cloudevents {

// The media type without its parameters and surrounding white space, lower case:
// " Application/CloudEvents+JSON; charset=utf-8" -> "application/cloudevents+json".
QByteArray bareMediaType(QByteArrayView contentType);

// Whether a datacontenttype declares JSON (JSON format 3.1.1): a subtype of "json" or ending in
// "+json", parameters ignored. An absent (empty) content type counts as application/json.
bool isJsonMediaType(QStringView contentType);

} // namespace ct::cloudevents
