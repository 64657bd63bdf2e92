#include "MainWindow.h"

#include "CouplesPane.h"

#include "items/SessionsModel.h"
#include "store/PracticeStore.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace attune {

MainWindow::MainWindow(PracticeStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_couples(new CouplesPane(store, this))
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_sessions(new SessionsModel(store, this))
    , m_sessionTable(new QTableView(this))
{
    setWindowTitle(tr("%1 — Attune").arg(QFileInfo(store.path()).fileName()));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sessionTable->setModel(m_sessions);
    m_sessionTable->setAccessibleName(tr("Sessions"));
    m_sessionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessionTable->setAlternatingRowColors(true);
    m_sessionTable->verticalHeader()->hide();
    m_sessionTable->horizontalHeader()->setStretchLastSection(true);
    m_sessionTable->setWordWrap(false);

    auto *record = new QWidget(this);
    auto *recordLayout = new QVBoxLayout(record);
    recordLayout->addWidget(m_heading);
    recordLayout->addWidget(m_details);
    recordLayout->addWidget(m_sessionTable, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_couples);
    splitter->addWidget(record);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    createMenus();
    connect(m_couples, &CouplesPane::currentCoupleChanged, this, &MainWindow::showCouple);
    connect(m_couples, &CouplesPane::countChanged, this,
            [this](int count) { statusBar()->showMessage(tr("%n couple(s)", nullptr, count)); });
    connect(&m_store, &PracticeStore::coupleChanged, this, [this](qint64 id) {
        if (id == m_coupleId)
            showCouple(id);
    });
    connect(m_sessions, &SessionsModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Attune"), message); });
    statusBar()->showMessage(tr("%n couple(s)", nullptr, m_couples->visibleCount()));
    showCouple(0);
    m_couples->selectFirstCouple();
    resize(1280, 800);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Attune"), this, &MainWindow::showAbout);
}

void MainWindow::showCouple(qint64 coupleId)
{
    m_coupleId = coupleId;
    m_sessions->setCouple(coupleId);
    if (coupleId == 0) {
        m_heading->setText(tr("No couple selected"));
        m_details->setText(tr("Choose a couple on the left to see their sessions."));
        return;
    }
    const auto summary = m_store.coupleSummary(coupleId);
    if (!summary) {
        m_heading->setText(tr("This couple could not be shown"));
        m_details->setText(summary.error());
        return;
    }
    m_heading->setText(summary->name);
    QStringList lines;
    lines << tr("%1 (%2) and %3 (%4) — %5 pattern")
                 .arg(summary->partnerNames[0], displayName(summary->positions[0]).toLower(),
                      summary->partnerNames[1], displayName(summary->positions[1]).toLower(),
                      displayName(summary->pattern).toLower());
    if (summary->stage > 0)
        lines << tr("Stage %1 (%2), step %3 · %n session(s), the latest on %4", nullptr,
                    summary->sessionCount)
                     .arg(summary->stage)
                     .arg(stageName(summary->stage))
                     .arg(summary->step)
                     .arg(QLocale().toString(summary->lastSessionDate, QLocale::LongFormat));
    else
        lines << tr("No sessions yet");
    lines << tr("Status: %1").arg(displayName(summary->status));
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_sessionTable->resizeColumnsToContents();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Attune"),
                       tr("<h3>Attune %1</h3><p>Case notes for couples therapists who work with Emotionally "
                          "Focused Therapy.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace attune
