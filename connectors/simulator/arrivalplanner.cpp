#include "arrivalplanner.h"

#include "estatecatalog.h"
#include "prng.h"
#include "simulationconfig.h"
#include "stageclock.h"

#include <algorithm>

namespace ct {
namespace {

constexpr quint64 kArrivalStream = 10;
constexpr double kReturnShare = 0.05; // of web orders and store sales
constexpr double kCampaignsPerDay = 3.0;
constexpr double kCustomerSyncsPerDay = 300.0;
constexpr double kPeakMultiplier = 6.0; // web orders during the flash sale, times normal

} // namespace

ArrivalPlanner::ArrivalPlanner(const SimulationConfig& config, const EstateCatalog& catalog,
                               const StageClock& clock)
    : m_config(config)
    , m_catalog(catalog)
    , m_clock(clock)
    , m_slots(config.days * 24)
{
}

void ArrivalPlanner::addPoisson(QList<Arrival>& out, ArrivalKind kind, int node, double perDay,
                                DiurnalProfile::Shape shape, Timestamp from, Prng& prng) const
{
    const qint64 count = prng.poisson(perDay * DiurnalProfile::share(shape, from));
    for (qint64 i = 0; i < count; ++i)
        out.append({from.plusMicros(qint64(prng.below(kSlotMicros))), kind, node});
}

QList<Arrival> ArrivalPlanner::plan(int slot) const
{
    Prng prng = Prng::forStream(m_config.seed, kArrivalStream, quint64(slot));
    const Timestamp from = m_clock.windowStart().plusMicros(qint64(slot) * kSlotMicros);
    const Timestamp to = from.plusMicros(kSlotMicros);
    QList<Arrival> out;
    using Shape = DiurnalProfile::Shape;
    addPoisson(out, ArrivalKind::WebOrder, -1, m_config.ordersPerDay, Shape::Online, from, prng);
    for (int store = 0; store < m_catalog.storeCount(); ++store)
        addPoisson(out, ArrivalKind::StoreSale, EstateCatalog::storeNode(store), m_config.salesPerStorePerDay,
                   Shape::StoreHours, from, prng);
    const double sales =
        double(m_config.ordersPerDay) + double(m_config.salesPerStorePerDay) * m_catalog.storeCount();
    addPoisson(out, ArrivalKind::Return, -1, kReturnShare * sales, Shape::StoreHours, from, prng);
    addPoisson(out, ArrivalKind::Campaign, -1, kCampaignsPerDay, Shape::OfficeHours, from, prng);
    addPoisson(out, ArrivalKind::CustomerSync, -1, kCustomerSyncsPerDay, Shape::Online, from, prng);
    for (int node = 0; node < int(m_catalog.nodes().size()); ++node) {
        // Each node syncs once an hour at its own minute, so the syncs of the estate do not pile up.
        const qint64 offset = (qint64(node) * 137 % 60) * 60'000'000LL + qint64(prng.below(60'000'000));
        out.append({from.plusMicros(offset), ArrivalKind::InventorySync, node});
    }
    if (const qint64 overlap = m_clock.peakOverlap(from, to); overlap > 0) {
        const double hourShare = double(overlap) / double(kSlotMicros);
        const double extra = m_config.ordersPerDay * DiurnalProfile::share(Shape::Online, from) *
                             (kPeakMultiplier - 1.0) * hourShare;
        const qint64 peakFrom = std::max(from.micros(), m_clock.peakStart().micros());
        for (qint64 i = prng.poisson(extra); i > 0; --i)
            out.append({Timestamp::fromMicros(peakFrom + qint64(prng.below(quint64(overlap)))),
                        ArrivalKind::WebOrder, -1});
    }
    std::stable_sort(out.begin(), out.end(), [](const Arrival& a, const Arrival& b) { return a.at < b.at; });
    return out;
}

} // namespace ct
