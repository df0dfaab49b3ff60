#include "failedmessageindex.h"

#include <algorithm>

namespace ct {

void FailedMessageIndex::clear()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_textKeys.clear();
}

void FailedMessageIndex::append(const FailedMessageRef& ref)
{
    QUuid uuid = QUuid::fromString(ref.key);
    // Only a key that prints back the same is packed: anything else would come back changed.
    if (!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) != ref.key)
        uuid = QUuid();
    if (uuid.isNull())
        m_textKeys.insert(size(), ref.key);
    m_rows.push_back({ref.lastDeathAt.micros(), uuid});
}

QString FailedMessageIndex::keyAt(qsizetype row) const
{
    const Row& r = m_rows.at(std::size_t(row));
    return r.key.isNull() ? m_textKeys.value(row) : r.key.toString(QUuid::WithoutBraces);
}

qsizetype FailedMessageIndex::rowOf(const FailedMessageRef& ref) const
{
    // The rows are ordered by failure time, newest first; equal times by key as text.
    const qint64 at = ref.lastDeathAt.micros();
    auto first = std::partition_point(m_rows.begin(), m_rows.end(), [at](const Row& r) { return r.deathAt > at; });
    auto last = std::partition_point(first, m_rows.end(), [at](const Row& r) { return r.deathAt >= at; });
    if (last - first > 64) {  // many at one time: their keys are in order too
        const auto lowKey = std::partition_point(first, last, [&](const Row& r) {
            return keyAt(qsizetype(&r - m_rows.data())) < ref.key;
        });
        first = lowKey;
        last = std::min(last, lowKey + 1);
    }
    for (auto it = first; it != last; ++it) {
        const qsizetype row = qsizetype(it - m_rows.begin());
        if (keyAt(row) == ref.key)
            return row;
    }
    return -1;
}

qsizetype FailedMessageIndex::findKey(const QString& key) const
{
    const QUuid uuid = QUuid::fromString(key);
    if (!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == key) {
        for (std::size_t row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].key == uuid)
                return qsizetype(row);
        }
        return -1;
    }
    for (auto it = m_textKeys.cbegin(); it != m_textKeys.cend(); ++it) {
        if (it.value() == key)
            return it.key();
    }
    return -1;
}

qsizetype FailedMessageIndex::bytesHeld() const
{
    qsizetype text = 0;
    for (const QString& key : m_textKeys)
        text += key.capacity() * qsizetype(sizeof(QChar)) + 64;
    return qsizetype(m_rows.capacity() * sizeof(Row)) + text;
}

} // namespace ct
