// The audit row of a file Attune writes outside the practice (a backup, an export), kept on disk from
// before the file is written until the row is in the practice. A kill after the file was written, or a
// practice that cannot be written (read-only, a full disk), leaves the note behind; the next time the
// practice is opened for writing, the row is recorded if the file was written, and the note goes. So
// the audit trail sees every such file, and never one that was not written.
#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace attune {

class PracticeStore;

class AuditIntent
{
public:
    // Notes, beside the practice (or, when its folder cannot be written, in the user's data folder),
    // that action is about to write file: for the couples given, or for the practice when there are none.
    static AuditIntent begin(const QString &practicePath, const QString &action,
                             const QList<qint64> &coupleIds, const QString &summary, const QString &file);
    AuditIntent(AuditIntent &&other) noexcept;
    AuditIntent &operator=(AuditIntent &&) = delete;
    ~AuditIntent(); // the note goes unless record() could not record it (then it waits for the next chance)

    // The file is written: records its audit row and removes the note. On failure the note stays.
    Status record(PracticeStore &store);

private:
    AuditIntent() = default;
    QString m_note; // empty when no note could be written (then record() is the only chance)
    QString m_action;
    QList<qint64> m_coupleIds;
    QString m_summary;
    bool m_keep = false;
};

// Records the rows of notes left by earlier runs whose file was written, and removes every note that is
// done with; a note of a run still going is left alone. Returns how many rows were recorded.
int recordLeftAuditIntents(PracticeStore &store);

} // namespace attune
