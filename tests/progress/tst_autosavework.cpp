// One autosave does one field's work (issue 17): a focus edit writes no child rows (markers, ratings,
// totals, homework, goals), the Progress tab does not rebuild and the brief rebuilds at most once; the
// store announces the session and the kinds of fields that changed, and a view behind another tab
// rebuilds once, when it is shown. Counts, never times: speed is bench_autosave's.
#include "TestPractice.h"

#include "commands/PracticeEditor.h"
#include "progress/PreAppointmentBrief.h"
#include "progress/ProgressTab.h"

#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace attune;
using namespace attune::test;
using namespace Qt::StringLiterals;

namespace {

// A session with every kind of child row, as a therapist's real notes have.
Session fullSession(qint64 coupleId, QDate date)
{
    Session s = makeSession(coupleId, date);
    s.note.focus = u"The Sunday argument"_s;
    s.note.text = u"Ana named her fear."_s;
    s.event(ChangeEventKind::WithdrawerReengagement) = {EventLevel::Partial, 1, u"I want in"_s, {}};
    s.event(ChangeEventKind::BlamerSoftening) = {EventLevel::Emerging, 0, u"Hold me"_s, {}};
    s.bondRatings = {BondRating{0, {3, 4, 5, 6, 7}, {}}, BondRating{1, {2, 2, 3, 3, 4}, {}}};
    s.outcomes = {OutcomeScore{0, Instrument::Csi16, 44.5, {}}, OutcomeScore{1, Instrument::Rdas, 41, {}}};
    s.homework = {HomeworkItem{{}, u"Notice the turn away"_s, false},
                  HomeworkItem{{}, u"One soft word"_s, true}};
    return s;
}

// What the connection ran while watched: every statement, and those that wrote a session's child rows.
struct StatementLog
{
    QStringList all;
    QStringList childWrites;

    explicit StatementLog(PracticeStore &store)
        : m_store(store)
    {
        store.watchStatements([this](const char *sql) {
            const QString text = QString::fromUtf8(sql).simplified();
            all << text;
            static const QRegularExpression childWrite(
                uR"(^(INSERT( OR \w+)? INTO|UPDATE|DELETE FROM|REPLACE INTO) (change_events|bond_ratings|)"
                uR"(outcome_scores|homework|session_goals)\b)"_s,
                QRegularExpression::CaseInsensitiveOption);
            if (childWrite.match(text).hasMatch())
                childWrites << text;
        });
    }
    ~StatementLog() { m_store.watchStatements({}); }
    StatementLog(const StatementLog &) = delete;
    StatementLog &operator=(const StatementLog &) = delete;

private:
    PracticeStore &m_store;
};

struct Fixture
{
    TestPractice practice;
    PracticeEditor editor{practice.store()};
    qint64 coupleId = 0;
    qint64 sessionId = 0;

    Fixture()
    {
        const auto id = practice.store().createCouple(makeCouple(u"Ana Ruiz"_s, u"Ben Ruiz"_s));
        if (!id)
            qFatal("createCouple failed");
        coupleId = *id;
        for (int i = 3; i >= 1; --i) {
            const auto sid =
                practice.store().createSession(fullSession(coupleId, fixedNow().date().addDays(-7 * i)));
            if (!sid)
                qFatal("createSession failed: %s", qPrintable(sid.error()));
            sessionId = *sid;
        }
    }
    Session stored() { return *practice.store().session(sessionId); }
};

} // namespace

class TestAutosaveWork : public QObject
{
    Q_OBJECT
private slots:
    void aFocusEditWritesNoChildRowsAndRebuildsNoChart()
    {
        Fixture f;
        ProgressTab progress(f.editor);
        PreAppointmentBrief brief(f.practice.store());
        progress.setCouple(f.coupleId);
        brief.setCouple(f.coupleId);
        const int progressBefore = progress.rebuildCount();
        const int briefBefore = brief.reloadCount();
        QSignalSpy precise(&f.practice.store().changes(), &ChangeNotifier::sessionChanged);
        QSignalSpy couples(&f.practice.store(), &PracticeStore::coupleChanged);

        Session edited = f.stored();
        edited.note.focus = u"The Sunday argument, and what came after"_s;
        {
            StatementLog log(f.practice.store());
            const Status saved = f.editor.updateSession(edited, PracticeEditor::Merge::Typing);
            QVERIFY2(saved, qPrintable(saved.error()));
            QVERIFY2(log.childWrites.isEmpty(), qPrintable(log.childWrites.join(u'\n')));
            QVERIFY(!log.all.isEmpty()); // the watch saw the autosave's own statements
        }
        QCOMPARE(f.stored().note.focus, edited.note.focus);
        QCOMPARE(f.stored().homework.size(), 2);

        QCOMPARE(progress.rebuildCount() - progressBefore, 0);
        QVERIFY(brief.reloadCount() - briefBefore <= 1);
        QVERIFY(brief.lastSessionLabel()->text().contains(u"and what came after"_s));
        QCOMPARE(precise.count(), 1);
        QCOMPARE(precise.first().at(1).toLongLong(), f.sessionId);
        QCOMPARE(precise.first().at(2).value<SessionFields>(), SessionFields(SessionField::Focus));
        QCOMPARE(couples.count(), 0); // the couple's summary does not show the focus
    }

