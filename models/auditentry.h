#pragma once

#include "timestamp.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ct {

// One of the several things an audit entry is about (each message of a bulk action's window): where it
// was before and after, and what was done to it in particular.
struct AuditTarget {
    QString target;
    QString before;
    QString after;
    QString detail;

    bool operator==(const AuditTarget&) const = default;
};

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
    // An entry about several targets has them here, in order (its own target, before, after and detail
    // are then empty): one entry, one hash over all of them, for one action done to many at once.
    QList<AuditTarget> targets;

    // The bytes the hash covers (everything but seq and hash itself), stable across engines; an entry
    // without targets has the form it always had.
    QByteArray canonicalForm() const;
    QString computeHash() const;
    // The entry as one row per target, each with the entry's seq, time, actor, role, action, result and
    // hashes (what a reader of the trail is shown); itself when it has no targets.
    QList<AuditEntry> perTarget() const;
    // The entries in order, each run of two or more consecutive ones by the same actor in the same role
    // with the same action, result and time made one entry about all their targets.
    static QList<AuditEntry> groupRuns(const QList<AuditEntry>& entries);
    // The person running this process, as the operating system names them.
    static QString localActor();
    // An entry about the store's own history, by the local user in the "system" role.
    static AuditEntry bySystem(const QString& action, const QString& target, const QString& detail);
};

} // namespace ct
