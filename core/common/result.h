// Errors as values: every operation that can fail returns a Result<T> carrying either the value or an
// Error that tells the admin what happened and what to do, plus a stable code for support.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sia {

// What kind of failure this is; the command line maps it to its documented exit codes.
enum class ErrorKind
{
    RuleViolation, // a rule of the product refused the operation (exit code 1)
    InvalidInput, // the caller asked for something malformed (exit code 2)
    Environment, // the machine is in the way: a locked or corrupt file, no keychain (exit code 3)
    NotFound, // the thing asked for does not exist
    Internal, // a defect of ours: should never happen
};

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString code; // stable, untranslated, for support: "store.locked", "plan.dependency-open"
    QString message; // for the admin, translated: what happened and what to do

    static Error rule(QString code, QString message)
    {
        return { ErrorKind::RuleViolation, std::move(code), std::move(message) };
    }
    static Error input(QString code, QString message)
    {
        return { ErrorKind::InvalidInput, std::move(code), std::move(message) };
    }
    static Error environment(QString code, QString message)
    {
        return { ErrorKind::Environment, std::move(code), std::move(message) };
    }
    static Error notFound(QString code, QString message)
    {
        return { ErrorKind::NotFound, std::move(code), std::move(message) };
    }
    static Error internal(QString code, QString message)
    {
        return { ErrorKind::Internal, std::move(code), std::move(message) };
    }
};

// E is the error type: sia::Error for the product; the sandbox's vendor emulations carry the vendor's
// own error shape instead (a Salesforce REST error, an OAuth error), which their HTTP layer serialises.
template<typename T, typename E = Error> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const E& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

template<typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E& error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace sia