    void aNarrativeEditRebuildsNeitherView()
    {
        Fixture f;
        ProgressTab progress(f.editor);
        PreAppointmentBrief brief(f.practice.store());
        progress.setCouple(f.coupleId);
        brief.setCouple(f.coupleId);
        const int progressBefore = progress.rebuildCount();
        const int briefBefore = brief.reloadCount();
        Session edited = f.stored();
        edited.note.text += u" Ben listened."_s;
        QVERIFY(f.editor.updateSession(edited, PracticeEditor::Merge::Typing));
        QCOMPARE(progress.rebuildCount(), progressBefore);
        QCOMPARE(brief.reloadCount(), briefBefore);
    }

    void aMarkerEditWritesOnlyMarkersAndRebuildsEachViewOnce()
    {
        Fixture f;
        ProgressTab progress(f.editor);
        PreAppointmentBrief brief(f.practice.store());
        progress.setCouple(f.coupleId);
        brief.setCouple(f.coupleId);
        const int progressBefore = progress.rebuildCount();
        const int briefBefore = brief.reloadCount();
        Session edited = f.stored();
        edited.event(ChangeEventKind::BlamerSoftening).level = EventLevel::Complete;
        {
            StatementLog log(f.practice.store());
            QVERIFY(f.editor.updateSession(edited));
            QVERIFY(!log.childWrites.isEmpty());
            for (const QString &sql : std::as_const(log.childWrites))
                QVERIFY2(sql.contains(u"change_events"_s), qPrintable(sql));
        }
        QCOMPARE(f.stored().event(ChangeEventKind::BlamerSoftening).level, EventLevel::Complete);
        QCOMPARE(f.stored().bondRatings.size(), 2);
        QCOMPARE(progress.rebuildCount() - progressBefore, 1);
        QCOMPARE(brief.reloadCount() - briefBefore, 1);
    }

    void everyKindOfEditIsStoredWhole()
    {
        // Writing only what changed must still store every change: each kind of field, one at a time.
        Fixture f;
        Session edited = f.stored();
        edited.stage = 2;
        edited.step = 5;
        QVERIFY(f.editor.updateSession(edited));
        edited = f.stored();
        edited.bondRatings.removeLast();
        edited.bondRatings.first().signs[2] = 9;
        QVERIFY(f.editor.updateSession(edited));
        edited = f.stored();
        edited.outcomes.removeFirst();
        edited.homework.append({{}, u"A new one"_s, false});
        edited.homework.first().done = true;
        QVERIFY(f.editor.updateSession(edited));
        const Session stored = f.stored();
        QCOMPARE(stored.stage, 2);
        QCOMPARE(stored.step, 5);
        QCOMPARE(stored.bondRatings.size(), 1);
        QCOMPARE(stored.bondRatings.first().signs[2], 9);
        QCOMPARE(stored.outcomes.size(), 1);
        QCOMPARE(stored.outcomes.first().instrument, Instrument::Rdas);
        QCOMPARE(stored.homework.size(), 3);
        QVERIFY(stored.homework.first().done);
        QCOMPARE(stored.homework.last().text, u"A new one"_s);
        // Undo writes the earlier value back the same way.
        f.editor.undoStack().undo();
        QCOMPARE(f.stored().homework.size(), 2);
        QCOMPARE(f.stored().outcomes.size(), 2);
    }

    void aHiddenTabRebuildsOnceWhenShown()
    {
        Fixture f;
        QTabWidget tabs;
        auto *front = new QWidget;
        auto *progress = new ProgressTab(f.editor);
        tabs.addTab(front, u"Overview"_s);
        tabs.addTab(progress, u"Progress"_s);
        progress->setCouple(f.coupleId);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        const int before = progress->rebuildCount();
        for (int level = 1; level <= 3; ++level) {
            Session edited = f.stored();
            edited.event(ChangeEventKind::WithdrawerReengagement).level = EventLevel(level);
            QVERIFY(f.editor.updateSession(edited));
        }
        QCOMPARE(progress->rebuildCount(), before); // nobody looks at it
        tabs.setCurrentWidget(progress);
        QCOMPARE(progress->rebuildCount(), before + 1);
        tabs.setCurrentWidget(front);
        tabs.setCurrentWidget(progress);
        QCOMPARE(progress->rebuildCount(), before + 1); // nothing changed meanwhile
    }
};

QTEST_MAIN(TestAutosaveWork)
#include "tst_autosavework.moc"
