// The progress report's treatment-plan page: the latest plan version, each goal with its stage and step,
// target date, where it stands after its reviews, and how many of the period's sessions worked on it.
#include "ReportPages.h"

#include "domain/Validation.h"
#include "progress/PlanProgress.h"
#include "session/SessionVocabulary.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace attune::report {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(attune::ProgressReport)
};

const QColor kInk(0x1f, 0x23, 0x29);
const QColor kMuted(0x5a, 0x61, 0x6b);

// Draws wrapped text at y; returns the y below it.
qreal paragraph(QPainter &p, const QFont &f, const QColor &color, const QString &text, qreal left, qreal y,
                qreal width)
{
    p.setFont(f);
    p.setPen(color);
    const QRectF r = QFontMetricsF(f).boundingRect(QRectF(left, y, width, 10000), Qt::TextWordWrap, text);
    p.drawText(QRectF(left, y, width, r.height()), Qt::TextWordWrap, text);
    return y + r.height();
}

} // namespace

void paintPlanPage(QPainter &p, const ReportContent &c, const PageFrame &f)
{
    if (c.plans.isEmpty())
        return;
    const TreatmentPlan &plan = c.plans.last();
    const qreal left = f.body.left();
    const qreal width = f.body.width();
    qreal y = f.body.top();
    y = paragraph(p, font(14, true), kInk, Messages::tr("Treatment plan"), left, y, width) + 2;
    const QString state = plan.isSigned() ? Messages::tr("Version %1 of %2, signed by %3")
                                                .arg(plan.version)
                                                .arg(reportDate(c.options.locale, plan.date), plan.signedBy)
                                          : Messages::tr("Version %1 of %2, an unsigned draft")
                                                .arg(plan.version)
                                                .arg(reportDate(c.options.locale, plan.date));
    y = paragraph(p, font(9), kMuted, state, left, y, width) + 10;
    const QList<GoalProgress> goals = planProgress(c.plans, c.sessions);
    for (qsizetype i = 0; i < goals.size(); ++i) {
        const GoalProgress &g = goals.at(i);
        // Each goal needs about four lines; what does not fit is named, not clipped.
        if (y + 60 > f.body.bottom()) {
            paragraph(p, font(9, false, true), kMuted,
                      Messages::tr("… and %n more goal(s): the clinical record prints them all.", nullptr,
                                   int(goals.size() - i)),
                      left, y, width);
            break;
        }
        y = paragraph(p, font(11, true), kInk, Messages::tr("%1. %2").arg(i + 1).arg(g.goal.title()), left, y,
                      width) +
            2;
        if (!g.goal.therapistWords.trimmed().isEmpty() && g.goal.therapistWords != g.goal.title())
            y = paragraph(p, font(9, false, true), kInk, g.goal.therapistWords.trimmed(), left + 12, y,
                          width - 12);
        QString facts = Messages::tr("Stage %1, %2 · status: %3")
                            .arg(g.goal.stage)
                            .arg(stepTitle(g.goal.step), displayName(g.goal.currentStatus()));
        if (g.goal.targetDate.isValid())
            facts += Messages::tr(" · target %1").arg(reportDate(c.options.locale, g.goal.targetDate));
        y = paragraph(p, font(9), kInk, facts, left + 12, y, width - 12);
        const QString worked = g.sessionsWorkedOn == 0
                                   ? Messages::tr("Not worked on in this period.")
                                   : Messages::tr("Worked on in %n session(s) of the period, last on %1.",
                                                  nullptr, g.sessionsWorkedOn)
                                         .arg(reportDate(c.options.locale, g.lastWorkedOn));
        QString reviews;
        if (!g.goal.reviews.isEmpty())
            reviews = QLatin1Char(' ') + Messages::tr("Last reviewed %1.")
                                             .arg(reportDate(c.options.locale, g.goal.reviews.last().date));
        y = paragraph(p, font(9), kMuted, worked + reviews, left + 12, y, width - 12) + 8;
    }
}

} // namespace attune::report
