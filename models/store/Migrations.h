// The practice file's schema, as numbered migrations. Version N's statements move a file from N-1 to N;
// user_version records where a file stands. Never edit a released migration: add the next one.
#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace attune {

// The statements of each version (MigrationVersionN.cpp for version N).
QStringList version2();
QStringList version3();
QStringList version4();
// Schema changes named after what they add (one file each); their order is set in schemaMigrations():
// version 5 is the safety record, 6 the calendar, 7 the treatment plan, 8 the change counters,
// 9 the content hashes, 10 the contact details, 11 the child rows' counters, 12 the plan's words in the
// search index.
QStringList versionSafetyRecord();   // MigrationSafetyRecord.cpp: the history of safety screens
QStringList versionCalendar();       // MigrationCalendar.cpp: any number of appointments per couple
QStringList versionTreatmentPlan();  // MigrationTreatmentPlan.cpp: goals, reviews and session links
QStringList versionRowVersion();     // MigrationRowVersion.cpp: the change counter of every edited record
QStringList versionContentHashes();  // MigrationContentHashes.cpp: a hash of every record, for check
QStringList versionPlanSearch();     // MigrationPlanSearch.cpp: treatment goals and reviews in the search
QStringList versionContactDetails(); // MigrationContactDetails.cpp: partners' contact, couples' referral
// MigrationChildRowVersions.cpp: another program's change to a marker, rating, total, homework item or
// cycle chain moves its session's or map's change counter.
QStringList versionChildRowVersions();

// Element N-1 holds the statements that move a file from version N-1 to N.
const QList<QStringList> &schemaMigrations();
int latestSchemaVersion();

// Applies every migration after the file's user_version inside one BEGIN IMMEDIATE transaction and
// stamps application_id. On failure the file is left at the version it had. Tests pass their own list.
Status migrate(QSqlDatabase &db, qint32 applicationId,
               const QList<QStringList> &migrations = schemaMigrations());

} // namespace attune
