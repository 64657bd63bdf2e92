// The Cycle tab: versions, the editable diagram, comparison, printing and export.
#include "CycleTab.h"

#include "i18n/DateText.h"

#include "CyclePrinting.h"
#include "CycleStyleSetting.h"
#include "CycleView.h"
#include "WriteConflictDialog.h"
#include "domain/AuditSummary.h"
#include "store/AuditIntent.h"

#include "search/SearchHighlight.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace attune {

CycleTab::CycleTab(PracticeEditor &editor, QWidget *parent)
    : WorkspaceTab(parent)
    , m_editor(editor)
{
    m_versionList = new QListWidget(this);
    m_versionList->setAccessibleName(tr("Cycle versions"));
    m_versionList->setMinimumWidth(200);
    m_newButton = new QPushButton(tr("&New version"), this);
    m_newButton->setToolTip(tr("Start a new version as a copy of the one shown"));
    m_archiveButton = new QPushButton(tr("&Archive version"), this);
    m_archiveButton->setToolTip(tr("Hide this version from the list; undo brings it back"));

    auto *left = new QVBoxLayout;
    auto *versionsLabel = new QLabel(tr("&Versions"), this);
    versionsLabel->setBuddy(m_versionList);
    left->addWidget(versionsLabel);
    left->addWidget(m_versionList, 1);
    left->addWidget(m_newButton);
    left->addWidget(m_archiveButton);
    // Printing and exporting act on the version chosen in the list, and sit under it: the bar above the
    // diagram keeps its room for the choices, in every language at a laptop's width.
    left->addSpacing(6);

    m_kindCombo = new QComboBox(this);
    for (CycleKind kind : allValues<CycleKind>())
        m_kindCombo->addItem(displayName(kind), toKey(kind));
    m_kindCombo->setAccessibleName(tr("Kind of cycle"));
    m_compareCombo = new QComboBox(this);
    m_compareCombo->setAccessibleName(tr("Compare with version"));
    m_compareCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its items come after it is shown
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_exportButton = new QPushButton(tr("E&xport…"), this);
    left->addWidget(m_printButton);
    left->addWidget(m_exportButton);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kindCombo);
    auto *compareLabel = new QLabel(tr("&Compare with:"), this);
    compareLabel->setBuddy(m_compareCombo);
    m_layoutCombo = new QComboBox(this);
    m_layoutCombo->setAccessibleName(tr("Layout of the cycle"));
    m_layoutCombo->addItem(tr("Figure eight"), cycleStyleKey(CycleStyle::Loop));
    m_layoutCombo->addItem(tr("Boxes"), cycleStyleKey(CycleStyle::Boxes));
    auto *layoutLabel = new QLabel(tr("La&yout:"), this);
    layoutLabel->setBuddy(m_layoutCombo);
    m_editOlderButton = new QPushButton(tr("Edit this &older version"), this);
    m_editOlderButton->setToolTip(
        tr("Older versions are read-only so a past map is not changed by accident"));
    m_editOlderButton->setCheckable(true);
    m_editOlderButton->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(kindLabel);
    bar->addWidget(m_kindCombo);
    bar->addSpacing(12);
    bar->addWidget(compareLabel);
    bar->addWidget(m_compareCombo);
    bar->addSpacing(12);
    bar->addWidget(layoutLabel);
    bar->addWidget(m_layoutCombo);
    bar->addSpacing(12);
    bar->addWidget(m_editOlderButton);
    bar->addStretch(1);

    m_view = new CycleView(this);
    m_compareView = new CycleView(this);
    m_compareView->setEditable(false);
    m_compareView->setAccessibleName(tr("Cycle diagram for comparison"));
    m_currentCaption = new QLabel(this);
    m_compareCaption = new QLabel(this);
    for (QLabel *caption : {m_currentCaption, m_compareCaption}) {
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        caption->setWordWrap(true);
    }
    // Each version under its caption; the pair side by side, or one above the other when narrow.
    auto framed = [this](QLabel *caption, CycleView *view) {
        auto *box = new QWidget(this);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(caption);
        column->addWidget(view, 1);
        return box;
    };
    QWidget *compareBox = framed(m_compareCaption, m_compareView);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(framed(m_currentCaption, m_view));
    m_splitter->addWidget(compareBox);
    m_splitter->setChildrenCollapsible(false);
    compareBox->hide();
    m_compareCaption->hide();

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    m_message->hide();
    m_emptyLabel = new QLabel(tr("No cycle mapped yet. Choose New version to start one."), this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->hide();

    auto *right = new QVBoxLayout;
    right->addLayout(bar);
    right->addWidget(m_message);
    right->addWidget(m_emptyLabel, 0);
    right->addWidget(m_splitter, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 0);
    layout->addLayout(right, 1);

    connect(m_versionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_maps.size() && m_maps.at(row).id != m_currentMapId) {
            m_currentMapId = m_maps.at(row).id;
            m_editOlder = false; // each older version is opened read-only again
            showCurrent();
        }
    });
    connect(m_newButton, &QPushButton::clicked, this, &CycleTab::newVersion);
    connect(m_archiveButton, &QPushButton::clicked, this, &CycleTab::archiveVersion);
    connect(m_printButton, &QPushButton::clicked, this, &CycleTab::print);
    connect(m_exportButton, &QPushButton::clicked, this, &CycleTab::exportCycle);
    connect(m_kindCombo, &QComboBox::activated, this, &CycleTab::setKind);
    connect(m_compareCombo, &QComboBox::activated, this,
            [this](int index) { compareWith(m_compareCombo->itemData(index).toLongLong()); });
    connect(m_view, &CycleView::stepEdited, this, &CycleTab::writeStep);
    connect(m_layoutCombo, &QComboBox::activated, this, [this](int index) {
        setCycleStyle(
            cycleStyleFromKey(m_layoutCombo->itemData(index).toString()).value_or(CycleStyle::Loop));
    });
    connect(m_editOlderButton, &QPushButton::toggled, this, [this](bool on) {
        m_editOlder = on;
        showCurrent();
    });

    PracticeStore &store = m_editor.store();
    connect(&store, &PracticeStore::cycleMapsChanged, this, [this](qint64 id) {
        if (id == m_coupleId)
            reload();
    });
    connect(&store, &PracticeStore::coupleChanged, this, [this](qint64 id) {
        if (id == m_coupleId)
            reloadCouple();
    });
    connect(&m_editor, &PracticeEditor::undoFailed, this, &CycleTab::showError);
    updateActions();
}

