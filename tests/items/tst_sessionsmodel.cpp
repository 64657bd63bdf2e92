// Tests for SessionsModel: columns and their display, newest-first order, and that session writes reach
// every open model of that couple as row inserts, changes and removals, never touching other couples.
#include "ItemsTestSupport.h"
#include "TestPractice.h"

#include "items/Roles.h"
#include "items/SessionsModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

void watch(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
}

QList<QDate> dates(const SessionsModel &model)
{
    QList<QDate> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, SessionsModel::DateColumn).data(DateRole).toDate();
    return result;
}

} // namespace

class TestSessionsModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void headersNameEveryColumn();
    void showsSessionsNewestFirst();
    void displaysThroughLocaleAndVocabulary();
    void newSessionInsertsARowInEveryOpenModel();
    void editingASessionChangesOnlyItsRow();
    void archivingASessionRemovesItsRow();
    void otherCouplesSessionsLeaveTheModelAlone();
    void aDateChangeThatReordersRowsStillEndsSorted();
    void switchingCouplesShowsTheirSessions();
    void closingThePracticeEmptiesTheModel();

private:
    QDate day(int daysAgo) const { return fixedNow().date().addDays(-daysAgo); }

    std::unique_ptr<TestPractice> m_practice;
    qint64 m_couple = 0;
    qint64 m_otherCouple = 0;
};

