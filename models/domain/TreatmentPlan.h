// A couple's treatment plan: dated versions, each with goals in the couple's words and the therapist's,
// the goals' objectives, the EFT stage and step they belong to, the interventions planned, a target date
// and a status. Reviews of a goal are dated entries that are kept (the latest one says where the goal
// stands now). A plan is a draft until signed; the database then refuses any change to it or its goals,
// and a change of plan is a new version (reviews may still be added, as addenda to a signed note).
#pragma once

#include "Enums.h"
#include "Record.h"

#include <QDate>
#include <QList>

namespace attune {

enum class GoalStatus { Open, Progressing, Met, Dropped };

template<> struct EnumTable<GoalStatus>
{
    static constexpr std::array entries{
        EnumEntry<GoalStatus>{GoalStatus::Open, "open", QT_TRANSLATE_NOOP("attune::Vocabulary", "Open")},
        EnumEntry<GoalStatus>{GoalStatus::Progressing, "progressing",
                              QT_TRANSLATE_NOOP("attune::Vocabulary", "Progressing")},
        EnumEntry<GoalStatus>{GoalStatus::Met, "met", QT_TRANSLATE_NOOP("attune::Vocabulary", "Met")},
        EnumEntry<GoalStatus>{GoalStatus::Dropped, "dropped",
                              QT_TRANSLATE_NOOP("attune::Vocabulary", "Dropped")},
    };
};

// A goal is due for review this many days before its target date, and when it has not been reviewed
// (nor its plan dated) for the review interval.
inline constexpr int kGoalReviewLeadDays = 14;
inline constexpr int kGoalReviewIntervalDays = 90;

struct GoalReview : Record
{
    qint64 goalId = 0;
    QDate date;
    GoalStatus status = GoalStatus::Open; // where the goal stands as of this review
    QString note;

    friend bool operator==(const GoalReview &, const GoalReview &) = default;
};

struct TreatmentGoal : Record
{
    qint64 planId = 0;
    QString coupleWords;    // the goal as the couple say it
    QString therapistWords; // the goal in clinical terms
    QString objectives;     // one per line: what will show the goal is being reached
    int stage = 1;
    int step = 1;
    QString interventions; // what the therapist plans to do
    QDate targetDate;      // null when none is set
    GoalStatus status = GoalStatus::Open;
    QList<GoalReview> reviews; // oldest first; read with the goal, added one by one (never edited)

    // Where the goal stands now: its latest review's status, or its own while never reviewed.
    GoalStatus currentStatus() const { return reviews.isEmpty() ? status : reviews.last().status; }
    bool isClosed() const
    {
        const GoalStatus s = currentStatus();
        return s == GoalStatus::Met || s == GoalStatus::Dropped;
    }
    // The goal's name in a list: the couple's words, or the therapist's when theirs are empty.
    QString title() const { return coupleWords.trimmed().isEmpty() ? therapistWords : coupleWords; }
    // Due for review on `today`: still open or progressing, and its target date is near or past, or it
    // has gone the review interval without a review (counted from planDate while never reviewed).
    bool isDueForReview(QDate today, QDate planDate) const
    {
        if (isClosed())
            return false;
        if (targetDate.isValid() && today.daysTo(targetDate) <= kGoalReviewLeadDays)
            return true;
        const QDate since = reviews.isEmpty() ? planDate : reviews.last().date;
        return since.isValid() && since.daysTo(today) >= kGoalReviewIntervalDays;
    }

    friend bool operator==(const TreatmentGoal &, const TreatmentGoal &) = default;
};

struct TreatmentPlan : Record
{
    qint64 coupleId = 0;
    int version = 1; // assigned by the store when 0
    QDate date;
    QString notes;
    QList<TreatmentGoal> goals; // current ones, in order
    QDateTime signedAt;         // null while a draft
    QString signedBy;
    QString contentHash; // set by the store when signed

    bool isSigned() const { return signedAt.isValid(); }
    friend bool operator==(const TreatmentPlan &, const TreatmentPlan &) = default;
};

} // namespace attune