void CycleTab::setCouple(qint64 coupleId)
{
    m_view->cancelEdit();
    m_coupleId = coupleId;
    m_currentMapId = 0;
    m_compareMapId = 0;
    m_editOlder = false;
    m_message->hide();
    reloadCouple();
    m_style = storedCycleStyle(m_couple);
    {
        const QSignalBlocker blocker(m_layoutCombo);
        m_layoutCombo->setCurrentIndex(std::max(0, m_layoutCombo->findData(cycleStyleKey(m_style))));
    }
    m_view->setCycleStyle(m_style);
    m_compareView->setCycleStyle(m_style);
    reload();
}

void CycleTab::setCycleStyle(CycleStyle style)
{
    m_style = style;
    {
        const QSignalBlocker blocker(m_layoutCombo);
        m_layoutCombo->setCurrentIndex(std::max(0, m_layoutCombo->findData(cycleStyleKey(style))));
    }
    m_view->setCycleStyle(style);
    m_compareView->setCycleStyle(style);
    if (m_coupleId != 0)
        storeCycleStyle(m_couple, style);
}

void CycleTab::resizeEvent(QResizeEvent *event)
{
    WorkspaceTab::resizeEvent(event);
    // Two diagrams side by side need room for both to stay legible; otherwise one above the other.
    m_splitter->setOrientation(event->size().width() >= 1100 ? Qt::Horizontal : Qt::Vertical);
}

QString CycleTab::captionOf(const CycleMap &map) const
{
    return tr("Version %1 · %2 · %3")
        .arg(map.version)
        .arg(displayName(map.kind), QLocale().toString(map.date, QLocale::LongFormat));
}

Status CycleTab::flushPendingEdits()
{
    m_view->commitEdit(); // writes through writeStep; a failure reopens the editor with the text
    return m_lastError.isEmpty() || !m_view->isEditing() ? Status::ok() : Status::failure(m_lastError);
}

