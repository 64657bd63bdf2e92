// Applying a checked case file to a practice: records are matched by UUID; new ones are added with their
// UUIDs and timestamps, identical ones skipped, and differing ones skipped, replaced or copied as the
// policy says. Everything runs in one store transaction, so any failure leaves the practice as it was.
#include "CaseFile.h"

#include "i18n/DateText.h"

#include "CaseFileConvert.h"
#include "CaseFilePlans.h"
#include "domain/AuditSummary.h"

#include "store/PracticeStore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

using Index = QHash<QString, UuidOwner>;

// Names in messages and lists stay on one line, whatever line breaks a file put in them.
QString quote(const QString &text)
{
    return text.simplified();
}

QString sessionLabel(const Session &s, const Couple &c)
{
    return Messages::tr("the session of %1 of “%2”").arg(shortDate(s.date), quote(c.name));
}

// A copy is a new record: fresh UUIDs (the store assigns them) and fresh timestamps.
void freshRecord(Record &r)
{
    r.id = 0;
    r.uuid.clear();
    r.created = r.modified = QDateTime();
}

Session freshSession(Session s)
{
    freshRecord(s);
    for (ChangeEvent &e : s.events)
        e.uuid.clear();
    for (BondRating &b : s.bondRatings)
        b.uuid.clear();
    for (OutcomeScore &o : s.outcomes)
        o.uuid.clear();
    for (HomeworkItem &h : s.homework)
        h.uuid.clear();
    return s;
}

QStringList childUuids(const Session &s)
{
    QStringList out;
    for (const ChangeEvent &e : s.events)
        out << e.uuid;
    for (const BondRating &b : s.bondRatings)
        out << b.uuid;
    for (const OutcomeScore &o : s.outcomes)
        out << o.uuid;
    for (const HomeworkItem &h : s.homework)
        out << h.uuid;
    return out;
}

class Importer
{
public:
    Importer(PracticeStore &store, ConflictPolicy policy, Index index)
        : m_store(store)
        , m_policy(policy)
        , m_index(std::move(index))
    {}

