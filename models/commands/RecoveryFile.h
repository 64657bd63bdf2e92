// The note a failed write could not store yet, kept on disk beside the practice ("<practice>.recovery")
// until it is stored, so a quit or a crash while the "not stored yet" banner shows loses nothing; the
// next start offers to put it back. A protected practice's is sealed with the practice's own key (the
// same format as the practice, SealedImage.h), so no plaintext of it ever reaches the disk; while the key
// is not there (locked) nothing is written. Written atomically, readable by the owner only.
#pragma once

#include "domain/Result.h"
#include "domain/Session.h"

#include <optional>

namespace attune {

class PracticeEditor;
class PracticeStore;

class RecoveryFile
{
public:
    explicit RecoveryFile(const PracticeStore &store);

    static QString pathFor(const QString &practicePath);
    QString path() const { return pathFor(m_practicePath); }

    // Keeps the session's note (its four texts, with the session's id and UUID), replacing what was kept.
    Status keep(const Session &session);
    // The text is stored: the file goes (overwritten first).
    void forget();
    // What was kept, if anything. Only the note's texts, id and UUID are set in the session.
    Result<std::optional<Session>> read() const;
    // Puts the kept note's texts back into its session through the editor (so it can be undone), over
    // whatever is stored now: the therapist chose it. The file goes once they are stored.
    Status restoreInto(PracticeEditor &editor, const Session &kept);

private:
    const PracticeStore &m_store;
    QString m_practicePath;
};

} // namespace attune
