#pragma once

#include "failedmessage.h"

#include <QHash>
#include <QList>

namespace ct {

// The columns of the rows a long table has on screen, a block of kBlockRows rows at a time: the
// blocks used least recently are dropped beyond a fixed number, so what a table holds does not grow
// with its length.
class FailedMessageRowCache {
public:
    static constexpr int kBlockRows = 128;

    explicit FailedMessageRowCache(int maxBlocks = 24) : m_maxBlocks(maxBlocks) {}

    static int blockOf(qsizetype row) { return int(row / kBlockRows); }
    // The row's message, or nullptr when its block is not here (or had no message for that row).
    const FailedMessage* find(qsizetype row);
    // The same without counting as a use.
    const FailedMessage* peek(qsizetype row) const;
    bool contains(int block) const { return m_blocks.contains(block); }
    // A block's rows in order (a row whose message has gone has an empty key).
    void insert(int block, QList<FailedMessage> rows);
    void clear();
    // Every message held, by key.
    QHash<QString, FailedMessage> byKey() const;
    int blockCount() const { return int(m_blocks.size()); }

private:
    void touch(int block);

    int m_maxBlocks;
    QHash<int, QList<FailedMessage>> m_blocks;
    QList<int> m_recent;  // most recently used last
};

} // namespace ct
