#pragma once

namespace ct {

// Where a business transaction happens; it decides which system is authoritative for stock there.
enum class NodeKind { None, DistributionCentre, Store };

constexpr int kNodeKinds = 3;

} // namespace ct