void CycleTab::reloadCouple()
{
    m_couple = Couple{};
    if (m_coupleId == 0)
        return;
    const auto couple = m_editor.store().couple(m_coupleId);
    if (!couple) {
        showError(couple.error());
        return;
    }
    m_couple = *couple;
    showCurrent();
}

void CycleTab::reload()
{
    m_maps.clear();
    if (m_coupleId != 0) {
        const auto maps = m_editor.store().cycleMaps(m_coupleId, ArchiveFilter::Current);
        if (!maps)
            showError(maps.error());
        else
            m_maps = *maps;
    }
    std::sort(m_maps.begin(), m_maps.end(),
              [](const CycleMap &a, const CycleMap &b) { return a.version < b.version; });
    if (!mapById(m_currentMapId))
        m_currentMapId = m_maps.isEmpty() ? 0 : m_maps.last().id;
    if (!mapById(m_compareMapId))
        m_compareMapId = 0;

    const QSignalBlocker blocker(m_versionList);
    m_versionList->clear();
    const QLocale locale;
    for (const CycleMap &m : std::as_const(m_maps)) {
        auto *item = new QListWidgetItem(
            tr("Version %1 · %2\n%3").arg(m.version).arg(shortDate(m.date, locale), displayName(m.kind)));
        item->setData(Qt::UserRole, m.id);
        m_versionList->addItem(item);
        if (m.id == m_currentMapId)
            m_versionList->setCurrentItem(item);
    }
    showCurrent();
}

void CycleTab::showCurrent()
{
    const CycleMap *current = mapById(m_currentMapId);
    m_emptyLabel->setVisible(m_coupleId != 0 && !current);
    m_splitter->setVisible(current != nullptr);
    const bool older = current && !m_maps.isEmpty() && current->id != m_maps.last().id;
    m_editOlderButton->setVisible(older);
    {
        const QSignalBlocker blocker(m_editOlderButton);
        m_editOlderButton->setChecked(older && m_editOlder);
    }
    m_view->setEditable(current && (!older || m_editOlder));
    if (current) {
        m_view->setContent(contentOf(*current));
        m_currentCaption->setText(older && !m_editOlder ? captionOf(*current) + tr(" (read-only)")
                                                        : captionOf(*current));
        const QSignalBlocker blocker(m_kindCombo);
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(toKey(current->kind)));
    } else {
        m_view->cancelEdit();
        m_view->setContent(CycleContent{});
    }

    const QSignalBlocker blocker(m_compareCombo);
    m_compareCombo->clear();
    m_compareCombo->addItem(tr("No comparison"), qint64(0));
    for (const CycleMap &m : std::as_const(m_maps))
        if (m.id != m_currentMapId)
            m_compareCombo->addItem(tr("Version %1 (%2)").arg(m.version).arg(displayName(m.kind)), m.id);
    if (m_compareMapId == m_currentMapId)
        m_compareMapId = 0;
    m_compareCombo->setCurrentIndex(std::max(0, m_compareCombo->findData(m_compareMapId)));
    updateComparison();
    updateActions();
}

void CycleTab::updateComparison()
{
    const CycleMap *current = mapById(m_currentMapId);
    const CycleMap *other = mapById(m_compareMapId);
    m_compareView->parentWidget()->setVisible(other != nullptr);
    m_compareView->setVisible(other != nullptr);
    m_compareCaption->setVisible(other != nullptr);
    m_currentCaption->setVisible(current != nullptr);
    std::array<std::array<bool, 6>, 2> none{};
    if (!other || !current) {
        m_view->setChangedSteps(none);
        return;
    }
    m_compareView->setContent(contentOf(*other));
    // The newer of the two carries the marks: what changed since the older one.
    std::array<std::array<bool, 6>, 2> changed{};
    int count = 0;
    for (int p = 0; p < 2; ++p) {
        for (CycleStep s : allValues<CycleStep>()) {
            const bool differs =
                current->chains[std::size_t(p)][s].trimmed() != other->chains[std::size_t(p)][s].trimmed();
            changed[std::size_t(p)][std::size_t(indexOf(s))] = differs;
            count += differs ? 1 : 0;
        }
    }
    const bool currentIsNewer = current->version > other->version;
    m_view->setChangedSteps(currentIsNewer ? changed : none);
    m_compareView->setChangedSteps(currentIsNewer ? none : changed);
    const QString marks =
        count == 0 ? tr("no step changed") : tr("steps changed, marked in the corner: %1").arg(count);
    m_compareCaption->setText(captionOf(*other) +
                              (currentIsNewer ? QString() : QStringLiteral(" — ") + marks));
    if (currentIsNewer)
        m_currentCaption->setText(m_currentCaption->text() + QStringLiteral(" — ") + marks);
}