void TestSessionsModel::init()
{
    m_practice = std::make_unique<TestPractice>();
    m_couple = storeCouple(m_practice->store(), makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben")));
    m_otherCouple =
        storeCouple(m_practice->store(), makeCouple(QStringLiteral("Cleo"), QStringLiteral("Dev")));
    QVERIFY(m_couple > 0 && m_otherCouple > 0);
}

void TestSessionsModel::cleanup()
{
    m_practice.reset();
}

void TestSessionsModel::headersNameEveryColumn()
{
    SessionsModel model(m_practice->store());
    watch(&model);
    QCOMPARE(model.columnCount(), 9);
    const QStringList expected = {
        QStringLiteral("Date"),       QStringLiteral("Stage"),  QStringLiteral("Step"),
        QStringLiteral("Attendance"), QStringLiteral("Format"), QStringLiteral("Re-engage"),
        QStringLiteral("Soften"),     QStringLiteral("State"),  QStringLiteral("Focus")};
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    // The short headers' full names, for the tooltip and a screen reader.
    QCOMPARE(model.headerData(SessionsModel::ReengagementColumn, Qt::Horizontal, Qt::AccessibleTextRole)
                 .toString(),
             QStringLiteral("Withdrawer re-engagement"));
    QCOMPARE(model.headerData(SessionsModel::SofteningColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Blamer softening"));
    QCOMPARE(model.rowCount(), 0); // no couple chosen yet
}

void TestSessionsModel::showsSessionsNewestFirst()
{
    PracticeStore &store = m_practice->store();
    for (int daysAgo : {20, 3, 40, 10})
        QVERIFY(storeSession(store, makeSession(m_couple, day(daysAgo))) > 0);
    QVERIFY(storeSession(store, makeSession(m_otherCouple, day(1))) > 0);

    SessionsModel model(store);
    watch(&model);
    model.setCouple(m_couple);
    QCOMPARE(model.coupleId(), m_couple);
    QCOMPARE(dates(model), (QList<QDate>{day(3), day(10), day(20), day(40)}));
    QVERIFY(model.lastError().isEmpty());
}

void TestSessionsModel::displaysThroughLocaleAndVocabulary()
{
    Session session = makeSession(m_couple, day(5));
    session.stage = 2;
    session.step = 6;
    session.attendance = Attendance::PartnerBOnly;
    session.format = SessionFormat::Video;
    session.note.focus = QStringLiteral("Ben's \"wall\" 🧱");
    session.event(ChangeEventKind::WithdrawerReengagement) = {EventLevel::Partial, 1,
                                                              QStringLiteral("I want in")};
    session.event(ChangeEventKind::BlamerSoftening) = {EventLevel::Emerging, 0, QStringLiteral("hold me")};
    const qint64 id = storeSession(m_practice->store(), session);
    QVERIFY(id > 0);

    SessionsModel model(m_practice->store());
    watch(&model);
    model.setCouple(m_couple);
    QCOMPARE(model.rowCount(), 1);
    auto cell = [&](SessionsModel::Column column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(SessionsModel::DateColumn).toString(), QLocale().toString(day(5), QLocale::ShortFormat));
    QCOMPARE(cell(SessionsModel::StageColumn).toString(), QLocale().toString(2));
    QVERIFY(cell(SessionsModel::StageColumn, Qt::ToolTipRole).toString().contains(stageName(2)));
    QCOMPARE(cell(SessionsModel::StepColumn).toString(), QLocale().toString(6));
    QCOMPARE(cell(SessionsModel::AttendanceColumn).toString(), displayName(Attendance::PartnerBOnly));
    QCOMPARE(cell(SessionsModel::FormatColumn).toString(), QStringLiteral("Video"));
    QCOMPARE(cell(SessionsModel::ReengagementColumn).toString(), QStringLiteral("Partial"));
    QCOMPARE(cell(SessionsModel::SofteningColumn).toString(), QStringLiteral("Emerging"));
    QCOMPARE(cell(SessionsModel::SignedColumn).toString(), QStringLiteral("Draft"));
    QCOMPARE(cell(SessionsModel::FocusColumn).toString(), QStringLiteral("Ben's \"wall\" 🧱"));

    // Roles answer the same in every column.
    const QModelIndex any = model.index(0, SessionsModel::FocusColumn);
    QCOMPARE(any.data(IdRole).toLongLong(), id);
    QCOMPARE(any.data(DateRole).toDate(), day(5));
    QCOMPARE(any.data(StageRole).toInt(), 2);
    QCOMPARE(any.data(StepRole).toInt(), 6);
    QCOMPARE(any.data(AttendanceKeyRole).toString(), QStringLiteral("partner_b"));
    QCOMPARE(any.data(FormatKeyRole).toString(), QStringLiteral("video"));
    QCOMPARE(any.data(ReengagementLevelRole).toString(), QStringLiteral("partial"));
    QCOMPARE(any.data(SofteningLevelRole).toString(), QStringLiteral("emerging"));
    QCOMPARE(any.data(SignedRole).toBool(), false);
    QCOMPARE(model.summaryAt(0).id, id);
}

void TestSessionsModel::newSessionInsertsARowInEveryOpenModel()
{
    PracticeStore &store = m_practice->store();
    QVERIFY(storeSession(store, makeSession(m_couple, day(30))) > 0);
    QVERIFY(storeSession(store, makeSession(m_couple, day(10))) > 0);
    SessionsModel first(store);
    SessionsModel second(store);
    first.setCouple(m_couple);
    second.setCouple(m_couple);
    watch(&first);
    watch(&second);
    ModelSpies firstSpies(&first);
    ModelSpies secondSpies(&second);

    // Between the two: it lands in the middle row.
    const qint64 id = storeSession(store, makeSession(m_couple, day(20)));
    QVERIFY(id > 0);

    for (ModelSpies *spies : {&firstSpies, &secondSpies}) {
        QCOMPARE(spies->inserted.count(), 1);
        QCOMPARE(structuralRows(spies->inserted.first()), qMakePair(1, 1));
        QVERIFY(spies->noReset());
        QVERIFY(spies->removed.isEmpty());
        QVERIFY(spies->changed.isEmpty());
    }
    QCOMPARE(first.rowOf(id), 1);
    QCOMPARE(dates(second), (QList<QDate>{day(10), day(20), day(30)}));

    // The newest goes on top.
    QVERIFY(storeSession(store, makeSession(m_couple, day(1))) > 0);
    QCOMPARE(structuralRows(firstSpies.inserted.last()), qMakePair(0, 0));
    QVERIFY(firstSpies.noReset());
}

void TestSessionsModel::editingASessionChangesOnlyItsRow()
{
    PracticeStore &store = m_practice->store();
    QVERIFY(storeSession(store, makeSession(m_couple, day(30))) > 0);
    const qint64 id = storeSession(store, makeSession(m_couple, day(20)));
    QVERIFY(storeSession(store, makeSession(m_couple, day(10))) > 0);
    QVERIFY(id > 0);
    SessionsModel first(store);
    SessionsModel second(store);
    first.setCouple(m_couple);
    second.setCouple(m_couple);
    watch(&first);
    watch(&second);
    ModelSpies firstSpies(&first);
    ModelSpies secondSpies(&second);

    Result<Session> session = store.session(id);
    QVERIFY(session);
    session->note.focus = QStringLiteral("Naming the cycle");
    session->stage = 1;
    session->step = 3;
    session->event(ChangeEventKind::BlamerSoftening) = {EventLevel::Complete, 0,
                                                        QStringLiteral("I need you")};
    QVERIFY(store.updateSession(*session));

    for (ModelSpies *spies : {&firstSpies, &secondSpies}) {
        QCOMPARE(spies->changed.count(), 1);
        QCOMPARE(changedRows(spies->changed.first()), qMakePair(1, 1));
        QVERIFY(spies->noReset());
        QVERIFY(spies->inserted.isEmpty() && spies->removed.isEmpty());
    }
    const QModelIndex bottomRight = firstSpies.changed.first().at(1).value<QModelIndex>();
    QCOMPARE(bottomRight.column(), SessionsModel::ColumnCount - 1);
    QCOMPARE(first.index(1, SessionsModel::FocusColumn).data().toString(),
             QStringLiteral("Naming the cycle"));
    QCOMPARE(second.index(1, SessionsModel::StepColumn).data(StepRole).toInt(), 3);
    QCOMPARE(second.index(1, 0).data(SofteningLevelRole).toString(), QStringLiteral("complete"));
}

void TestSessionsModel::archivingASessionRemovesItsRow()
{
    PracticeStore &store = m_practice->store();
    QVERIFY(storeSession(store, makeSession(m_couple, day(30))) > 0);
    const qint64 id = storeSession(store, makeSession(m_couple, day(20)));
    QVERIFY(id > 0);
    SessionsModel current(store);
    SessionsModel all(store);
    all.setArchiveFilter(ArchiveFilter::All);
    current.setCouple(m_couple);
    all.setCouple(m_couple);
    watch(&current);
    watch(&all);
    ModelSpies currentSpies(&current);
    ModelSpies allSpies(&all);

    QVERIFY(store.setSessionArchived(id, true));

    QCOMPARE(currentSpies.removed.count(), 1);
    QCOMPARE(structuralRows(currentSpies.removed.first()), qMakePair(0, 0));
    QCOMPARE(current.rowOf(id), -1);
    QCOMPARE(current.rowCount(), 1);
    QVERIFY(currentSpies.noReset());
    // The archive-inclusive view keeps the row and only sees it change.
    QCOMPARE(allSpies.changed.count(), 1);
    QVERIFY(allSpies.removed.isEmpty() && allSpies.noReset());
    QCOMPARE(all.index(all.rowOf(id), 0).data(ArchivedRole).toBool(), true);
}

void TestSessionsModel::otherCouplesSessionsLeaveTheModelAlone()
{
    PracticeStore &store = m_practice->store();
    QVERIFY(storeSession(store, makeSession(m_couple, day(30))) > 0);
    SessionsModel model(store);
    model.setCouple(m_couple);
    watch(&model);
    ModelSpies spies(&model);

    QVERIFY(storeSession(store, makeSession(m_otherCouple, day(2))) > 0);

    QVERIFY(spies.inserted.isEmpty() && spies.removed.isEmpty() && spies.changed.isEmpty() &&
            spies.noReset());
    QCOMPARE(model.rowCount(), 1);
}

void TestSessionsModel::aDateChangeThatReordersRowsStillEndsSorted()
{
    PracticeStore &store = m_practice->store();
    const qint64 oldest = storeSession(store, makeSession(m_couple, day(30)));
    QVERIFY(storeSession(store, makeSession(m_couple, day(20))) > 0);
    QVERIFY(storeSession(store, makeSession(m_couple, day(10))) > 0);
    QVERIFY(oldest > 0);
    SessionsModel model(store);
    model.setCouple(m_couple);
    watch(&model);

    Result<Session> session = store.session(oldest);
    QVERIFY(session);
    session->date = day(1);
    QVERIFY(store.updateSession(*session));

    QCOMPARE(model.rowOf(oldest), 0);
    QCOMPARE(dates(model), (QList<QDate>{day(1), day(10), day(20)}));
}

void TestSessionsModel::switchingCouplesShowsTheirSessions()
{
    PracticeStore &store = m_practice->store();
    QVERIFY(storeSession(store, makeSession(m_couple, day(30))) > 0);
    QVERIFY(storeSession(store, makeSession(m_couple, day(20))) > 0);
    const qint64 other = storeSession(store, makeSession(m_otherCouple, day(5)));
    QVERIFY(other > 0);
    SessionsModel model(store);
    watch(&model);
    model.setCouple(m_couple);
    QCOMPARE(model.rowCount(), 2);
    model.setCouple(m_otherCouple);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), other);
    model.setCouple(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestSessionsModel::closingThePracticeEmptiesTheModel()
{
    QVERIFY(storeSession(m_practice->store(), makeSession(m_couple, day(30))) > 0);
    SessionsModel model(m_practice->store());
    model.setCouple(m_couple);
    watch(&model);
    QSignalSpy failed(&model, &SessionsModel::loadFailed);

    m_practice->reopen();

    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.reload());
    QCOMPARE(failed.count(), 1);
    QVERIFY(!model.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionsModel)
#include "tst_sessionsmodel.moc"
