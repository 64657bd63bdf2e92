// An undo command whose redo and undo are writes through the store. Its first redo is skipped: the
// PracticeEditor has already written the change before pushing it.
#pragma once

#include "domain/Result.h"

#include <QUndoCommand>

#include <functional>

namespace attune {

class StoreCommand : public QUndoCommand
{
public:
    using Write = std::function<Status()>;
    using FailureSink = std::function<void(const QString &)>;

    // mergeKind < 0: never merges. Commands merge when kind and recordId match; the merged command
    // keeps the first one's undo and takes the latest one's redo.
    StoreCommand(const QString &text, Write redo, Write undo, FailureSink onFailure, int mergeKind = -1,
                 qint64 recordId = 0);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKind; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void run(const Write &write);

    Write m_redo;
    Write m_undo;
    FailureSink m_onFailure;
    int m_mergeKind;
    qint64 m_recordId;
    bool m_alreadyDone = true;
};

} // namespace attune
