#pragma once

#include <QByteArray>

namespace ct::systemapi {

// True when an Authorization header value carries `token`: "Bearer TOKEN", or "Basic" credentials
// whose password is TOKEN (any user name). Compared in constant time.
bool carriesToken(const QByteArray& authorization, const QByteArray& token);

} // namespace ct::systemapi
