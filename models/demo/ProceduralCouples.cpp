// Procedurally generated demo couples for large practices: names, concerns, cycles and exercises drawn
// from pools, with the course of therapy (length, pace, how far they get) drawn at random.
#include "DemoPlan.h"

namespace attune::demo {

namespace {

struct Person
{
    const char16_t *name;
    const char16_t *pronouns;
    const char16_t *language;
};

constexpr Person kPeople[] = {
    {u"Aaliyah", u"she/her", u"en"}, {u"Marcus", u"he/him", u"en"},    {u"Sofía", u"she/her", u"es"},
    {u"Mateo", u"he/him", u"es"},    {u"Linh", u"she/her", u"vi"},     {u"Minh", u"he/him", u"vi"},
    {u"Emily", u"she/her", u"en"},   {u"David", u"he/him", u"en"},     {u"Camila", u"she/her", u"es"},
    {u"Andrés", u"he/him", u"es"},   {u"Jordan", u"they/them", u"en"}, {u"Fatima", u"she/her", u"en"},
    {u"Omar", u"he/him", u"en"},     {u"Grace", u"she/her", u"en"},    {u"Wei", u"he/him", u"en"},
    {u"Rachel", u"she/her", u"en"},  {u"Tyrone", u"he/him", u"en"},    {u"Ana", u"she/her", u"es"},
    {u"Luis", u"he/him", u"es"},     {u"Sam", u"they/them", u"en"},    {u"Nadia", u"she/her", u"en"},
    {u"Chris", u"he/him", u"en"},    {u"Mei", u"she/her", u"en"},      {u"Ibrahim", u"he/him", u"en"},
    {u"Jasmine", u"she/her", u"en"}, {u"Kevin", u"he/him", u"en"},     {u"Guadalupe", u"she/her", u"es"},
    {u"Ramón", u"he/him", u"es"},    {u"Alex", u"they/them", u"en"},   {u"Olivia", u"she/her", u"en"},
};

constexpr const char16_t *kSurnames[] = {
    u"Johnson",   u"García",   u"Nguyen", u"Williams", u"Martínez", u"Patel",   u"Brown",
    u"Rodríguez", u"Kim",      u"Davis",  u"López",    u"Tran",     u"Wilson",  u"González",
    u"Chen",      u"Anderson", u"Pérez",  u"Thomas",   u"Jackson",  u"Ramírez", u"Ali",
    u"Harris",    u"Flores",   u"Clark",  u"Robinson", u"Cruz",     u"Lewis",
};

constexpr const char16_t *kConcerns[] = {
    u"Constant arguments about household tasks; both feel alone in the marriage.",
    u"Distance since the birth of their second child; little time or touch for each other.",
    u"Recovery after an affair disclosed three months ago.",
    u"Frequent fights about money that end in days of silence.",
    u"Feel like roommates; both worry the relationship has quietly ended.",
    u"Blended-family tension: conflict over parenting each other's children.",
    u"Grief after a miscarriage; each copes alone and feels misunderstood.",
    u"One partner's long work hours; the other feels like an afterthought.",
    u"Conflict about in-laws and holidays; both feel the other takes sides.",
    u"Lingering hurt after a move across the country for one partner's job.",
};

constexpr const char16_t *kTags[][2] = {
    {u"parenting", u"young children"},
    {u"affair recovery", u"trust"},
    {u"money", u"conflict"},
    {u"emotional distance", u"long marriage"},
    {u"blended family", u"parenting"},
    {u"grief", u"loss"},
    {u"work stress", u"time together"},
    {u"in-laws", u"holidays"},
    {u"relocation", u"loneliness"},
};

constexpr const char16_t *kHardWeeks[] = {
    u"a death in the family",
    u"a layoff at work",
    u"a sick child and no sleep",
    u"a holiday visit from the in-laws",
    u"a fight about money that went on for days",
    u"a work trip that came at the wrong time",
};

// Chain texts by position and CycleStep; {O} is the other partner's first name.
constexpr const char16_t *kPursuerChain[6][4] = {
    {u"{O} goes quiet or turns away", u"{O} is on the phone when I want to talk",
     u"{O} comes home late without calling", u"{O} changes the subject when I bring something up"},
    {u"lonely, afraid I don't matter", u"scared of losing {O}", u"hurt, invisible", u"alone, unimportant"},
    {u"anger, frustration", u"irritation, urgency", u"resentment", u"anxiety, agitation"},
    {u"{O} doesn't care", u"I'm on my own in this", u"I have to fight to be heard",
     u"I'm last on {O}'s list"},
    {u"criticizes, pushes for answers", u"raises voice, follows {O} around", u"complains, keeps score",
     u"demands, then gives the silent treatment"},
    {u"to know I matter", u"to feel {O} is there for me", u"reassurance and closeness", u"to be a priority"},
};
constexpr const char16_t *kWithdrawerChain[6][4] = {
    {u"{O}'s criticism or raised voice", u"{O}'s questions when I get home", u"{O}'s disappointed look",
     u"{O} bringing up the problem again"},
    {u"fear of failing, of not being good enough", u"shame, afraid I'll make it worse",
     u"hurt, feeling inadequate", u"overwhelmed, afraid of the conflict"},
    {u"numb, shut down", u"defensive, irritated", u"flat, tired", u"detached"},
    {u"Nothing I do is right", u"If I say something it'll blow up", u"{O} is never satisfied",
     u"It's safer to stay out of the way"},
    {u"goes quiet, leaves the room", u"defends, explains, then withdraws", u"works late, stays on the phone",
     u"agrees to end it, then stonewalls"},
    {u"to be accepted as I am", u"to feel wanted, not judged", u"to know I'm good enough for {O}",
     u"to feel safe to speak"},
};
constexpr const char16_t *kPositiveChain[6][2] = {
    {u"{O} reaches for me or asks how I am", u"{O} tells me what's going on inside"},
    {u"warmth, relief", u"feeling wanted and safe"},
    {u"calm", u"steady"},
    {u"We're on the same side", u"{O} is there for me"},
    {u"turns toward {O}, says what I need", u"listens, stays close, reaches back"},
    {u"connection — asked for and met", u"closeness, safety"},
};

struct IncidentText
{
    const char16_t *incident;
    const char16_t *steps[5];
};

constexpr IncidentText kIncidents[] = {
    {u"The forgotten call",
     {u"{O} didn't call when the flight was delayed.", u"Worried, then angry.",
      u"I sent three sharp texts and ignored the apology.", u"Scared that I'm not on {O}'s mind at all.",
      u"To know I matter when we're apart."}},
    {u"The dishes again",
     {u"{O} pointed out the dishes I'd left.", u"Stung, criticized.",
      u"I said \"fine\" and went to the garage.", u"Afraid I'm never good enough.",
      u"To be appreciated for what I do."}},
    {u"The birthday dinner",
     {u"{O} spent most of my birthday dinner on a work call.", u"Hurt, dismissed.",
      u"I went cold and didn't speak on the drive home.", u"Lonely and unimportant.",
      u"To feel I come first sometimes."}},
    {u"Talking about money",
     {u"{O} questioned a purchase in front of friends.", u"Embarrassed, angry.",
      u"I snapped back, then shut down for the evening.", u"Ashamed and afraid of being judged.",
      u"Respect and being on the same team."}},
};

QString text(const char16_t *t, const QString &other)
{
    return QString::fromUtf16(t).replace(QStringLiteral("{O}"), other);
}

QString firstName(const QString &full)
{
    return full.section(QLatin1Char(' '), 0, 0);
}

PartnerChain randomChain(DemoRandom &rng, CyclePosition position, const QString &other)
{
    const auto &pool = position == CyclePosition::Pursuer ? kPursuerChain : kWithdrawerChain;
    PartnerChain chain;
    for (int step = 0; step < 6; ++step)
        chain.steps[step] = text(pool[step][rng.index(4)], other);
    return chain;
}

} // namespace

CouplePlan proceduralCouple(DemoRandom &rng, ProceduralMemory &memory)
{
    CouplePlan p;
    Couple &c = p.couple;
    const int roll = rng.between(0, 99);
    c.pattern = roll < 70   ? CyclePattern::PursueWithdraw
                : roll < 85 ? CyclePattern::PursuePursue
                            : CyclePattern::WithdrawWithdraw;
    const int statusRoll = rng.between(0, 99);
    c.status = statusRoll < 70   ? CoupleStatus::Active
               : statusRoll < 85 ? CoupleStatus::Paused
                                 : CoupleStatus::Closed;

    constexpr int peopleCount = int(std::size(kPeople));
    const int first = rng.index(peopleCount);
    const int second = rng.index(peopleCount, first);
    memory.surname = rng.index(int(std::size(kSurnames)), memory.surname);
    const QString surname = QString::fromUtf16(kSurnames[memory.surname]);
    const bool sharedSurname = rng.chance(0.6);
    const QString secondSurname =
        sharedSurname ? surname
                      : QString::fromUtf16(kSurnames[rng.index(int(std::size(kSurnames)), memory.surname)]);
    const QString nameA = QString::fromUtf16(kPeople[first].name);
    const QString nameB = QString::fromUtf16(kPeople[second].name);
    c.name = sharedSurname ? nameA + QStringLiteral(" & ") + nameB + u' ' + surname
                           : nameA + u' ' + surname + QStringLiteral(" & ") + nameB + u' ' + secondSurname;

    const CyclePosition posA =
        c.pattern == CyclePattern::WithdrawWithdraw ? CyclePosition::Withdrawer : CyclePosition::Pursuer;
    const CyclePosition posB =
        c.pattern == CyclePattern::PursuePursue ? CyclePosition::Pursuer : CyclePosition::Withdrawer;
    c.partners[0] =
        makePartner(nameA + u' ' + surname, QString::fromUtf16(kPeople[first].pronouns),
                    QString::fromUtf16(kPeople[first].language), posA, rng.between(3, 10), rng.between(2, 9));
    c.partners[1] = makePartner(nameB + u' ' + secondSurname, QString::fromUtf16(kPeople[second].pronouns),
                                QString::fromUtf16(kPeople[second].language), posB, rng.between(3, 10),
                                rng.between(2, 9));
    memory.concern = rng.index(int(std::size(kConcerns)), memory.concern);
    c.presentingConcerns = QString::fromUtf16(kConcerns[memory.concern]);
    memory.tags = rng.index(int(std::size(kTags)), memory.tags);
    c.tags = {QString::fromUtf16(kTags[memory.tags][0]), QString::fromUtf16(kTags[memory.tags][1])};
    const int safetyRoll = rng.between(0, 99);
    c.safety.outcome = safetyRoll < 8 ? SafetyOutcome::Monitor : SafetyOutcome::NoConcerns;
    if (c.safety.outcome == SafetyOutcome::Monitor)
        c.safety.notes = QStringLiteral("Heated arguments, no violence or fear reported; re-screen monthly.");

    p.sessionCount = rng.between(8, 40);
    const int stepRoll = rng.between(0, 99);
    p.finalStep = stepRoll < 35 ? rng.between(2, 4) : stepRoll < 75 ? rng.between(5, 7) : rng.between(8, 9);
    p.finalFraction = 0.2 + 0.7 * rng.unit();
    p.cadenceDays = rng.chance(0.2) ? 14 : 7;
    p.individualAssessment = rng.chance(0.6);
    p.videoShare = rng.chance(0.5) ? 0.1 * rng.between(1, 5) : 0.0;
    p.oneCallInWeekShare = 0.03;
    p.reengager = 1; // partner B: the withdrawer in pursue–withdraw
    memory.hardWeek = rng.index(int(std::size(kHardWeeks)), memory.hardWeek);
    p.hardWeek = QString::fromUtf16(kHardWeeks[memory.hardWeek]);
    p.startTime = QTime(rng.between(8, 19), rng.chance(0.5) ? 0 : 30);
    p.rdas = rng.chance(0.3);
    p.csiStart = {rng.between(33, 48), rng.between(33, 48)};

    const QString a = firstName(c.partners[0].name);
    const QString b = firstName(c.partners[1].name);
    CycleVersionPlan negative;
    negative.atProgress = 2.0;
    negative.chains = {randomChain(rng, posA, b), randomChain(rng, posB, a)};
    p.cycles.append(negative);
    if (rng.chance(0.4)) {
        CycleVersionPlan revised = negative;
        revised.atProgress = 3.8;
        revised.notes = QStringLiteral("Revised as the emotions underneath became clearer.");
        revised.chains = {randomChain(rng, posA, b), randomChain(rng, posB, a)};
        p.cycles.append(revised);
    }
    if (p.finalStep >= 8) {
        CycleVersionPlan positive;
        positive.kind = CycleKind::Positive;
        positive.atProgress = 8.0;
        positive.notes = QStringLiteral("The new cycle: reaching and responding.");
        for (int partner = 0; partner < 2; ++partner)
            for (int step = 0; step < 6; ++step)
                positive.chains[partner].steps[step] =
                    text(kPositiveChain[step][partner], partner == 0 ? b : a);
        p.cycles.append(positive);
    }
    if (rng.chance(0.35)) {
        memory.incident = rng.index(int(std::size(kIncidents)), memory.incident);
        const IncidentText &incident = kIncidents[memory.incident];
        ExercisePlan e;
        e.partner = rng.between(0, 1);
        e.atProgress = 2.5 + rng.unit();
        e.incident = QString::fromUtf16(incident.incident);
        for (int step = 0; step < 5; ++step)
            e.steps[step] = text(incident.steps[step], e.partner == 0 ? b : a);
        p.exercises.append(e);
    }
    return p;
}

} // namespace attune::demo