    Status apply(const CaseFileCouple &record);
    ImportSummary summary() const { return m_summary; }

private:
    // Fails when a UUID meant to be added is already used by some other record of the practice.
    Status checkUnused(const QStringList &uuids, const QString &what) const
    {
        for (const QString &uuid : uuids)
            if (m_index.contains(uuid))
                return Status::failure(
                    Messages::tr("The case file's %1 shares an id with a different record in this practice; "
                                 "nothing was imported.")
                        .arg(what));
        return Status::ok();
    }
    Status applySession(const Session &fileSession, const Couple &couple, qint64 coupleId, bool copyAll);
    Status applyCycleMap(CycleMap map, const Couple &couple, qint64 coupleId, bool copyAll);
    Status applyExercise(FiveStepExercise x, const QString &sessionUuid, const Couple &couple,
                         qint64 coupleId, bool copyAll);
    Status applyAppointments(const CaseFileCouple &record, qint64 coupleId, bool copyAll);
    // The practice's ids of the goals a file's session names (by UUID), ascending like Session::goalIds.
    QList<qint64> goalIdsOf(const QStringList &goalUuids) const
    {
        QList<qint64> ids;
        for (const QString &uuid : goalUuids)
            if (const qint64 id = m_goalIds.value(uuid))
                ids.append(id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    Result<const UuidOwner *> existing(const QString &uuid, UuidOwner::Kind kind, qint64 coupleId,
                                       const QString &what) const
    {
        const auto found = m_index.constFind(uuid);
        if (found == m_index.cend())
            return static_cast<const UuidOwner *>(nullptr);
        if (found->kind != kind || (coupleId > 0 && found->coupleId != coupleId))
            return Result<const UuidOwner *>::failure(
                Messages::tr(
                    "The case file's %1 shares an id with a record of another couple in this practice; "
                    "nothing was imported.")
                    .arg(what));
        return &*found;
    }

    PracticeStore &m_store;
    ConflictPolicy m_policy;
    Index m_index;
    QHash<QString, qint64> m_sessionIds; // file session UUID -> the session holding its content here
    QSet<int> m_usedVersions;            // cycle-map versions of the couple being applied
    QHash<QString, qint64> m_goalIds;    // file goal UUID -> the goal holding it here
    ImportSummary m_summary;
};

Status Importer::apply(const CaseFileCouple &record)
{
    Couple couple = record.couple;
    const QString what = Messages::tr("couple “%1”").arg(quote(couple.name));
    auto owner = existing(couple.uuid, UuidOwner::Kind::Couple, 0, what);
    if (!owner)
        return owner.status();
    bool copyAll = false;
    qint64 coupleId = 0;
    if (!*owner) {
        QStringList uuids{couple.partners[0].uuid, couple.partners[1].uuid};
        if (auto s = checkUnused(uuids, what); !s)
            return s;
        auto created = m_store.createCouple(couple);
        if (!created)
            return created.status();
        coupleId = *created;
        ++m_summary.added.couples;
    } else {
        coupleId = (*owner)->id;
        const auto stored = m_store.couple(coupleId);
        if (!stored)
            return stored.status();
        if (sameContent(*stored, couple)) {
            ++m_summary.identical.couples;
        } else if (m_policy == ConflictPolicy::Skip) {
            ++m_summary.skipped.couples;
        } else if (m_policy == ConflictPolicy::Replace) {
            couple.id = coupleId;
            if (auto s = m_store.updateCouple(couple); !s)
                return s;
            ++m_summary.replaced.couples;
        } else {
            Couple copy = couple;
            freshRecord(copy);
            for (Partner &p : copy.partners)
                freshRecord(p);
            copy.name = Messages::tr("%1 (copy)").arg(couple.name);
            auto created = m_store.createCouple(copy);
            if (!created)
                return created.status();
            coupleId = *created;
            copyAll = true;
            ++m_summary.added.couples;
        }
    }

    m_sessionIds.clear();
    m_usedVersions.clear();
    if (!copyAll && *owner) {
        const auto maps = m_store.cycleMaps(coupleId, ArchiveFilter::All);
        if (!maps)
            return maps.status();
        for (const CycleMap &m : *maps)
            m_usedVersions.insert(m.version);
    }
    // Plans first: a session's goal links need the goals, and a signed session's cannot be added later.
    const auto goals = importTreatmentPlans(m_store, record, coupleId, copyAll, m_index);
    if (!goals)
        return goals.status();
    m_goalIds = *goals;
    for (qsizetype i = 0; i < record.sessions.size(); ++i) {
        Session s = record.sessions.at(i);
        s.goalIds = goalIdsOf(record.sessionGoalUuids.value(i));
        if (auto st = applySession(s, record.couple, coupleId, copyAll); !st)
            return st;
    }
    for (const CycleMap &m : record.cycleMaps)
        if (auto st = applyCycleMap(m, record.couple, coupleId, copyAll); !st)
            return st;
    for (qsizetype i = 0; i < record.exercises.size(); ++i)
        if (auto st = applyExercise(record.exercises.at(i), record.exerciseSessionUuids.value(i),
                                    record.couple, coupleId, copyAll);
            !st)
            return st;
    return applyAppointments(record, coupleId, copyAll);
}

// Appointments are matched by UUID within the couple, like every record: new ones are booked, identical
// ones left alone, differing ones replaced or kept as the policy says; a copied couple gets copies.
Status Importer::applyAppointments(const CaseFileCouple &record, qint64 coupleId, bool copyAll)
{
    QHash<QString, Appointment> here;
    if (!copyAll) {
        const auto stored = m_store.appointments(coupleId);
        if (!stored)
            return stored.status();
        for (const Appointment &a : *stored)
            here.insert(a.uuid, a);
    }
    QList<Appointment> fresh;
    for (qsizetype i = 0; i < record.appointments.size(); ++i) {
        Appointment a = record.appointments.at(i);
        a.coupleId = coupleId;
        a.sessionId = m_sessionIds.value(record.appointmentSessionUuids.value(i), 0);
        if (copyAll)
            a.uuid.clear();
        const auto found = here.constFind(a.uuid);
        if (copyAll || found == here.cend()) {
            fresh.append(a);
            continue;
        }
        a.id = found->id;
        a.rowVersion = found->rowVersion; // the counter is this practice's, not the file's content
        if (a == *found || m_policy == ConflictPolicy::Skip)
            continue;
        if (auto s = m_store.updateAppointment(a); !s)
            return s;
    }
    return m_store.bookAppointments(fresh).status();
}

Status Importer::applySession(const Session &fileSession, const Couple &couple, qint64 coupleId, bool copyAll)
{
    Session s = fileSession;
    s.coupleId = coupleId;
    const QString what = sessionLabel(s, couple);
    auto create = [&](const Session &value) -> Status {
        auto created = m_store.createSession(value);
        if (!created)
            return created.status();
        m_sessionIds.insert(fileSession.uuid, *created);
        ++m_summary.added.sessions;
        return Status::ok();
    };
    if (copyAll)
        return create(freshSession(s));
    auto owner = existing(s.uuid, UuidOwner::Kind::Session, coupleId, what);
    if (!owner)
        return owner.status();
    if (!*owner) {
        if (auto st = checkUnused(childUuids(s), what); !st)
            return st;
        return create(s);
    }
    const qint64 id = (*owner)->id;
    m_sessionIds.insert(s.uuid, id);
    const auto stored = m_store.session(id);
    if (!stored)
        return stored.status();
    if (sameContent(*stored, s)) {
        ++m_summary.identical.sessions;
    } else if (m_policy == ConflictPolicy::Skip) {
        ++m_summary.skipped.sessions;
    } else if (m_policy == ConflictPolicy::Replace) {
        if (stored->isSigned()) {
            ++m_summary.skipped.sessions;
            ++m_summary.signedNotReplaced;
            return Status::ok();
        }
        s.id = id;
        if (auto st = m_store.updateSession(s); !st)
            return st;
        ++m_summary.replaced.sessions;
    } else {
        return create(freshSession(s));
    }
    return Status::ok();
}

Status Importer::applyCycleMap(CycleMap map, const Couple &couple, qint64 coupleId, bool copyAll)
{
    map.coupleId = coupleId;
    const QString what =
        Messages::tr("cycle map version %1 of “%2”").arg(map.version).arg(quote(couple.name));
    auto create = [&](CycleMap value, bool fresh) -> Status {
        if (fresh) {
            freshRecord(value);
            for (PartnerChain &c : value.chains)
                c.uuid.clear();
        }
        if (m_usedVersions.contains(value.version))
            value.version = 0; // the store numbers it after the couple's latest
        auto created = m_store.createCycleMap(value);
        if (!created)
            return created.status();
        const auto stored = m_store.cycleMap(*created); // its version, if the store chose it
        if (!stored)
            return stored.status();
        m_usedVersions.insert(stored->version);
        ++m_summary.added.cycleMaps;
        return Status::ok();
    };
    if (copyAll)
        return create(map, true);
    auto owner = existing(map.uuid, UuidOwner::Kind::CycleMap, coupleId, what);
    if (!owner)
        return owner.status();
    if (!*owner) {
        if (auto st = checkUnused({map.chains[0].uuid, map.chains[1].uuid}, what); !st)
            return st;
        return create(map, false);
    }
    const auto stored = m_store.cycleMap((*owner)->id);
    if (!stored)
        return stored.status();
    map.id = (*owner)->id;
    map.version = stored->version; // versions number a couple's maps here; the store keeps them
    if (sameContent(*stored, map)) {
        ++m_summary.identical.cycleMaps;
    } else if (m_policy == ConflictPolicy::Skip) {
        ++m_summary.skipped.cycleMaps;
    } else if (m_policy == ConflictPolicy::Replace) {
        if (auto st = m_store.updateCycleMap(map); !st)
            return st;
        ++m_summary.replaced.cycleMaps;
    } else {
        map.version = 0;
        return create(map, true);
    }
    return Status::ok();
}

Status Importer::applyExercise(FiveStepExercise x, const QString &sessionUuid, const Couple &couple,
                               qint64 coupleId, bool copyAll)
{
    x.coupleId = coupleId;
    x.sessionId = sessionUuid.isEmpty() ? 0 : m_sessionIds.value(sessionUuid);
    const QString what =
        Messages::tr("five-step exercise “%1” of “%2”").arg(quote(x.incident), quote(couple.name));
    auto create = [&](FiveStepExercise value, bool fresh) -> Status {
        if (fresh)
            freshRecord(value);
        auto created = m_store.createExercise(value);
        if (!created)
            return created.status();
        ++m_summary.added.exercises;
        return Status::ok();
    };
    if (copyAll)
        return create(x, true);
    auto owner = existing(x.uuid, UuidOwner::Kind::Exercise, coupleId, what);
    if (!owner)
        return owner.status();
    if (!*owner)
        return create(x, false);
    const auto stored = m_store.exercise((*owner)->id);
    if (!stored)
        return stored.status();
    x.id = (*owner)->id;
    if (sameContent(*stored, x)) {
        ++m_summary.identical.exercises;
    } else if (m_policy == ConflictPolicy::Skip) {
        ++m_summary.skipped.exercises;
    } else if (m_policy == ConflictPolicy::Replace) {
        if (auto st = m_store.updateExercise(x); !st)
            return st;
        ++m_summary.replaced.exercises;
    } else {
        return create(x, true);
    }
    return Status::ok();
}

QString countsText(const RecordCounts &c)
{
    QStringList parts;
    if (c.couples)
        parts << Messages::tr("%n couple(s)", nullptr, c.couples);
    if (c.sessions)
        parts << Messages::tr("%n session(s)", nullptr, c.sessions);
    if (c.cycleMaps)
        parts << Messages::tr("%n cycle map(s)", nullptr, c.cycleMaps);
    if (c.exercises)
        parts << Messages::tr("%n five-step exercise(s)", nullptr, c.exercises);
    return parts.isEmpty() ? Messages::tr("nothing") : QLocale().createSeparatedList(parts);
}

} // namespace

Result<QList<CaseFileConflict>> findConflicts(const PracticeStore &store, const CaseFileContents &contents)
{
    const auto index = store.uuidIndex();
    if (!index)
        return index.status();
    QList<CaseFileConflict> conflicts;
    auto ownerOf = [&](const QString &uuid, UuidOwner::Kind kind) -> qint64 {
        const auto found = index->constFind(uuid);
        return found != index->cend() && found->kind == kind ? found->id : 0;
    };
    QHash<qint64, QString> sessionUuidById;
    QHash<QString, qint64> goalIdByUuid;
    for (auto it = index->cbegin(); it != index->cend(); ++it) {
        if (it->kind == UuidOwner::Kind::Session)
            sessionUuidById.insert(it->id, it.key());
        if (it->kind == UuidOwner::Kind::TreatmentGoal)
            goalIdByUuid.insert(it.key(), it->id);
    }
    for (const CaseFileCouple &record : contents.couples) {
        const Couple &c = record.couple;
        if (const qint64 id = ownerOf(c.uuid, UuidOwner::Kind::Couple)) {
            const auto stored = store.couple(id);
            if (!stored)
                return stored.status();
            if (!sameContent(*stored, c))
                conflicts.append({CaseFileConflict::Kind::Couple, c.uuid, quote(c.name)});
        }
        for (qsizetype i = 0; i < record.sessions.size(); ++i) {
            Session s = record.sessions.at(i);
            for (const QString &goal : record.sessionGoalUuids.value(i))
                if (const qint64 goalId = goalIdByUuid.value(goal))
                    s.goalIds.append(goalId);
            std::sort(s.goalIds.begin(), s.goalIds.end());
            if (const qint64 id = ownerOf(s.uuid, UuidOwner::Kind::Session)) {
                const auto stored = store.session(id);
                if (!stored)
                    return stored.status();
                if (!sameContent(*stored, s))
                    conflicts.append({CaseFileConflict::Kind::Session, s.uuid, sessionLabel(s, c)});
            }
        }
        for (const CycleMap &m : record.cycleMaps) {
            if (const qint64 id = ownerOf(m.uuid, UuidOwner::Kind::CycleMap)) {
                const auto stored = store.cycleMap(id);
                if (!stored)
                    return stored.status();
                CycleMap fromFile = m;
                fromFile.version = stored->version;
                if (!sameContent(*stored, fromFile))
                    conflicts.append(
                        {CaseFileConflict::Kind::CycleMap, m.uuid,
                         Messages::tr("cycle map version %1 of “%2”").arg(m.version).arg(quote(c.name))});
            }
        }
        for (qsizetype i = 0; i < record.exercises.size(); ++i) {
            const FiveStepExercise &x = record.exercises.at(i);
            if (const qint64 id = ownerOf(x.uuid, UuidOwner::Kind::Exercise)) {
                const auto stored = store.exercise(id);
                if (!stored)
                    return stored.status();
                FiveStepExercise a = *stored, b = x;
                a.sessionId = b.sessionId = 0;
                if (!sameContent(a, b) ||
                    sessionUuidById.value(stored->sessionId) != record.exerciseSessionUuids.value(i))
                    conflicts.append({CaseFileConflict::Kind::Exercise, x.uuid,
                                      Messages::tr("five-step exercise “%1” of “%2”")
                                          .arg(quote(x.incident), quote(c.name))});
            }
        }
    }
    return conflicts;
}

Result<ImportSummary> importCaseFile(PracticeStore &store, const CaseFileContents &contents,
                                     ConflictPolicy policy, const CaseFileProgress &progress)
{
    ImportSummary summary;
    const Status done = store.transaction([&]() -> Status {
        auto index = store.uuidIndex();
        if (!index)
            return index.status();
        Importer importer(store, policy, std::move(index).value());
        const qint64 total = contents.couples.size();
        for (qsizetype i = 0; i < contents.couples.size(); ++i) {
            if (progress && !progress(i, total))
                return Status::failure(Messages::tr("The import was canceled; the practice is unchanged."));
            if (auto s = importer.apply(contents.couples.at(i)); !s)
                return s;
            // In the same transaction: an import that is not recorded does not happen.
            const QString uuid = contents.couples.at(i).couple.uuid;
            if (auto s = store.recordEvent(QStringLiteral("import"), QStringLiteral("couple"), uuid, uuid,
                                           storedAuditSummary(AuditSummaryKey::CaseFile));
                !s)
                return s;
            // Hashed and sealed couple by couple, so the progress shown is the work done.
            if (auto s = store.settlePendingWork(); !s)
                return s;
        }
        if (progress)
            progress(total, total);
        summary = importer.summary();
        return Status::ok();
    });
    if (!done)
        return done;
    return summary;
}

Result<ImportSummary> importCaseFile(PracticeStore &store, const QString &path, ConflictPolicy policy,
                                     const CaseFileProgress &progress)
{
    auto contents = readCaseFile(path, store.today());
    if (!contents)
        return contents.status();
    return importCaseFile(store, *contents, policy, progress);
}

QString describeImportSummary(const ImportSummary &summary)
{
    QStringList lines;
    lines << Messages::tr("Added: %1.").arg(countsText(summary.added));
    if (summary.identical.total())
        lines
            << Messages::tr("Already in the practice and identical: %1.").arg(countsText(summary.identical));
    if (summary.skipped.total())
        lines
            << Messages::tr("Skipped (different from the practice's): %1.").arg(countsText(summary.skipped));
    if (summary.replaced.total())
        lines << Messages::tr("Replaced: %1.").arg(countsText(summary.replaced));
    if (summary.signedNotReplaced)
        lines << Messages::tr(
            "%n signed session(s) could not be replaced, because signed notes cannot change.", nullptr,
            summary.signedNotReplaced);
    return lines.join(QLatin1Char('\n'));
}

} // namespace attune
