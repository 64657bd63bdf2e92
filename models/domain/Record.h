// What every stored record carries: its row id in this practice, a UUID that is stable across
// practices (case files match records by it), its creation and last-change times in UTC, and its change
// counter: the row_version it had when read, so a write can tell that someone else changed it meanwhile.
#pragma once

#include <QDateTime>
#include <QString>

namespace attune {

struct Record
{
    qint64 id = 0; // 0 until stored
    QString uuid;  // empty until stored, unless the caller chooses one (demo, import)
    QDateTime created;
    QDateTime modified;
    bool archived = false;
    // The record's change counter when it was read (every write adds one, whoever writes). An update
    // carrying a counter that is no longer the stored one would overwrite someone else's change, and is
    // refused as a conflict; 0 (a value not read from this practice, e.g. an import) is not checked.
    qint64 rowVersion = 0;

    bool isStored() const { return id > 0; }
    friend bool operator==(const Record &, const Record &) = default;
};

} // namespace attune
