#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace ct {

class PersonalDataMask;

// One field that differs between two payloads' trees: a, the payload looked at; b, the one it is
// compared with.
struct FieldDifference {
    enum class Change {
        Missing, // in b only
        Extra,   // in a only
        Changed, // in both, with other values (or types)
    };
    QString path;     // "lines[0].sku", "ship_to.city"; empty for the roots themselves
    Change change = Change::Changed;
    QString a;        // compact JSON of a's value (shortened); empty when missing from a
    QString b;        // the same for b
    bool personal = false; // a personal-data field: both values shown as kMaskedValue
};

struct FieldDifferences {
    QList<FieldDifference> items; // in the order of the fields' paths
    int omitted = 0;              // differences past the limit, counted but not listed
};

// Compares two trees field by field: objects by key, arrays by position, anything else by value.
// Values of personal fields (mask.isPersonal, at any depth above them) never appear in the result.
FieldDifferences diffFields(const QJsonValue& a, const QJsonValue& b, const PersonalDataMask& mask,
                            int limit = 200);

} // namespace ct
