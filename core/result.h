#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>

namespace Bfs {

// What went wrong, as a code callers can branch on plus an untranslated
// detail for logs and the command line. The UI maps codes to translated text.
enum class ErrorCode {
    InvalidArgument,
    NotFound,
    StaleVersion,
    TransitionNotAllowed,
    DatabaseUnavailable,
    DatabaseError,
    SchemaTooNew,
    NotADatabase,
    Io,
    Network,
    Service,
    Timeout,
    Cancelled,
    Unsupported,
    Busy,
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString detail;
};

// A small stand-in for std::expected (C++23), which g++ 12 lacks in C++20
// mode: either a value or an Error, never both.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}

    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }

    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }

    T &value() & { return std::get<T>(m_state); }

    T &&value() && { return std::get<T>(std::move(m_state)); }

    const T &operator*() const & { return value(); }

    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

    ErrorCode errorCode() const { return error().code; }

    QString errorDetail() const { return ok() ? QString() : error().detail; }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }

    explicit operator bool() const { return ok(); }

    const Error &error() const { return *m_error; }

    ErrorCode errorCode() const { return m_error->code; }

    QString errorDetail() const { return ok() ? QString() : m_error->detail; }

private:
    std::optional<Error> m_error;
};

using VoidResult = Result<void>;

inline Error makeError(ErrorCode code, const QString &detail)
{
    return Error{code, detail};
}

} // namespace Bfs
