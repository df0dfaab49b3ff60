#pragma once

#include "storeerror.h"

#include <QString>

#include <functional>

namespace ct {

// A write transaction that rolls back unless it was committed: whatever returns early on an error
// leaves nothing half-written, and the connection ready for the next write. Its statements run the
// way the connection runs any other (Qt Sql or libpq), so failures read like the rest of the store's.
class WriteTransaction {
public:
    // Runs one statement on the connection; a failure names what was being done.
    using Run = std::function<StoreError(const char* sql, const QString& doing)>;

    explicit WriteTransaction(Run run);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // Starts the transaction with `statement` (BEGIN, BEGIN IMMEDIATE). Once it has started, ending
    // it is this object's job, also when what the caller does next in it (taking a lock) fails.
    StoreError begin(const char* statement, const QString& doing);
    // A failed commit leaves the transaction to roll back like any other uncommitted one.
    StoreError commit(const QString& doing);
    // Called after the rollback, never after a commit: for a writer that must forget what it
    // remembered of the transaction's rows.
    void onRollback(std::function<void()> hook) { m_onRollback = std::move(hook); }

    bool isOpen() const { return m_open; }

private:
    Run m_run;
    std::function<void()> m_onRollback;
    bool m_open = false;
};

} // namespace ct
