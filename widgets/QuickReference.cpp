#include "QuickReference.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace attune {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(QuickReference)
};

} // namespace

QString eftQuickReferenceHtml()
{
    return Text::tr(R"(<h2>EFT quick reference</h2>
<h3>Stages and steps</h3>
<p><b>Stage 1 — De-escalation</b> (steps 1–4): identify the conflict issues; identify the negative cycle;
access the unacknowledged emotions underlying each partner's position; reframe the problem in terms of the
cycle and attachment needs.<br>
<b>Stage 2 — Restructuring</b> (steps 5–7): promote identification with disowned needs and aspects of self;
promote acceptance of the partner's experience; facilitate the expression of needs and wants and create
emotional engagement.<br>
<b>Stage 3 — Consolidation</b> (steps 8–9): facilitate new solutions to old problems; consolidate new
positions and new cycles of attachment behavior.</p>
<h3>Change events</h3>
<p><b>Withdrawer re-engagement</b>: the withdrawing partner turns towards the other, voices hurt and fear,
and asks for what they need. <b>Blamer softening</b>: the critical partner asks, from a vulnerable place,
for comfort and connection. Markers are recorded as none, emerging, partial or complete.</p>
<h3>The infinity cycle</h3>
<p>For each partner: <b>trigger</b> → <b>primary emotion</b> (vulnerable: hurt, rejection, fear, shame,
sadness) → <b>secondary emotion</b> (reactive: anger, contempt, anxiety) → <b>perception</b> (the meaning
made of the partner) → <b>behavior</b> (criticize, pursue, withdraw, placate…). Each partner's behavior is
the other's trigger, so the two loops form a figure eight. Primary emotions and unmet attachment needs sit
below the <b>line of awareness</b>.</p>
<h3>From resentment to closeness</h3>
<p>Five steps per partner and incident: the trigger, the immediate emotional reaction, the behavioral
reaction, the deeper feelings, and the underlying need.</p>
<h3>Signs of a secure bond</h3>
<p>Emotional balance; tuning into emotions and voicing needs; openness and a meta-perspective; a positive
view of self; being able to be alone.</p>)");
}

void showEftQuickReference(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(Text::tr("EFT Quick Reference"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setHtml(eftQuickReferenceHtml());
    browser->setAccessibleName(Text::tr("EFT quick reference"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.resize(640, 620);
    dialog.exec();
}

} // namespace attune
