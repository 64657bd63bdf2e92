// File → Audit Trail; see AuditTrailWindow.h.
#include "AuditTrailWindow.h"

#include "i18n/DateText.h"

#include "items/AuditTrailModel.h"
#include "items/Roles.h"
#include "store/PracticeStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace attune {
namespace {

const QString kProblemStyle = QStringLiteral("color: #a12a1f;");
const QString kWholeStyle = QStringLiteral("color: #1e6b34;");

QDateEdit *dateField(const QString &accessibleName, QDate date, QWidget *parent)
{
    auto *field = new QDateEdit(date, parent);
    field->setCalendarPopup(true);
    // Its size hint leaves no room for a long local date beside the popup arrow.
    const QString widest = shortDate(QDate(2026, 12, 28));
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(widest) + 48);
    field->setAccessibleName(accessibleName);
    field->setEnabled(false); // until its check box is ticked
    return field;
}

} // namespace

AuditTrailWindow::AuditTrailWindow(PracticeStore &store, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_store(store)
    , m_model(new AuditTrailModel(store, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_fromEnabled(new QCheckBox(tr("From:"), this))
    , m_from(dateField(tr("From date"), store.today().addMonths(-1), this))
    , m_toEnabled(new QCheckBox(tr("To:"), this))
    , m_to(dateField(tr("To date"), store.today(), this))
    , m_action(new QComboBox(this))
    , m_couple(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_verify(new QPushButton(tr("&Verify Chain"), this))
{
    setWindowTitle(tr("Audit Trail"));
    m_action->setAccessibleName(tr("Action"));
    m_couple->setAccessibleName(tr("Couple"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_couple->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_couple->setMinimumContentsLength(16);
    m_verify->setToolTip(tr("Check that no row of the trail was altered, inserted or removed"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setAccessibleName(tr("Chain check"));
    m_count->setAccessibleName(tr("Rows shown"));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortKeyRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditTrailModel::TimeColumn, Qt::DescendingOrder); // newest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Audit trail"));
    // Fixed row heights and column widths: measuring thousands of rows' contents would make it slow.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QDateTime widestTime(QDate(2026, 12, 28), QTime(22, 58, 58));
    const QString timeSample = shortDate(widestTime.date()) + QLatin1Char(' ') +
                               QLocale().toString(widestTime.time(), QLocale::LongFormat);
    header->resizeSection(AuditTrailModel::TimeColumn, fontMetrics().horizontalAdvance(timeSample) + 2 * em);
    header->resizeSection(AuditTrailModel::ClinicianColumn, 12 * em);
    // Wide enough for the widest action in this language ("Configuración del bloqueo"), not a guess.
    int actionWidth = fontMetrics().horizontalAdvance(tr("Action"));
    for (const QString &action : AuditTrailModel::knownActions())
        actionWidth =
            std::max(actionWidth, fontMetrics().horizontalAdvance(AuditTrailModel::actionLabel(action)));
    header->resizeSection(AuditTrailModel::ActionColumn, actionWidth + 2 * em);
    header->resizeSection(AuditTrailModel::CoupleColumn, 18 * em);
    header->resizeSection(
        AuditTrailModel::RecordColumn,
        fontMetrics().horizontalAdvance(AuditTrailModel::recordTypeLabel(QStringLiteral("exercise"))) +
            2 * em);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addSpacing(em);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    filters->addSpacing(em);
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addSpacing(em);
    auto *coupleLabel = new QLabel(tr("C&ouple:"), this);
    coupleLabel->setBuddy(m_couple);
    filters->addWidget(coupleLabel);
    filters->addWidget(m_couple);
    filters->addStretch(1);

    auto *note = new QLabel(tr("Dates and times are local; point at a time to see it in UTC."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_verdict, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    fillActions();
    fillCouples();
    applyFilter();

    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled})
        connect(box, &QCheckBox::toggled, this, &AuditTrailWindow::applyFilter);
    for (QDateEdit *field : {m_from, m_to})
        connect(field, &QDateEdit::dateChanged, this, &AuditTrailWindow::applyFilter);
    for (QComboBox *field : {m_action, m_couple})
        connect(field, &QComboBox::currentIndexChanged, this, &AuditTrailWindow::applyFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditTrailWindow::verifyChain);
    // Every write adds rows; the store announces record changes (lock and backup events show on the
    // next activation of the window).
    for (auto signal : {&PracticeStore::coupleChanged, &PracticeStore::sessionsChanged,
                        &PracticeStore::cycleMapsChanged, &PracticeStore::exercisesChanged})
        connect(&store, signal, this, &AuditTrailWindow::refresh);
    connect(&store, &PracticeStore::coupleChanged, this, &AuditTrailWindow::fillCouples);

    resize(1100, 640);
}

bool AuditTrailWindow::event(QEvent *event)
{
    if (event->type() == QEvent::WindowActivate)
        refresh();
    return QDialog::event(event);
}

void AuditTrailWindow::refresh()
{
    fillActions();
    if (!m_model->reload())
        showProblem(tr("The audit trail could not be read: %1").arg(m_model->lastError()));
    showCount();
}

void AuditTrailWindow::applyFilter()
{
    AuditFilter filter;
    // The days the user picks are local days; the trail stores UTC instants.
    if (m_fromEnabled->isChecked())
        filter.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_toEnabled->isChecked())
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    if (const QString action = m_action->currentData().toString(); !action.isEmpty())
        filter.actions = {action};
    filter.coupleUuid = m_couple->currentData().toString();
    if (!m_model->setFilter(filter))
        showProblem(tr("The audit trail could not be read: %1").arg(m_model->lastError()));
    showCount();
}

void AuditTrailWindow::fillActions()
{
    const auto actions = m_store.auditActions();
    if (!actions) {
        showProblem(tr("The audit trail could not be read: %1").arg(actions.error()));
        return;
    }
    const QString current = m_action->currentData().toString();
    if (m_action->count() == actions->size() + 1)
        return; // the same actions as before: keep the list as it is
    const QSignalBlocker quiet(m_action);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    for (const QString &action : *actions)
        m_action->addItem(AuditTrailModel::actionLabel(action), action);
    m_action->setCurrentIndex(qMax(0, m_action->findData(current)));
}

void AuditTrailWindow::fillCouples()
{
    const auto couples = m_store.coupleSummaries(ArchiveFilter::All);
    if (!couples) {
        showProblem(tr("The couples could not be read: %1").arg(couples.error()));
        return;
    }
    QList<CoupleSummary> sorted = *couples;
    std::sort(sorted.begin(), sorted.end(), [](const CoupleSummary &a, const CoupleSummary &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    QHash<QString, QString> names;
    const QString current = m_couple->currentData().toString();
    const QSignalBlocker quiet(m_couple);
    m_couple->clear();
    m_couple->addItem(tr("All couples"), QString());
    for (const CoupleSummary &c : std::as_const(sorted)) {
        names.insert(c.uuid, c.name);
        m_couple->addItem(c.archived ? tr("%1 (archived)").arg(c.name) : c.name, c.uuid);
    }
    m_couple->setCurrentIndex(qMax(0, m_couple->findData(current)));
    m_model->setCoupleNames(names);
}

void AuditTrailWindow::showCount()
{
    m_count->setText(tr("%n row(s)", nullptr, m_model->rowCount()));
}

void AuditTrailWindow::showProblem(const QString &message)
{
    m_verdict->setStyleSheet(kProblemStyle);
    m_verdict->setText(message);
}

void AuditTrailWindow::verifyChain()
{
    const auto verdict = m_store.verifyAuditTrail();
    if (!verdict) {
        showProblem(tr("The audit trail could not be checked: %1").arg(verdict.error()));
        return;
    }
    if (verdict->intact()) {
        m_verdict->setStyleSheet(kWholeStyle);
        m_verdict->setText(tr("The chain is whole: none of its %n row(s) was altered, inserted or removed.",
                              nullptr, verdict->rows));
        return;
    }
    showProblem(tr("The chain is broken at row %1. %2").arg(verdict->firstBadRow).arg(verdict->problem));
    const int row = m_model->rowOfEntry(verdict->firstBadRow);
    if (row >= 0) {
        const QModelIndex shown = m_sorted->mapFromSource(m_model->index(row, 0));
        m_table->selectRow(shown.row());
        m_table->scrollTo(shown);
    }
}

AuditTrailWindow *showAuditTrail(PracticeStore &store, QWidget *parent)
{
    auto *window =
        parent ? parent->findChild<AuditTrailWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!window) {
        window = new AuditTrailWindow(store, parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace attune
