// Pooled texts for demo session notes: what a practising EFT therapist writes at each step, phrased so the
// same pools serve any couple once the partners' names are filled in.
#include "DemoTextPools.h"

namespace attune::demo {

namespace {

QStringList list(std::initializer_list<const char16_t *> texts)
{
    QStringList out;
    out.reserve(int(texts.size()));
    for (const char16_t *t : texts)
        out.append(QString::fromUtf16(t));
    return out;
}

} // namespace

QString fillNames(QString text, const QString &reengager, const QString &softener, const QString &hardWeek)
{
    text.replace(QStringLiteral("{R}"), reengager);
    text.replace(QStringLiteral("{S}"), softener);
    text.replace(QStringLiteral("{H}"), hardWeek);
    return text;
}

TextPools makeTextPools()
{
    TextPools p;
    p.focus[0] = list({u"Assessment: the history of the relationship and what brings them now",
                       u"Assessment: how they met, what drew them together, when the distance began",
                       u"Alliance building; each partner's view of the problem",
                       u"Assessment: attachment histories and what each fears most in this relationship"});
    p.focus[1] = list({u"Tracking a recent hard moment to find the cycle",
                       u"Naming the cycle: who moves toward, who steps back",
                       u"Slowing down the moment the argument took off",
                       u"Mapping the cycle on paper, both partners adding their steps",
                       u"Finding the pattern behind the recurring hurt"});
    p.focus[2] = list({u"Accessing the emotions underneath the reactive moves",
                       u"What happens inside {R} in the moment before going quiet",
                       u"What {S} feels underneath the reactive moves",
                       u"Below the line of awareness: hurt, fear, longing",
                       u"Slowing down to stay with the softer feelings"});
    p.focus[3] = list({u"Reframing the problem as the cycle, not each other",
                       u"De-escalation: catching the cycle as it starts",
                       u"Both partners name the cycle as their common enemy",
                       u"Consolidating de-escalation; fewer and shorter fights"});
    p.focus[4] =
        list({u"Deepening {R}'s engagement with fears and needs",
              u"{R} owning the fear of failing and the need to be wanted",
              u"Promoting identification with disowned needs", u"{R} putting longing into words, slowly"});
    p.focus[5] = list({u"Helping {S} take in {R}'s new way of engaging",
                       u"Acceptance: {S} hearing {R}'s fear without countering",
                       u"Processing {S}'s disbelief at {R}'s reaching",
                       u"Supporting {S} to stay open while {R} risks more"});
    p.focus[6] = list({u"Softening: {S} asking for comfort from vulnerability",
                       u"Enactment: {S} voicing the need for reassurance",
                       u"Restructuring: {S} risking asking, {R} responding",
                       u"Bonding event: reaching and responding in session"});
    p.focus[7] = list({u"New solutions to old problems from a safer base",
                       u"Consolidation: talking about money without the old cycle",
                       u"Revisiting a long-standing conflict from the new positions",
                       u"Planning the holidays together without the old spin"});
    p.focus[8] = list({u"Consolidating new positions and the story of their change",
                       u"Telling the story of how they found each other again",
                       u"Rituals of connection; preparing to end therapy",
                       u"Reviewing progress and planning booster sessions"});
    p.stageOneObservations[0] =
        list({u"{S} pursued with questions and criticism; {R} answered less and less, then went quiet.",
              u"As {S}'s voice rose, {R} turned away and looked at the floor.",
              u"{R} offered a fix; {S} heard dismissal and pushed harder.",
              u"Classic pursue–withdraw: the harder {S} pushed, the further {R} stepped back."});
    p.stageOneObservations[1] =
        list({u"Both escalated within minutes, each talking over the other.",
              u"Attack–attack: {S} and {R} both protested, neither felt heard.",
              u"{R} defended, {S} criticized; both voices rose together.",
              u"Each tried to win the argument to be heard; the volume climbed fast."});
    p.stageOneObservations[2] = list({u"Long silences; both kept things polite and distant.",
                                      u"Neither raised the hurt; {S} changed the subject and {R} agreed.",
                                      u"Both stepped back as soon as the topic turned tender.",
                                      u"Withdraw–withdraw: little conflict in session, much loneliness."});
    p.observations[0] = list({u"The cycle took over quickly when the topic came up.",
                              u"Both could see the cycle afterwards but not while in it."});
    p.observations[1] = list({u"{R} stayed present longer than before; {S} noticed and said so.",
                              u"{S} began to trust {R}'s reaching, though cautiously.",
                              u"When the old cycle started, both caught it and slowed down.",
                              u"{R} spoke from fear rather than defense; {S} listened."});
    p.observations[2] =
        list({u"The new cycle held: reaching, responding, staying close.",
              u"They repaired a small rupture on their own during the week.",
              u"Both described the old cycle as something that happens less and passes faster.",
              u"Warm, playful session; they finished each other's stories."});
    p.plans[0] = list({u"Continue tracking the cycle; notice the first move at home.",
                       u"Keep slowing down the cycle; stay with the feelings underneath.",
                       u"Individual check-in with each partner next session.",
                       u"Keep mapping; add what each feels just before reacting."});
    p.plans[1] = list({u"Deepen the emotions underneath; set up an enactment.",
                       u"Support {S} in hearing {R}'s new engagement.",
                       u"Stay with {S}'s fear of reaching; prepare the softening.",
                       u"Continue restructuring; heighten the moments of reaching."});
    p.plans[2] = list({u"Consolidate; space sessions to every other week.",
                       u"Review the positive cycle; plan for setbacks.",
                       u"Discuss ending; offer a booster session in three months.",
                       u"Keep the rituals of connection going."});
    p.homework[0] = list({u"Notice when the cycle starts and say \"there's our dance\"",
                          u"Each write down one moment the cycle started this week",
                          u"Read the first chapter of Hold Me Tight",
                          u"Use the time-out signal if voices rise, then come back within an hour",
                          u"Add one step to your side of the cycle map"});
    p.homework[1] = list({u"Five-step exercise on one hard moment this week",
                          u"Share one soft feeling a day, without fixing it",
                          u"Ask for one thing you need, in a sentence that starts with \"I\"",
                          u"Notice and name when your partner reaches for you",
                          u"Hold Me Tight conversation 3: revisiting a rocky moment"});
    p.homework[2] = list({u"Plan a weekly date without talking about logistics",
                          u"Write the story of how you got back to each other",
                          u"A ten-minute daily check-in before dinner",
                          u"Keep a list of moments you felt close this week"});
    p.interventions[0] = list({u"reflection", u"validation", u"tracking_cycle", u"reframing",
                               u"evocative_responding", u"empathic_conjecture"});
    p.interventions[1] = list({u"heightening", u"enactment", u"empathic_conjecture", u"evocative_responding",
                               u"validation", u"reflection"});
    p.interventions[2] = list({u"reflection", u"validation", u"enactment", u"reframing", u"tracking_cycle"});
    p.setbackFocus =
        list({u"A hard week: {H}; the old cycle came back", u"Setback after {H}: retracing the cycle",
              u"Repairing after the old cycle flared ({H})"});
    p.setbackObservations =
        list({u"Both fell back into their old positions; we slowed down and retraced the steps.",
              u"{S} protested and {R} shut down again, but both could name the cycle afterwards.",
              u"Less trust in the new steps this week; normalized the setback as part of change."});
    p.assessmentFocus = list({u"Individual session: history, attachment, safety screen",
                              u"Individual session: this partner's view of the relationship and the cycle",
                              u"Individual session: attachment history and safety screen"});
    p.onePartnerFocus =
        list({u"One partner only (the other was ill): staying with this partner's side of the cycle",
              u"One partner only (work conflict): exploring fears that are hard to voice jointly",
              u"One partner only: preparing to share a softer feeling next session"});
    p.anchors[0][0] =
        list({u"Maybe I go quiet because I don't know what to say.", u"I step back so it doesn't get worse.",
              u"I don't really know what I feel — just that I want it to stop."});
    p.anchors[0][1] = list({u"I shut down because I'm scared of getting it wrong.",
                            u"When you're upset I feel like I've failed you again.",
                            u"I go away because I don't think I can make you happy."});
    p.anchors[0][2] = list({u"I want to be close to you — I need you to let me in.",
                            u"I'm not going anywhere. I need you to see that I'm trying.",
                            u"I need to know I'm wanted, not just needed."});
    p.anchors[1][0] = list({u"I push because I'm scared of losing you.",
                            u"When you go quiet I feel so alone.", u"The anger is easier than the hurt."});
    p.anchors[1][1] = list({u"Under the anger I'm scared I don't matter to you.",
                            u"I'm afraid to need you, in case you're not there.",
                            u"It's hard to ask; I'm afraid you'll turn away."});
    p.anchors[1][2] =
        list({u"Can you hold me? I need to know you're there.",
              u"I need you to comfort me when I get scared.", u"Will you be there when I reach for you?"});
    return p;
}

} // namespace attune::demo
