// Edit → Find…; see FindWindow.h.
#include "FindWindow.h"

#include "i18n/DateText.h"

#include "SnippetDelegate.h"

#include "items/Roles.h"
#include "items/SearchResultsModel.h"
#include "store/PracticeStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace attune {
namespace {

const QString kProblemStyle = QStringLiteral("color: #a12a1f;");

} // namespace

FindWindow::FindWindow(PracticeStore &store, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_store(store)
    , m_model(new SearchResultsModel(this))
    , m_query(new QLineEdit(this))
    , m_coupleLabel(new QLabel(this))
    , m_couple(new QComboBox(this))
    , m_archived(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
{
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_coupleLabel->setBuddy(m_couple);
    m_couple->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_couple->setMinimumContentsLength(18);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(SearchResultsModel::SnippetColumn, new SnippetDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QString widestDate = shortDate(QDate(2026, 12, 28));
    // The date sits under the couple's row, indented; the place reads "Cycle v2 · Mary Miller: Trigger".
    header->resizeSection(SearchResultsModel::DateColumn,
                          2 * m_view->indentation() + fontMetrics().horizontalAdvance(widestDate) + 2 * em);
    header->resizeSection(SearchResultsModel::WhereColumn, 22 * em);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_query, 1);
    filters->addSpacing(em);
    filters->addWidget(m_coupleLabel);
    filters->addWidget(m_couple);
    filters->addSpacing(em);
    filters->addWidget(m_archived);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FindWindow::searchNow);
    connect(m_query, &QLineEdit::textChanged, this, &FindWindow::scheduleSearch);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce.isActive())
            searchNow();
        const QModelIndex current = m_view->currentIndex();
        open(m_model->hitAt(current) ? current : m_model->firstHitIndex());
    });
    connect(m_couple, &QComboBox::activated, this, &FindWindow::searchNow);
    connect(m_archived, &QCheckBox::toggled, this, [this] {
        fillCouples();
        searchNow();
    });
    // A click opens a result; on a couple's row it folds or unfolds its results.
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (m_model->hitAt(index))
            open(index);
        else
            m_view->setExpanded(index.siblingAtColumn(0), !m_view->isExpanded(index.siblingAtColumn(0)));
    });
    connect(m_view, &QAbstractItemView::activated, this, &FindWindow::open);
    // What the results show may change while the window is open (typing, undo, an import).
    for (auto changed : {&PracticeStore::coupleChanged, &PracticeStore::sessionsChanged,
                         &PracticeStore::cycleMapsChanged, &PracticeStore::exercisesChanged})
        connect(&m_store, changed, this, [this] {
            if (isVisible() && !m_query->text().trimmed().isEmpty())
                scheduleSearch();
        });

    setTexts();
    fillCouples();
    searchNow();
    resize(1120, 640); // fits a 1280×720 screen with the window frame
}

void FindWindow::setTexts()
{
    setWindowTitle(tr("Find"));
    m_query->setPlaceholderText(tr("Words to find, \"a phrase\", -word to leave out"));
    m_query->setAccessibleName(tr("Find in the whole practice"));
    m_coupleLabel->setText(tr("C&ouple:"));
    m_couple->setAccessibleName(tr("Only this couple"));
    m_archived->setText(tr("Include &archived"));
    m_archived->setToolTip(tr("Also search archived couples, sessions, cycle versions and exercises"));
    m_view->setAccessibleName(tr("Search results"));
    m_status->setAccessibleName(tr("Search summary"));
}

void FindWindow::fillCouples()
{
    const qint64 chosen = m_couple->currentData().toLongLong();
    m_couple->clear();
    m_couple->addItem(tr("All couples"), qint64(0));
    const auto couples =
        m_store.coupleSummaries(m_archived->isChecked() ? ArchiveFilter::All : ArchiveFilter::Current);
    if (!couples) {
        showStatus(couples.error(), true);
        return;
    }
    for (const CoupleSummary &c : *couples)
        m_couple->addItem(c.archived ? tr("%1 (archived)").arg(c.name) : c.name, c.id);
    m_couple->setCurrentIndex(qMax(0, m_couple->findData(chosen)));
}

void FindWindow::present()
{
    fillCouples();
    show();
    raise();
    activateWindow();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void FindWindow::scheduleSearch()
{
    m_debounce.start();
}

void FindWindow::searchNow()
{
    m_debounce.stop();
    const QString text = m_query->text();
    const auto terms = parseSearchText(text);
    if (!terms || terms->required.isEmpty()) {
        m_terms = {};
        m_model->setResults({});
        if (terms)
            showStatus(tr("Type words to find them in every note, cycle, exercise and couple's record: "
                          "\"a phrase\" finds those words together, -word leaves out what has that word."));
        else
            showStatus(terms.error(), true);
        emit resultsShown();
        return;
    }
    const auto results = m_store.search(
        {text, m_couple->currentData().toLongLong(), m_archived->isChecked(), SearchRequest().limit});
    if (!results) {
        m_model->setResults({});
        showStatus(results.error(), true);
        emit resultsShown();
        return;
    }
    m_terms = *terms;
    m_model->setResults(*results);
    m_view->expandAll();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
    if (results->hits.isEmpty()) {
        showStatus(m_archived->isChecked()
                       ? tr("Nothing was found for %1.").arg(text.trimmed())
                       : tr("Nothing was found for %1. Archived records are left out; tick Include archived "
                            "to search them too.")
                             .arg(text.trimmed()));
    } else if (results->total > results->hits.size()) {
        showStatus(tr("The best %1 of %2 results; add a word to narrow the search.")
                       .arg(QLocale().toString(qsizetype(results->hits.size())),
                            QLocale().toString(results->total)));
    } else {
        showStatus(tr("%n result(s)", nullptr, int(results->hits.size())) + QStringLiteral(", ") +
                   tr("%n couple(s)", nullptr, m_model->coupleCount()));
    }
    m_view->setCurrentIndex(m_model->firstHitIndex());
    emit resultsShown();
}

void FindWindow::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? kProblemStyle : QString());
}

void FindWindow::open(const QModelIndex &index)
{
    const SearchHit *hit = m_model->hitAt(index);
    if (!hit)
        return;
    m_view->setCurrentIndex(index.siblingAtColumn(0));
    const SearchHit chosen = *hit; // the model may be refreshed by what opening the hit does
    hide();
    emit openHitRequested(chosen, m_terms);
}

bool FindWindow::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setTexts();
        fillCouples();
        searchNow(); // the places ("Session · Note") and the summary in the new language
    }
    return QDialog::event(event);
}

bool FindWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Down from the query lands on the best result, ready for Enter (the view emits activated).
        if (watched == m_query && key->key() == Qt::Key_Down) {
            if (m_debounce.isActive())
                searchNow();
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace attune
