// Internal to the demo generator: pools of session-note, homework and anchor texts. {R} stands for the
// partner whose re-engagement is tracked, {S} for the partner who softens, {H} for the couple's hard week.
#pragma once

#include <QStringList>

#include <array>

namespace attune::demo {

struct TextPools
{
    std::array<QStringList, 9> focus;                // by step - 1
    std::array<QStringList, 3> stageOneObservations; // by CyclePattern
    std::array<QStringList, 3> observations;         // by stage - 1 (stage 1 entries fit every pattern)
    std::array<QStringList, 3> plans;                // by stage - 1
    std::array<QStringList, 3> homework;             // by stage - 1
    std::array<QStringList, 3> interventions;        // keys, by stage - 1
    QStringList setbackFocus;
    QStringList setbackObservations;
    QStringList assessmentFocus;                       // individual assessment sessions
    QStringList onePartnerFocus;                       // later sessions one partner attends alone
    std::array<std::array<QStringList, 3>, 2> anchors; // by ChangeEventKind, level - 1
};

TextPools makeTextPools();
QString fillNames(QString text, const QString &reengager, const QString &softener, const QString &hardWeek);

} // namespace attune::demo
