#pragma once

#include <QString>
#include <QStringView>

namespace ct {

// A Content-Type as payloads carry it: "application/x-protobuf; messageType=controltower.v1.SaleCompleted".
struct ContentType {
    QString mediaType;  // lower case, without parameters: "application/x-protobuf"
    QString parameters; // the rest, as written

    static ContentType parse(QStringView text);
    // A parameter's value by case-insensitive name, quotes removed; empty when absent.
    QString parameter(QStringView name) const;
    // application/json, text/json, or any "+json" subtype.
    bool isJson() const;
    // application/x-protobuf, application/protobuf, application/vnd.google.protobuf.
    bool isProtobuf() const;
};

} // namespace ct
