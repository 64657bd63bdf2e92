// What every stored record carries: its row id in this practice, a UUID that is stable across
// practices (case files match records by it), and its creation and last-change times in UTC.
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

    bool isStored() const { return id > 0; }
    friend bool operator==(const Record &, const Record &) = default;
};

} // namespace attune
