// EditCycleStepCommand: read-modify-write of one cycle-map cell through the store, in both directions.
#include "EditCycleStepCommand.h"

#include "domain/CycleMap.h"

#include <utility>

namespace attune {

EditCycleStepCommand::EditCycleStepCommand(PracticeStore &store, qint64 mapId, int partner, CycleStep step,
                                           QString newText, const QString &partnerName, ErrorHandler onError,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(&store)
    , m_mapId(mapId)
    , m_partner(partner)
    , m_step(step)
    , m_newText(std::move(newText))
    , m_onError(std::move(onError))
{
    setText(tr("Edit %1 of %2").arg(displayName(step), partnerName));
}

void EditCycleStepCommand::redo()
{
    // The first redo learns the text it replaces from the store, not from whatever a view showed.
    if (Status s = write(m_newText, !m_haveOldText); !s)
        report(s.error());
}

void EditCycleStepCommand::undo()
{
    if (Status s = write(m_oldText, false); !s)
        report(s.error());
}

Status EditCycleStepCommand::write(const QString &text, bool rememberOld)
{
    if (!m_store)
        return Status::failure(tr("The practice is closed."));
    if (m_partner != 0 && m_partner != 1)
        return Status::failure(tr("A cycle map has only two partners."));
    PracticeStore &store = *m_store;
    return store.transaction([&]() -> Status {
        Result<CycleMap> map = store.cycleMap(m_mapId);
        if (!map)
            return map.status();
        QString &cell = map->chains[m_partner][m_step];
        if (rememberOld) {
            m_oldText = cell;
            m_haveOldText = true;
        }
        cell = text;
        return store.updateCycleMap(*map);
    });
}

void EditCycleStepCommand::report(const QString &message)
{
    m_error = message;
    setObsolete(true);
    if (m_onError)
        m_onError(message);
}

} // namespace attune
