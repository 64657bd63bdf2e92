// Test support: a practice file as an earlier release left it, for the migration tests. Records are
// written raw at schema version 1 (before the audit trail, whose rows only the store can seal, so the file
// holds no unsealed audit rows), then the file is brought to the older version by the migrations as
// released.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace attune::test {

// The timestamp %1 stands for in the rows given to writeOldPractice.
inline constexpr char kOldPracticeStamp[] = "2026-01-05T10:00:00.000Z";

// Creates path at version 1, runs each INSERT of rows (%1: kOldPracticeStamp), then applies the released
// migrations up to version (that is, migrations.mid(0, version) of schemaMigrations()). An empty string,
// or what failed.
QString writeOldPractice(const QString &path, int version, const QStringList &rows);

// The version just before a named schema change (versionRowVersion(), versionContentHashes(), ...): the
// number the change's file moves from, wherever the integrator ordered it. -1 when it is not listed.
int versionBefore(const QStringList &migration);

// The couple most migration tests start from: 'Rosa & Tom' (id 1, uuid c-1), a pursue–withdraw couple
// with partners Rosa (p-0, pursuer) and Tom (p-1, withdrawer), written with the columns of version 1.
QStringList rosaAndTomRows();

} // namespace attune::test
