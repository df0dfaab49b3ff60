#pragma once

#include "fielddiff.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ct {

class PayloadDecoder;
class PersonalDataMask;
struct FailedMessage;

// An edited copy of a failed message's payload, checked before it may be sent (ARCHITECTURE.md §7,
// edit & resubmit): the bytes that would go, what changed, and why it may not go.
struct Resubmission {
    QByteArray body;             // what would be sent: compact JSON, or the protobuf bytes
    FieldDifferences changes;    // the edit against the original, field by field (personal values hidden)
    QStringList errors;          // it may not be sent: not JSON, against the contract, nothing changed
    QStringList warnings;        // it may be sent, but look first: a field removed, a type changed
    QString sha256Before;        // hex, of the original payload
    QString sha256After;         // hex, of body

    bool ok() const { return errors.isEmpty(); }
};

// The payload of `original` as an editor shows it: its decoded tree as indented JSON with personal
// values masked (an operator edits the fields that failed without seeing anyone's data). Empty
// with *error set when it cannot be edited (neither JSON nor a protobuf `decoder` knows).
QString editablePayload(const FailedMessage& original, const PayloadDecoder* decoder, const PersonalDataMask& mask,
                        QString* error);

// Checks `editedText` (as editablePayload() gave it, edited) against `original`: it must be JSON, a
// protobuf payload must encode as its contract's message (through `decoder`), and something must
// have changed. A value left masked keeps the original's value at that place, so masking never
// reaches the wire. Removed fields and changed types are warnings.
Resubmission prepareResubmission(const FailedMessage& original, const QString& editedText,
                                 const PayloadDecoder* decoder, const PersonalDataMask& mask);

} // namespace ct
