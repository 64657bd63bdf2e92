// The text alternatives of the progress charts (issue 13, item 18): built from ProgressData, they say
// each partner's first and latest value, the sessions charted and the cutoff, and how far each change
// event has come; a chart with nothing to say gives no summary rather than a misleading one.
#include "TestPractice.h"

#include "i18n/DateText.h"
#include "i18n/Translations.h"
#include "progress/ProgressSummary.h"

#include <QTest>

using namespace attune;
using namespace attune::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kStart(2026, 1, 5);
const std::array<QString, 2> kNames{u"Ana"_s, u"Ben"_s};

QList<Session> nineSessions()
{
    QList<Session> sessions;
    for (int i = 0; i < 9; ++i) {
        Session s = makeSession(1, kStart.addDays(7 * i));
        s.id = 100 + i;
        s.stage = 1;
        s.step = 2;
        sessions.append(s);
    }
    return sessions;
}

} // namespace

class TestProgressSummary : public QObject
{
    Q_OBJECT

private slots:
    // English plurals ("9 sessions") come from the English catalogue, as in the application.
    void initTestCase() { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    void outcomeSaysFirstAndLatestTotalsAndTheCutoff()
    {
        QList<Session> sessions = nineSessions();
        sessions[0].outcomes.append({0, Instrument::Csi16, 41, QString()});
        sessions[0].outcomes.append({1, Instrument::Csi16, 34, QString()});
        sessions[4].outcomes.append({0, Instrument::Csi16, 50, QString()});
        sessions[8].outcomes.append({0, Instrument::Csi16, 65, QString()});
        sessions[8].outcomes.append({1, Instrument::Csi16, 55, QString()});
        const ProgressData data = buildProgress(sessions);
        QCOMPARE(outcomeSummary(data, Instrument::Csi16, kNames, QLocale::c()),
                 u"CSI-16: Ana 41 → 65, Ben 34 → 55 over 9 sessions; distress cutoff 51.5"_s);
        // An instrument nobody took has nothing to summarise.
        QCOMPARE(outcomeSummary(data, Instrument::Rdas, kNames, QLocale::c()), QString());
    }

    void outcomeWithOneTotalSaysOnlyThatTotal()
    {
        QList<Session> sessions = nineSessions();
        sessions[3].outcomes.append({1, Instrument::Csi4, 12.5, QString()});
        const QString text = outcomeSummary(buildProgress(sessions), Instrument::Csi4, kNames, QLocale::c());
        QCOMPARE(text, u"CSI-4: Ben 12.5 over 9 sessions; distress cutoff 13.5"_s);
    }

    void changeEventsSayHowFarEachHasCome()
    {
        QList<Session> sessions = nineSessions();
        sessions[2].event(ChangeEventKind::WithdrawerReengagement) = {EventLevel::Emerging, 1, u"x"_s, {}};
        sessions[6].event(ChangeEventKind::WithdrawerReengagement) = {EventLevel::Complete, 1, u"y"_s, {}};
        sessions[7].event(ChangeEventKind::BlamerSoftening) = {EventLevel::Partial, 0, u"z"_s, {}};
        const ProgressData data = buildProgress(sessions);
        const QString text = changeEventSummary(data, kNames, QLocale::c());
        QVERIFY2(text.startsWith(u"Over 9 sessions: "_s), qPrintable(text));
        QVERIFY2(text.contains(u"complete on "_s + shortDate(kStart.addDays(42), QLocale::c()) + u" (Ben)"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"partial so far"_s), qPrintable(text));

        const QString none = changeEventSummary(buildProgress(nineSessions()), kNames, QLocale::c());
        QCOMPARE(none.count(u"not yet seen"_s), 2);
    }

    void bondSaysEachPartnersFirstAndLatestRating()
    {
        QList<Session> sessions = nineSessions();
        sessions[1].bondRatings.append({0, {3, 1, 2, 3, 4}, QString()});
        sessions[5].bondRatings.append({0, {7, 1, 2, 3, 4}, QString()});
        sessions[5].bondRatings.append({1, {6, 1, 2, 3, 4}, QString()});
        const ProgressData data = buildProgress(sessions);
        const QString text = bondSummary(data, BondSign::EmotionalBalance, kNames, QLocale::c());
        QVERIFY2(text.endsWith(u": Ana 3 → 7, Ben 6 over 2 ratings, 0–10"_s), qPrintable(text));
        QVERIFY2(text.startsWith(displayName(BondSign::EmotionalBalance)), qPrintable(text));
        QCOMPARE(bondSummary(buildProgress(nineSessions()), BondSign::TuningIn, kNames), QString());
    }

    void unnamedPartnersAreCalledByTheirLetter()
    {
        QList<Session> sessions = nineSessions();
        sessions[0].outcomes.append({0, Instrument::Csi16, 41, QString()});
        const QString text = outcomeSummary(buildProgress(sessions), Instrument::Csi16, {}, QLocale::c());
        QVERIFY2(text.contains(u"Partner A 41"_s), qPrintable(text));
        // Full names are said by first name, as the legends say them.
        const QString first =
            outcomeSummary(buildProgress(sessions), Instrument::Csi16, {u"Ana Ruiz"_s, u""_s}, QLocale::c());
        QVERIFY2(first.startsWith(u"CSI-16: Ana 41 over"_s), qPrintable(first));
    }
};

QTEST_GUILESS_MAIN(TestProgressSummary)
#include "tst_progresssummary.moc"
