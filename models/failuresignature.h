#pragma once

#include <QString>
#include <QStringView>

namespace ct {

// The shape of a failure reason with what varies from message to message taken out, so that 600
// "Account 140000 is blocked for posting" and "Account 140007 is blocked for posting" are one group
// to act on: quoted values become '…', e-mail addresses <email>, UUIDs and long hex ids <id>, every
// run of digits #; whitespace is collapsed and the result is at most kMaxLength characters.
QString failureSignature(QStringView reason);

inline constexpr qsizetype kFailureSignatureMaxLength = 200;

} // namespace ct
