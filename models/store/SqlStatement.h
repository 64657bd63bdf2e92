// A prepared statement with bound values whose every failure becomes a Status with a clear sentence.
// The store's only way to run SQL: no string-built statements, no unchecked results.
#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace attune {

// Turns a driver error into a sentence a therapist can act on (read-only file, full disk, busy, damaged).
QString describeSqlError(const QSqlError &error);

class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    SqlStatement &bind(const QString &placeholder, const QVariant &value);
    SqlStatement &bind(const QString &placeholder, const QString &text);  // never NULL: empty stays ''
    SqlStatement &bind(const QString &placeholder, QDate date);           // NULL when null
    SqlStatement &bind(const QString &placeholder, const QDateTime &utc); // NULL when invalid
    SqlStatement &bind(const QString &placeholder, qint64 value);
    SqlStatement &bind(const QString &placeholder, int value) { return bind(placeholder, qint64(value)); }
    SqlStatement &bind(const QString &placeholder, bool value)
    {
        return bind(placeholder, qint64(value ? 1 : 0));
    }
    SqlStatement &bind(const QString &placeholder, double value);

    Status exec();
    // exec() and require that exactly one row was changed; otherwise fail with notFound.
    Status execChangingOneRow(const QString &notFound);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    double real(int column) const { return m_query.value(column).toDouble(); }
    QDate date(int column) const;
    QTime time(int column) const;
    QDateTime timestamp(int column) const;
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
    QString m_prepareError;
};

// A record's id for an INSERT: NULL lets SQLite assign one; a stored id restores the record under it.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// How dates and times are written in the practice file: ISO 8601, UTC for instants.
QString toStoredDate(QDate date);
QString toStoredTimestamp(const QDateTime &utc);
QDateTime fromStoredTimestamp(const QString &text);

} // namespace attune
