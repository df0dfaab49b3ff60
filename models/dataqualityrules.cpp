#include "dataqualityrules.h"

#include "configfile.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QStandardPaths>

namespace ct {
namespace {

const QLatin1String kEach("/*");

struct CheckName {
    const char* name;
    QualityCheck check;
};
constexpr CheckName kChecks[] = {
    {"date_order", QualityCheck::DateOrder},       {"postal_code", QualityCheck::PostalCode},
    {"not_negative", QualityCheck::NotNegative},   {"known_sku", QualityCheck::KnownSku},
    {"known_node", QualityCheck::KnownNode},       {"price_at_least_cost", QualityCheck::PriceAtLeastCost},
};

// The members a check reads its fields from, in the order DataQualityRule::fields keeps them.
QStringList fieldMembers(QualityCheck check)
{
    switch (check) {
    case QualityCheck::DateOrder:
        return {QStringLiteral("earlier"), QStringLiteral("later")};
    case QualityCheck::PriceAtLeastCost:
        return {QStringLiteral("items"), QStringLiteral("price"), QStringLiteral("sku")};
    case QualityCheck::PostalCode:
        return {QStringLiteral("addresses")};
    default:
        return {QStringLiteral("fields")};
    }
}

bool readFields(const QJsonObject& o, DataQualityRule& rule, QString* error)
{
    for (const QString& member : fieldMembers(rule.check)) {
        const QJsonValue v = o.value(member);
        QStringList texts;
        if (v.isString()) {
            texts << v.toString();
        } else if (v.isArray()) {
            for (const QJsonValue& t : v.toArray())
                texts << t.toString();
        }
        const bool single = rule.check == QualityCheck::DateOrder || rule.check == QualityCheck::PriceAtLeastCost;
        if (texts.isEmpty() || (single && !v.isString())) {
            *error = QStringLiteral("rule %1 needs \"%2\"").arg(rule.id, member);
            return false;
        }
        for (const QString& text : std::as_const(texts)) {
            auto field = PayloadField::parse(text, error);
            if (!field) {
                *error = QStringLiteral("rule %1, \"%2\": %3").arg(rule.id, member, *error);
                return false;
            }
            rule.fields.append(*field);
        }
    }
    return true;
}

bool readPatterns(const QJsonObject& o, DataQualityRule& rule, QString* error)
{
    const QJsonObject patterns = o.value(QLatin1String("patterns")).toObject();
    if (patterns.isEmpty()) {
        *error = QStringLiteral("rule %1 needs \"patterns\" by country").arg(rule.id);
        return false;
    }
    for (auto it = patterns.begin(); it != patterns.end(); ++it) {
        QRegularExpression re(it.value().toString());
        if (!it.value().isString() || !re.isValid()) {
            *error = QStringLiteral("rule %1: the pattern of %2 is not a regular expression").arg(rule.id, it.key());
            return false;
        }
        re.optimize();
        rule.postalPatterns.insert(it.key(), re);
    }
    return true;
}

QString valueText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger(qint64(v.toDouble())));
    return QString();
}

void checkDateOrder(const DataQualityRule& rule, const QJsonValue& doc, QList<DataQualityFinding>& out)
{
    const QList<QJsonValue> earlier = rule.fields.at(0).values(doc);
    const QList<QJsonValue> later = rule.fields.at(1).values(doc);
    if (earlier.isEmpty() || later.isEmpty())
        return;
    const auto a = Timestamp::fromIso(earlier.first().toString());
    const auto b = Timestamp::fromIso(later.first().toString());
    if (a && b && *b < *a)
        out.append({rule.id, QStringLiteral("%1 %2 is before %3 %4")
                                 .arg(rule.fields.at(1).text(), b->toIso(), rule.fields.at(0).text(), a->toIso())});
}

