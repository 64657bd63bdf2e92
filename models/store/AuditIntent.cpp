// See AuditIntent.h.
#include "AuditIntent.h"

#include "PracticeStore.h"
#include "SideFiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <cerrno>
#include <csignal>

#include <unistd.h>

namespace attune {
namespace {

const QString kNoteMiddle = QStringLiteral(".unrecorded-");

// Where notes for a practice are kept: beside it, so they travel with it; the user's data folder when the
// practice's folder cannot be written (a practice on a read-only disk still has its backups recorded).
QStringList noteFolders(const QString &practicePath)
{
    const QString absolute = QFileInfo(practicePath).absoluteFilePath();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex());
    return {QFileInfo(absolute).absolutePath(),
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                QStringLiteral("/attune/unrecorded/") + hash};
}

QString notePrefix(const QString &practicePath)
{
    return QLatin1Char('.') + QFileInfo(practicePath).fileName() + kNoteMiddle;
}

// What tells the file written from the one that was there before (or from none): its time and size.
QString signature(const QString &file)
{
    const QFileInfo info(file);
    return info.exists() ? QStringLiteral("%1:%2:%3")
                               .arg(info.lastModified().toMSecsSinceEpoch())
                               .arg(info.size())
                               .arg(info.metadataChangeTime().toMSecsSinceEpoch())
                         : QString();
}

Status recordRows(PracticeStore &store, const QString &action, const QList<qint64> &coupleIds,
                  const QString &summary)
{
    if (coupleIds.isEmpty())
        return store.recordEvent(action, QStringLiteral("practice"), QString(), QString(), summary);
    return store.recordCoupleEvent(action, coupleIds, summary);
}

bool processExists(qint64 pid)
{
    return pid == qint64(::getpid()) || (pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM));
}

} // namespace

AuditIntent AuditIntent::begin(const QString &practicePath, const QString &action,
                               const QList<qint64> &coupleIds, const QString &summary, const QString &file)
{
    AuditIntent intent;
    intent.m_action = action;
    intent.m_coupleIds = coupleIds;
    intent.m_summary = summary;
    QJsonArray ids;
    for (const qint64 id : coupleIds)
        ids.append(id);
    const QString absoluteFile = QFileInfo(file).absoluteFilePath();
    const QJsonObject note{{QStringLiteral("action"), action},
                           {QStringLiteral("couples"), ids},
                           {QStringLiteral("summary"), summary},
                           {QStringLiteral("file"), absoluteFile},
                           {QStringLiteral("before"), signature(absoluteFile)},
                           {QStringLiteral("pid"), QString::number(qint64(::getpid()))}};
    const QString name =
        notePrefix(practicePath) + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".json");
    for (const QString &folder : noteFolders(practicePath)) {
        if (!QDir().mkpath(folder))
            continue;
        QSaveFile out(folder + QLatin1Char('/') + name);
        out.setDirectWriteFallback(false);
        if (out.open(QIODevice::WriteOnly) && out.setPermissions(QFile::ReadOwner | QFile::WriteOwner) &&
            out.write(QJsonDocument(note).toJson()) > 0 && out.commit()) {
            syncFolderOf(out.fileName());
            intent.m_note = out.fileName();
            break;
        }
    }
    return intent;
}

AuditIntent::AuditIntent(AuditIntent &&other) noexcept
    : m_note(std::exchange(other.m_note, QString()))
    , m_action(std::move(other.m_action))
    , m_coupleIds(std::move(other.m_coupleIds))
    , m_summary(std::move(other.m_summary))
    , m_keep(other.m_keep)
{}

AuditIntent::~AuditIntent()
{
    if (!m_note.isEmpty() && !m_keep)
        QFile::remove(m_note);
}

Status AuditIntent::record(PracticeStore &store)
{
    const Status s = recordRows(store, m_action, m_coupleIds, m_summary);
    m_keep = !s && !m_note.isEmpty(); // recorded at the next chance
    return s;
}

int recordLeftAuditIntents(PracticeStore &store)
{
    int recorded = 0;
    for (const QString &folder : noteFolders(store.path())) {
        const QDir dir(folder);
        const QStringList names =
            dir.entryList({notePrefix(store.path()) + QStringLiteral("*.json")}, QDir::Files | QDir::Hidden);
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            if (processExists(note.value(QStringLiteral("pid")).toString().toLongLong()))
                continue; // its run (this one, or another still going) records it itself
            const QString now = signature(note.value(QStringLiteral("file")).toString());
            if (!now.isEmpty() && now != note.value(QStringLiteral("before")).toString()) {
                QList<qint64> ids;
                for (const QJsonValue &v : note.value(QStringLiteral("couples")).toArray())
                    ids.append(qint64(v.toDouble()));
                if (!recordRows(store, note.value(QStringLiteral("action")).toString(), ids,
                                note.value(QStringLiteral("summary")).toString()))
                    continue; // still cannot be recorded: the note waits
                ++recorded;
            }
            QFile::remove(dir.filePath(name));
        }
    }
    return recorded;
}

} // namespace attune
