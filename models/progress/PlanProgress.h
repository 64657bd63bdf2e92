// Where a couple's treatment plan stands, for the brief and the progress report: the goals due for
// review, and the goals the latest sessions worked on (with how often each was worked on in a period).
#pragma once

#include "domain/Session.h"
#include "domain/TreatmentPlan.h"

#include <QDate>
#include <QList>

namespace attune {

struct GoalProgress
{
    TreatmentGoal goal;
    int planVersion = 0;
    int sessionsWorkedOn = 0; // sessions (of those given) that marked the goal
    QDate lastWorkedOn;       // null when none did
};

// The latest plan version's goals that are due for review today, in plan order.
QList<TreatmentGoal> goalsDueForReview(const QList<TreatmentPlan> &plans, QDate today);
// The goals the last `count` sessions (by date) marked, most recent first, each once.
QList<GoalProgress> goalsWorkedOnLately(const QList<TreatmentPlan> &plans, const QList<Session> &sessions,
                                        int count = 3);
// Every goal of the latest plan version with how the given sessions worked on it.
QList<GoalProgress> planProgress(const QList<TreatmentPlan> &plans, const QList<Session> &sessions);

} // namespace attune