void CycleTab::updateActions()
{
    const bool haveCouple = m_coupleId != 0;
    const bool haveMap = mapById(m_currentMapId) != nullptr;
    m_newButton->setEnabled(haveCouple);
    m_archiveButton->setEnabled(haveMap);
    m_kindCombo->setEnabled(haveMap);
    m_compareCombo->setEnabled(haveMap && m_maps.size() > 1);
    m_printButton->setEnabled(haveMap);
    m_exportButton->setEnabled(haveMap);
}

void CycleTab::selectVersion(qint64 mapId)
{
    if (!mapById(mapId))
        return;
    if (mapId != m_currentMapId)
        m_editOlder = false; // each older version is opened read-only again
    m_currentMapId = mapId;
    reload();
}

void CycleTab::compareWith(qint64 mapId)
{
    m_compareMapId = mapById(mapId) && mapId != m_currentMapId ? mapId : 0;
    showCurrent();
}

const CycleMap *CycleTab::mapById(qint64 id) const
{
    for (const CycleMap &m : m_maps)
        if (m.id == id && id != 0)
            return &m;
    return nullptr;
}

CycleContent CycleTab::contentOf(const CycleMap &map) const
{
    return CycleContent::from(map, m_couple);
}

void CycleTab::writeStep(int partner, CycleStep step, const QString &text)
{
    const CycleMap *current = mapById(m_currentMapId);
    if (!current)
        return;
    CycleMap changed = *current;
    changed.chains[std::size_t(partner)][step] = text;
    const Status written = storeMap(changed);
    if (!written) {
        showError(written.error());
        m_view->editStep(partner, step, text); // what was typed stays on screen
        return;
    }
    m_lastError.clear();
    m_message->hide();
}

void CycleTab::setKind(int index)
{
    const CycleMap *current = mapById(m_currentMapId);
    const auto kind = fromKey<CycleKind>(m_kindCombo->itemData(index).toString());
    if (!current || !kind || current->kind == *kind)
        return;
    CycleMap changed = *current;
    changed.kind = *kind;
    if (const Status s = storeMap(changed); !s)
        showError(s.error());
}

Status CycleTab::storeMap(const CycleMap &changed)
{
    const Status written = m_editor.updateCycleMap(changed);
    if (!written.isConflict())
        return written;
    // Asked once the edit that met the conflict has finished (this runs inside the step editor's commit);
    // the typed text stays on the map shown until then.
    if (!m_resolvingConflict) {
        m_resolvingConflict = true;
        QTimer::singleShot(0, this, [this, changed] { resolveConflict(changed); });
    }
    return Status::ok();
}

// Another program changed this version after it was shown here: both versions side by side, and the
// therapist keeps theirs (written over the stored one, knowingly) or takes the stored one, as the session,
// couple and exercise editors ask.
void CycleTab::resolveConflict(CycleMap mine)
{
    const Result<CycleMap> theirs = m_editor.store().cycleMap(mine.id);
    if (!theirs) {
        m_resolvingConflict = false;
        showError(theirs.error());
        return;
    }
    const bool keep =
        WriteConflictDialog::keepMine(this, tr("This cycle version"), chainsText(mine), chainsText(*theirs));
    m_resolvingConflict = false;
    if (keep) {
        mine.rowVersion = theirs->rowVersion;
        if (const Status s = m_editor.updateCycleMap(mine); !s) {
            showError(s.error());
            return;
        }
        m_lastError.clear();
        m_message->hide();
    }
    reload();
}

