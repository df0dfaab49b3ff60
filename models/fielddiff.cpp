#include "fielddiff.h"

#include "personaldatamask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


namespace ct {
namespace {

constexpr qsizetype kShownValueChars = 120;

QString shown(const QJsonValue& value, bool personal)
{
    if (value.isUndefined())
        return {};
    if (personal)
        return kMaskedValue;
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    if (text.size() > kShownValueChars)
        text = text.left(kShownValueChars - 1) + QStringLiteral("…");
    return text;
}

class Differ {
public:
    Differ(const PersonalDataMask& mask, int limit) : m_mask(mask), m_limit(limit) {}

    void compare(const QString& path, const QJsonValue& a, const QJsonValue& b, bool personal)
    {
        if (a.isObject() && b.isObject()) {
            const QJsonObject oa = a.toObject();
            const QJsonObject ob = b.toObject();
            QStringList keys = oa.keys();
            for (const QString& key : ob.keys()) {
                if (!oa.contains(key))
                    keys << key;
            }
            keys.sort();
            for (const QString& key : std::as_const(keys))
                compare(path.isEmpty() ? key : path + QLatin1Char('.') + key, oa.value(key), ob.value(key),
                        personal || m_mask.isPersonal(key));
            return;
        }
        if (a.isArray() && b.isArray()) {
            const QJsonArray aa = a.toArray();
            const QJsonArray ab = b.toArray();
            for (qsizetype i = 0; i < qMax(aa.size(), ab.size()); ++i)
                compare(path + QStringLiteral("[%1]").arg(i), i < aa.size() ? aa.at(i) : QJsonValue(QJsonValue::Undefined),
                        i < ab.size() ? ab.at(i) : QJsonValue(QJsonValue::Undefined), personal);
            return;
        }
        if (a == b)
            return;
        FieldDifference::Change change = FieldDifference::Change::Changed;
        if (a.isUndefined())
            change = FieldDifference::Change::Missing;
        else if (b.isUndefined())
            change = FieldDifference::Change::Extra;
        add({path, change, shown(a, personal), shown(b, personal), personal});
    }

    FieldDifferences result;

private:
    void add(FieldDifference difference)
    {
        if (result.items.size() < m_limit)
            result.items.append(std::move(difference));
        else
            ++result.omitted;
    }

    const PersonalDataMask& m_mask;
    int m_limit;
};

} // namespace

FieldDifferences diffFields(const QJsonValue& a, const QJsonValue& b, const PersonalDataMask& mask, int limit)
{
    Differ differ(mask, qMax(0, limit));
    differ.compare(QString(), a, b, false);
    return differ.result;
}

} // namespace ct
