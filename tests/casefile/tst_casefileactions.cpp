// The GUI's case-file actions driven like a user: the export checklist (mouse and keyboard), the file
// written, the conflict dialog answered with "replace", the summary shown, views told through the
// store's signals, and a broken file reported in one sentence with the practice unchanged.
#include "CaseFileTestSupport.h"
#include "TestPractice.h"

#include "casefile/CaseFileActions.h"
#include "casefile/ExportCouplesDialog.h"
#include "casefile/ImportConflictDialog.h"

#include "casefile/CaseFile.h"
#include "commands/PracticeEditor.h"
#include "demo/DemoGenerator.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace attune;
using namespace attune::test;

namespace {

// Runs handle on the first modal dialog of type D that appears (polling, since exec() blocks).
template<typename D> void whenShown(std::function<void(D *)> handle, bool *seen)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, seen] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *seen = true;
            handle(dialog);
        }
    });
    timer->start(20);
}

QPushButton *acceptButton(QDialog *dialog)
{
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>())
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
                return qobject_cast<QPushButton *>(b);
    return nullptr;
}

} // namespace

class TestCaseFileActions : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        bool failed = false;
        QString text;
    };

private slots:
    void exportThenImportWithReplace()
    {
        TestPractice source;
        QVERIFY(generateDemoPractice(source.store(), {}));
        PracticeEditor editor(source.store());
        QWidget window;
        window.resize(800, 600);
        window.show();
        CaseFileActions actions(editor, &window);
        QCOMPARE(actions.exportAction()->text(), QStringLiteral("&Export Couples…"));
        QCOMPARE(actions.importAction()->text(), QStringLiteral("&Import Case File…"));
        const auto couples = source.store().coupleSummaries(ArchiveFilter::All).value();
        actions.setCurrentCouple(couples.at(1).id);
        const QString file = source.dir() + QStringLiteral("/two.attune");
        QString suggested;
        actions.setSavePathChooser([&](const QString &s) {
            suggested = s;
            return file;
        });
        QList<Message> messages;
        actions.setNotifier([&](bool failed, const QString &text) { messages.append({failed, text}); });

        // Only the selected couple is checked; the keyboard checks the first one too.
        bool seen = false;
        whenShown<ExportCouplesDialog>(
            [&](ExportCouplesDialog *d) {
                QCOMPARE(d->chosenIds(), QList<qint64>{couples.at(1).id});
                QVERIFY(!d->list()->accessibleName().isEmpty());
                d->list()->setFocus();
                d->list()->setCurrentRow(0);
                QTest::keyClick(d->list(), Qt::Key_Space);
                QCOMPARE(d->chosenIds().size(), 2);
                d->grab().save(QStringLiteral("/tmp/casefile-export-dialog.png"));
                QTest::mouseClick(d->exportButton(), Qt::LeftButton);
            },
            &seen);
        actions.exportAction()->trigger();
        QVERIFY(seen);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(!messages.first().failed, qPrintable(messages.first().text));
        QVERIFY(suggested.endsWith(QStringLiteral(".attune")));
        const auto exported = readCaseFile(file, fixedNow().date());
        QVERIFY2(exported, qPrintable(exported.error()));
        QCOMPARE(exported->couples.size(), 2);

        // Into a practice that has those couples with one renamed: the dialog asks, the user replaces.
        TestPractice target;
        QVERIFY(importCaseFile(target.store(), file, ConflictPolicy::Skip));
        const qint64 renamedId = target.store().coupleIdByUuid(couples.at(1).uuid).value();
        Couple renamed = target.store().couple(renamedId).value();
        renamed.name = QStringLiteral("Renamed");
        QVERIFY(target.store().updateCouple(renamed));
        PracticeEditor targetEditor(target.store());
        CaseFileActions importer(targetEditor, &window);
        importer.setOpenPathChooser([&](const QString &) { return file; });
        importer.setNotifier([&](bool failed, const QString &text) { messages.append({failed, text}); });
        QSignalSpy changed(&target.store(), &PracticeStore::coupleChanged);
        seen = false;
        whenShown<ImportConflictDialog>(
            [&](ImportConflictDialog *d) {
                QCOMPARE(d->list()->count(), 1);
                QVERIFY(d->list()->item(0)->text().contains(couples.at(1).name));
                QVERIFY(d->button(ConflictPolicy::Skip)->isChecked());
                QTest::mouseClick(d->button(ConflictPolicy::Replace), Qt::LeftButton);
                QCOMPARE(d->policy(), ConflictPolicy::Replace);
                d->grab().save(QStringLiteral("/tmp/casefile-conflict-dialog.png"));
                QTest::mouseClick(acceptButton(d), Qt::LeftButton);
            },
            &seen);
        importer.importAction()->trigger();
        QVERIFY(seen);
        QCOMPARE(messages.size(), 2);
        QVERIFY2(!messages.last().failed, qPrintable(messages.last().text));
        QVERIFY2(messages.last().text.contains(QStringLiteral("Replaced: 1 couple")),
                 qPrintable(messages.last().text));
        QCOMPARE(target.store().couple(renamedId)->name, couples.at(1).name);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.first().first().toLongLong(), renamedId);
    }

    void brokenFileIsReportedAndChangesNothing()
    {
        TestPractice practice;
        QVERIFY(generateDemoPractice(practice.store(), {}));
        const QString before = dumpPractice(practice.store());
        const QString file = practice.dir() + QStringLiteral("/broken.attune");
        QVERIFY(writeBytes(file, QByteArrayLiteral("ATTUNECF\0\0\0\1 truncated")));
        PracticeEditor editor(practice.store());
        QWidget window;
        CaseFileActions actions(editor, &window);
        actions.setOpenPathChooser([&](const QString &) { return file; });
        QList<Message> messages;
        actions.setNotifier([&](bool failed, const QString &text) { messages.append({failed, text}); });
        actions.importAction()->trigger();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().failed);
        QVERIFY(!messages.first().text.contains(QLatin1Char('\n')));
        QVERIFY(messages.first().text.contains(QStringLiteral("broken.attune")));
        QCOMPARE(dumpPractice(practice.store()), before);

        // Choosing no file does nothing at all.
        actions.setOpenPathChooser([](const QString &) { return QString(); });
        actions.importAction()->trigger();
        QCOMPARE(messages.size(), 1);
    }
};

QTEST_MAIN(TestCaseFileActions)
#include "tst_casefileactions.moc"