void checkPostalCodes(const DataQualityRule& rule, const QJsonValue& doc, QList<DataQualityFinding>& out)
{
    for (const PayloadField& field : rule.fields) {
        for (const QJsonValue& address : field.values(doc)) {
            const QJsonObject a = address.toObject();
            const QString country = a.value(QLatin1String("country")).toString();
            const QString postal = a.value(QLatin1String("postal_code")).toString();
            const auto pattern = rule.postalPatterns.constFind(country);
            if (pattern == rule.postalPatterns.cend() || !a.contains(QLatin1String("postal_code")))
                continue;
            if (!pattern->match(postal).hasMatch())
                out.append({rule.id, QStringLiteral("postal code \"%1\" does not fit %2").arg(postal, country)});
        }
    }
}

void checkNotNegative(const DataQualityRule& rule, const QJsonValue& doc, QList<DataQualityFinding>& out)
{
    for (const PayloadField& field : rule.fields) {
        for (const QJsonValue& v : field.values(doc)) {
            if (v.isDouble() && v.toDouble() < 0)
                out.append({rule.id, QStringLiteral("%1 is %2").arg(field.text(), valueText(v))});
        }
    }
}

void checkKnown(const DataQualityRule& rule, const QJsonValue& doc, const QString& column, const QSet<QString>& known,
                QList<DataQualityFinding>& out)
{
    if (known.isEmpty())
        return;
    QSet<QString> unknown;
    if (rule.eventColumn && !column.isEmpty() && !known.contains(column))
        unknown.insert(column);
    for (const PayloadField& field : rule.fields) {
        for (const QJsonValue& v : field.values(doc)) {
            const QString code = v.toString();
            if (!code.isEmpty() && !known.contains(code))
                unknown.insert(code);
        }
    }
    QStringList codes(unknown.cbegin(), unknown.cend());
    codes.sort();
    for (const QString& code : std::as_const(codes))
        out.append({rule.id, QStringLiteral("%1 is not known to the estate").arg(code)});
}

void checkPriceAtLeastCost(const DataQualityRule& rule, const QJsonValue& doc, const EstateReference& reference,
                           QList<DataQualityFinding>& out)
{
    const PayloadField& price = rule.fields.at(1);
    const PayloadField& sku = rule.fields.at(2);
    for (const QJsonValue& list : rule.fields.at(0).values(doc)) {
        const QJsonArray items = list.isArray() ? list.toArray() : QJsonArray{list};
        for (const QJsonValue& line : items) {
            const QList<QJsonValue> prices = price.values(line);
            const QList<QJsonValue> skus = sku.values(line);
            if (prices.isEmpty() || skus.isEmpty() || !prices.first().isDouble())
                continue;
            const QString code = skus.first().toString();
            const auto cost = reference.unitCostMinor.constFind(code);
            const qint64 value = prices.first().toInteger();
            if (cost != reference.unitCostMinor.cend() && value < *cost)
                out.append({rule.id, QStringLiteral("%1 costs %2 and sells at %3")
                                         .arg(code, QString::number(*cost), QString::number(value))});
        }
    }
}

} // namespace

EstateReference estateReference(const QList<InventoryPosition>& stock, const QList<PricePosition>& prices)
{
    EstateReference r;
    for (const InventoryPosition& p : stock) {
        r.skus.insert(p.sku);
        r.nodes.insert(p.node);
        if (p.unitCostMinor > 0)
            r.unitCostMinor.insert(p.sku, p.unitCostMinor);
    }
    for (const PricePosition& p : prices) {
        r.skus.insert(p.sku);
        r.nodes.insert(p.node);
    }
    return r;
}

std::optional<PayloadField> PayloadField::parse(const QString& text, QString* error)
{
    PayloadField f;
    f.m_text = text;
    const qsizetype each = text.indexOf(kEach + QLatin1Char('/'));
    const QString outer = each < 0 ? text : text.left(each);
    auto pointer = JsonPointer::parse(outer, error);
    if (!pointer)
        return std::nullopt;
    f.m_pointer = *pointer;
    if (each >= 0) {
        auto item = JsonPointer::parse(text.mid(each + kEach.size()), error);
        if (!item)
            return std::nullopt;
        f.m_item = *item;
    }
    return f;
}

