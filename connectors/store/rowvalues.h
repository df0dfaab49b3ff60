#pragma once

#include <QVariant>

namespace ct {

// One row of a query's answer, by column, however the engine fetched it: what RecordColumns::read()
// takes.
class RowValues {
public:
    virtual ~RowValues() = default;
    virtual QVariant value(int column) const = 0;
};

} // namespace ct
