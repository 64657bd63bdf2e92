// Writing a case file (atomically, through QSaveFile) and reading one back: size cap, header, checksum,
// bounded loading and validation, in that order, each failure one sentence naming the file.
#include "CaseFile.h"

#include "CaseFileArchive.h"
#include "CaseFileConvert.h"
#include "CaseFileHeader.h"

#include "security/Envelope.h"
#include "store/PracticeStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

QString fileName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Result<CaseFileCouple> readRecord(const PracticeStore &store, qint64 coupleId)
{
    CaseFileCouple record;
    auto couple = store.couple(coupleId);
    if (!couple)
        return couple.status();
    auto sessions = store.sessions(coupleId, ArchiveFilter::All);
    if (!sessions)
        return sessions.status();
    auto maps = store.cycleMaps(coupleId, ArchiveFilter::All);
    if (!maps)
        return maps.status();
    auto exercises = store.exercises(coupleId, ArchiveFilter::All);
    if (!exercises)
        return exercises.status();
    record.couple = std::move(couple).value();
    record.sessions = std::move(sessions).value();
    record.cycleMaps = std::move(maps).value();
    record.exercises = std::move(exercises).value();
    QHash<qint64, QString> sessionUuids;
    for (const Session &s : std::as_const(record.sessions))
        sessionUuids.insert(s.id, s.uuid);
    for (const FiveStepExercise &x : std::as_const(record.exercises))
        record.exerciseSessionUuids.append(sessionUuids.value(x.sessionId));
    // The treatment plan: every version with its current goals and their reviews, and each session's
    // goal links by the goals' UUIDs. A link to a goal taken off its plan (archived) is not carried.
    auto plans = store.treatmentPlans(coupleId, ArchiveFilter::All);
    if (!plans)
        return plans.status();
    QHash<qint64, QString> goalUuids;
    for (TreatmentPlan plan : std::as_const(*plans)) {
        plan.id = plan.coupleId = 0;
        for (TreatmentGoal &g : plan.goals) {
            goalUuids.insert(g.id, g.uuid);
            g.id = g.planId = 0;
            for (GoalReview &review : g.reviews)
                review.id = review.goalId = 0;
        }
        record.plans.append(plan);
    }
    for (const Session &s : std::as_const(record.sessions)) {
        QStringList linked;
        for (qint64 goalId : s.goalIds)
            if (goalUuids.contains(goalId))
                linked.append(goalUuids.value(goalId));
        record.sessionGoalUuids.append(linked);
    }
    // The calendar travels with the couple: every appointment, with the session an attended one became.
    auto appointments = store.appointments(coupleId);
    if (!appointments)
        return appointments.status();
    for (Appointment a : std::as_const(*appointments)) {
        record.appointmentSessionUuids.append(sessionUuids.value(a.sessionId));
        a.id = 0;
        a.coupleId = 0;
        a.sessionId = 0;
        record.appointments.append(a);
    }
    return record;
}

} // namespace

Status exportCaseFile(const PracticeStore &store, const QList<qint64> &coupleIds, const QString &path,
                      const CaseFileProgress &progress, const QByteArray &passphrase)
{
    QList<qint64> ids = coupleIds;
    if (ids.isEmpty()) {
        const auto all = store.coupleSummaries(ArchiveFilter::All);
        if (!all)
            return all.status();
        for (const CoupleSummary &c : *all)
            ids.append(c.id);
    }
    if (ids.isEmpty())
        return Status::failure(Messages::tr("The practice has no couples to export."));

    casefile::CaseFileEntry file;
    file.writtenBy = ATTUNE_VERSION;
    file.exportedAt = store.now().toUTC().toString(Qt::ISODateWithMs).toStdString();
    // Reading is most of the work; writing the file counts as the last step.
    const qint64 steps = ids.size() + 1;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress && !progress(i, steps))
            return Status::failure(Messages::tr("The export was canceled; no file was written."));
        auto record = readRecord(store, ids.at(i));
        if (!record)
            return record.status();
        file.couples.push_back(toEntry(*record));
    }

    QByteArray payload;
    try {
        payload = QByteArray::fromStdString(casefile::saveArchive(file));
    } catch (const std::exception &) {
        return Status::failure(Messages::tr("The case file could not be assembled: not enough memory."));
    }
    if (payload.size() > CaseFileHeader::kMaxFileSize - CaseFileHeader::kSize)
        return Status::failure(
            Messages::tr("These couples make a case file larger than 256 MiB; export fewer at a time."));

    QByteArray header = CaseFileHeader::describe(payload).encode();
    if (!passphrase.isEmpty()) {
        auto sealed = encryptBytes(header + payload, passphrase);
        sodium_memzero(payload.data(), size_t(payload.size()));
        if (!sealed)
            return sealed.status();
        header.clear();
        payload = std::move(*sealed);
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(
            Messages::tr("%1 could not be written: %2.").arg(fileName(path), out.errorString()));
    if (out.write(header) != header.size() || out.write(payload) != payload.size() || !out.commit())
        return Status::failure(
            Messages::tr("%1 could not be written: %2.").arg(fileName(path), out.errorString()));
    if (progress)
        progress(steps, steps);
    return Status::ok();
}