QList<QJsonValue> PayloadField::values(const QJsonValue& document) const
{
    const std::optional<QJsonValue> outer = m_pointer.resolve(document);
    if (!outer)
        return {};
    if (!m_item)
        return {*outer};
    QList<QJsonValue> out;
    for (const QJsonValue& item : outer->toArray()) {
        if (auto v = m_item->resolve(item))
            out.append(*v);
    }
    return out;
}

DataQualityRules DataQualityRules::fromJson(const QByteArray& json, QString* error)
{
    const auto root = configObject(json, QStringLiteral("the data-quality rules are not a JSON object"), error);
    if (!root)
        return {};
    const QJsonValue list = root->value(QLatin1String("rules"));
    if (!list.isArray()) {
        *error = QStringLiteral("the data-quality rules have no \"rules\" array");
        return {};
    }
    DataQualityRules out;
    int index = 0;
    for (const QJsonValue& v : list.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        DataQualityRule rule;
        rule.id = o.value(QLatin1String("id")).toString();
        rule.name = o.value(QLatin1String("name")).toString(rule.id);
        if (rule.id.isEmpty()) {
            *error = QStringLiteral("rule %1 needs an id").arg(index);
            return {};
        }
        if (out.find(rule.id)) {
            *error = QStringLiteral("rule %1: the id %2 is taken by an earlier one").arg(index).arg(rule.id);
            return {};
        }
        if (!o.value(QLatin1String("enabled")).toBool(true))
            continue;
        const QString check = o.value(QLatin1String("check")).toString();
        const auto known = std::find_if(std::begin(kChecks), std::end(kChecks),
                                        [&](const CheckName& c) { return check == QLatin1String(c.name); });
        if (known == std::end(kChecks)) {
            *error = QStringLiteral("rule %1: \"%2\" is not a check (date_order, postal_code, not_negative, known_sku, "
                                    "known_node, price_at_least_cost)")
                         .arg(rule.id, check);
            return {};
        }
        rule.check = known->check;
        rule.eventColumn = o.value(QLatin1String("event_column")).toBool(false);
        if (!readFields(o, rule, error))
            return {};
        if (rule.check == QualityCheck::PostalCode && !readPatterns(o, rule, error))
            return {};
        out.m_rules.append(rule);
    }
    out.m_fingerprint = QCryptographicHash::hash(json, QCryptographicHash::Sha256);
    return out;
}

DataQualityRules DataQualityRules::load(QString* error)
{
    QString path = QStandardPaths::locate(QStandardPaths::GenericConfigLocation, QStringLiteral("controltower/dataquality.json"));
    if (path.isEmpty())
        path = QStringLiteral(":/controltower/dataquality.json");
    return readConfigFile<DataQualityRules>(path, &DataQualityRules::fromJson, error);
}

const DataQualityRule* DataQualityRules::find(const QString& id) const
{
    for (const DataQualityRule& r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QList<DataQualityFinding> DataQualityRules::evaluate(const Event& event, const EstateReference& reference) const
{
    QList<DataQualityFinding> out;
    QJsonValue doc;
    if (event.payload.startsWith('{'))
        doc = QJsonDocument::fromJson(event.payload).object();
    for (const DataQualityRule& rule : m_rules) {
        switch (rule.check) {
        case QualityCheck::DateOrder:
            checkDateOrder(rule, doc, out);
            break;
        case QualityCheck::PostalCode:
            checkPostalCodes(rule, doc, out);
            break;
        case QualityCheck::NotNegative:
            checkNotNegative(rule, doc, out);
            break;
        case QualityCheck::KnownSku:
            checkKnown(rule, doc, event.sku, reference.skus, out);
            break;
        case QualityCheck::KnownNode:
            checkKnown(rule, doc, event.node, reference.nodes, out);
            break;
        case QualityCheck::PriceAtLeastCost:
            checkPriceAtLeastCost(rule, doc, reference, out);
            break;
        }
    }
    return out;
}

} // namespace ct
