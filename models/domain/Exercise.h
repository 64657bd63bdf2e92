// The five-step exercise from resentment to closeness, done by one partner about one incident.
#pragma once

#include "Enums.h"
#include "Record.h"

#include <QDate>

#include <array>

namespace attune {

struct FiveStepExercise : Record
{
    qint64 coupleId = 0;
    qint64 sessionId = 0; // 0 when not linked to a session
    int partner = 0;
    QDate date;
    QString incident;             // a short title for the incident
    std::array<QString, 5> steps; // indexed by ExerciseStep

    const QString &operator[](ExerciseStep s) const { return steps[static_cast<int>(s)]; }
    QString &operator[](ExerciseStep s) { return steps[static_cast<int>(s)]; }
    friend bool operator==(const FiveStepExercise &, const FiveStepExercise &) = default;
};

} // namespace attune
