#include "systemsconfig.h"

#include "configfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace ct {
namespace {

struct KindName {
    ValueKind kind;
    const char* name;
};
constexpr KindName kKinds[] = {{ValueKind::Text, "text"},
                               {ValueKind::Integer, "integer"},
                               {ValueKind::DecimalMinor, "decimal_minor"},
                               {ValueKind::Rfc3339, "rfc3339"},
                               {ValueKind::EpochMs, "epoch_ms"}};

// The kinds a canonical field may take, the first its default.
QList<ValueKind> kindsOf(const QString& field)
{
    if (field == QLatin1String("on_hand") || field == QLatin1String("reserved"))
        return {ValueKind::Integer};
    if (field == QLatin1String("price") || field == QLatin1String("unit_cost"))
        return {ValueKind::Integer, ValueKind::DecimalMinor};
    if (field == QLatin1String("as_of"))
        return {ValueKind::Rfc3339, ValueKind::EpochMs};
    return {ValueKind::Text};
}

bool isLoopback(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    if (host == QLatin1String("::1"))
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    return parts.size() == 4 && parts.constFirst() == QLatin1String("127")
        && std::all_of(parts.cbegin(), parts.cend(), [](const QString& part) {
               bool ok = false;
               return part.toUInt(&ok) <= 255 && ok;
           });
}

// Reads the configuration; every failure throws the sentence (caught in fromJson only).
class Reader {
public:
    explicit Reader(bool allowPlainHttp) : m_allowPlainHttp(allowPlainHttp) {}

    SystemApi system(const QJsonObject& o)
    {
        SystemApi s;
        s.system = o.value(QLatin1String("system")).toString();
        if (s.system.isEmpty())
            fail(QStringLiteral("it names no \"system\" (e.g. \"erp\")"));
        m_where = QStringLiteral("system \"%1\"").arg(s.system);
        s.baseUrl = baseUrl(o.value(QLatin1String("base_url")));
        s.auth = auth(o.value(QLatin1String("auth")));
        const QString scope = o.value(QLatin1String("nodes")).toString(QStringLiteral("authority"));
        if (scope == QLatin1String("all"))
            s.scope = NodeScope::AllNodes;
        else if (scope != QLatin1String("authority"))
            fail(QStringLiteral("\"nodes\" is \"all\" or \"authority\", not \"%1\"").arg(scope));
        s.timeoutMs = number(o, "timeout_ms", 1, 600'000, s.timeoutMs);
        s.maxConcurrency = number(o, "max_concurrency", 1, 64, s.maxConcurrency);
        s.maxRetries = number(o, "max_retries", 0, 20, s.maxRetries);
        s.inventory = endpoints(o.value(QLatin1String("inventory")), QStringLiteral("inventory"), inventoryFieldNames());
        s.prices = endpoints(o.value(QLatin1String("prices")), QStringLiteral("prices"), priceFieldNames());
        if (!s.inventory.isConfigured() && !s.prices.isConfigured())
            fail(QStringLiteral("it has neither an \"inventory\" nor a \"prices\" section"));
        return s;
    }

    [[noreturn]] void fail(const QString& what) const { throw QStringLiteral("%1: %2").arg(m_where, what); }
    void setWhere(const QString& where) { m_where = where; }

private:
    QUrl baseUrl(const QJsonValue& v) const
    {
        const QUrl url(v.toString(), QUrl::StrictMode);
        if (!v.isString() || !url.isValid() || url.host().isEmpty())
            fail(QStringLiteral("\"base_url\" must be an http or https URL, e.g. \"https://erp.example.com/api\""));
        if (!url.userInfo().isEmpty())
            fail(QStringLiteral("\"base_url\" holds credentials; put the secret in the keychain and name its key in \"auth\""));
        if (url.hasQuery() || url.hasFragment())
            fail(QStringLiteral("\"base_url\" may not have a query or a fragment"));
        if (url.scheme() == QLatin1String("http")) {
            if (!isLoopback(url.host()) && !m_allowPlainHttp)
                fail(QStringLiteral("\"base_url\" is plain http to %1, which is not loopback; use https, or set "
                                    "\"allow_plain_http\": true").arg(url.host()));
        } else if (url.scheme() != QLatin1String("https")) {
            fail(QStringLiteral("\"base_url\" must be http or https, not %1").arg(url.scheme()));
        }
        return url;
    }

    ApiAuth auth(const QJsonValue& v) const
    {
        ApiAuth a;
        if (v.isUndefined())
            return a;
        const QJsonObject o = v.toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("bearer"))
            a.type = AuthType::Bearer;
        else if (type == QLatin1String("basic"))
            a.type = AuthType::Basic;
        else if (type != QLatin1String("none"))
            fail(QStringLiteral("auth \"type\" is bearer, basic or none"));
        for (const char* forbidden : {"secret", "token", "password"}) {
            if (o.contains(QLatin1String(forbidden)))
                fail(QStringLiteral("auth holds a \"%1\"; secrets live in the keychain: name its key in \"secret_key\"")
                         .arg(QLatin1String(forbidden)));
        }
        a.user = o.value(QLatin1String("user")).toString();
        a.secretKey = o.value(QLatin1String("secret_key")).toString();
        if (a.type == AuthType::Basic && a.user.isEmpty())
            fail(QStringLiteral("basic auth needs a \"user\""));
        return a;
    }

