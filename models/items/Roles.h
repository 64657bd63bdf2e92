// The custom item-data roles every Attune item model and view agree on. One enum, so a proxy, a delegate
// and a test can ask any model for "the id" or "the date" without knowing which model it is.
#pragma once

#include <QByteArray>
#include <QHash>
#include <Qt>

namespace attune {

// Values are part of the models' interface: append new roles at the end so stored view state and
// delegates built against older values keep working.
enum ItemRole : int {
    IdRole = Qt::UserRole, // qint64: the record's row id in this practice
    UuidRole,              // QString: the record's UUID, stable across practices
    ArchivedRole,          // bool

    // Couples
    StatusKeyRole,       // QString: CoupleStatus key ("active", "paused", "closed")
    PatternKeyRole,      // QString: CyclePattern key ("pursue_withdraw", …)
    LastSessionDateRole, // QDate: date of the latest session; a null QDate without sessions
    SessionCountRole,    // int
    SearchTextRole,      // QString: couple name, both partner names and the tags, unfolded

    // Sessions (StageRole and StepRole also answer for a couple's latest session; 0 without sessions)
    StageRole,             // int: EFT stage 1–3
    StepRole,              // int: EFT step 1–9
    DateRole,              // QDate
    AttendanceKeyRole,     // QString: Attendance key
    FormatKeyRole,         // QString: SessionFormat key
    ReengagementLevelRole, // QString: EventLevel key of the withdrawer re-engagement marker
    SofteningLevelRole,    // QString: EventLevel key of the blamer softening marker
    SignedRole,            // bool: true once the session note is signed

    // Cycle maps
    CycleStepRole,      // int: the CycleStep of the cell (its enum value, 0–5)
    PartnerRole,        // int: 0 for the first partner, 1 for the second
    BelowAwarenessRole, // bool: the step lies below the line of awareness (primary emotion, need)

    // Any table
    SortKeyRole, // QVariant: what a cell sorts by when its text would sort wrongly (times, counts)

    // Search results
    HighlightsRole, // QVariantList of QPoint(start, length): the matched words within the display text

    // Couples, appended (issue 16)
    SafetyConcernRole, // QString: SafetyConcern key of the couple's latest screen ("abuse_ongoing", …)
};

// Names for QML and for debugging output; each model adds these to QAbstractItemModel's defaults.
inline QHash<int, QByteArray> itemRoleNames()
{
    return {
        {IdRole, QByteArrayLiteral("id")},
        {UuidRole, QByteArrayLiteral("uuid")},
        {ArchivedRole, QByteArrayLiteral("archived")},
        {StatusKeyRole, QByteArrayLiteral("statusKey")},
        {PatternKeyRole, QByteArrayLiteral("patternKey")},
        {LastSessionDateRole, QByteArrayLiteral("lastSessionDate")},
        {SessionCountRole, QByteArrayLiteral("sessionCount")},
        {SearchTextRole, QByteArrayLiteral("searchText")},
        {StageRole, QByteArrayLiteral("stage")},
        {StepRole, QByteArrayLiteral("step")},
        {DateRole, QByteArrayLiteral("date")},
        {AttendanceKeyRole, QByteArrayLiteral("attendanceKey")},
        {FormatKeyRole, QByteArrayLiteral("formatKey")},
        {ReengagementLevelRole, QByteArrayLiteral("reengagementLevel")},
        {SofteningLevelRole, QByteArrayLiteral("softeningLevel")},
        {SignedRole, QByteArrayLiteral("signed")},
        {CycleStepRole, QByteArrayLiteral("cycleStep")},
        {PartnerRole, QByteArrayLiteral("partner")},
        {BelowAwarenessRole, QByteArrayLiteral("belowAwareness")},
        {SortKeyRole, QByteArrayLiteral("sortKey")},
        {HighlightsRole, QByteArrayLiteral("highlights")},
        {SafetyConcernRole, QByteArrayLiteral("safetyConcern")},
    };
}

} // namespace attune
