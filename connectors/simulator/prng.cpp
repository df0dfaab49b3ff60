#include "prng.h"

#include <cmath>
#include <numbers>

namespace ct {
namespace {

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

// The standard normal's 95th percentile.
constexpr double kZ95 = 1.6448536269514722;

} // namespace

Prng::Prng(quint64 seed)
{
    quint64 state = seed;
    for (quint64& s : m_s)
        s = splitmix64(state);
}

Prng Prng::forStream(quint64 seed, quint64 stream, quint64 index)
{
    quint64 state = seed;
    quint64 mixed = splitmix64(state) ^ (stream * 0xd1b54a32d192ed03ULL);
    state = mixed;
    mixed = splitmix64(state) ^ (index * 0x8cb92ba72f3d8dd7ULL);
    return Prng(mixed);
}

quint64 Prng::splitmix64(quint64& state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 Prng::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Prng::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

quint64 Prng::below(quint64 n)
{
    if (n == 0)
        return 0;
    // Rejection keeps every value equally likely, whatever n is.
    const quint64 limit = ~quint64(0) - (~quint64(0) % n);
    quint64 x = next();
    while (x >= limit)
        x = next();
    return x % n;
}

qint64 Prng::between(qint64 low, qint64 high)
{
    return low + qint64(below(quint64(high - low) + 1));
}

bool Prng::chance(double probability)
{
    return uniform() < probability;
}

double Prng::normal()
{
    // Box-Muller, one value per call: no cached state makes every draw depend on the stream alone.
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double Prng::lognormal(double median, double p95)
{
    const double sigma = p95 > median ? std::log(p95 / median) / kZ95 : 0.0;
    return median * std::exp(sigma * normal());
}

qint64 Prng::poisson(double mean)
{
    if (mean <= 0.0)
        return 0;
    if (mean < 30.0) {
        // Knuth: exact, and cheap for small means.
        const double limit = std::exp(-mean);
        qint64 k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }
    // A continuity-corrected normal approximation is within a fraction of a percent here.
    const double value = std::floor(mean + std::sqrt(mean) * normal() + 0.5);
    return value < 0.0 ? 0 : qint64(value);
}

} // namespace ct
