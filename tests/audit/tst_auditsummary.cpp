// Issue 13, item 13: audit summaries are a key and arguments, stored in one language-neutral form and
// translated when shown, in the audit trail window and by `attune audit`. A Spanish window stores
// "attempt 1" for a failed unlock and shows "intento 1"; a row in an older wording shows as it was
// stored; the Action column is as wide as its widest Spanish label.
#include "AttuneProcess.h"
#include "TestPractice.h"

#include "MainWindow.h"
#include "audit/AuditTrailWindow.h"
#include "domain/AuditSummary.h"
#include "i18n/Translations.h"
#include "items/AuditTrailModel.h"
#include "lock/LockController.h"
#include "lock/LockSettings.h"
#include "security/Passphrase.h"

#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

const QByteArray kPassphrase = "correct horse battery";

// The summaries the model shows, row by row.
QStringList shownSummaries(const AuditTrailWindow &viewer)
{
    QStringList shown;
    const QAbstractItemModel *model = viewer.table()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        shown << model->index(r, AuditTrailModel::SummaryColumn).data().toString();
    return shown;
}

} // namespace

class TestAuditSummary : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    void theCatalogueReadsBackWhatItStores()
    {
        const QList<AuditSummary> samples = {
            {AuditSummaryKey::Session, {QStringLiteral("12"), QStringLiteral("2026-05-01")}},
            {AuditSummaryKey::FailedAttempt, {QStringLiteral("3")}},
            {AuditSummaryKey::PassphraseRemoved, {}},
            {AuditSummaryKey::EncryptedBackup, {}},
            {AuditSummaryKey::Appointment, {QStringLiteral("7")}},
        };
        for (const AuditSummary &s : samples) {
            const QString stored = storedAuditSummary(s.key, s.args);
            const auto read = parseAuditSummary(stored);
            QVERIFY2(read, qPrintable(stored));
            QCOMPARE(int(read->key), int(s.key));
            QCOMPARE(read->args, s.args);
        }
        QCOMPARE(storedAuditSummary(AuditSummaryKey::Session,
                                    {QStringLiteral("12"), QStringLiteral("2026-05-01")}),
                 QStringLiteral("session 12 of 2026-05-01"));
        // "backup" is not "encrypted backup", and free text is no summary of the catalogue.
        QCOMPARE(int(parseAuditSummary(QStringLiteral("backup"))->key), int(AuditSummaryKey::Backup));
        QVERIFY(!parseAuditSummary(QStringLiteral("session twelve of May")));
    }

    // What the database's triggers write is in the catalogue, so every such row is translated.
    void triggerRowsAreInTheCatalogue()
    {
        TestPractice practice;
        const auto couple = practice.store().createCouple(makeCouple());
        QVERIFY(couple);
        const auto session = practice.store().createSession(makeSession(*couple, fixedNow().date()));
        QVERIFY(session);
        const auto trail = practice.store().auditTrail();
        QVERIFY(trail);
        QVERIFY(trail->size() >= 2);
        for (const AuditEntry &e : *trail)
            QVERIFY2(e.summary.isEmpty() || parseAuditSummary(e.summary), qPrintable(e.summary));
    }

    void aSpanishWindowStoresKeysAndShowsSpanish()
    {
        QVERIFY(initialiseCrypto());
        QCOMPARE(installTranslators(*QCoreApplication::instance(), QStringLiteral("es")),
                 QStringLiteral("es"));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto store = PracticeStore::open(dir.filePath(QStringLiteral("practice.db")),
                                         PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        QVERIFY(store);
        const auto couple = (*store)->createCouple(makeCouple());
        QVERIFY(couple);
        QVERIFY((*store)->createSession(makeSession(*couple, QDate(2026, 5, 1))));
        // A row from before, in a wording the catalogue does not know.
        QVERIFY((*store)->recordEvent(QStringLiteral("print"), QStringLiteral("practice"), {}, {},
                                      QStringLiteral("an older wording")));
        const auto hash = hashPassphrase(kPassphrase);
        QVERIFY(hash);
        QVERIFY((*store)->setPracticeSetting(lock::hashKey(), *hash));
        MainWindow window(std::move(store).value(), settings);
        window.show();
        QVERIFY(window.lockController()->isLocked());
        window.lockController()->setRetryDelays(std::chrono::milliseconds(1), std::chrono::milliseconds(1));
        QVERIFY(!window.lockController()->unlock("wrong"));
        QTRY_VERIFY(window.lockController()->unlock(kPassphrase));

        // Stored as the key's form, whatever the window's language.
        const auto trail = window.store().auditTrail();
        QVERIFY(trail);
        QStringList stored;
        for (const AuditEntry &e : *trail)
            stored << e.summary;
        QVERIFY2(stored.contains(QStringLiteral("attempt 1")), qPrintable(stored.join(u'|')));

        AuditTrailWindow *viewer = showAuditTrail(window.store(), &window);
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        const QStringList shown = shownSummaries(*viewer);
        const QString date = QLocale().toString(QDate(2026, 5, 1), QLocale::ShortFormat);
        QVERIFY2(shown.contains(QStringLiteral("intento 1")), qPrintable(shown.join(u'|')));
        QVERIFY2(shown.contains(QStringLiteral("sesión 1 del ") + date), qPrintable(shown.join(u'|')));
        QVERIFY2(shown.contains(QStringLiteral("pareja 1")), qPrintable(shown.join(u'|')));
        QVERIFY(shown.contains(QStringLiteral("an older wording")));
        QVERIFY(!shown.contains(QStringLiteral("attempt 1")));

        if (qEnvironmentVariableIsSet("ATTUNE_AUDIT_SNAPSHOT")) // to look at: the window in Spanish
            viewer->grab().save(qEnvironmentVariable("ATTUNE_AUDIT_SNAPSHOT"));
        // Every action label fits its column, the longest Spanish one included.
        const QHeaderView *header = viewer->table()->horizontalHeader();
        const QFontMetrics metrics(viewer->table()->font());
        for (const QString &action : AuditTrailModel::knownActions()) {
            const QString label = AuditTrailModel::actionLabel(action);
            QVERIFY2(metrics.horizontalAdvance(label) + 8 <=
                         header->sectionSize(AuditTrailModel::ActionColumn),
                     qPrintable(label));
        }
        QCOMPARE(AuditTrailModel::actionLabel(QStringLiteral("failed unlock")),
                 QStringLiteral("Desbloqueo fallido"));
    }

    void theCommandLineShowsTheLanguageAndTheJsonTheKey()
    {
        TestPractice practice;
        const auto couple = practice.store().createCouple(makeCouple());
        QVERIFY(couple);
        QVERIFY(practice.store().recordEvent(
            QStringLiteral("failed unlock"), QStringLiteral("practice"), {}, {},
            storedAuditSummary(AuditSummaryKey::FailedAttempt, {QStringLiteral("2")})));
        const QString path = practice.path();
        const Run es = runAttune({QStringLiteral("--practice"), path, QStringLiteral("--language"),
                                  QStringLiteral("es"), QStringLiteral("audit")});
        QVERIFY2(es.exitCode == 0, qPrintable(es.err));
        QVERIFY2(es.out.contains(QStringLiteral("\tintento 2\n")), qPrintable(es.out));
        QVERIFY2(es.out.contains(QStringLiteral("\tpareja 1\n")), qPrintable(es.out));
        const Run en = runAttune({QStringLiteral("--practice"), path, QStringLiteral("--language"),
                                  QStringLiteral("en"), QStringLiteral("audit")});
        QVERIFY2(en.out.contains(QStringLiteral("\tattempt 2\n")), qPrintable(en.out));

        const Run json = runAttune({QStringLiteral("--practice"), path, QStringLiteral("--language"),
                                    QStringLiteral("es"), QStringLiteral("audit"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        const QJsonObject last = rows.last().toObject();
        QCOMPARE(last.value(QStringLiteral("summary")).toString(), QStringLiteral("attempt 2"));
        QCOMPARE(last.value(QStringLiteral("summary_key")).toString(), QStringLiteral("failed_attempt"));
        QCOMPARE(last.value(QStringLiteral("summary_args")).toArray(), QJsonArray{QStringLiteral("2")});
    }
};

QTEST_MAIN(TestAuditSummary)
#include "tst_auditsummary.moc"
