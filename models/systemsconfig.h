#pragma once

#include "endpointtemplate.h"
#include "jsonpointer.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace ct {

// How a field's JSON value is read: text; an integral number; decimal text ("12.99") to integer minor
// units; an RFC 3339 time; epoch milliseconds.
enum class ValueKind { Text, Integer, DecimalMinor, Rfc3339, EpochMs };

struct FieldSource {
    JsonPointer pointer;
    ValueKind kind = ValueKind::Text;
    int decimals = 2; // DecimalMinor: digits of the minor unit
};

// Where one measure (inventory or prices) is read from a system's API, and how its JSON maps onto
// the canonical position.
struct PositionEndpoints {
    EndpointTemplate position;  // one position: {node}, {sku}
    EndpointTemplate page;      // bulk pages: {node}, {page_token}
    JsonPointer items;          // the array of positions in a page
    JsonPointer nextPageToken;  // the next page's token; null or absent on the last page
    QMap<QString, FieldSource> fields; // canonical field name -> where it is in an item

    bool isConfigured() const { return !position.isNull() || !page.isNull(); }
};

enum class AuthType { None, Bearer, Basic };

struct ApiAuth {
    AuthType type = AuthType::None;
    QString user;       // Basic
    QString secretKey;  // the keychain key holding the token or password; never the secret itself
};

// Which nodes a system holds positions for: every node (ERP, web shop), or the nodes where it is the
// authority (WMS at a distribution centre, POS in a store; DeltaRules::authorityAt).
enum class NodeScope { AllNodes, AuthorityNodes };

struct SystemApi {
    QString system;   // e.g. "erp"
    QUrl baseUrl;     // scheme, host, port and an optional path prefix
    ApiAuth auth;
    NodeScope scope = NodeScope::AuthorityNodes;
    PositionEndpoints inventory;
    PositionEndpoints prices;
    int timeoutMs = 10'000;
    int maxConcurrency = 4;
    int maxRetries = 3;
};

// The systems whose HTTP APIs the position connector reads (resources/systems.json is the example for
// `ctower demo --serve-apis`; the user's file is controltower/systems.json). Format:
// resources/systems.README.md.
struct SystemsConfig {
    bool allowPlainHttp = false;
    QList<SystemApi> systems;

    // The configuration, or an empty one with *error set: one sentence naming the entry.
    static SystemsConfig fromJson(const QByteArray& json, QString* error);
    // From `path`, or when empty the user's controltower/systems.json; *error names the file.
    static SystemsConfig load(const QString& path, QString* error);
    static QString userFilePath();

    const SystemApi* find(const QString& system) const;
};

// The canonical fields of each measure, and which of them may be left out of a mapping.
const QStringList& inventoryFieldNames();
const QStringList& priceFieldNames();
bool isOptionalField(const QString& field);
QString valueKindName(ValueKind kind);

} // namespace ct
