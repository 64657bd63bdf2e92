// Test support for case files: an id-independent dump of a whole practice (every record's fields,
// UUIDs and timestamps, references by UUID, sorted by UUID, no integer ids), so two practices that hold
// the same records compare equal however their rows were numbered.
#pragma once

#include "store/PracticeStore.h"

#include <QByteArray>
#include <QString>

namespace attune::test {

// One line per record (children nested in their record's line); fails the test through qFatal on a
// store error, which a dump must never hide.
QString dumpPractice(const PracticeStore &store);

// The bytes of a file, or an empty array.
QByteArray readBytes(const QString &path);
bool writeBytes(const QString &path, const QByteArray &bytes);

// A complete case file (header with a correct SHA-256) around any payload, for hostile-payload tests.
QByteArray wrapPayload(const QByteArray &payload);

} // namespace attune::test
