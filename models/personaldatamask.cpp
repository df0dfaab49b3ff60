#include "personaldatamask.h"

#include "piifields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ct {
namespace {

QString normalised(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c != QLatin1Char('_') && c != QLatin1Char('-'))
            out += c.toLower();
    }
    return out;
}

} // namespace

const QString kMaskedValue = QStringLiteral("•••");

PersonalDataMask::PersonalDataMask(const QSet<QString>& fieldNames)
{
    for (const QString& name : fieldNames)
        m_names.insert(normalised(name));
}

const PersonalDataMask& PersonalDataMask::standard()
{
    static const PersonalDataMask mask(piiFieldNames());
    return mask;
}

bool PersonalDataMask::isPersonal(QStringView fieldName) const
{
    return m_names.contains(normalised(fieldName));
}

PersonalDataMask::Result PersonalDataMask::apply(const QJsonValue& tree) const
{
    Result result;
    result.tree = mask(tree, false, result.masked);
    return result;
}

QJsonValue PersonalDataMask::mask(const QJsonValue& value, bool inPersonal, int& masked) const
{
    switch (value.type()) {
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = mask(it.value(), inPersonal || isPersonal(it.key()), masked);
        return object;
    }
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = mask(array.at(i), inPersonal, masked);
        return array;
    }
    case QJsonValue::String:
        if (!inPersonal || value.toString().isEmpty())
            return value;
        break;
    case QJsonValue::Double:
    case QJsonValue::Bool:
        if (!inPersonal)
            return value;
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return value;
    }
    ++masked;
    return kMaskedValue;
}

} // namespace ct
