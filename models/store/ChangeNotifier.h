// What changed in the practice, said once per commit and precisely enough that each view rebuilds only
// when something it shows changed. The store notes changes while a transaction runs and the notifier
// announces them after the commit (or forgets them on a rollback). It holds no SQL and knows no
// connection, so it can stand alone (issue 19 wants one notifier for several practices' sources).
//
// Two levels of signal: the coarse per-couple ones (sessionsChanged, coupleChanged, …) that lists and
// editors follow, and the precise ones (sessionChanged with the kinds of fields that changed,
// coupleFieldsChanged) for views whose rebuild is costly, such as the charts and the brief.
#pragma once

#include <QFlags>
#include <QHash>
#include <QObject>
#include <QSet>

namespace attune {

// The kinds of a session's fields, as views depend on them.
enum class SessionField : quint32 {
    Existence = 1u << 0,  // created, purged or restored
    Archived = 1u << 1,   // archived or restored from the archive
    Date = 1u << 2,       // date, start time, duration
    Attendance = 1u << 3, // who came, in person or by video
    StageStep = 1u << 4,  // EFT stage and step
    Focus = 1u << 5,      // the note's focus line
    NoteText = 1u << 6,   // narrative, cycle observations, interventions
    Plan = 1u << 7,       // the note's plan for next time
    Markers = 1u << 8,    // change-event markers
    Ratings = 1u << 9,    // secure-bond ratings
    Measures = 1u << 10,  // outcome-measure totals
    Homework = 1u << 11,  // homework items
    Goals = 1u << 12,     // treatment goals worked on
    Signature = 1u << 13, // signed, or an addendum added
};
Q_DECLARE_FLAGS(SessionFields, SessionField)

// The kinds of a couple's fields. Summary is what the couple's sessions say of it (their count, the
// latest date, stage and step); a view that follows sessionChanged can ignore it.
enum class CoupleField : quint32 {
    Existence = 1u << 0, // created, purged or restored
    Archived = 1u << 1,
    Name = 1u << 2,     // the case name
    Partners = 1u << 3, // partners' names, positions, needs
    Details = 1u << 4,  // status, pattern, dates, presenting concerns, tags
    Safety = 1u << 5,   // the safety screen and its history
    Summary = 1u << 6,
    Contact = 1u << 7, // partners' contact details, the couple's referral
};
Q_DECLARE_FLAGS(CoupleFields, CoupleField)

} // namespace attune

// At global scope, as Qt requires: inside the namespace they would hide Qt's own operator| (Ctrl+key).
Q_DECLARE_OPERATORS_FOR_FLAGS(attune::SessionFields)
Q_DECLARE_OPERATORS_FOR_FLAGS(attune::CoupleFields)

namespace attune {

inline constexpr SessionFields kAllSessionFields = SessionFields::fromInt(0x3fff);

inline constexpr CoupleFields kAllCoupleFields = CoupleFields::fromInt(0x7f);

class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    // The record kinds announced per couple, without finer detail.
    enum class Kind { CycleMaps, Exercises, Appointment, TreatmentPlan };

    explicit ChangeNotifier(QObject *parent = nullptr);

    void noteSession(qint64 coupleId, qint64 sessionId, SessionFields fields);
    void noteCouple(qint64 coupleId, CoupleFields fields);
    void note(Kind kind, qint64 coupleId);
    // Every record of these couples changed (another program wrote the file).
    void noteEverything(const QList<qint64> &coupleIds);

    // Announces what was noted, each record once with every kind of field noted for it.
    void announce();
    void discard();
    bool hasPending() const;

signals:
    void sessionChanged(qint64 coupleId, qint64 sessionId, attune::SessionFields fields);
    void coupleFieldsChanged(qint64 coupleId, attune::CoupleFields fields);
    // Coarse: once per couple per commit, after the precise signals.
    void sessionsChanged(qint64 coupleId);
    void coupleChanged(qint64 coupleId);
    void cycleMapsChanged(qint64 coupleId);
    void exercisesChanged(qint64 coupleId);
    void appointmentChanged(qint64 coupleId);
    void treatmentPlanChanged(qint64 coupleId);

private:
    struct SessionKey
    {
        qint64 coupleId;
        qint64 sessionId;
        friend bool operator==(const SessionKey &, const SessionKey &) = default;
        friend size_t qHash(const SessionKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.coupleId, k.sessionId);
        }
    };
    QHash<SessionKey, SessionFields> m_sessions;
    QHash<qint64, CoupleFields> m_couples;
    QSet<QPair<int, qint64>> m_others;
    QSet<qint64> m_sessionsOfCouples; // couples whose sessions were all announced as changed
};

} // namespace attune

Q_DECLARE_METATYPE(attune::SessionFields)
Q_DECLARE_METATYPE(attune::CoupleFields)
