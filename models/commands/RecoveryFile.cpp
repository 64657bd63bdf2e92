// See RecoveryFile.h.
#include "RecoveryFile.h"

#include "PracticeEditor.h"

#include "security/SealedImage.h"
#include "security/SecretBuffer.h"
#include "store/PracticeStore.h"
#include "store/SealedStorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <vector>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryFile)
};

QByteArray toJson(const Session &s)
{
    QJsonArray interventions;
    for (const QString &i : s.note.interventions)
        interventions.append(i);
    const QJsonObject o{{QStringLiteral("session_id"), s.id},
                        {QStringLiteral("session_uuid"), s.uuid},
                        {QStringLiteral("focus"), s.note.focus},
                        {QStringLiteral("cycle_observations"), s.note.cycleObservations},
                        {QStringLiteral("interventions"), interventions},
                        {QStringLiteral("plan"), s.note.plan},
                        {QStringLiteral("note"), s.note.text}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Session> fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Session s;
    s.id = o.value(QStringLiteral("session_id")).toInteger();
    s.uuid = o.value(QStringLiteral("session_uuid")).toString();
    s.note.focus = o.value(QStringLiteral("focus")).toString();
    s.note.cycleObservations = o.value(QStringLiteral("cycle_observations")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("interventions")).toArray())
        s.note.interventions << v.toString();
    s.note.plan = o.value(QStringLiteral("plan")).toString();
    s.note.text = o.value(QStringLiteral("note")).toString();
    if (s.id <= 0)
        return std::nullopt;
    return s;
}

} // namespace

RecoveryFile::RecoveryFile(const PracticeStore &store)
    : m_store(store)
    , m_practicePath(store.path())
{}

QString RecoveryFile::pathFor(const QString &practicePath)
{
    return practicePath + QStringLiteral(".recovery");
}

Status RecoveryFile::keep(const Session &session)
{
    QByteArray json = toJson(session);
    QByteArray bytes;
    if (m_store.isProtected()) {
        const SealedStorage *sealed = m_store.sealedStorage();
        if (!sealed || !sealed->key()) {
            sodium_memzero(json.data(), size_t(json.size()));
            return Status::failure(Messages::tr("The practice is locked, so its text cannot be kept."));
        }
        bytes =
            sealImage(reinterpret_cast<const unsigned char *>(json.constData()), json.size(), *sealed->key());
    } else {
        bytes = json;
    }
    sodium_memzero(json.data(), size_t(json.size()));
    return writeFileAtomically(path(), bytes);
}

void RecoveryFile::forget()
{
    removeSecurely(path());
}

Result<std::optional<Session>> RecoveryFile::read() const
{
    using R = Result<std::optional<Session>>;
    QFile file(path());
    if (!file.exists())
        return std::optional<Session>();
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            Messages::tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(path()), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (!isSealedPracticeData(bytes))
        return fromJson(bytes);
    const SealedStorage *sealed = m_store.sealedStorage();
    if (!sealed || !sealed->key())
        return R::failure(Messages::tr("The practice is locked, so its kept text cannot be read."));
    std::vector<unsigned char> plain;
    unsigned char *buffer = nullptr;
    qsizetype size = 0;
    const Status opened = unsealImage(
        bytes, *sealed->key(), QDir::toNativeSeparators(path()),
        [&plain](qsizetype n) {
            plain.assign(std::size_t(n), 0);
            return plain.data();
        },
        &buffer, &size);
    std::optional<Session> kept;
    if (opened)
        kept = fromJson(QByteArray(reinterpret_cast<const char *>(buffer), size));
    if (!plain.empty())
        sodium_memzero(plain.data(), plain.size());
    if (!opened)
        return opened;
    return kept;
}

Status RecoveryFile::restoreInto(PracticeEditor &editor, const Session &kept)
{
    Result<Session> stored = editor.store().session(kept.id);
    if (!stored)
        return stored.status();
    if (!kept.uuid.isEmpty() && stored->uuid != kept.uuid)
        return Status::failure(
            Messages::tr("The kept note belongs to a session this practice no longer has."));
    Session restored = *stored;
    restored.note.focus = kept.note.focus;
    restored.note.cycleObservations = kept.note.cycleObservations;
    restored.note.interventions = kept.note.interventions;
    restored.note.plan = kept.note.plan;
    restored.note.text = kept.note.text;
    if (auto s = editor.updateSession(restored); !s)
        return s;
    forget();
    return Status::ok();
}

} // namespace attune
