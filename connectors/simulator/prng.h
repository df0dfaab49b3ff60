#pragma once

#include <QtGlobal>

namespace ct {

// The simulator's own pseudo-random generator: xoshiro256** seeded through splitmix64, with
// hand-written distributions. libstdc++'s distributions are implementation-defined, and the estate
// must be a pure function of its seed on every platform and standard library.
class Prng {
public:
    explicit Prng(quint64 seed);
    // An independent stream for one purpose (`stream`) and one item (`index`) of a seed, so that what
    // one transaction draws never shifts what another one draws.
    static Prng forStream(quint64 seed, quint64 stream, quint64 index = 0);

    static quint64 splitmix64(quint64& state);

    quint64 next();
    // [0, 1) with 53 bits.
    double uniform();
    // [0, n); 0 when n is 0.
    quint64 below(quint64 n);
    // [low, high], both included.
    qint64 between(qint64 low, qint64 high);
    bool chance(double probability);
    double normal();
    // Lognormal with the given median and 95th percentile (p95 >= median > 0).
    double lognormal(double median, double p95);
    qint64 poisson(double mean);

private:
    quint64 m_s[4];
};

} // namespace ct
