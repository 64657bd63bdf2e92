// Collecting a commit's changes and announcing each record once (see ChangeNotifier.h).
#include "ChangeNotifier.h"

#include <utility>

namespace attune {

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<attune::SessionFields>();
    qRegisterMetaType<attune::CoupleFields>();
}

void ChangeNotifier::noteSession(qint64 coupleId, qint64 sessionId, SessionFields fields)
{
    if (fields)
        m_sessions[{coupleId, sessionId}] |= fields;
}

void ChangeNotifier::noteCouple(qint64 coupleId, CoupleFields fields)
{
    if (fields)
        m_couples[coupleId] |= fields;
}

void ChangeNotifier::note(Kind kind, qint64 coupleId)
{
    m_others.insert(qMakePair(static_cast<int>(kind), coupleId));
}

void ChangeNotifier::noteEverything(const QList<qint64> &coupleIds)
{
    for (const qint64 coupleId : coupleIds) {
        noteCouple(coupleId, kAllCoupleFields);
        m_sessionsOfCouples.insert(coupleId); // which sessions changed is not known: all of them
        for (const Kind kind : {Kind::CycleMaps, Kind::Exercises, Kind::Appointment, Kind::TreatmentPlan})
            note(kind, coupleId);
    }
}

bool ChangeNotifier::hasPending() const
{
    return !m_sessions.isEmpty() || !m_couples.isEmpty() || !m_others.isEmpty() ||
           !m_sessionsOfCouples.isEmpty();
}

void ChangeNotifier::discard()
{
    m_sessions.clear();
    m_couples.clear();
    m_others.clear();
    m_sessionsOfCouples.clear();
}

void ChangeNotifier::announce()
{
    // Taken first: a slot may write again, and that write's changes are announced after its own commit.
    const auto sessions = std::exchange(m_sessions, {});
    const auto couples = std::exchange(m_couples, {});
    const auto others = std::exchange(m_others, {});
    auto sessionsOfCouples = std::exchange(m_sessionsOfCouples, {});

    for (auto it = sessions.cbegin(); it != sessions.cend(); ++it) {
        emit sessionChanged(it.key().coupleId, it.key().sessionId, it.value());
        sessionsOfCouples.insert(it.key().coupleId);
    }
    // A session id of 0 says "some sessions of this couple, all their fields" to the precise listeners.
    for (const qint64 coupleId : std::as_const(sessionsOfCouples)) {
        bool named = false;
        for (auto it = sessions.cbegin(); it != sessions.cend() && !named; ++it)
            named = it.key().coupleId == coupleId;
        if (!named)
            emit sessionChanged(coupleId, 0, kAllSessionFields);
    }
    for (auto it = couples.cbegin(); it != couples.cend(); ++it)
        emit coupleFieldsChanged(it.key(), it.value());

    for (const qint64 coupleId : std::as_const(sessionsOfCouples))
        emit sessionsChanged(coupleId);
    for (auto it = couples.cbegin(); it != couples.cend(); ++it)
        emit coupleChanged(it.key());
    for (const auto &[kind, coupleId] : others) {
        switch (static_cast<Kind>(kind)) {
        case Kind::CycleMaps:
            emit cycleMapsChanged(coupleId);
            break;
        case Kind::Exercises:
            emit exercisesChanged(coupleId);
            break;
        case Kind::Appointment:
            emit appointmentChanged(coupleId);
            break;
        case Kind::TreatmentPlan:
            emit treatmentPlanChanged(coupleId);
            break;
        }
    }
}

} // namespace attune
