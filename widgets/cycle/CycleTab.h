// CycleTab: the Cycle tab of the couple workspace. The couple's cycle versions with their dates and
// kinds, the selected version drawn and edited in place, a second version side by side for comparison,
// and the handout through print preview or export. Every change goes through PracticeEditor, so each
// is one step on the undo stack.
#pragma once

#include "WorkspaceTab.h"
#include "commands/PracticeEditor.h"
#include "render/CycleLayout.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;

namespace attune {

class CycleView;

class CycleTab : public WorkspaceTab
{
    Q_OBJECT
public:
    explicit CycleTab(PracticeEditor &editor, QWidget *parent = nullptr);

    void setCouple(qint64 coupleId) override;
    Status flushPendingEdits() override;
    // Selects the version; a step's words are marked in its in-place editor. An archived version is not
    // listed here, which the tab then says.
    void revealSearchHit(const SearchHit &hit, const SearchTerms &terms) override;

    qint64 coupleId() const { return m_coupleId; }
    qint64 currentMapId() const { return m_currentMapId; }
    const QList<CycleMap> &versions() const { return m_maps; }
    void selectVersion(qint64 mapId);
    void compareWith(qint64 mapId); // 0 shows one version only

    CycleView *view() const { return m_view; }
    CycleView *comparisonView() const { return m_compareView; }
    QListWidget *versionList() const { return m_versionList; }
    QString lastError() const { return m_lastError; }

public slots:
    void newVersion();
    void archiveVersion();
    void print();
    void exportCycle();

private:
    void reload();
    void reloadCouple();
    void showCurrent();
    void updateActions();
    void writeStep(int partner, CycleStep step, const QString &text);
    void setKind(int index);
    void showError(const QString &message);
    void recordOutput(const QString &action); // print or export of the shown cycle, in the audit trail
    const CycleMap *mapById(qint64 id) const;
    CycleContent contentOf(const CycleMap &map) const;

    PracticeEditor &m_editor;
    qint64 m_coupleId = 0;
    qint64 m_currentMapId = 0;
    qint64 m_compareMapId = 0;
    Couple m_couple;
    QList<CycleMap> m_maps; // current (not archived) versions, oldest first
    QString m_lastError;

    QListWidget *m_versionList = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_compareCombo = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    CycleView *m_view = nullptr;
    CycleView *m_compareView = nullptr;
};

} // namespace attune