    int number(const QJsonObject& o, const char* key, int min, int max, int fallback) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
            fail(QStringLiteral("\"%1\" must be a whole number from %2 to %3").arg(QLatin1String(key), QString::number(min), QString::number(max)));
        return int(d);
    }

    JsonPointer pointer(const QJsonValue& v, const QString& name) const
    {
        QString error;
        if (!v.isString())
            fail(QStringLiteral("%1 must be a JSON pointer such as \"/items\"").arg(name));
        const auto p = JsonPointer::parse(v.toString(), &error);
        if (!p)
            fail(name + QStringLiteral(": ") + error);
        return *p;
    }

    EndpointTemplate endpoint(const QJsonValue& v, const QString& name, const QStringList& allowed) const
    {
        if (v.isUndefined())
            return {};
        QString error;
        const auto t = EndpointTemplate::parse(v.toString(), allowed, &error);
        if (!t)
            fail(name + QStringLiteral(": ") + error);
        return *t;
    }

    PositionEndpoints endpoints(const QJsonValue& v, const QString& section, const QStringList& fieldNames) const
    {
        PositionEndpoints e;
        if (v.isUndefined())
            return e;
        const QJsonObject o = v.toObject();
        const QStringList cell{QStringLiteral("node"), QStringLiteral("sku")};
        const QStringList page{QStringLiteral("node"), QStringLiteral("page_token")};
        e.position = endpoint(o.value(QLatin1String("position")), section + QStringLiteral(".position"), cell);
        e.page = endpoint(o.value(QLatin1String("page")), section + QStringLiteral(".page"), page);
        if (!e.isConfigured())
            fail(QStringLiteral("%1 has neither a \"position\" nor a \"page\" endpoint").arg(section));
        if (!e.position.isNull() && (!e.position.uses(cell[0]) || !e.position.uses(cell[1])))
            fail(QStringLiteral("%1.position must use {node} and {sku}").arg(section));
        if (!e.page.isNull()) {
            e.items = pointer(o.value(QLatin1String("items")), section + QStringLiteral(".items"));
            if (o.contains(QLatin1String("next_page_token"))) {
                e.nextPageToken = pointer(o.value(QLatin1String("next_page_token")), section + QStringLiteral(".next_page_token"));
                if (!e.page.uses(page[1]))
                    fail(QStringLiteral("%1.page must use {page_token} when it names a next_page_token").arg(section));
            }
        }
        const QJsonObject fields = o.value(QLatin1String("fields")).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (!fieldNames.contains(it.key()))
                fail(QStringLiteral("%1.fields has \"%2\"; the fields are %3").arg(section, it.key(), fieldNames.join(QStringLiteral(", "))));
        }
        for (const QString& field : fieldNames) {
            const QString name = section + QStringLiteral(".fields.") + field;
            const QJsonValue f = fields.value(field);
            if (f.isUndefined()) {
                if (!isOptionalField(field))
                    fail(QStringLiteral("%1 is missing").arg(name));
                continue;
            }
            e.fields.insert(field, source(f, name, kindsOf(field)));
        }
        return e;
    }

    FieldSource source(const QJsonValue& f, const QString& name, const QList<ValueKind>& kinds) const
    {
        FieldSource s;
        s.kind = kinds.constFirst();
        if (f.isString()) {
            s.pointer = pointer(f, name);
            return s;
        }
        const QJsonObject o = f.toObject();
        s.pointer = pointer(o.value(QLatin1String("pointer")), name + QStringLiteral(".pointer"));
        if (o.contains(QLatin1String("kind"))) {
            const QString kind = o.value(QLatin1String("kind")).toString();
            QStringList allowed;
            bool found = false;
            for (ValueKind k : kinds) {
                allowed << valueKindName(k);
                if (valueKindName(k) == kind) {
                    s.kind = k;
                    found = true;
                }
            }
            if (!found)
                fail(QStringLiteral("%1.kind is %2, not \"%3\"").arg(name, allowed.join(QStringLiteral(" or ")), kind));
        }
        s.decimals = number(o, "decimals", 0, 6, s.decimals);
        return s;
    }

    bool m_allowPlainHttp;
    QString m_where;
};

} // namespace

