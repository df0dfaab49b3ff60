#pragma once

#include <QList>

#include <algorithm>

namespace ct::bench {

// The middle of several runs' figures (-1 for none).
inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

} // namespace ct::bench
