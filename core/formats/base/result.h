// Result<T>: a value or the diagnostics that explain why there is none.
// Loaders and savers return it instead of throwing, so errors stay values
// all the way to the window or the command line.
#pragma once

#include "base/diagnostic.h"

#include <utility>
#include <variant>

namespace PromptDeck::Core {

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Diagnostic error)
        : m_data(Diagnostics{std::move(error)})
    {}
    Result(Diagnostics errors)
        : m_data(std::move(errors))
    {
        Q_ASSERT(!std::get<Diagnostics>(m_data).isEmpty());
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }

    const Diagnostics &errors() const { return std::get<Diagnostics>(m_data); }
    const Diagnostic &error() const { return errors().first(); }
    // Empty when there is no error, so it can be passed to messages eagerly.
    QString errorText() const { return ok() ? QString() : formatDiagnostics(errors()); }

private:
    std::variant<T, Diagnostics> m_data;
};

// For operations that produce nothing but can fail.
using Status = Result<std::monostate>;

inline Status success()
{
    return std::monostate{};
}

} // namespace PromptDeck::Core
