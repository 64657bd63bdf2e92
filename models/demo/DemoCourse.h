// Internal to the demo generator: one couple's course of therapy laid out in time (dates, progress per
// session) and the builder of each session's record from it.
#pragma once

#include "DemoPlan.h"
#include "DemoTextPools.h"

#include "domain/Session.h"

#include <QDate>
#include <QList>

namespace attune::demo {

struct Course
{
    QList<double> progress; // planned progress per session (step + fraction), oldest first
    QList<QDate> dates;
    QList<Attendance> attendance;
    QDate intake;
    QDate closing; // null unless the couple is closed
    QDate safetyScreen;
};

// Lays out session dates backwards from the latest, relative to today, and who attends each session.
Course planCourse(const CouplePlan &plan, int sessions, QDate today, DemoRandom &rng);
// The first session both partners attend that reaches the given progress, or -1.
int sessionReaching(const Course &course, double progress);

// What carries over from one session to the next while a couple's sessions are built in order.
struct SessionState
{
    bool reengagementCompleted = false;
    bool forcedSetbackDone = false;
    int setbackLeft = 0;
    int setbacks = 0;
    int lastSetback = -10;
    std::array<std::array<bool, 3>, 2> anchorUsed{};
    QList<bool> keyNoteUsed;
    std::array<std::array<int, 5>, 2> bondStart{};
    std::array<std::array<int, 5>, 2> bondTarget{};
    std::array<int, 2> csiTarget{};
    std::array<int, 2> rdasStart{};
    std::array<int, 2> rdasTarget{};
    QString lastFocus;
    QString lastObservation;
    QString lastPlan;
    QString lastHomework;
    std::array<QString, 2> lastAnchor;
};

SessionState startState(const CouplePlan &plan, DemoRandom &rng);

// Builds session index of the course (coupleId left 0). Never signs the latest session.
Session buildSession(const CouplePlan &plan, const Course &course, int index, SessionState &state,
                     const TextPools &pools, DemoRandom &rng);

} // namespace attune::demo
