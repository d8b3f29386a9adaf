#pragma once

#include <QString>

#include <utility>
#include <variant>

// What went wrong, in a form the caller can both test (code) and show (message).
struct Error
{
    QString code;    // stable id, e.g. "input-empty", "dns-timeout"
    QString message; // translated, one sentence for a person
};

// Expected-or-error value returned across module boundaries; core never throws.
template<class T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};
