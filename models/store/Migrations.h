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
// Named after what they add (several branches add schema changes at once; the order is decided when
// they are merged). Each file's header says what and why.
QStringList versionContentHashes(); // MigrationContentHashes.cpp

// Element N-1 holds the statements that move a file from version N-1 to N.
const QList<QStringList> &schemaMigrations();
int latestSchemaVersion();

// Applies every migration after the file's user_version inside one BEGIN IMMEDIATE transaction and
// stamps application_id. On failure the file is left at the version it had. Tests pass their own list.
Status migrate(QSqlDatabase &db, qint32 applicationId,
               const QList<QStringList> &migrations = schemaMigrations());

} // namespace attune
