#pragma once

#include <QString>

namespace ct::amqp {

// An AMQP URL as a user gives it (amqp://user[:password]@host[:port]/vhost, ARCHITECTURE.md §10).
struct AmqpUrl {
    QString full;     // what the client connects with, the password filled in
    QString redacted; // what may be printed or logged: no password
    QString caFile;   // amqps (and the management API over https): its cacertfile query item, if any

    // Checks the URL; a password missing from it comes from `password` (e.g. CTOWER_AMQP_PASSWORD).
    // False with one sentence in *error, which never holds the password.
    static bool parse(const QString& text, const QString& password, AmqpUrl* out, QString* error);
};

} // namespace ct::amqp
