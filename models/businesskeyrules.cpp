#include "businesskeyrules.h"

#include "event.h"
#include "piifields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ct {
namespace {

// RFC 6901: "" is the whole document, otherwise '/' before every token; "~1" is '/', "~0" is '~'.
std::optional<QStringList> pointerTokens(const QString& pointer)
{
    if (!pointer.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString& t : tokens) {
        if (t.contains(QLatin1Char('~'))) {
            QString plain;
            for (qsizetype i = 0; i < t.size(); ++i) {
                if (t[i] != QLatin1Char('~')) {
                    plain += t[i];
                } else if (i + 1 < t.size() && (t[i + 1] == QLatin1Char('0') || t[i + 1] == QLatin1Char('1'))) {
                    plain += t[++i] == QLatin1Char('0') ? QLatin1Char('~') : QLatin1Char('/');
                } else {
                    return std::nullopt;
                }
            }
            t = plain;
        }
        if (t.isEmpty())
            return std::nullopt;
    }
    return tokens;
}

void addKey(QList<BusinessKey>& keys, const QString& key, const QString& kind)
{
    if (key.isEmpty() || key.size() > BusinessKeyExtractor::kMaxKeyLength
        || keys.size() >= BusinessKeyExtractor::kMaxKeysPerEvent)
        return;
    for (const BusinessKey& k : std::as_const(keys)) {
        if (k.key == key)
            return;
    }
    keys.append({key, kind});
}

} // namespace

const QStringList& BusinessKeyRules::kinds()
{
    static const QStringList names{
        QStringLiteral("order"),    QStringLiteral("sku"),      QStringLiteral("store"),    QStringLiteral("node"),
        QStringLiteral("customer"), QStringLiteral("receipt"),  QStringLiteral("payment"),  QStringLiteral("shipment"),
        QStringLiteral("document"), QStringLiteral("return"),   QStringLiteral("campaign"),
    };
    return names;
}

