#pragma once

#include <QJsonValue>
#include <QSet>
#include <QString>

namespace ct {

// Hides the values of personal-data fields in a payload's tree (ARCHITECTURE.md §8). A field is
// personal by its name, compared without case, "_" or "-" (so customer_email, customerEmail and
// Customer-Email are one name). Every string, number or boolean inside a personal field is replaced
// by kMaskedValue, however deep (ship_to's street, address.city, a list of phones); the shape stays,
// so a reader sees which fields there are. Null and empty strings hold nothing and stay as they are.
class PersonalDataMask {
public:
    explicit PersonalDataMask(const QSet<QString>& fieldNames);
    // The fields of resources/pii.json (piiFieldNames()).
    static const PersonalDataMask& standard();

    struct Result {
        QJsonValue tree;
        int masked = 0; // values replaced
    };
    Result apply(const QJsonValue& tree) const;
    bool isPersonal(QStringView fieldName) const;

private:
    QJsonValue mask(const QJsonValue& value, bool inPersonal, int& masked) const;

    QSet<QString> m_names; // normalised
};

// What a masked value shows instead.
extern const QString kMaskedValue;

} // namespace ct
