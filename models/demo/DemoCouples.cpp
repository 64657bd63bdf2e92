// The curated demo couples besides John and Mary: different patterns (pursue–withdraw, pursue–pursue,
// withdraw–withdraw), stages and statuses, so every view of Attune has something recognisable to show.
#include "DemoPlan.h"

namespace attune::demo {

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

CycleVersionPlan cycle(CycleKind kind, double at, const QString &notes, PartnerChain a, PartnerChain b)
{
    CycleVersionPlan v;
    v.kind = kind;
    v.atProgress = at;
    v.notes = notes;
    v.chains = {std::move(a), std::move(b)};
    return v;
}

ExercisePlan exercise(int partner, double at, const QString &incident, std::array<QString, 5> steps)
{
    ExercisePlan e;
    e.partner = partner;
    e.atProgress = at;
    e.incident = incident;
    e.steps = std::move(steps);
    return e;
}

CouplePlan joseAndLucia()
{
    CouplePlan p;
    Couple &c = p.couple;
    c.name = s(u"José & Lucía Hernández");
    c.pattern = CyclePattern::PursueWithdraw;
    c.status = CoupleStatus::Active;
    c.presentingConcerns =
        s(u"Together 11 years, two children. José's rotating shifts and conflict over time "
          u"with his family in Monterrey; when José presses, Lucía goes quiet for days.");
    c.tags = {s(u"bilingual"), s(u"extended family"), s(u"shift work")};
    c.safety.outcome = SafetyOutcome::NoConcerns;
    c.safety.notes = s(u"Screened separately (in Spanish); no concerns.");
    c.partners[0] = makePartner(s(u"José Hernández"), s(u"he/him"), s(u"es"), CyclePosition::Pursuer, 8, 3);
    c.partners[1] =
        makePartner(s(u"Lucía Hernández"), s(u"she/her"), s(u"es"), CyclePosition::Withdrawer, 5, 7);
    p.sessionCount = 18;
    p.finalStep = 6;
    p.finalFraction = 0.5;
    p.videoShare = 0.4;
    p.oneCallInWeekShare = 0.05;
    p.reengager = 1;
    p.hardWeek = s(u"José's mother arrived for a month-long visit");
    p.startTime = QTime(19, 0);
    p.csiStart = {44, 40};
    p.anchors[0] = {s(u"«No sé qué decir cuando te enojas.» (I don't know what to say when you get angry.)"),
                    s(u"«Me callo porque tengo miedo de decepcionarte.» (I go quiet because I'm afraid of "
                      u"letting you down.)"),
                    s(u"«Te necesito de mi lado con tu familia.» (I need you on my side with your family.)")};
    p.anchors[1] = {s(u"When she disappears I feel like I'm talking to a wall, and it scares me."), {}, {}};
    p.cycles = {cycle(
        CycleKind::Negative, 2.0, s(u"Drawn in Spanish and English; both kept a copy."),
        makeChain(s(u"Lucía goes quiet after a call with my mother"), s(u"afraid of losing her"),
                  s(u"frustration, urgency"), s(u"She's pulling away from our family"),
                  s(u"presses for answers, raises his voice"), s(u"to know she's still with me")),
        makeChain(s(u"José's raised voice and questions"), s(u"overwhelmed, afraid of disappointing him"),
                  s(u"numb, tired"), s(u"Whatever I say will make it worse"),
                  s(u"goes quiet, busies herself with the children"),
                  s(u"to feel safe and accepted, to be asked gently")))};
    p.exercises = {exercise(1, 3.2, s(u"Sunday call with José's mother"),
                            {
                                s(u"After the call José asked why I was so cold with his mother."),
                                s(u"Tight, scared."),
                                s(u"I said \"nothing\" and went to bathe the children."),
                                s(u"Ashamed that I'm never enough for his family, and alone with it."),
                                s(u"For José to stand next to me, not between me and his mother."),
                            })};
    p.keyNotes = {{0.0,
                   s(u"Intake (in Spanish): how the shifts and family visits pull them apart"),
                   s(u"José leaned in and spoke for both; Lucía answered in few words."),
                   s(u"Individual sessions; offer video on José's night-shift weeks."),
                   {}}};
    return p;
}

CouplePlan danielAndPriya()
{
    CouplePlan p;
    Couple &c = p.couple;
    c.name = s(u"Daniel Okafor & Priya Raman");
    c.pattern = CyclePattern::PursuePursue;
    c.status = CoupleStatus::Active;
    c.presentingConcerns = s(u"Both feel unheard. Fights escalate within minutes, mostly about money and the "
                             u"care of their 18-month-old daughter.");
    c.tags = {s(u"high conflict"), s(u"safety plan"), s(u"new parents")};
    c.safety.outcome = SafetyOutcome::Monitor;
    c.safety.notes =
        s(u"Arguments escalate to shouting and slammed doors. No physical violence, threats or fear "
          u"reported by either partner. Time-out plan agreed; re-screen monthly.");
    c.partners[0] = makePartner(s(u"Daniel Okafor"), s(u"he/him"), s(u"en"), CyclePosition::Pursuer, 7, 4);
    c.partners[1] = makePartner(s(u"Priya Raman"), s(u"she/her"), s(u"en"), CyclePosition::Pursuer, 8, 4);
    p.sessionCount = 12;
    p.finalStep = 4;
    p.finalFraction = 0.75;
    p.reengager = 1;
    p.forcedSetbackAt = 4.3;
    p.hardWeek = s(u"a fight over Priya's parents' visit escalated to shouting in front of their daughter");
    p.startTime = QTime(18, 0);
    p.csiStart = {37, 35};
    p.anchors[0] = {s(u"I fight so hard because I'm terrified you'll give up on us."), {}, {}};
    p.cycles = {cycle(CycleKind::Negative, 2.0, s(u"Attack–attack: both pursue, both protest."),
                      makeChain(s(u"Priya's criticism of how I handle bedtime"),
                                s(u"inadequate — afraid I'm failing as a father and partner"),
                                s(u"anger, defensiveness"), s(u"She thinks I'm useless"),
                                s(u"argues back, raises his voice, lists her mistakes"),
                                s(u"to be seen as a good partner and appreciated")),
                      makeChain(s(u"Daniel raises his voice and counters every point"),
                                s(u"alone, overwhelmed — afraid no one has my back"),
                                s(u"anger, indignation"), s(u"He never listens; I have to fight to be heard"),
                                s(u"escalates, criticizes, follows him from room to room"),
                                s(u"to know he's on my side")))};
    p.keyNotes = {{0.0,
                   s(u"Intake; safety screen and time-out plan"),
                   s(u"Escalated twice in session; each talked over the other."),
                   s(u"Individual sessions to re-screen; agree a time-out signal."),
                   {}}};
    return p;
}

CouplePlan keishaAndTamara()
{
    CouplePlan p;
    Couple &c = p.couple;
    c.name = s(u"Keisha & Tamara Washington");
    c.pattern = CyclePattern::WithdrawWithdraw;
    c.status = CoupleStatus::Paused;
    c.presentingConcerns =
        s(u"Together 9 years. Describe themselves as roommates: little conflict, little touch, "
          u"evenings on separate screens. Both avoid hard conversations.");
    c.tags = {s(u"low conflict"), s(u"parallel lives"), s(u"paused: work travel")};
    c.safety.outcome = SafetyOutcome::NoConcerns;
    c.partners[0] =
        makePartner(s(u"Keisha Washington"), s(u"she/her"), s(u"en"), CyclePosition::Withdrawer, 6, 6);
    c.partners[1] =
        makePartner(s(u"Tamara Washington"), s(u"she/her"), s(u"en"), CyclePosition::Withdrawer, 5, 8);
    p.sessionCount = 10;
    p.finalStep = 4;
    p.finalFraction = 0.35;
    p.cadenceDays = 14;
    p.individualAssessment = false;
    p.videoShare = 0.3;
    p.reengager = 0;
    p.hardWeek = s(u"Tamara learned of a three-month assignment in Denver");
    p.startTime = QTime(12, 0);
    p.csiStart = {46, 47};
    p.anchors[0] = {s(u"I miss you and I don't know how to say it."), {}, {}};
    p.cycles = {cycle(
        CycleKind::Negative, 2.0, s(u"Withdraw–withdraw: the distance grows quietly."),
        makeChain(s(u"Tamara seems tired or preoccupied"), s(u"sad, afraid of being a burden"),
                  s(u"flat — \"it's fine\""), s(u"She doesn't have room for me"),
                  s(u"keeps busy, stays on her phone, doesn't ask"), s(u"to be invited in, to feel welcome")),
        makeChain(s(u"Keisha goes quiet behind her phone"), s(u"lonely, afraid we've drifted too far"),
                  s(u"resigned, detached"), s(u"She's fine without me; no point bringing it up"),
                  s(u"works late, goes to bed early, avoids the topic"), s(u"to feel chosen and close")))};
    p.keyNotes = {{3.8,
                   s(u"Planning the pause while Tamara works in Denver"),
                   s(u"Both named the distance as their shared enemy; a first, tentative reach from Keisha."),
                   s(u"Pause by mutual agreement; resume when Tamara returns. Keep Sunday video calls."),
                   {}}};
    return p;
}

CouplePlan ethanAndNoah()
{
    CouplePlan p;
    Couple &c = p.couple;
    c.name = s(u"Ethan Brooks & Noah Lee");
    c.pattern = CyclePattern::PursueWithdraw;
    c.status = CoupleStatus::Closed;
    c.presentingConcerns =
        s(u"Together 7 years, engaged. Ethan discovered Noah's emotional affair with a coworker "
          u"last spring; Ethan oscillates between interrogating and shutting down, Noah between "
          u"defending and going numb.");
    c.tags = {s(u"affair recovery"), s(u"attachment injury"), s(u"LGBTQ+")};
    c.safety.outcome = SafetyOutcome::NoConcerns;
    c.partners[0] = makePartner(s(u"Ethan Brooks"), s(u"he/him"), s(u"en"), CyclePosition::Pursuer, 9, 4);
    c.partners[1] = makePartner(s(u"Noah Lee"), s(u"he/him"), s(u"en"), CyclePosition::Withdrawer, 6, 7);
    p.sessionCount = 40;
    p.finalStep = 9;
    p.finalFraction = 0.9;
    p.videoShare = 0.15;
    p.oneCallInWeekShare = 0.03;
    p.reengager = 1;
    p.forcedSetbackAt = 7.3;
    p.hardWeek = s(u"the anniversary of the discovery");
    p.startTime = QTime(16, 0);
    p.rdas = true;
    p.csiStart = {35, 39};
    p.anchors[0] = {s(u"I go numb because I can't stand seeing what I did to you."),
                    s(u"I'm scared that if I let myself feel it, I'll lose you anyway."),
                    s(u"I'm here, Ethan. I want you to be able to lean on me again.")};
    p.anchors[1] = {s(u"When I check your phone I'm really asking whether I still matter."),
                    s(u"I'm so scared of being fooled again that I can't let you close."),
                    s(u"I need you to hold me when it comes back — can you do that?")};
    p.cycles = {
        cycle(CycleKind::Negative, 2.0, s(u"Mapped around the late text messages after the affair came out."),
              makeChain(s(u"Noah is vague about where he's been"), s(u"terror of being betrayed again"),
                        s(u"rage, suspicion"), s(u"He's hiding something; I can't trust him"),
                        s(u"interrogates, checks his phone, brings up the affair"),
                        s(u"reassurance that I come first")),
              makeChain(s(u"Ethan's questions and accusations"), s(u"shame, fear it can never be repaired"),
                        s(u"numb, defensive"), s(u"I'll never be forgiven, so why try"),
                        s(u"defends, minimizes, shuts down"), s(u"to be given a chance to make it right"))),
        cycle(CycleKind::Negative, 3.8, s(u"Revised: the injury named as an attachment injury."),
              makeChain(s(u"Noah's silence when the affair comes up"),
                        s(u"abandoned, unsafe, alone with the pain"), s(u"anger, hypervigilance"),
                        s(u"He doesn't care how much this hurt"), s(u"pursues, tests, punishes"),
                        s(u"for Noah to stay with my pain and comfort me")),
              makeChain(s(u"Ethan's pain and anger"), s(u"deep shame, fear of losing him"), s(u"shut down"),
                        s(u"I'm the bad one; nothing I say helps"), s(u"withdraws, goes numb"),
                        s(u"to be able to repair and be seen as more than my mistake"))),
        cycle(CycleKind::Positive, 8.0, s(u"The new dance after the attachment-injury repair."),
              makeChain(s(u"Noah notices when I'm triggered and asks"), s(u"relief, feeling held"),
                        s(u"calmer"), s(u"He cares about my hurt"),
                        s(u"says \"it's coming back\" and reaches"),
                        s(u"comfort and reassurance, asked for and given")),
              makeChain(s(u"Ethan tells me he's hurting instead of accusing"), s(u"tender, needed"),
                        s(u"steady"), s(u"I can help; he lets me in"), s(u"stays, holds him, answers openly"),
                        s(u"to be trusted to comfort")))};
    p.exercises = {
        exercise(0, 3.0, s(u"The late text message"),
                 {s(u"Noah's phone lit up at 11 p.m. and he turned it face down."), s(u"Panic, then fury."),
                  s(u"I demanded to see it and brought up the affair."),
                  s(u"Terrified I'm being fooled again and that I don't matter."),
                  s(u"To know I come first and that he'll stay with me when I'm scared.")}),
        exercise(1, 3.0, s(u"The late text message"),
                 {s(u"Ethan demanded to see my phone."), s(u"Cornered, ashamed."),
                  s(u"I snapped that he'd never trust me and went to sleep on the couch."),
                  s(u"Ashamed and hopeless that I can ever make this right; afraid of losing him."),
                  s(u"A chance to repair — to be seen as more than my worst mistake.")})};
    p.keyNotes = {{8.6,
                   s(u"Planning the ending; reviewing the story of their recovery"),
                   s(u"Both told the story of the affair and the repair as a shared narrative."),
                   s(u"Closing session set; booster session offered in three months."),
                   {}}};
    return p;
}

CouplePlan hannahAndRiley()
{
    CouplePlan p;
    Couple &c = p.couple;
    c.name = s(u"Hannah Sato & Riley Morgan");
    c.pattern = CyclePattern::WithdrawWithdraw;
    c.status = CoupleStatus::Active;
    c.presentingConcerns =
        s(u"Together 5 years, living together 2. Both avoid conflict; hurts pile up in silence "
          u"until one of them talks about leaving.");
    c.tags = {s(u"conflict avoidance"), s(u"family illness")};
    c.safety.outcome = SafetyOutcome::NoConcerns;
    // The re-screen that stopped joint work: the demo's couple with "abuse ongoing".
    p.latestScreen =
        SafetyScreen{SafetyOutcome::Contraindicated,
                     {},
                     s(u"Re-screened separately after Hannah spoke of leaving: she reports that Riley "
                       u"has blocked the door and taken her phone during arguments, and she is afraid "
                       u"at home. Joint sessions stopped; individual sessions and a safety plan.")};
    c.partners[0] = makePartner(s(u"Hannah Sato"), s(u"she/her"), s(u"en"), CyclePosition::Withdrawer, 7, 6);
    c.partners[1] =
        makePartner(s(u"Riley Morgan"), s(u"they/them"), s(u"en"), CyclePosition::Withdrawer, 6, 8);
    p.sessionCount = 22;
    p.finalStep = 7;
    p.finalFraction = 0.45;
    p.videoShare = 0.25;
    p.oneCallInWeekShare = 0.04;
    p.reengager = 0;
    p.forcedSetbackAt = 6.8;
    p.hardWeek = s(u"Hannah's father was diagnosed with cancer");
    p.startTime = QTime(9, 0);
    p.csiStart = {45, 42};
    p.anchors[0] = {s(u"I disappear because I don't want to be too much for you."),
                    s(u"I shut down because I'm scared of getting it wrong."),
                    s(u"I want you to come find me when I go quiet.")};
    p.anchors[1] = {s(u"I act like I don't need anything, but I do."),
                    s(u"It's scary to say I need you — I'm afraid you'll pull away."),
                    {}};
    p.cycles = {
        cycle(CycleKind::Negative, 2.0, s(u"Both step back; the silence itself becomes the threat."),
              makeChain(s(u"Riley goes quiet and heads out for a run"), s(u"hurt, afraid I'm too much"),
                        s(u"cheerful, polite"), s(u"They need space from me"),
                        s(u"keeps things light, avoids asking"), s(u"to be wanted, even when I need")),
              makeChain(s(u"Hannah's polite distance"), s(u"lonely, unsure I'm wanted"), s(u"detached"),
                        s(u"She's fine; I shouldn't need anything"), s(u"withdraws into work and running"),
                        s(u"to be reached for"))),
        cycle(CycleKind::Negative, 4.0, s(u"Revised: the fear of being too much is shared."),
              makeChain(s(u"Riley's silence after a hard day"), s(u"fear of being a burden"),
                        s(u"numb, over-functioning"), s(u"My needs push people away"),
                        s(u"takes care of everything alone"), s(u"to lean on Riley without apology")),
              makeChain(s(u"Hannah doing everything alone"), s(u"shut out, not needed"),
                        s(u"quiet resentment"), s(u"I'm not part of her life"), s(u"pulls back further"),
                        s(u"to be let in and needed")))};
    p.exercises = {
        exercise(1, 3.3, s(u"The weekend Hannah forgot"),
                 {s(u"Hannah booked a work trip over the weekend we'd planned."), s(u"Hurt, deflated."),
                  s(u"I said \"no worries\" and spent the weekend at my sister's."),
                  s(u"Sad and unimportant — afraid I'm an afterthought."),
                  s(u"To know I'm a priority and that it's okay to say I'm hurt.")})};
    return p;
}

} // namespace

Partner makePartner(const QString &name, const QString &pronouns, const QString &language,
                    CyclePosition position, int closeness, int alone)
{
    Partner p;
    p.name = name;
    p.pronouns = pronouns;
    p.language = language;
    p.position = position;
    p.closenessNeed = closeness;
    p.aloneNeed = alone;
    return p;
}

PartnerChain makeChain(const QString &trigger, const QString &primary, const QString &secondary,
                       const QString &perception, const QString &behavior, const QString &need)
{
    PartnerChain chain;
    chain.steps = {trigger, primary, secondary, perception, behavior, need};
    return chain;
}

QList<CouplePlan> curatedCouples()
{
    return {johnAndMary(),     joseAndLucia(), danielAndPriya(),
            keishaAndTamara(), ethanAndNoah(), hannahAndRiley()};
}

} // namespace attune::demo
