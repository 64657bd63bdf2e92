#include "TreatmentPlanRules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static Status checkDate(QDate date, const QString &what, QDate today)
    {
        if (!date.isValid())
            return Status::failure(tr("%1 is missing.").arg(what));
        if (date > today.addDays(1)) // a day's grace for time zones
            return Status::failure(tr("%1 is in the future.").arg(what));
        return Status::ok();
    }
    static QString planDate() { return tr("The treatment plan's date"); }
    static QString reviewDate() { return tr("The review's date"); }
    static QString noStep() { return tr("A goal's EFT step must be between 1 and 9."); }
    static QString wrongStage(int step, int stage)
    {
        return tr("Step %1 belongs to stage %2, not stage %3.").arg(step).arg(stageOfStep(step)).arg(stage);
    }
    static QString noTarget() { return tr("The goal's target date is not a real date."); }
};

} // namespace

Status validateTreatmentPlan(const TreatmentPlan &plan, QDate today)
{
    if (auto s = Messages::checkDate(plan.date, Messages::planDate(), today); !s)
        return s;
    for (const TreatmentGoal &g : plan.goals)
        if (auto s = validateTreatmentGoal(g); !s)
            return s;
    return Status::ok();
}

Status validateTreatmentGoal(const TreatmentGoal &goal)
{
    if (goal.step < 1 || goal.step > 9)
        return Status::failure(Messages::noStep());
    if (stageOfStep(goal.step) != goal.stage)
        return Status::failure(Messages::wrongStage(goal.step, goal.stage));
    if (!goal.targetDate.isNull() && !goal.targetDate.isValid())
        return Status::failure(Messages::noTarget());
    return Status::ok();
}

Status validateGoalReview(const GoalReview &review, QDate today)
{
    return Messages::checkDate(review.date, Messages::reviewDate(), today);
}

QString treatmentPlanContentHash(const TreatmentPlan &plan)
{
    // Compact JSON with a fixed key order (QJsonObject sorts keys) is the canonical form.
    QJsonArray goals;
    for (const TreatmentGoal &g : plan.goals)
        goals.append(QJsonObject{{QStringLiteral("uuid"), g.uuid},
                                 {QStringLiteral("couple_words"), g.coupleWords},
                                 {QStringLiteral("therapist_words"), g.therapistWords},
                                 {QStringLiteral("objectives"), g.objectives},
                                 {QStringLiteral("stage"), g.stage},
                                 {QStringLiteral("step"), g.step},
                                 {QStringLiteral("interventions"), g.interventions},
                                 {QStringLiteral("target"), g.targetDate.toString(Qt::ISODate)},
                                 {QStringLiteral("status"), toKey(g.status)}});
    const QJsonObject content{
        {QStringLiteral("uuid"), plan.uuid},
        {QStringLiteral("version"), plan.version},
        {QStringLiteral("date"), plan.date.toString(Qt::ISODate)},
        {QStringLiteral("notes"), plan.notes},
        {QStringLiteral("goals"), goals},
        {QStringLiteral("signed_at"),
         plan.signedAt.isValid() ? plan.signedAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("signed_by"), plan.signedBy},
    };
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace attune
