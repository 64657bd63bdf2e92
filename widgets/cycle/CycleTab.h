// CycleTab: the Cycle tab of the couple workspace. The couple's cycle versions with their dates and
// kinds, the selected version drawn (as the figure eight or as boxes, chosen per couple) and edited in
// place, a second version beside it (or above it in a narrow window) for comparison, each labelled with
// its version, kind and date, the steps changed between them marked on the newer; older versions are
// read-only until the user chooses to edit one. The handout goes through print preview or export. Every
// change goes through PracticeEditor, so each is one step on the undo stack.
#pragma once

#include "WorkspaceTab.h"
#include "commands/PracticeEditor.h"
#include "render/CycleLayout.h"

#include <functional>

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
    CycleStyle cycleStyle() const { return m_style; }
    void setCycleStyle(CycleStyle style); // remembered for this couple
    // The captions over the shown and the compared version.
    QLabel *currentCaption() const { return m_currentCaption; }
    QLabel *comparisonCaption() const { return m_compareCaption; }
    QSplitter *splitter() const { return m_splitter; }

    CycleView *view() const { return m_view; }
    CycleView *comparisonView() const { return m_compareView; }
    QListWidget *versionList() const { return m_versionList; }
    QString lastError() const { return m_lastError; }

    // Stand-ins for the export's file dialog and for writing the file (tests: a path chosen without a
    // dialog, and a look at what is on disk while the file is written). Empty ones restore the real ones.
    using ExportPathChooser = std::function<QString()>;
    using ExportWriter = std::function<Status(const QString &path, const CycleContent &, CycleStyle)>;
    void setExportHooks(ExportPathChooser choosePath, ExportWriter write);

public slots:
    void newVersion();
    void archiveVersion();
    void print();
    void exportCycle();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reload();
    void reloadCouple();
    void showCurrent();
    void updateActions();
    void writeStep(int partner, CycleStep step, const QString &text);
    void setKind(int index);
    // Stores a change of the shown map; one that meets another program's change asks which to keep.
    Status storeMap(const CycleMap &changed);
    void resolveConflict(CycleMap mine);
    QString chainsText(const CycleMap &map) const;
    void showError(const QString &message);
    void recordOutput(const QString &action); // print or export of the shown cycle, in the audit trail
    const CycleMap *mapById(qint64 id) const;
    CycleContent contentOf(const CycleMap &map) const;
    QString captionOf(const CycleMap &map) const;
    void updateComparison();

    PracticeEditor &m_editor;
    qint64 m_coupleId = 0;
    qint64 m_currentMapId = 0;
    qint64 m_compareMapId = 0;
    CycleStyle m_style = CycleStyle::Loop;
    bool m_editOlder = false; // the user chose to edit an older version
    Couple m_couple;
    QList<CycleMap> m_maps; // current (not archived) versions, oldest first
    QString m_lastError;
    ExportPathChooser m_chooseExportPath;
    ExportWriter m_writeExport;
    bool m_resolvingConflict = false; // the dialog is open: edits meanwhile wait for its answer

    QListWidget *m_versionList = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_compareCombo = nullptr;
    QComboBox *m_layoutCombo = nullptr;
    QPushButton *m_editOlderButton = nullptr;
    QLabel *m_currentCaption = nullptr;
    QLabel *m_compareCaption = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    CycleView *m_view = nullptr;
    CycleView *m_compareView = nullptr;
};

} // namespace attune