const QStringList& inventoryFieldNames()
{
    static const QStringList names{QStringLiteral("sku"),      QStringLiteral("node"),  QStringLiteral("on_hand"),
                                   QStringLiteral("reserved"), QStringLiteral("as_of"), QStringLiteral("unit_cost"),
                                   QStringLiteral("cost_currency")};
    return names;
}

const QStringList& priceFieldNames()
{
    static const QStringList names{QStringLiteral("sku"), QStringLiteral("node"), QStringLiteral("price"),
                                   QStringLiteral("currency"), QStringLiteral("promotion_id"), QStringLiteral("as_of")};
    return names;
}

bool isOptionalField(const QString& field)
{
    return field == QLatin1String("reserved") || field == QLatin1String("promotion_id")
        || field == QLatin1String("unit_cost") || field == QLatin1String("cost_currency");
}

QString valueKindName(ValueKind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

SystemsConfig SystemsConfig::fromJson(const QByteArray& json, QString* error)
{
    const auto object = configObject(json, QStringLiteral("the systems file is not a JSON object"), error);
    if (!object)
        return {};
    const QJsonObject& o = *object;
    SystemsConfig config;
    config.allowPlainHttp = o.value(QLatin1String("allow_plain_http")).toBool(false);
    Reader reader(config.allowPlainHttp);
    const QJsonArray systems = o.value(QLatin1String("systems")).toArray();
    try {
        if (systems.isEmpty())
            throw QStringLiteral("the systems file lists no systems (\"systems\": [{\"system\": \"erp\", …}])");
        for (qsizetype i = 0; i < systems.size(); ++i) {
            reader.setWhere(QStringLiteral("system %1").arg(i + 1));
            const SystemApi s = reader.system(systems.at(i).toObject());
            if (config.find(s.system))
                reader.fail(QStringLiteral("it is listed twice"));
            config.systems.append(s);
        }
    } catch (const QString& sentence) {
        *error = sentence;
        return {};
    }
    return config;
}

QString SystemsConfig::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/controltower/systems.json");
}

SystemsConfig SystemsConfig::load(const QString& path, QString* error)
{
    return readConfigFile<SystemsConfig>(path.isEmpty() ? userFilePath() : path, &SystemsConfig::fromJson, error);
}

const SystemApi* SystemsConfig::find(const QString& system) const
{
    for (const SystemApi& s : systems) {
        if (s.system == system)
            return &s;
    }
    return nullptr;
}

} // namespace ct
