// Internal to the demo generator: the plan of one couple's course of therapy (who they are, how far they
// get, their cycle maps, exercises and key notes) and the seeded random source everything draws from.
#pragma once

#include <optional>

#include "domain/Couple.h"
#include "domain/CycleMap.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>
#include <QTime>

#include <array>

namespace attune::demo {

// One seeded generator for everything, UUIDs included, so one seed always gives the same practice.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_rng(seed)
    {}
    int between(int lowest, int highest); // both inclusive
    double unit();                        // [0, 1)
    bool chance(double probability);
    // An index into a list of size, different from avoid whenever size allows it.
    int index(int size, int avoid = -1);
    QString uuid(); // lowercase 8-4-4-4-12, version 4

private:
    QRandomGenerator m_rng;
};

// Progress through EFT's steps as a continuous value: 4.5 is halfway through step 4.
struct CycleVersionPlan
{
    CycleKind kind = CycleKind::Negative;
    double atProgress = 2.0; // drawn on the day of the first session that reaches this progress
    QString notes;
    std::array<PartnerChain, 2> chains;
};

struct ExercisePlan
{
    int partner = 0;
    double atProgress = 3.0; // done in the first session that reaches this progress
    QString incident;
    std::array<QString, 5> steps;
};

struct KeyNote
{
    double atProgress = 1.0; // replaces the pooled note of the first session that reaches this progress
    QString focus;
    QString observations;
    QString plan;
    QString text;
};

// One goal of a couple's treatment plan (DemoTreatmentPlan.cpp writes it).
struct GoalPlan
{
    QString coupleWords;
    QString therapistWords;
    QString objectives;
    QString interventions;
    int step = 1;                   // the goal's EFT step
    std::array<int, 2> steps{1, 4}; // sessions in these steps (inclusive) work on it
    int targetWeeks = 12;           // target date, in weeks after the plan
    double metAtProgress = 0;       // reviewed as met at the session reaching this; 0: not yet
};

struct CouplePlan
{
    Couple couple; // names, pattern, status, concerns, tags, safety outcome; dates come from the schedule
    // A re-screen on the latest session's date that replaced the intake screen (which is kept in the
    // history); without one, a couple whose intake screen is past the re-screening period gets an
    // unchanged re-screen then, as a careful therapist would have done.
    std::optional<SafetyScreen> latestScreen;
    int sessionCount = 12;
    int finalStep = 4;
    double finalFraction = 0.5;       // how far into finalStep the latest session is
    int cadenceDays = 7;              // 7 weekly, 14 fortnightly
    bool individualAssessment = true; // one individual session with each partner early on
    double videoShare = 0.0;
    double oneCallInWeekShare = 0.0; // chance a later session is with one partner only
    int reengager = 0;               // partner index whose re-engagement is tracked; the other softens
    double forcedSetbackAt = 0;      // a hard week at this progress; 0 = only chance setbacks
    QString hardWeek;                // what made the week hard, for setback notes
    QTime startTime{10, 0};
    bool rdas = false;
    std::array<int, 2> csiStart{40, 40};
    // Anchor quotes per change event (WithdrawerReengagement, BlamerSoftening) and level (emerging,
    // partial, complete).
    std::array<std::array<QString, 3>, 2> anchors;
    QList<CycleVersionPlan> cycles;
    QList<ExercisePlan> exercises;
    QList<KeyNote> keyNotes;
    QList<GoalPlan> goals;       // a treatment plan when not empty
    double planAtProgress = 1.5; // agreed and signed at the session reaching this
};

// Partner helper for the curated files.
Partner makePartner(const QString &name, const QString &pronouns, const QString &language,
                    CyclePosition position, int closeness, int alone);
PartnerChain makeChain(const QString &trigger, const QString &primary, const QString &secondary,
                       const QString &perception, const QString &behavior, const QString &need);

CouplePlan johnAndMary();
QList<CouplePlan> curatedCouples(); // the six, John and Mary first
// The last pick from each procedural pool, so consecutive couples never repeat a text.
struct ProceduralMemory
{
    int surname = -1;
    int concern = -1;
    int tags = -1;
    int hardWeek = -1;
    int incident = -1;
};
CouplePlan proceduralCouple(DemoRandom &rng, ProceduralMemory &memory);

} // namespace attune::demo
