#include "sqlstore.h"

#include "auditdigest.h"

#include <QSqlError>
#include <QSqlQuery>

// The hash-chained audit trail on both SQL engines. An entry about several targets (a bulk action's
// window) is one row of audit_entries and, in audit_entry_targets, one row per target in order; its hash
// covers them all. Readers of one target's history are given that target's part of it as an entry.
namespace ct {
namespace {

// The columns an entry is read with, from audit_entries (e) and, for one target's part, audit_entry_targets (t).
constexpr char kEntryColumns[] = "seq, at, actor, role, action, target, before_state, after_state, result, detail, "
                                 "prev_hash, hash";
constexpr char kTargetPartColumns[] = "e.seq, e.at, e.actor, e.role, e.action, t.target, t.before_state, "
                                      "t.after_state, e.result, t.detail, e.prev_hash, e.hash";

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry a;
    a.seq = q.value(0).toLongLong();
    a.at = Timestamp::fromMicros(q.value(1).toLongLong());
    a.actor = q.value(2).toString();
    a.role = q.value(3).toString();
    a.action = q.value(4).toString();
    a.target = q.value(5).toString();
    a.before = q.value(6).toString();
    a.after = q.value(7).toString();
    a.result = q.value(8).toString();
    a.detail = q.value(9).toString();
    a.prevHash = q.value(10).toString();
    a.hash = q.value(11).toString();
    return a;
}

RowBatch targetRows()
{
    using T = RowBatch::Type;
    return RowBatch({{QStringLiteral("seq"), T::Integer},          {QStringLiteral("place"), T::Integer},
                     {QStringLiteral("target"), T::Text},          {QStringLiteral("before_state"), T::Text},
                     {QStringLiteral("after_state"), T::Text},     {QStringLiteral("detail"), T::Text}});
}

void addTargets(RowBatch& rows, qint64 seq, const AuditEntry& entry)
{
    for (qsizetype i = 0; i < entry.targets.size(); ++i) {
        const AuditTarget& t = entry.targets.at(i);
        rows.add({seq, qint64(i), t.target, t.before, t.after, t.detail});
    }
}

} // namespace

StoreError SqlStore::insertAuditTargets(const RowBatch& rows)
{
    return insertRows(QStringLiteral("audit_entry_targets"), rows, QStringLiteral("writing the audit trail"));
}

Expected<AuditEntry> SqlStore::appendAuditInTransaction(const AuditEntry& input)
{
    AuditEntry entry = input;
    if (entry.at.isNull())
        entry.at = Timestamp::now();
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT hash FROM audit_entries ORDER BY seq DESC LIMIT 1")))
        return errorFrom(last.lastError(), QStringLiteral("reading the audit trail"));
    entry.prevHash = last.next() ? last.value(0).toString() : QString();
    entry.hash = auditDigest(entry);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_entries (at, actor, role, action, target, before_state, "
                             "after_state, result, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(entry.at.micros());
    // A null QString binds as SQL NULL; the audit columns hold empty text instead.
    for (const QString* field : {&entry.actor, &entry.role, &entry.action, &entry.target, &entry.before, &entry.after,
                                 &entry.result, &entry.detail, &entry.prevHash, &entry.hash})
        q.addBindValue(field->isNull() ? QStringLiteral("") : *field);
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("writing the audit trail"));
    auto seq = scalar(QStringLiteral("SELECT max(seq) FROM audit_entries"), QStringLiteral("reading the audit trail"));
    if (!seq)
        return seq.error();
    entry.seq = seq.value();
    if (!entry.targets.isEmpty()) {
        RowBatch rows = targetRows();
        addTargets(rows, entry.seq, entry);
        if (auto e = insertAuditTargets(rows); e.isError())
            return e;
    }
    return entry;
}

