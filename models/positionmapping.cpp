#include "positionmapping.h"

#include <cmath>

namespace ct {
namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: beyond it a JSON number is not exact

QString describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("the number %1").arg(v.toDouble());
    case QJsonValue::String: return QStringLiteral("the text \"%1\"").arg(v.toString().left(40));
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// Reads the fields of one item, keeping the first error.
class ItemReader {
public:
    ItemReader(const QJsonValue& item, const PositionEndpoints& map) : m_item(item), m_map(map) {}

    QString text(const QString& field)
    {
        const auto v = value(field);
        if (!v)
            return {};
        if (v->isNull() && isOptionalField(field))
            return {};
        QString why;
        const auto t = readText(*v, &why);
        if (!t || t->isEmpty())
            return fail(field, t ? QStringLiteral("is empty") : why), QString();
        return *t;
    }

    qint64 integer(const QString& field)
    {
        const auto v = value(field);
        if (!v || (v->isNull() && isOptionalField(field)))
            return 0;
        QString why;
        const FieldSource& s = m_map.fields.value(field);
        const auto n = s.kind == ValueKind::DecimalMinor ? readDecimalMinor(*v, s.decimals, &why) : readInteger(*v, &why);
        if (!n)
            return fail(field, why), 0;
        return *n;
    }

    // An amount that cannot be below zero, such as a cost.
    qint64 nonNegative(const QString& field)
    {
        const qint64 n = integer(field);
        if (n < 0)
            fail(field, QStringLiteral("is %1, below zero").arg(n));
        return n;
    }

    Timestamp time(const QString& field)
    {
        const auto v = value(field);
        if (!v)
            return {};
        QString why;
        const auto t = readTime(*v, m_map.fields.value(field).kind, &why);
        if (!t)
            return fail(field, why), Timestamp();
        return *t;
    }

    bool failed(QString* error) const
    {
        if (m_error.isEmpty())
            return false;
        *error = m_error;
        return true;
    }

private:
    std::optional<QJsonValue> value(const QString& field)
    {
        if (!m_error.isEmpty() || !m_map.fields.contains(field))
            return std::nullopt;
        const auto v = m_map.fields.value(field).pointer.resolve(m_item);
        if (!v && !isOptionalField(field))
            fail(field, QStringLiteral("is missing"));
        return v;
    }
    void fail(const QString& field, const QString& why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("field %1 (%2) %3").arg(field, m_map.fields.value(field).pointer.text(), why);
    }

    const QJsonValue& m_item;
    const PositionEndpoints& m_map;
    QString m_error;
};

} // namespace

std::optional<QString> readText(const QJsonValue& v, QString* error)
{
    if (!v.isString()) {
        *error = QStringLiteral("is %1, not text").arg(describe(v));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<qint64> readInteger(const QJsonValue& v, QString* error)
{
    const double d = v.toDouble();
    if (!v.isDouble() || std::trunc(d) != d || std::fabs(d) > kMaxExactInteger) {
        *error = QStringLiteral("is %1, not a whole number").arg(describe(v));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<qint64> readDecimalMinor(const QJsonValue& v, int decimals, QString* error)
{
    const QString text = v.toString();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    const bool negative = whole.startsWith(QLatin1Char('-'));
    const QString digits = negative ? whole.mid(1) : whole;
    auto allDigits = [](const QString& s) {
        return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    };
    if (!v.isString() || digits.isEmpty() || digits.size() > 15 || !allDigits(digits) || !allDigits(fraction)
        || fraction.size() > decimals || (dot >= 0 && fraction.isEmpty())) {
        *error = QStringLiteral("is %1, not a decimal amount with at most %2 decimals").arg(describe(v), QString::number(decimals));
        return std::nullopt;
    }
    qint64 minor = digits.toLongLong();
    for (int i = 0; i < decimals; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return negative ? -minor : minor;
}

std::optional<Timestamp> readTime(const QJsonValue& v, ValueKind kind, QString* error)
{
    if (kind == ValueKind::EpochMs) {
        const auto ms = readInteger(v, error);
        if (!ms)
            return std::nullopt;
        return Timestamp::fromMicros(*ms * 1000);
    }
    const auto t = v.isString() ? Timestamp::fromIso(v.toString()) : std::nullopt;
    if (!t)
        *error = QStringLiteral("is %1, not an RFC 3339 time with a zone").arg(describe(v));
    return t;
}

std::optional<InventoryPosition> mapInventoryItem(const QJsonValue& item, const PositionEndpoints& map,
                                                  const QString& system, QString* error)
{
    ItemReader r(item, map);
    InventoryPosition p;
    p.system = system;
    p.sku = r.text(QStringLiteral("sku"));
    p.node = r.text(QStringLiteral("node"));
    p.onHand = r.integer(QStringLiteral("on_hand"));
    p.reserved = r.integer(QStringLiteral("reserved"));
    p.asOf = r.time(QStringLiteral("as_of"));
    p.unitCostMinor = r.nonNegative(QStringLiteral("unit_cost"));
    p.costCurrency = r.text(QStringLiteral("cost_currency"));
    if (r.failed(error))
        return std::nullopt;
    return p;
}

std::optional<PricePosition> mapPriceItem(const QJsonValue& item, const PositionEndpoints& map, const QString& system,
                                          QString* error)
{
    ItemReader r(item, map);
    PricePosition p;
    p.system = system;
    p.sku = r.text(QStringLiteral("sku"));
    p.node = r.text(QStringLiteral("node"));
    p.priceMinor = r.integer(QStringLiteral("price"));
    p.currency = r.text(QStringLiteral("currency"));
    p.promotionId = r.text(QStringLiteral("promotion_id"));
    p.asOf = r.time(QStringLiteral("as_of"));
    if (r.failed(error))
        return std::nullopt;
    return p;
}

} // namespace ct
