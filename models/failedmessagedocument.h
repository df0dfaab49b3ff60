#pragma once

#include "failedmessage.h"

#include <QJsonObject>

namespace ct {

class PayloadDecoder;

// One failed message as a JSON document for `ctower dlq show --json` and `dlq export`: its facts,
// its headers, the broker's death history, and its payload decoded (decodePayload()). Unless
// `unmasked`, personal data is masked in the headers and the payload (PersonalDataMask::standard()),
// and a payload without fields to mask (text, bytes) is withheld, as the payload pane does; unmasked,
// the exact body is included too, in base64.
QJsonObject failedMessageDocument(const FailedMessage& m, bool unmasked, const PayloadDecoder* decoder = nullptr);

} // namespace ct
