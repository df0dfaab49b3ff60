#pragma once

#include <QString>

namespace ct {

// Errors from a store are an enum plus one human sentence; connectors never show UI.
struct StoreError {
    enum class Code {
        None,
        InvalidLocation,   // the store URL cannot be parsed or names an unknown engine
        NotFound,          // a read command named a store (or a record) that does not exist
        Unreachable,       // the server refused, timed out, or the file cannot be opened
        AccessDenied,      // authentication failed, or the file is read-only
        NotOurs,           // a database that is not a Control Tower store
        TooNew,            // the store's schema is newer than this binary
        Corrupt,           // the file is not a database, or a table is damaged
        NotEmpty,          // a write that needs an empty store found content
        Unsupported,       // the engine cannot do this (e.g. change notifications on SQLite)
        QueryFailed,       // a statement failed
        Cancelled,         // the request was abandoned or the window closed
        TimedOut,          // a statement ran past its time limit
        Contention,        // a concurrent writer got in the way (a deadlock broken by the server): try again
        Conflict,          // another writer changed the record first (a lost optimistic version)
        Refused,           // the workflow rules refuse the change (illegal, or not for this role)
    };
    Code code = Code::None;
    QString text;

    bool isError() const { return code != Code::None; }
    static StoreError make(Code code, const QString& text) { return StoreError{code, text}; }
};

// Either a value or a StoreError.
template <typename T>
class Expected {
public:
    Expected(T value) : m_value(std::move(value)) {}
    Expected(StoreError error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return m_value; }
    T& value() & { return m_value; }
    T&& value() && { return std::move(m_value); }
    const T* operator->() const { return &m_value; }
    T* operator->() { return &m_value; }
    const StoreError& error() const { return m_error; }

private:
    T m_value{};
    StoreError m_error;
};

} // namespace ct
