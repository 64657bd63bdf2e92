#include "CaseFileTestSupport.h"

#include "casefile/CaseFileHeader.h"

#include <QFile>
#include <QStringList>

#include <algorithm>

namespace attune::test {
namespace {

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

QString record(const Record &r)
{
    return QStringLiteral("created=%1 modified=%2 archived=%3")
        .arg(stamp(r.created), stamp(r.modified))
        .arg(r.archived);
}

QString quoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

template<typename T> T must(Result<T> r)
{
    if (!r)
        qFatal("store error in dump: %s", qPrintable(r.error()));
    return std::move(r).value();
}

} // namespace

QString dumpPractice(const PracticeStore &store)
{
    QStringList lines;
    const auto couples = must(store.coupleSummaries(ArchiveFilter::All));
    for (const CoupleSummary &summary : couples) {
        const Couple c = must(store.couple(summary.id));
        QString line =
            QStringLiteral("%1 couple name=%2 status=%3 pattern=%4 intake=%5 closing=%6 concerns=%7 "
                           "tags=%8 safety=%9/%10/%11 %12")
                .arg(c.uuid, quoted(c.name), toKey(c.status), toKey(c.pattern),
                     c.intakeDate.toString(Qt::ISODate), c.closingDate.toString(Qt::ISODate),
                     quoted(c.presentingConcerns), quoted(c.tags.join(QLatin1Char('|'))),
                     toKey(c.safety.outcome))
                .arg(c.safety.date.toString(Qt::ISODate), quoted(c.safety.notes), record(c));
        for (const Partner &p : c.partners)
            line +=
                QStringLiteral(" partner[%1 %2 %3 %4 %5 %6 %7 %8 contact=%9]")
                    .arg(p.uuid, quoted(p.name), quoted(p.pronouns), p.language, toKey(p.position))
                    .arg(p.closenessNeed)
                    .arg(p.aloneNeed)
                    .arg(record(p), QStringList{quoted(p.contact.phone), quoted(p.contact.email),
                                                quoted(p.contact.address), quoted(p.contact.emergencyName),
                                                quoted(p.contact.emergencyPhone)}
                                        .join(QLatin1Char('|')));
        // Issue 16: the referral and the treatment plan, with each session's goals by UUID.
        line +=
            QStringLiteral(" referral=%1/%2").arg(quoted(c.referral.source), quoted(c.referral.clinician));
        lines << line;
        QHash<qint64, QString> goalUuids;
        for (const TreatmentPlan &plan : must(store.treatmentPlans(c.id, ArchiveFilter::All))) {
            lines << QStringLiteral("%1 plan couple=%2 version=%3 date=%4 notes=%5 signed=%6/%7/%8 %9")
                         .arg(plan.uuid, c.uuid)
                         .arg(plan.version)
                         .arg(plan.date.toString(Qt::ISODate), quoted(plan.notes), stamp(plan.signedAt),
                              quoted(plan.signedBy), plan.contentHash, record(plan));
            for (qsizetype i = 0; i < plan.goals.size(); ++i) {
                const TreatmentGoal &g = plan.goals.at(i);
                goalUuids.insert(g.id, g.uuid);
                lines << QStringLiteral("%1 goal plan=%2 position=%3 couple=%4 therapist=%5 objectives=%6 "
                                        "stage=%7 step=%8 interventions=%9 target=%10 status=%11 %12")
                             .arg(g.uuid, plan.uuid)
                             .arg(i)
                             .arg(quoted(g.coupleWords), quoted(g.therapistWords), quoted(g.objectives))
                             .arg(g.stage)
                             .arg(g.step)
                             .arg(quoted(g.interventions), g.targetDate.toString(Qt::ISODate),
                                  toKey(g.status), record(g));
                for (const GoalReview &r : g.reviews)
                    lines << QStringLiteral("%1 review goal=%2 date=%3 status=%4 note=%5 %6")
                                 .arg(r.uuid, g.uuid, r.date.toString(Qt::ISODate), toKey(r.status),
                                      quoted(r.note), record(r));
            }
        }

        QHash<qint64, QString> sessionUuids;
        for (const Session &s : must(store.sessions(c.id, ArchiveFilter::All))) {
            sessionUuids.insert(s.id, s.uuid);
            QString sl =
                QStringLiteral("%1 session couple=%2 date=%3 start=%4 minutes=%5 %6 %7 stage=%8 step=%9 "
                               "focus=%10 cycle=%11 interventions=%12 plan=%13 text=%14 signed=%15/%16 %17")
                    .arg(s.uuid, c.uuid, s.date.toString(Qt::ISODate), s.startTime.toString(Qt::ISODate))
                    .arg(s.durationMinutes)
                    .arg(toKey(s.attendance), toKey(s.format))
                    .arg(s.stage)
                    .arg(s.step)
                    .arg(quoted(s.note.focus), quoted(s.note.cycleObservations),
                         quoted(s.note.interventions.join(QLatin1Char('|'))), quoted(s.note.plan),
                         quoted(s.note.text), stamp(s.signedAt), quoted(s.signedBy), record(s));
            for (const ChangeEvent &e : s.events)
                sl += QStringLiteral(" event[%1 %2 %3 %4]")
                          .arg(e.uuid, toKey(e.level))
                          .arg(e.partner)
                          .arg(quoted(e.anchor));
            for (const BondRating &b : s.bondRatings) {
                QStringList signs;
                for (int v : b.signs)
                    signs << QString::number(v);
                sl += QStringLiteral(" bond[%1 %2 %3]")
                          .arg(b.uuid)
                          .arg(b.partner)
                          .arg(signs.join(QLatin1Char(',')));
            }
            for (const OutcomeScore &o : s.outcomes)
                sl += QStringLiteral(" outcome[%1 %2 %3 %4]")
                          .arg(o.uuid)
                          .arg(o.partner)
                          .arg(toKey(o.instrument))
                          .arg(o.total, 0, 'g', 17);
            for (const HomeworkItem &h : s.homework)
                sl += QStringLiteral(" homework[%1 %2 %3]").arg(h.uuid, quoted(h.text)).arg(h.done);
            QStringList goals;
            for (qint64 goalId : s.goalIds)
                goals << goalUuids.value(goalId, QStringLiteral("?"));
            goals.sort();
            sl += QStringLiteral(" goals=%1").arg(goals.join(QLatin1Char(',')));
            lines << sl;
        }
        for (const CycleMap &m : must(store.cycleMaps(c.id, ArchiveFilter::All))) {
            QString ml = QStringLiteral("%1 cyclemap couple=%2 version=%3 date=%4 kind=%5 notes=%6 %7")
                             .arg(m.uuid, c.uuid)
                             .arg(m.version)
                             .arg(m.date.toString(Qt::ISODate), toKey(m.kind), quoted(m.notes), record(m));
            for (const PartnerChain &chain : m.chains) {
                QStringList steps;
                for (const QString &s : chain.steps)
                    steps << quoted(s);
                ml += QStringLiteral(" chain[%1 %2]").arg(chain.uuid, steps.join(QLatin1Char(',')));
            }
            lines << ml;
        }
        for (const FiveStepExercise &x : must(store.exercises(c.id, ArchiveFilter::All))) {
            QStringList steps;
            for (const QString &s : x.steps)
                steps << quoted(s);
            lines << QStringLiteral(
                         "%1 exercise couple=%2 session=%3 partner=%4 date=%5 incident=%6 steps=%7 %8")
                         .arg(x.uuid, c.uuid, sessionUuids.value(x.sessionId, QStringLiteral("-")))
                         .arg(x.partner)
                         .arg(x.date.toString(Qt::ISODate), quoted(x.incident), steps.join(QLatin1Char(',')),
                              record(x));
        }
        // Issue 16: the earlier safety screens and the calendar are part of the record too.
        for (const SafetyScreen &screen : c.safetyHistory)
            lines << QStringLiteral("%1 screen date=%2 outcome=%3 notes=%4")
                         .arg(c.uuid, screen.date.toString(Qt::ISODate), toKey(screen.outcome),
                              quoted(screen.notes));
        for (const Appointment &a : must(store.appointments(c.id)))
            lines << QStringLiteral(
                         "%1 appointment couple=%2 starts=%3 minutes=%4 status=%5 series=%6 session=%7")
                         .arg(a.uuid, c.uuid, stamp(a.startsAt))
                         .arg(a.durationMinutes)
                         .arg(toKey(a.status), a.seriesUuid,
                              sessionUuids.value(a.sessionId, QStringLiteral("-")));
    }
    std::sort(lines.begin(), lines.end());
    return lines.join(QLatin1Char('\n'));
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray wrapPayload(const QByteArray &payload)
{
    return CaseFileHeader::describe(payload).encode() + payload;
}

} // namespace attune::test
