// Result<T> and Status: how every fallible operation in the models layer reports failure. A failure is
// a value carrying one clear, user-presentable sentence; nothing is thrown past a layer boundary.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace attune {

class Status
{
public:
    static Status ok() { return Status(); }
    static Status failure(QString message) { return Status(std::move(message)); }
    // The record was changed by someone else since it was read; nothing was written.
    static Status conflict(QString message)
    {
        Status s(std::move(message));
        s.m_conflict = true;
        return s;
    }

    bool isOk() const { return m_error.isEmpty(); }
    explicit operator bool() const { return isOk(); }
    const QString &error() const { return m_error; }
    bool isConflict() const { return m_conflict; }

private:
    Status() = default;
    explicit Status(QString message)
        : m_error(message.isEmpty() ? QStringLiteral("Unknown error.") : std::move(message))
    {}
    QString m_error;
    bool m_conflict = false;
};

template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Status failure)
        : m_error(failure.error())
    {
        Q_ASSERT(!failure.isOk());
    }
    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const QString &error() const { return m_error; }
    Status status() const { return isOk() ? Status::ok() : Status::failure(m_error); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace attune
