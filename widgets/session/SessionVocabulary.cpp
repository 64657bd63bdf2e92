// The EFT interventions and step titles; see SessionVocabulary.h.
#include "SessionVocabulary.h"

#include <QCoreApplication>

#include <array>

namespace attune {
namespace {

struct Intervention
{
    const char *key; // stored; never translated
    const char *name;
};

constexpr std::array kInterventions{
    Intervention{"reflection", QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Reflection")},
    Intervention{"validation", QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Validation")},
    Intervention{"evocative_responding",
                 QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Evocative responding")},
    Intervention{"heightening", QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Heightening")},
    Intervention{"empathic_conjecture",
                 QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Empathic conjecture")},
    Intervention{"tracking_cycle", QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Tracking the cycle")},
    Intervention{"reframing", QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Reframing")},
    Intervention{"enactment", QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Enactments")},
};

constexpr std::array kSteps{
    QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Conflict issues"),
    QT_TRANSLATE_NOOP("attune::SessionVocabulary", "The negative cycle"),
    QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Underlying emotions"),
    QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Reframing the problem"),
    QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Disowned needs"),
    QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Acceptance"),
    QT_TRANSLATE_NOOP("attune::SessionVocabulary", "Expressing needs"),
    QT_TRANSLATE_NOOP("attune::SessionVocabulary", "New solutions"),
    QT_TRANSLATE_NOOP("attune::SessionVocabulary", "New positions"),
};

} // namespace

QStringList interventionKeys()
{
    QStringList keys;
    for (const Intervention &i : kInterventions)
        keys.append(QString::fromLatin1(i.key));
    return keys;
}

QString interventionName(const QString &key)
{
    for (const Intervention &i : kInterventions)
        if (key == QLatin1StringView(i.key))
            return QCoreApplication::translate("attune::SessionVocabulary", i.name);
    return key;
}

QString stepTitle(int step)
{
    if (step < 1 || step > int(kSteps.size()))
        return {};
    return QCoreApplication::translate("attune::SessionVocabulary", "Step %1 · %2")
        .arg(step)
        .arg(QCoreApplication::translate("attune::SessionVocabulary", kSteps[step - 1]));
}

} // namespace attune