Result<CaseFileContents> readCaseFile(const QString &path, QDate today, const QByteArray &passphrase)
{
    using R = Result<CaseFileContents>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(Messages::tr("There is no case file at %1.").arg(fileName(path)));
    if (info.isDir())
        return R::failure(Messages::tr("%1 is a folder, not a case file.").arg(fileName(path)));
    // Checked before reading, so a huge (or sparse) file is never loaded into memory.
    if (info.size() > CaseFileHeader::kMaxFileSize)
        return R::failure(
            Messages::tr("%1 is larger than any case file Attune writes (256 MiB); it was not opened.")
                .arg(fileName(path)));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return R::failure(Messages::tr("%1 could not be read: %2.").arg(fileName(path), in.errorString()));
    const QByteArray bytes = in.read(CaseFileHeader::kMaxFileSize + 1);
    if (bytes.size() > CaseFileHeader::kMaxFileSize)
        return R::failure(
            Messages::tr("%1 is larger than any case file Attune writes (256 MiB); it was not opened.")
                .arg(fileName(path)));
    if (in.error() != QFileDevice::NoError)
        return R::failure(Messages::tr("%1 could not be read: %2.").arg(fileName(path), in.errorString()));
    if (isEnvelopeData(bytes)) {
        if (passphrase.isEmpty())
            return R::failure(
                Messages::tr("%1 is encrypted: give its passphrase to import it.").arg(fileName(path)));
        auto plain = decryptBytes(bytes, fileName(path), passphrase);
        if (!plain)
            return plain.status();
        auto parsed = parseCaseFile(*plain, fileName(path), today);
        sodium_memzero(plain->data(), size_t(plain->size()));
        return parsed;
    }
    return parseCaseFile(bytes, fileName(path), today);
}

Result<CaseFileContents> parseCaseFile(const QByteArray &bytes, const QString &name, QDate today)
{
    using R = Result<CaseFileContents>;
    using Problem = CaseFileHeader::Problem;
    if (bytes.isEmpty())
        return R::failure(Messages::tr("%1 is empty, not an Attune case file.").arg(name));
    CaseFileHeader header;
    Problem problem = CaseFileHeader::parse(bytes, &header);
    if (problem == Problem::None)
        problem = header.verify(bytes);
    switch (problem) {
    case Problem::None:
        break;
    case Problem::NotACaseFile:
        return R::failure(Messages::tr("%1 is not an Attune case file.").arg(name));
    case Problem::NewerFormat:
        return R::failure(Messages::tr("%1 was written by a newer Attune (%2); update Attune to open it.")
                              .arg(name, header.attuneVersion));
    case Problem::UnknownFlags:
        return R::failure(
            Messages::tr("%1 uses features (such as encryption) that this version of Attune cannot read.")
                .arg(name));
    case Problem::LengthMismatch:
        return R::failure(
            Messages::tr("%1 is incomplete or damaged: its length does not match its header.").arg(name));
    case Problem::ChecksumMismatch:
        return R::failure(Messages::tr("%1 is damaged: its contents do not match their checksum.").arg(name));
    }

    casefile::CaseFileEntry file;
    const std::string_view payload(bytes.constData() + CaseFileHeader::kSize,
                                   size_t(bytes.size() - CaseFileHeader::kSize));
    switch (casefile::loadArchive(payload, file)) {
    case casefile::ArchiveError::None:
        break;
    case casefile::ArchiveError::NewerLibrary:
    case casefile::ArchiveError::NewerClass:
        return R::failure(Messages::tr("%1 was written by a newer Attune (%2); update Attune to open it.")
                              .arg(name, header.attuneVersion));
    case casefile::ArchiveError::LimitExceeded:
        return R::failure(Messages::tr("%1 is damaged: it declares more data than it holds.").arg(name));
    case casefile::ArchiveError::NotAnArchive:
    case casefile::ArchiveError::Malformed:
    case casefile::ArchiveError::TrailingData:
        return R::failure(Messages::tr("%1 is damaged: its records could not be read.").arg(name));
    }
    auto contents = fromEntry(file, today);
    if (!contents) {
        QString reason = contents.error(); // a sentence of its own, continued after a colon here
        if (reason.size() > 1 && reason.at(0).isUpper() && reason.at(1).isLower())
            reason[0] = reason.at(0).toLower();
        return R::failure(Messages::tr("%1 cannot be imported: %2").arg(name, reason));
    }
    return contents;
}

} // namespace attune
