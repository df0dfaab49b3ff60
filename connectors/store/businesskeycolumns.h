#pragma once

#include "recordcolumns.h"

namespace ct {

// One row of business_keys: a key a transaction touched, and when it first did.
struct BusinessKeyRow {
    QString key;
    QString correlationId;
    QString kind;
    Timestamp firstAt;
};

inline constexpr std::tuple kBusinessKeyColumns{
    column::Text<BusinessKeyRow>{"key", &BusinessKeyRow::key},
    column::Text<BusinessKeyRow>{"correlation_id", &BusinessKeyRow::correlationId},
    column::Text<BusinessKeyRow>{"kind", &BusinessKeyRow::kind},
    column::Time<BusinessKeyRow>{"first_at", &BusinessKeyRow::firstAt},
};

// Keyed by (key, correlation_id).
using BusinessKeyColumns = RecordColumns<BusinessKeyRow, kBusinessKeyColumns, 2>;

// The tail of an INSERT of these columns: a row already there keeps its kind and the earlier time.
inline constexpr char kBusinessKeyConflict[] =
    " ON CONFLICT (key, correlation_id) DO UPDATE SET first_at = excluded.first_at "
    "WHERE excluded.first_at < business_keys.first_at";

} // namespace ct
