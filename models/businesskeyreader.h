#pragma once

#include "storeerror.h"
#include "timestamp.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ct {

// A transaction that touched the business keys asked for.
struct KeyedTransaction {
    QString correlationId;
    QString flow;
    Timestamp firstAt;  // its first and last event
    Timestamp lastAt;
    bool failed = false;  // one of its events failed
};

// A key that starts with the prefix typed, and what kind of key it is.
struct KeyCompletion {
    QString key;
    QString kind;
};

// Port: the business keys extracted at ingest (resources/keys/businesskeys.json), by key.
class BusinessKeyReader {
public:
    virtual ~BusinessKeyReader() = default;

    // The transactions that touched every one of the keys, newest first (by when the first key
    // reached them); at most `limit`.
    virtual Expected<QList<KeyedTransaction>> transactionsByKey(const QStringList& keys, int limit) = 0;
    // The kind of each key, for the keys the store knows (others are left out).
    virtual Expected<QList<KeyCompletion>> keyKinds(const QStringList& keys) = 0;
    // Distinct keys starting with `prefix`, in key order; at most `limit`.
    virtual Expected<QList<KeyCompletion>> keyCompletions(const QString& prefix, int limit) = 0;
};

} // namespace ct
