#pragma once

#include "cli.h"
#include "slareport.h"

#include <optional>

namespace ct::cli {

// --since, --until and --bucket, as the commands that report over time buckets share them.
class RangeOptions {
public:
    // Adds the three options to the command's parser.
    explicit RangeOptions(Command& command);

    // Checks the options after parsing; a usage error (exit code in *exitCode) when one is malformed.
    bool read(int* exitCode);
    // The range: up to --until (exclusive) or the newest event (inclusive; now in an empty store), from
    // --since or `defaultSpanSeconds` before. Nothing with *exitCode set when the store fails or --since
    // is not before --until.
    std::optional<SlaRange> range(TelemetryStore& store, qint64 defaultSpanSeconds, int* exitCode);
    bool hasSince() const { return m_since.has_value(); }
    Timestamp since() const { return m_since.value_or(Timestamp()); }

private:
    Command& m_command;
    qint64 m_bucketSeconds = 300;
    std::optional<Timestamp> m_since, m_until;
};

} // namespace ct::cli
