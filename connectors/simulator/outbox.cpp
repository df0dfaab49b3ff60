#include "outbox.h"

#include "simulationsummary.h"

#include <algorithm>

namespace ct {

Outbox::Outbox(int batchEvents, const Sink& sink, SimulationSummary& summary)
    : m_batchEvents(std::max(1, batchEvents))
    , m_sink(sink)
    , m_summary(summary)
{
}

void Outbox::add(OutboxItem item)
{
    if (item.at.micros() < m_floor)
        return;
    quint32 slot;
    if (m_freeSlots.empty()) {
        slot = quint32(m_items.size());
        m_items.push_back(std::move(item));
    } else {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        m_items[slot] = std::move(item);
    }
    m_heap.push_back(Pending{m_items[slot].at.micros(), m_sequence++, slot});
    std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
}

void Outbox::take(OutboxItem& item)
{
    if (item.event)
        m_batch.events.append(std::move(*item.event));
    if (item.failedMessage)
        m_batch.failedMessages.append(std::move(*item.failedMessage));
    m_batch.faults.append(std::move(item.faults));
    item = OutboxItem();
}

bool Outbox::releaseBefore(Timestamp t)
{
    while (!m_stopped && !m_heap.empty() && m_heap.front().at < t.micros()) {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        const quint32 slot = m_heap.back().slot;
        m_heap.pop_back();
        take(m_items[slot]);
        m_freeSlots.push_back(slot);
        deliverIfFull();
    }
    return !m_stopped;
}

bool Outbox::finish(QList<InventoryPosition> inventory, QList<PricePosition> prices)
{
    if (!releaseBefore(Timestamp::fromMicros(std::numeric_limits<qint64>::max())))
        return false;
    for (qsizetype from = 0; from < inventory.size() && !m_stopped; from += m_batchEvents) {
        m_batch.inventory = inventory.mid(from, m_batchEvents);
        if (!deliver())
            return false;
    }
    for (qsizetype from = 0; from < prices.size() && !m_stopped; from += m_batchEvents) {
        m_batch.prices = prices.mid(from, m_batchEvents);
        if (!deliver())
            return false;
    }
    return m_batch.isEmpty() || deliver();
}

bool Outbox::flush()
{
    return m_stopped ? false : m_batch.isEmpty() || deliver();
}

bool Outbox::deliverIfFull()
{
    return m_batch.events.size() < m_batchEvents || deliver();
}

bool Outbox::deliver()
{
    if (m_stopped)
        return false;
    m_summary.events += m_batch.events.size();
    m_summary.failedMessages += m_batch.failedMessages.size();
    m_summary.inventoryPositions += m_batch.inventory.size();
    m_summary.pricePositions += m_batch.prices.size();
    m_stopped = !m_sink(m_batch);
    m_batch.clear();
    return !m_stopped;
}

} // namespace ct