StoreError SqlStore::appendAuditsInTransaction(QList<AuditEntry> entries)
{
    if (entries.isEmpty())
        return {};
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1")))
        return errorFrom(last.lastError(), QStringLiteral("reading the audit trail"));
    const bool any = last.next();
    const qint64 lastSeq = any ? last.value(0).toLongLong() : 0;
    QString prev = any ? last.value(1).toString() : QString();
    last.finish();
    bool anyTargets = false;
    for (AuditEntry& entry : entries) {
        if (entry.at.isNull())
            entry.at = Timestamp::now();
        entry.prevHash = prev;
        entry.hash = auditDigest(entry);
        prev = entry.hash;
        anyTargets = anyTargets || !entry.targets.isEmpty();
    }
    using T = RowBatch::Type;
    RowBatch rows({{QStringLiteral("at"), T::Integer},        {QStringLiteral("actor"), T::Text},
                   {QStringLiteral("role"), T::Text},         {QStringLiteral("action"), T::Text},
                   {QStringLiteral("target"), T::Text},       {QStringLiteral("before_state"), T::Text},
                   {QStringLiteral("after_state"), T::Text},  {QStringLiteral("result"), T::Text},
                   {QStringLiteral("detail"), T::Text},       {QStringLiteral("prev_hash"), T::Text},
                   {QStringLiteral("hash"), T::Text}});
    for (const AuditEntry& entry : entries) {
        rows.add({entry.at.micros(), entry.actor, entry.role, entry.action, entry.target, entry.before, entry.after,
                  entry.result, entry.detail, entry.prevHash, entry.hash});
    }
    // In the chain's order: each entry's seq follows the one it links to.
    const QString columns = QStringLiteral("at, actor, role, action, target, before_state, after_state, result, detail, "
                                           "prev_hash, hash");
    if (auto e = execWithRows(QStringLiteral("INSERT INTO audit_entries (%1) SELECT %1 FROM %2 ORDER BY v.ord")
                                  .arg(columns, QStringLiteral("%1")),
                              QStringLiteral("INSERT INTO audit_entries (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)").arg(columns),
                              rows, QStringLiteral("writing the audit trail"));
        e.isError() || !anyTargets)
        return e;
    // The seqs the new entries were given, found by their hashes (a sequence may skip numbers).
    QHash<QString, qint64> seqOf;
    QSqlQuery written(m_db);
    written.setForwardOnly(true);
    written.prepare(QStringLiteral("SELECT seq, hash FROM audit_entries WHERE seq > ?"));
    written.addBindValue(lastSeq);
    if (!written.exec())
        return errorFrom(written.lastError(), QStringLiteral("reading the audit trail"));
    while (written.next())
        seqOf.insert(written.value(1).toString(), written.value(0).toLongLong());
    written.finish();
    RowBatch targets = targetRows();
    for (const AuditEntry& entry : entries) {
        if (entry.targets.isEmpty())
            continue;
        const qint64 seq = seqOf.value(entry.hash);
        if (seq == 0)
            return StoreError::make(StoreError::Code::Corrupt,
                                    QStringLiteral("the audit entry just written to %1 cannot be found again")
                                        .arg(m_location.redacted()));
        addTargets(targets, seq, entry);
    }
    return insertAuditTargets(targets);
}

Expected<AuditEntry> SqlStore::appendAudit(const AuditEntry& entry)
{
    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    auto written = appendAuditInTransaction(entry);
    if (!written)
        return written;
    if (auto e = tx.commit(QStringLiteral("writing the audit trail")); e.isError())
        return e;
    return written;
}

Expected<QList<AuditEntry>> SqlStore::auditTrail()
{
    auto read = readAudit(QStringLiteral("SELECT %1 FROM audit_entries ORDER BY seq").arg(QLatin1String(kEntryColumns)), {});
    if (!read)
        return read;
    // Each entry about several targets gets them back, in order.
    QList<AuditEntry>& entries = read.value();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, target, before_state, after_state, detail FROM audit_entry_targets "
                               "ORDER BY seq, place")))
        return errorFrom(q.lastError(), QStringLiteral("reading the audit trail"));
    qsizetype at = 0;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        while (at < entries.size() && entries.at(at).seq < seq)
            ++at;
        if (at == entries.size())
            break;
        if (entries.at(at).seq == seq)
            entries[at].targets.append(
                AuditTarget{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    return read;
}

Expected<QList<AuditEntry>> SqlStore::auditEntriesFor(const QString& target)
{
    // Its own entries, and its part of those about several targets, in the trail's order.
    return readAudit(QStringLiteral("SELECT %1 FROM audit_entries WHERE target = ? UNION ALL "
                                    "SELECT %2 FROM audit_entry_targets t JOIN audit_entries e ON e.seq = t.seq "
                                    "WHERE t.target = ? ORDER BY 1")
                         .arg(QLatin1String(kEntryColumns), QLatin1String(kTargetPartColumns)),
                     {target, target});
}

Expected<QList<AuditEntry>> SqlStore::readAudit(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("reading the audit trail"));
    QList<AuditEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

} // namespace ct
