#pragma once

#include "timestamp.h"

#include <QByteArray>
#include <QString>

namespace ct {

// One row of the append-only audit trail. hash = SHA-256(prev_hash || canonical form of this row).
struct AuditEntry {
    qint64 seq = 0;        // assigned by the store
    Timestamp at;
    QString actor;
    QString role;
    QString action;        // e.g. "store.created", "schema.migrated", "demo.generated"
    QString target;
    QString before;
    QString after;
    QString result;        // e.g. "ok"
    QString detail;
    QString prevHash;      // hex
    QString hash;          // hex

    // The bytes the hash covers (everything but seq and hash itself), stable across engines.
    QByteArray canonicalForm() const;
    QString computeHash() const;
    // The person running this process, as the operating system names them.
    static QString localActor();
    // An entry about the store's own history, by the local user in the "system" role.
    static AuditEntry bySystem(const QString& action, const QString& target, const QString& detail);
};

} // namespace ct