QString CycleTab::chainsText(const CycleMap &map) const
{
    QStringList lines;
    lines << displayName(map.kind);
    for (int partner = 0; partner < 2; ++partner) {
        const QString stored = m_couple.partners[std::size_t(partner)].name;
        const QString name = stored.isEmpty() ? tr("Partner %1").arg(partner + 1) : stored;
        lines << QString() << name;
        for (CycleStep step : allValues<CycleStep>())
            lines << tr("%1: %2").arg(displayName(step), map.chains[std::size_t(partner)][step]);
    }
    return lines.join(QLatin1Char('\n'));
}

void CycleTab::newVersion()
{
    if (m_coupleId == 0)
        return;
    m_view->commitEdit();
    CycleMap map;
    if (const CycleMap *current = mapById(m_currentMapId)) {
        map.kind = current->kind;
        map.notes = current->notes;
        map.chains = current->chains;
        for (PartnerChain &chain : map.chains)
            chain.uuid.clear();
    }
    map.coupleId = m_coupleId;
    map.date = m_editor.store().today();
    const auto created = m_editor.createCycleMap(map);
    if (!created) {
        showError(created.error());
        return;
    }
    selectVersion(*created);
}

void CycleTab::archiveVersion()
{
    if (const CycleMap *current = mapById(m_currentMapId)) {
        m_view->cancelEdit();
        const qint64 id = current->id;
        m_currentMapId = 0; // the newest remaining version is shown next
        if (const Status s = m_editor.setCycleMapArchived(id, true); !s)
            showError(s.error());
        reload();
    }
}

void CycleTab::print()
{
    const CycleMap *current = mapById(m_currentMapId);
    if (current && printCycleHandout(this, contentOf(*current), m_style))
        recordOutput(QStringLiteral("print"));
}

void CycleTab::recordOutput(const QString &action)
{
    if (const Status s = m_editor.store().recordCoupleEvent(action, {m_coupleId},
                                                            storedAuditSummary(AuditSummaryKey::Cycle));
        !s)
        showError(tr("This could not be recorded in the audit trail: %1").arg(s.error()));
}

void CycleTab::exportCycle()
{
    const CycleMap *current = mapById(m_currentMapId);
    if (!current)
        return;
    const QString path = m_chooseExportPath ? m_chooseExportPath() : chooseCycleExportPath(this);
    if (path.isEmpty())
        return;
    // The audit row is noted on disk before the file is written, so a kill right after writing it still
    // leaves the export in the trail (recorded the next time the practice is opened for writing).
    AuditIntent intent = AuditIntent::begin(m_editor.store().path(), QStringLiteral("export"), {m_coupleId},
                                            storedAuditSummary(AuditSummaryKey::Cycle), path);
    const CycleContent content = contentOf(*current);
    const Status s =
        m_writeExport ? m_writeExport(path, content, m_style) : writeCycleExport(path, content, m_style);
    if (!s) {
        showError(s.error());
        return;
    }
    if (const Status recorded = intent.record(m_editor.store()); !recorded)
        showError(tr("The cycle was exported, but the export is not in the audit trail yet: %1 It is "
                     "recorded the next time the practice can be written.")
                      .arg(recorded.error()));
}

void CycleTab::setExportHooks(ExportPathChooser choosePath, ExportWriter write)
{
    m_chooseExportPath = std::move(choosePath);
    m_writeExport = std::move(write);
}

void CycleTab::showError(const QString &message)
{
    m_lastError = message;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void CycleTab::revealSearchHit(const SearchHit &hit, const SearchTerms &terms)
{
    if (!mapById(hit.recordId)) {
        showError(
            tr("Version %1 of this cycle is archived, so it is not listed here.").arg(hit.cycleVersion));
        return;
    }
    selectVersion(hit.recordId);
    if (hit.field != SearchField::CycleStep || !hit.cycleStep || (hit.partner != 0 && hit.partner != 1))
        return;
    m_view->selectStep(hit.partner, *hit.cycleStep);
    m_view->editStep(hit.partner, *hit.cycleStep);
    highlightSearchMatches(m_view->stepEditor(), terms);
}
} // namespace attune
