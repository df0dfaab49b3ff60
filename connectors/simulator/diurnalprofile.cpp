#include "diurnalprofile.h"

#include <array>
#include <numeric>

namespace ct {
namespace {

using Weights = std::array<double, 24>;

constexpr Weights kOnline{2, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 7, 7, 6, 6, 6, 7, 8, 9, 9, 8, 6, 4};
constexpr Weights kStoreHours{0, 0, 0, 0, 0, 0, 0, 0, 4, 6, 8, 9, 10, 9, 8, 8, 9, 10, 9, 6, 0, 0, 0, 0};
constexpr Weights kOfficeHours{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0};

const Weights& weightsOf(DiurnalProfile::Shape shape)
{
    switch (shape) {
    case DiurnalProfile::Shape::Online:
        return kOnline;
    case DiurnalProfile::Shape::StoreHours:
        return kStoreHours;
    case DiurnalProfile::Shape::OfficeHours:
        return kOfficeHours;
    }
    return kOnline;
}

} // namespace

double DiurnalProfile::share(Shape shape, Timestamp hourStart)
{
    constexpr qint64 hour = 3'600'000'000LL;
    const int hourOfDay = int(((hourStart.micros() / hour) % 24 + 24) % 24);
    const Weights& w = weightsOf(shape);
    return w[hourOfDay] / std::accumulate(w.begin(), w.end(), 0.0);
}

} // namespace ct
