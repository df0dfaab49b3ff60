#pragma once

#include "timestamp.h"

#include <QHash>
#include <QString>
#include <QUuid>

#include <vector>

namespace ct {

// Where a failed message sits in a list: its last failure and its key, the list's order.
struct FailedMessageRef {
    Timestamp lastDeathAt;
    QString key;
};

// Every row of a long list of failed messages in 24 bytes: the failure time and the key packed as a
// UUID (the store's keys are UUIDv7 text; the odd key that is not is kept as text on the side). The
// table shows a million rows from this and reads the columns of only the rows on screen.
class FailedMessageIndex {
public:
    void clear();
    void reserve(qsizetype rows) { m_rows.reserve(std::size_t(rows)); }
    void append(const FailedMessageRef& ref);
    qsizetype size() const { return qsizetype(m_rows.size()); }
    QString keyAt(qsizetype row) const;
    Timestamp lastDeathAtOf(qsizetype row) const { return Timestamp::fromMicros(m_rows.at(std::size_t(row)).deathAt); }
    FailedMessageRef refAt(qsizetype row) const { return {lastDeathAtOf(row), keyAt(row)}; }
    // The row of the message with this key and failure time, by binary search over the list's order
    // (newest failure first, then by key); -1 when it is not in the list.
    qsizetype rowOf(const FailedMessageRef& ref) const;
    // The row of the message with this key, by a scan (for a key whose failure time is not at hand).
    qsizetype findKey(const QString& key) const;
    // The memory it holds, for the benchmark's bytes-per-row figure.
    qsizetype bytesHeld() const;

private:
    struct Row {
        qint64 deathAt;
        QUuid key;  // null: the key is in m_textKeys
    };
    std::vector<Row> m_rows;
    QHash<qsizetype, QString> m_textKeys;
};

} // namespace ct
