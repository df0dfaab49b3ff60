#include "estatepositions.h"

#include "retailsimulator.h"

namespace ct {

EstatePositions simulatePositions(const SimulationConfig& config, const std::atomic_bool* cancel)
{
    EstatePositions positions;
    RetailSimulator(config).run(
        [&positions](IngestBatch& batch) {
            positions.inventory += batch.inventory;
            positions.prices += batch.prices;
            return true;
        },
        {}, cancel);
    return positions;
}

} // namespace ct
