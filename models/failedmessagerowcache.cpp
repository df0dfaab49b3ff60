#include "failedmessagerowcache.h"

namespace ct {

const FailedMessage* FailedMessageRowCache::find(qsizetype row)
{
    const FailedMessage* m = peek(row);
    if (m && m_recent.constLast() != blockOf(row))
        touch(blockOf(row));
    return m;
}

const FailedMessage* FailedMessageRowCache::peek(qsizetype row) const
{
    const int block = blockOf(row);
    const auto it = m_blocks.constFind(block);
    if (it == m_blocks.cend())
        return nullptr;
    const qsizetype at = row - qsizetype(block) * kBlockRows;
    return at < it->size() && !it->at(at).key.isEmpty() ? &it->at(at) : nullptr;
}

void FailedMessageRowCache::insert(int block, QList<FailedMessage> rows)
{
    m_blocks.insert(block, std::move(rows));
    touch(block);
    while (m_recent.size() > m_maxBlocks)
        m_blocks.remove(m_recent.takeFirst());
}

QHash<QString, FailedMessage> FailedMessageRowCache::byKey() const
{
    QHash<QString, FailedMessage> out;
    for (const QList<FailedMessage>& rows : m_blocks) {
        for (const FailedMessage& m : rows) {
            if (!m.key.isEmpty())
                out.insert(m.key, m);
        }
    }
    return out;
}

void FailedMessageRowCache::clear()
{
    m_blocks.clear();
    m_recent.clear();
}

void FailedMessageRowCache::touch(int block)
{
    m_recent.removeOne(block);
    m_recent.append(block);
}

} // namespace ct
