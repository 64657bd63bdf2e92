// John and Mary, the couple from the EFT teaching example: the evening John reached to rub Mary's
// shoulders and she turned away. John withdraws, Mary pursues; their course runs into stage 3.
#include "DemoPlan.h"
#include "DemoTreatmentPlan.h"

namespace attune::demo {

namespace {

QList<CycleVersionPlan> johnAndMaryCycles()
{
    CycleVersionPlan first;
    first.kind = CycleKind::Negative;
    first.atProgress = 2.0;
    first.notes =
        QStringLiteral("Mapped from the shoulder-rub evening. John's silence is Mary's trigger; "
                       "Mary's criticism is John's. Both agree the cycle, not the other, is the enemy.");
    first.chains[0] =
        makeChain(QStringLiteral("Mary turns away when I reach out (the shoulder rub)"),
                  QStringLiteral("hurt, rejection — fear I'm not wanted"), QStringLiteral("numb, shut down"),
                  QStringLiteral("She doesn't want me; I can't get it right"),
                  QStringLiteral("goes silent, withdraws to the study"),
                  QStringLiteral("to know I'm wanted and that my reaching matters"));
    first.chains[1] =
        makeChain(QStringLiteral("John goes silent and shuts me out"),
                  QStringLiteral("lonely, afraid I don't matter to him"),
                  QStringLiteral("anger, frustration"), QStringLiteral("He doesn't care; I'm alone in this"),
                  QStringLiteral("criticizes, brushes off his peace gesture"),
                  QStringLiteral("to feel he's there, that I matter"));

    CycleVersionPlan revised;
    revised.kind = CycleKind::Negative;
    revised.atProgress = 3.7;
    revised.notes = QStringLiteral("Revised after the five-step exercises: John's shame and Mary's fear of "
                                   "being invisible are now named below the line.");
    revised.chains[0] =
        makeChain(QStringLiteral("Mary's sharp tone, or her turning away when I reach for her"),
                  QStringLiteral("hurt and shame — afraid I'm failing her and will lose her"),
                  QStringLiteral("numb, flat, \"fine\""),
                  QStringLiteral("Whatever I do is wrong; better to keep my head down"),
                  QStringLiteral("goes quiet, busies himself, retreats to the study for hours"),
                  QStringLiteral("to be wanted as I am, and to hear that my reaching matters"));
    revised.chains[1] =
        makeChain(QStringLiteral("John's silence, the closed study door"),
                  QStringLiteral("lonely and scared — the old fear of being invisible"),
                  QStringLiteral("anger, protest"),
                  QStringLiteral("I have to fight to get through to him; he's checked out"),
                  QStringLiteral("pushes, criticizes, then turns away from his repair attempts"),
                  QStringLiteral("to feel he's with me and that I matter to him"));

    CycleVersionPlan positive;
    positive.kind = CycleKind::Positive;
    positive.atProgress = 8.0;
    positive.notes = QStringLiteral("The new dance: John reaches and stays, Mary softens and lets him in.");
    positive.chains[0] =
        makeChain(QStringLiteral("Mary tells me she misses me, or reaches for my hand"),
                  QStringLiteral("warmth, relief — I'm wanted"), QStringLiteral("calm, steady"),
                  QStringLiteral("She wants me close; my reaching matters"),
                  QStringLiteral("turns toward her; says \"that stung\" instead of going quiet"),
                  QStringLiteral("closeness and being wanted — met more often now"));
    positive.chains[1] =
        makeChain(QStringLiteral("John stays and tells me what he feels"),
                  QStringLiteral("safe, relieved — I matter to him"), QStringLiteral("softer, tender"),
                  QStringLiteral("He's here with me; we can get through this together"),
                  QStringLiteral("asks for comfort gently, welcomes his touch"),
                  QStringLiteral("connection and reassurance — asked for, and received"));
    return {first, revised, positive};
}

QList<ExercisePlan> johnAndMaryExercises()
{
    ExercisePlan john;
    john.partner = 0;
    john.atProgress = 3.0;
    john.incident = QStringLiteral("The shoulder rub");
    john.steps = {
        QStringLiteral("After dinner I reached over to rub Mary's shoulders and she turned away from me."),
        QStringLiteral("Hurt, stung — I felt rejected."),
        QStringLiteral(
            "I went silent, left for the study and didn't say a word for the rest of the evening."),
        QStringLiteral("Underneath I felt small and unwanted — afraid nothing I do reaches her anymore."),
        QStringLiteral("To know she still wants me, and that my reaching out matters to her.")};

    ExercisePlan mary;
    mary.partner = 1;
    mary.atProgress = 3.0;
    mary.incident = QStringLiteral("The shoulder rub");
    mary.steps = {
        QStringLiteral("John went silent and shut himself in the study; the next morning he made me "
                       "coffee as if nothing had happened."),
        QStringLiteral("Angry and shut out."),
        QStringLiteral("I brushed off the coffee and told him he only shows up when it suits him."),
        QStringLiteral("Lonely and scared. I turned away because he'd been distant all week and I "
                       "was already hurt — I'm afraid I don't matter to him."),
        QStringLiteral("To feel he's there with me, that I matter enough for him to stay and talk.")};
    return {john, mary};
}

QList<KeyNote> johnAndMaryNotes()
{
    return {
        {0.0,
         QStringLiteral("Intake: history of the relationship and of the distance since the children left"),
         QStringLiteral(
             "Mary did most of the talking and grew sharper as John said less; John looked at the floor."),
         QStringLiteral("Individual sessions with each partner; safety screen separately."),
         QStringLiteral(
             "Married 24 years. Both say they still love each other and \"can't go on like this\".")},
        {2.0,
         QStringLiteral("Tracking the shoulder-rub evening step by step"),
         QStringLiteral("John reached, Mary turned away; John went silent and withdrew; Mary brushed off his "
                        "coffee the next morning. Classic pursue–withdraw."),
         QStringLiteral("Draw the cycle together; begin the five-step exercise on this incident."),
         {}},
        {3.0,
         QStringLiteral("Five-step exercise on the shoulder rub, each partner in turn"),
         QStringLiteral("Beneath John's silence: hurt and fear of not being wanted. Beneath Mary's anger: "
                        "loneliness and fear she doesn't matter."),
         QStringLiteral("Each to notice the moment the cycle starts at home and name it aloud."),
         {}},
        {4.0,
         QStringLiteral("De-escalation: naming the cycle as the common enemy"),
         QStringLiteral(
             "When Mary's tone sharpened, John said \"this is the spin again\" and both slowed down."),
         QStringLiteral("Move toward John's fears of failing her."),
         {}},
        {5.8, QStringLiteral("John's re-engagement"),
         QStringLiteral("John stayed present and told Mary directly: \"I shut down because I'm scared of "
                        "getting it wrong.\" Mary listened without countering."),
         QStringLiteral("Help Mary take in John's reaching; begin exploring her fear."),
         QStringLiteral("A turning point: John asked to be let in rather than hiding in the study.")},
        // After the hard week of Mary's mother's stay in hospital (the planned setback at 6.6).
        {6.9, QStringLiteral("Repairing the rupture of the hospital week"),
         QStringLiteral("Both named the rupture: John had disappeared into work, Mary had stopped reaching. "
                        "The old spin started and they caught it within minutes."),
         QStringLiteral("Keep repairs quick; stay with Mary's fear of being alone with hard things."),
         QStringLiteral("They repaired the rupture in session. John said \"I left you alone with it\"; "
                        "Mary told him she had felt abandoned, then let him comfort her.")},
        {7.2,
         QStringLiteral("Mary's softening"),
         QStringLiteral("Mary, tearful, asked John for comfort from the place of fear rather than anger. "
                        "John moved next to her and held her hand."),
         QStringLiteral("Consolidate; notice new moments of reaching and responding at home."),
         {}},
        {8.0,
         QStringLiteral("Consolidation: solving old problems from a new position"),
         QStringLiteral("They planned Mary's mother's care together without the old spin."),
         QStringLiteral("Review the new, positive cycle; space sessions out."),
         {}},
    };
}

} // namespace

CouplePlan johnAndMary()
{
    CouplePlan plan;
    Couple &c = plan.couple;
    c.name = QStringLiteral("John & Mary Miller");
    c.status = CoupleStatus::Active;
    c.pattern = CyclePattern::PursueWithdraw;
    c.presentingConcerns = QStringLiteral(
        "Married 24 years. Since their youngest left for college Mary feels shut out and John feels he can "
        "never get it right. Arguments end with John in the study and days of silence; physical affection "
        "has "
        "nearly stopped.");
    c.tags = {QStringLiteral("empty nest"), QStringLiteral("emotional distance"),
              QStringLiteral("long marriage")};
    c.safety.outcome = SafetyOutcome::NoConcerns;
    c.safety.notes = QStringLiteral("Screened separately at intake: no violence, coercion or fear reported.");
    c.partners[0] = makePartner(QStringLiteral("John Miller"), QStringLiteral("he/him"), QStringLiteral("en"),
                                CyclePosition::Withdrawer, 6, 7);
    c.partners[1] = makePartner(QStringLiteral("Mary Miller"), QStringLiteral("she/her"),
                                QStringLiteral("en"), CyclePosition::Pursuer, 9, 3);
    plan.sessionCount = 28;
    plan.finalStep = 8;
    plan.finalFraction = 0.4;
    plan.cadenceDays = 7;
    plan.videoShare = 0.1;
    plan.oneCallInWeekShare = 0.03;
    plan.reengager = 0;
    plan.forcedSetbackAt = 6.6;
    plan.hardWeek = QStringLiteral("Mary's mother was hospitalized and John retreated into work");
    plan.startTime = QTime(17, 30);
    plan.rdas = true;
    plan.csiStart = {41, 36};
    plan.anchors[0] = {QStringLiteral("Maybe I go quiet because I don't know what to say."),
                       QStringLiteral("I shut down because I'm scared of getting it wrong."),
                       QStringLiteral("I need you to let me in, Mary — I want to be close to you.")};
    plan.anchors[1] = {QStringLiteral("I get loud because I'm so alone on the other side of that door."),
                       QStringLiteral("Under the anger I'm scared I don't matter to you."),
                       QStringLiteral("Can you hold me? I need to know you're there.")};
    plan.cycles = johnAndMaryCycles();
    plan.exercises = johnAndMaryExercises();
    plan.keyNotes = johnAndMaryNotes();
    plan.goals = johnAndMaryGoals();
    return plan;
}

} // namespace attune::demo
