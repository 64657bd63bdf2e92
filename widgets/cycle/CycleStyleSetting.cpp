// Reading and writing the couple's cycle layout in QSettings.
#include "CycleStyleSetting.h"

#include <QSettings>

namespace attune {
namespace {

QString keyFor(const Couple &couple)
{
    // The uuid stays the same across exports, imports and restored backups; the id is a fallback.
    const QString who = couple.uuid.isEmpty() ? QString::number(couple.id) : couple.uuid;
    return QStringLiteral("cycle/layout/") + who;
}

} // namespace

CycleStyle storedCycleStyle(const Couple &couple)
{
    return cycleStyleFromKey(QSettings().value(keyFor(couple)).toString()).value_or(CycleStyle::Loop);
}

void storeCycleStyle(const Couple &couple, CycleStyle style)
{
    QSettings().setValue(keyFor(couple), cycleStyleKey(style));
}

} // namespace attune
