// Signing notes, addenda, the clinician profile and practice-wide settings.
#include "PracticeStore.h"

#include "SqlStatement.h"

namespace attune {
namespace {

const QString kClinicianName = QStringLiteral("clinician_name");
const QString kClinicianCredentials = QStringLiteral("clinician_credentials");

} // namespace

Result<QString> PracticeStore::practiceSetting(const QString &key) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT value FROM practice_info WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    if (auto s = q.exec(); !s)
        return s;
    return q.next() ? q.text(0) : QString();
}

Status PracticeStore::setPracticeSetting(const QString &key, const QString &value)
{
    return transaction([&]() -> Status {
        SqlStatement q(m_db, QStringLiteral("INSERT INTO practice_info (key, value) VALUES (:key, :value) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
        return q.exec();
    });
}

Result<ClinicianProfile> PracticeStore::clinician() const
{
    const auto name = practiceSetting(kClinicianName);
    if (!name)
        return name.status();
    const auto credentials = practiceSetting(kClinicianCredentials);
    if (!credentials)
        return credentials.status();
    return ClinicianProfile{*name, *credentials};
}

Status PracticeStore::setClinician(const ClinicianProfile &profile)
{
    if (!profile.isComplete())
        return Status::failure(tr("The clinician profile needs a name."));
    return transaction([&]() -> Status {
        if (auto s = setPracticeSetting(kClinicianName, profile.name.trimmed()); !s)
            return s;
        return setPracticeSetting(kClinicianCredentials, profile.credentials.trimmed());
    });
}

Status PracticeStore::stampSignature(qint64 sessionId, const QDateTime &signedAt, const QString &signedBy)
{
    auto stored = session(sessionId);
    if (!stored)
        return stored.status();
    stored->signedAt = signedAt.toUTC();
    stored->signedBy = signedBy;
    SqlStatement q(
        m_db, QStringLiteral("UPDATE sessions SET signed_at = :at, signed_by = :by, content_hash = :hash, "
                             "row_version = row_version + 1 "
                             "WHERE id = :id AND signed_at IS NULL"));
    q.bind(QStringLiteral(":at"), stored->signedAt)
        .bind(QStringLiteral(":by"), signedBy)
        .bind(QStringLiteral(":hash"), sessionContentHash(*stored))
        .bind(QStringLiteral(":id"), sessionId);
    noteContentChanged(Hashed::Session, sessionId);
    return q.execChangingOneRow(tr("This note is already signed."));
}

Status PracticeStore::signSession(qint64 sessionId)
{
    const auto profile = clinician();
    if (!profile)
        return profile.status();
    if (!profile->isComplete())
        return Status::failure(tr("Enter your name in the clinician profile before signing notes."));
    const auto coupleId = coupleOfSession(sessionId);
    if (!coupleId)
        return coupleId.status();
    return transaction([&]() -> Status {
        if (auto s = stampSignature(sessionId, now(), profile->signature()); !s)
            return s;
        announceSession(*coupleId, sessionId, SessionField::Signature);
        return Status::ok();
    });
}

Result<qint64> PracticeStore::addAddendum(qint64 sessionId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return Result<qint64>::failure(tr("An addendum needs some text."));
    const auto profile = clinician();
    if (!profile)
        return profile.status();
    if (!profile->isComplete())
        return Result<qint64>::failure(
            tr("Enter your name in the clinician profile before signing an addendum."));
    const auto target = session(sessionId);
    if (!target)
        return target.status();
    if (!target->isSigned())
        return Result<qint64>::failure(
            tr("This note is still a draft: edit it instead of adding an addendum."));
    qint64 addendumId = 0;
    const Status written = transaction([&]() -> Status {
        const QDateTime stamp = now();
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO addenda (uuid, session_id, text, signed_at, signed_by, content_hash, created_at, modified_at)
            VALUES (:uuid, :session, :text, :at, :by, :hash, :at, :at))"));
        q.bind(QStringLiteral(":uuid"), newUuid())
            .bind(QStringLiteral(":session"), sessionId)
            .bind(QStringLiteral(":text"), text.trimmed())
            .bind(QStringLiteral(":at"), stamp)
            .bind(QStringLiteral(":by"), profile->signature())
            .bind(QStringLiteral(":hash"),
                  addendumContentHash(target->uuid, text.trimmed(), stamp, profile->signature()));
        if (auto s = q.exec(); !s)
            return s;
        addendumId = q.lastInsertId();
        announceSession(target->coupleId, sessionId, SessionField::Signature);
        return Status::ok();
    });
    if (!written)
        return written;
    return addendumId;
}

Result<QString> PracticeStore::signedContentHash(qint64 sessionId) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT coalesce(content_hash, '') FROM sessions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), sessionId);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<QString>::failure(tr("That session no longer exists."));
    return q.text(0);
}

Result<QList<Addendum>> PracticeStore::addenda(qint64 sessionId) const
{
    SqlStatement q(m_db,
                   QStringLiteral("SELECT id, uuid, session_id, text, signed_at, signed_by, content_hash, "
                                  "created_at, modified_at FROM addenda WHERE session_id = :session "
                                  "ORDER BY signed_at, id"));
    q.bind(QStringLiteral(":session"), sessionId);
    if (auto s = q.exec(); !s)
        return s;
    QList<Addendum> result;
    while (q.next()) {
        Addendum a;
        a.id = q.integer(0);
        a.uuid = q.text(1);
        a.sessionId = q.integer(2);
        a.text = q.text(3);
        a.signedAt = q.timestamp(4);
        a.signedBy = q.text(5);
        a.contentHash = q.text(6);
        a.created = q.timestamp(7);
        a.modified = q.timestamp(8);
        result.append(a);
    }
    return result;
}

} // namespace attune
