// A value or an error in the vendor's own shape (a Salesforce REST error, an OAuth error). sia::Result
// carries the product's Error; the sandbox's Salesforce pieces need the vendor's status, code and fields,
// so they return this instead, and the HTTP layer only serialises what they decided.
#pragma once

#include <optional>
#include <utility>
#include <variant>

namespace sia::sandbox::salesforce {

template<typename T, typename E> class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Expected(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    const E& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

template<typename E> class [[nodiscard]] Expected<void, E>
{
public:
    Expected() = default;
    Expected(E error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E& error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace sia::sandbox::salesforce