bool BusinessKeyRules::typeMatches(QStringView pattern, QStringView type)
{
    // '*' is any run of characters: greedy matching with one backtrack point suffices.
    qsizetype p = 0, t = 0, star = -1, resume = 0;
    while (t < type.size()) {
        if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern[p] == type[t]) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

std::optional<BusinessKeyRules> BusinessKeyRules::fromJson(const QByteArray& json, const QSet<QString>& piiFields,
                                                           QString* error)
{
    error->clear();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("the business key rules are not a JSON object");
        return std::nullopt;
    }
    const QJsonValue rules = doc.object().value(QLatin1String("rules"));
    if (!rules.isArray()) {
        *error = QStringLiteral("the business key rules have no \"rules\" array");
        return std::nullopt;
    }
    BusinessKeyRules out;
    int index = 0;
    for (const QJsonValue& r : rules.toArray()) {
        ++index;
        const QString where = QStringLiteral("business key rule %1").arg(index);
        const QJsonObject o = r.toObject();
        Rule rule;
        for (const QJsonValue& t : o.value(QLatin1String("types")).toArray()) {
            if (!t.isString() || t.toString().isEmpty()) {
                *error = where + QStringLiteral(": every type pattern is a non-empty string");
                return std::nullopt;
            }
            rule.types << t.toString();
        }
        if (rule.types.isEmpty()) {
            *error = where + QStringLiteral(": \"types\" names no event type");
            return std::nullopt;
        }
        const QJsonArray keys = o.value(QLatin1String("keys")).toArray();
        if (keys.isEmpty()) {
            *error = where + QStringLiteral(": \"keys\" names no key");
            return std::nullopt;
        }
        for (const QJsonValue& k : keys) {
            KeyPointer pointer;
            pointer.kind = k.toObject().value(QLatin1String("kind")).toString();
            pointer.text = k.toObject().value(QLatin1String("pointer")).toString();
            if (!kinds().contains(pointer.kind)) {
                *error = where + QStringLiteral(": \"%1\" is not a kind of key (%2)")
                                     .arg(pointer.kind, kinds().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            const auto tokens = pointerTokens(pointer.text);
            if (!tokens) {
                *error = where + QStringLiteral(": \"%1\" is not a JSON pointer to a field (\"/order_id\", "
                                                "\"/lines/*/sku\")")
                                     .arg(pointer.text);
                return std::nullopt;
            }
            for (const QString& token : *tokens) {
                if (piiFields.contains(token)) {
                    *error = where + QStringLiteral(": \"%1\" points at %2, which holds personal data "
                                                    "(resources/pii.json); personal data is never a key")
                                         .arg(pointer.text, token);
                    return std::nullopt;
                }
            }
            pointer.tokens = *tokens;
            rule.keys.append(pointer);
        }
        out.m_rules.append(rule);
    }
    return out;
}

const BusinessKeyRules& BusinessKeyRules::builtIn(QString* error)
{
    struct Loaded {
        BusinessKeyRules rules;
        QString error;
    };
    static const Loaded loaded = [] {
        Loaded l;
        const QSet<QString>& pii = piiFieldNames(&l.error);
        if (!l.error.isEmpty())
            return l;
        QFile file(QStringLiteral(":/controltower/keys/businesskeys.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            l.error = QStringLiteral("businesskeys.json: cannot be read (%1)").arg(file.errorString());
            return l;
        }
        if (auto rules = fromJson(file.readAll(), pii, &l.error))
            l.rules = std::move(*rules);
        else
            l.error = QStringLiteral("businesskeys.json: ") + l.error;
        return l;
    }();
    if (error)
        *error = loaded.error;
    return loaded.rules;
}

QList<KeyPointer> BusinessKeyRules::pointersFor(QStringView type) const
{
    QList<KeyPointer> pointers;
    for (const Rule& rule : m_rules) {
        for (const QString& pattern : rule.types) {
            if (typeMatches(pattern, type)) {
                pointers += rule.keys;
                break;
            }
        }
    }
    return pointers;
}

bool isJsonPayload(QStringView contentType, const QByteArray& payload)
{
    const QStringView media = contentType.left(contentType.indexOf(QLatin1Char(';'))).trimmed();
    if (media.isEmpty()) {
        const auto first = std::find_if_not(payload.cbegin(), payload.cend(),
                                            [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
        return first != payload.cend() && *first == '{';
    }
    return media.compare(QLatin1String("application/json"), Qt::CaseInsensitive) == 0
           || media.endsWith(QLatin1String("+json"), Qt::CaseInsensitive);
}

BusinessKeyExtractor::BusinessKeyExtractor(const BusinessKeyRules& rules)
    : m_rules(rules)
{
}

const BusinessKeyExtractor::TypeKeys& BusinessKeyExtractor::keysFor(const QString& type)
{
    auto it = m_byType.constFind(type);
    if (it == m_byType.cend()) {
        QStringList kinds;
        QList<QStringList> tokens;
        for (const KeyPointer& p : m_rules.pointersFor(type)) {
            kinds << p.kind;
            tokens << p.tokens;
        }
        it = m_byType.insert(type, TypeKeys{kinds, JsonPointerScan(tokens)});
    }
    return *it;
}

QList<BusinessKey> BusinessKeyExtractor::extract(const Event& e)
{
    QList<BusinessKey> keys;
    addKey(keys, e.sku.trimmed(), QStringLiteral("sku"));
    addKey(keys, e.node.trimmed(), QStringLiteral("node"));
    const TypeKeys& typeKeys = keysFor(e.type);
    if (typeKeys.scan.isEmpty() || e.payload.isEmpty() || !isJsonPayload(e.contentType, e.payload))
        return keys;
    if (const auto matches = typeKeys.scan.scan(e.payload)) {
        for (const JsonPointerScan::Match& m : *matches)
            addKey(keys, m.text, typeKeys.kinds.at(m.pointer));
    }
    return keys;
}

} // namespace ct
