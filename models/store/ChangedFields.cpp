// Comparing a stored record with the one to be written, field kind by field kind (ChangedFields.h).
#include "ChangedFields.h"

#include <algorithm>

namespace attune {
namespace {

// Homework is stored trimmed; a typed trailing space is no change of what is stored.
bool sameHomework(const QList<HomeworkItem> &stored, const QList<HomeworkItem> &wanted)
{
    return std::equal(stored.cbegin(), stored.cend(), wanted.cbegin(), wanted.cend(),
                      [](const HomeworkItem &a, const HomeworkItem &b) {
                          return a.uuid == b.uuid && a.text == b.text.trimmed() && a.done == b.done;
                      });
}

// Ratings and totals are one per partner (and instrument); the order they come in is no change.
template<typename T, typename Key> bool sameSet(QList<T> stored, QList<T> wanted, Key key)
{
    auto byKey = [&key](const T &a, const T &b) { return key(a) < key(b); };
    std::sort(stored.begin(), stored.end(), byKey);
    std::sort(wanted.begin(), wanted.end(), byKey);
    return stored == wanted;
}

} // namespace

SessionFields changedFields(const Session &stored, const Session &wanted)
{
    SessionFields fields;
    if (stored.archived != wanted.archived)
        fields |= SessionField::Archived;
    if (stored.date != wanted.date || stored.startTime != wanted.startTime ||
        stored.durationMinutes != wanted.durationMinutes)
        fields |= SessionField::Date;
    if (stored.attendance != wanted.attendance || stored.format != wanted.format)
        fields |= SessionField::Attendance;
    if (stored.stage != wanted.stage || stored.step != wanted.step)
        fields |= SessionField::StageStep;
    if (stored.note.focus != wanted.note.focus)
        fields |= SessionField::Focus;
    if (stored.note.text != wanted.note.text ||
        stored.note.cycleObservations != wanted.note.cycleObservations ||
        stored.note.interventions != wanted.note.interventions)
        fields |= SessionField::NoteText;
    if (stored.note.plan != wanted.note.plan)
        fields |= SessionField::Plan;
    for (qsizetype i = 0; i < qsizetype(stored.events.size()); ++i) {
        const ChangeEvent &a = stored.events[i];
        const ChangeEvent &b = wanted.events[i];
        // A marker without a UUID is new to the store even at level none: it is written.
        if (a.level != b.level || a.partner != b.partner || a.anchor != b.anchor || b.uuid.isEmpty() ||
            a.uuid != b.uuid)
            fields |= SessionField::Markers;
    }
    if (!sameSet(stored.bondRatings, wanted.bondRatings, [](const BondRating &r) { return r.partner; }))
        fields |= SessionField::Ratings;
    if (!sameSet(stored.outcomes, wanted.outcomes,
                 [](const OutcomeScore &o) { return std::make_pair(o.partner, o.instrument); }))
        fields |= SessionField::Measures;
    if (!sameHomework(stored.homework, wanted.homework))
        fields |= SessionField::Homework;
    QList<qint64> storedGoals = stored.goalIds, wantedGoals = wanted.goalIds;
    std::sort(storedGoals.begin(), storedGoals.end());
    std::sort(wantedGoals.begin(), wantedGoals.end());
    if (storedGoals != wantedGoals)
        fields |= SessionField::Goals;
    if (stored.signedAt != wanted.signedAt || stored.signedBy != wanted.signedBy)
        fields |= SessionField::Signature;
    return fields;
}

CoupleFields changedFields(const Couple &stored, const Couple &wanted)
{
    CoupleFields fields;
    if (stored.archived != wanted.archived)
        fields |= CoupleField::Archived;
    if (stored.name != wanted.name)
        fields |= CoupleField::Name;
    for (std::size_t i = 0; i < stored.partners.size(); ++i) {
        const Partner &a = stored.partners[i];
        const Partner &b = wanted.partners[i];
        if (a.name != b.name.trimmed() || a.pronouns != b.pronouns || a.language != b.language ||
            a.position != b.position || a.closenessNeed != b.closenessNeed || a.aloneNeed != b.aloneNeed)
            fields |= CoupleField::Partners;
        if (a.contact != b.contact)
            fields |= CoupleField::Contact;
    }
    if (stored.referral != wanted.referral)
        fields |= CoupleField::Contact;
    if (stored.status != wanted.status || stored.pattern != wanted.pattern ||
        stored.intakeDate != wanted.intakeDate || stored.closingDate != wanted.closingDate ||
        stored.presentingConcerns != wanted.presentingConcerns || stored.tags != wanted.tags)
        fields |= CoupleField::Details;
    if (stored.safety != wanted.safety || stored.safetyHistory != wanted.safetyHistory)
        fields |= CoupleField::Safety;
    return fields;
}

} // namespace attune
