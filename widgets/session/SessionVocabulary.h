// Words the session editor needs beyond Enums.h: the EFT interventions a therapist ticks (stable keys
// stored in SessionNote::interventions, translated names) and the titles of EFT's nine steps.
#pragma once

#include <QString>
#include <QStringList>

namespace attune {

// The interventions in the order the checklist shows them.
QStringList interventionKeys();
// The translated name of an intervention; the key itself for one this build does not know.
QString interventionName(const QString &key);
// "Step 2 · The negative cycle" style title of an EFT step (1–9).
QString stepTitle(int step);

} // namespace attune
