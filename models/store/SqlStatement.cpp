#include "SqlStatement.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(PracticeStore)
};

// SQLite's primary result codes we can explain (the extended code's low byte is the primary code).
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    NoMemory = 7,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26
};

} // namespace

QString describeSqlError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString detail = error.text().trimmed();
    if (ok) {
        switch (code) {
        case ReadOnly:
            return Messages::tr("The practice file is read-only, so the change could not be stored.");
        case Full:
            return Messages::tr("The disk is full, so the change could not be stored.");
        case Busy:
        case Locked:
            return Messages::tr("The practice file is in use by another program; try again in a moment.");
        case IoError:
        case CantOpen:
            return Messages::tr("The practice file could not be read or written (%1).").arg(detail);
        case Corrupt:
        case NotADatabase:
            return Messages::tr("The practice file is damaged (%1).").arg(detail);
        case NoMemory:
            return Messages::tr("There is not enough memory to complete the operation.");
        case Constraint:
            return Messages::tr("The change breaks a rule of the practice file (%1).").arg(detail);
        default:
            break;
        }
    }
    return Messages::tr("The practice file reported an error: %1")
        .arg(detail.isEmpty() ? Messages::tr("unknown error") : detail);
}

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    // Only a protected practice's store closes its connection while it lives, on locking.
    if (!db.isOpen())
        m_prepareError = Messages::tr("The practice is locked.");
    else if (!m_query.prepare(sql))
        m_prepareError = describeSqlError(m_query.lastError());
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QString &text)
{
    return bind(placeholder, QVariant(text.isNull() ? QStringLiteral("") : text));
}

SqlStatement &SqlStatement::bind(const QString &placeholder, QDate date)
{
    return bind(placeholder,
                date.isValid() ? QVariant(toStoredDate(date)) : QVariant(QMetaType(QMetaType::QString)));
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QDateTime &utc)
{
    return bind(placeholder,
                utc.isValid() ? QVariant(toStoredTimestamp(utc)) : QVariant(QMetaType(QMetaType::QString)));
}

SqlStatement &SqlStatement::bind(const QString &placeholder, qint64 value)
{
    return bind(placeholder, QVariant(value));
}

SqlStatement &SqlStatement::bind(const QString &placeholder, double value)
{
    return bind(placeholder, QVariant(value));
}

Status SqlStatement::exec()
{
    if (!m_prepareError.isEmpty())
        return Status::failure(m_prepareError);
    if (!m_query.exec())
        return Status::failure(describeSqlError(m_query.lastError()));
    return Status::ok();
}

Status SqlStatement::execChangingOneRow(const QString &notFound)
{
    if (auto s = exec(); !s)
        return s;
    return m_query.numRowsAffected() == 1 ? Status::ok() : Status::failure(notFound);
}

QDate SqlStatement::date(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QTime SqlStatement::time(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? QTime() : QTime::fromString(v.toString(), Qt::ISODate);
}

QDateTime SqlStatement::timestamp(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? QDateTime() : fromStoredTimestamp(v.toString());
}

QString toStoredDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString toStoredTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTimestamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

} // namespace attune
