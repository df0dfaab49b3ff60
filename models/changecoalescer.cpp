#include "changecoalescer.h"

namespace ct {

ChangeCoalescer::ChangeCoalescer(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ChangeCoalescer::flush);
}

void ChangeCoalescer::add(const StoreChange& change)
{
    ++m_pending.changes;
    m_pending.events += change.events;
    m_pending.resync = m_pending.resync || change.what == QLatin1String("cleared");
    m_pending.at = Timestamp::now();
    schedule();
}

void ChangeCoalescer::addResync()
{
    ++m_pending.changes;
    m_pending.resync = true;
    m_pending.at = Timestamp::now();
    schedule();
}

void ChangeCoalescer::schedule()
{
    if (m_timer.isActive())
        return;
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : m_intervalMs;
    m_timer.start(int(qMax<qint64>(0, m_intervalMs - since)));
}

void ChangeCoalescer::flush()
{
    if (m_pending.changes == 0)
        return;
    const ChangeDigest digest = m_pending;
    m_pending = {};
    m_sinceFlush.start();
    Q_EMIT changed(digest);
}

} // namespace ct
