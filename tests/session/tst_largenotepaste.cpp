// A 5 MB note pasted into the session editor (issue 14, item 11a), then eight characters typed, each
// saved on its own: every save stores the whole text and none of them indexes it again for search (that
// was 41 s at full CPU); the search index gets it once, when the saves pause. Quitting right after the
// typing (the window flushes its editors) stores everything.
#include "SessionTestSupport.h"
#include "TestPractice.h"

#include "commands/PracticeEditor.h"
#include "session/SessionEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

QString pastedNote()
{
    QString text;
    for (int i = 0; text.size() < 5 * 1024 * 1024; ++i)
        text +=
            QStringLiteral("Paragraph %1: she feels unseen when he turns away, and he is ashamed.\n").arg(i);
    return text + QStringLiteral("Zanzibar");
}

} // namespace

class TestLargeNotePaste : public QObject
{
    Q_OBJECT

private slots:
    void pasteThenTypeStoresEverythingWithoutReindexingEachSave()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const qint64 couple = *practice.store().createCouple(makeCouple());
        const qint64 sessionId =
            *practice.store().createSession(makeSession(couple, fixedNow().date().addDays(-7)));
        SessionEditor view(editor);
        view.resize(1000, 860);
        view.show();
        QVERIFY(view.showSession(sessionId));
        auto *note = widgetNamed<QPlainTextEdit>(&view, QStringLiteral("Session note"));
        QVERIFY(note);
        QSignalSpy saved(&view, &SessionEditor::saved);

        const QString pasted = pastedNote();
        QApplication::clipboard()->setText(pasted);
        note->setFocus();
        note->moveCursor(QTextCursor::End);
        QTest::keyClick(note, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 60000);
        QCOMPARE(practice.store().session(sessionId)->note.text.size(), pasted.size());

        const QString typed = QStringLiteral(" ok yes!");
        for (const QChar c : typed) {
            typeText(note, QString(c));
            const int before = int(saved.count());
            QTRY_VERIFY_WITH_TIMEOUT(saved.count() > before, 60000); // each character stored on its own
        }
        QCOMPARE(practice.store().session(sessionId)->note.text, pasted + typed);
        QVERIFY(practice.store().hasDeferredTexts()); // not indexed at each of those nine saves

        // The saves pause: the text is indexed, once.
        QTRY_VERIFY_WITH_TIMEOUT(!practice.store().hasDeferredTexts(), 60000);
        const auto found = practice.store().search({QStringLiteral("zanzibar")});
        QVERIFY(found && found->hits.size() == 1);

        // More typing, then an immediate quit: the window flushes, nothing is lost.
        typeText(note, QStringLiteral(" Bye"));
        QVERIFY(view.hasPendingEdits());
        QVERIFY(view.flushPendingEdits());
        auto onDisk = PracticeStore::open(practice.path(), PracticeStore::OpenMode::ReadOnly);
        QVERIFY(onDisk);
        QCOMPARE((*onDisk)->session(sessionId)->note.text, pasted + typed + QStringLiteral(" Bye"));
    }
};

QTEST_MAIN(TestLargeNotePaste)
#include "tst_largenotepaste.moc"
